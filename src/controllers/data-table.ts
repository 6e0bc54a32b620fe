import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** What the data-table controller needs of its host. */
export interface DataTableHost extends ReactiveControllerHost {
  readonly isConnected: boolean;
}

/**
 * The state of a chart's data table, as a reactive controller: whether it is shown ("Show
 * data"), and whether the visually hidden table is built. That is in the frame after the first
 * chart is drawn, so that the chart paints first (ten charts on a page: 12 ms earlier); screen
 * readers get the table (and the summary of the data, see ChartElement) a frame later. "Show data"
 * builds it at once.
 */
export class DataTableController implements ReactiveController {
  /** Whether the table is shown. */
  open = false;
  /** Whether the visually hidden table is built. */
  ready = false;
  private _scheduled = false;

  /** @param _drawn - Whether the host has drawn a chart (its table can then be built). */
  constructor(
    private readonly _host: DataTableHost,
    private readonly _drawn: () => boolean
  ) {
    _host.addController(this);
  }

  /** Shows the table, or hides it. */
  toggle = () => {
    this.open = !this.open;
    this._host.requestUpdate();
  };

  hostConnected() {
    // Put back after being removed before its hidden table was built: nothing else may redraw it
    // (same src, same size), so it asks for the update that schedules the table.
    if (this._drawn() && !this.ready && !this._scheduled) this._host.requestUpdate();
  }

  hostUpdated() {
    if (!this._drawn() || this.ready || this._scheduled) return;
    this._scheduled = true;
    // A chart removed before that frame builds no table (it schedules one when next drawn).
    requestAnimationFrame(() => {
      if (this._host.isConnected) {
        this.ready = true;
        this._host.requestUpdate();
      } else this._scheduled = false;
    });
  }
}
