import type {ReactiveControllerHost} from 'lit';
import {PointNavigation} from './point-navigation.js';
import type {TooltipController} from './tooltip.js';

/** Where the keyboard controller reads the points it moves between, and how it speaks one. */
export interface KeyboardSource {
  /** Every x value drawn, ascending, and the number of series; `undefined` while nothing is drawn. */
  points(): {xs: readonly number[]; seriesCount: number} | undefined;
  /** The live-region text for the point of series `seriesIndex` at `x`. */
  describe(seriesIndex: number, x: number): string;
}

/**
 * Keyboard access to the data points of a chart, as a controller object of its host (no
 * lifecycle hooks of its own; the tooltip controller shows what it selects): the keys of
 * {@link PointNavigation} move the active point, which the tooltip shows (with its focus ring) and
 * the polite live region announces ({@link announcement}). Escape leaves the points, or hides a
 * tooltip the pointer opened. Bind {@link onKey} to `keydown` and {@link onBlur} to `blur` of the
 * focusable chart.
 */
export class KeyboardController {
  /** The active point, driven by the keys. */
  readonly navigation = new PointNavigation();
  /** What the polite live region says after a keyboard move. */
  announcement = '';

  constructor(
    private readonly _host: Pick<ReactiveControllerHost, 'requestUpdate'>,
    private readonly _tooltip: TooltipController,
    private readonly _source: KeyboardSource
  ) {}

  onKey = (event: KeyboardEvent) => {
    const points = this._source.points();
    if (!points || event.altKey || event.ctrlKey || event.metaKey) return;
    // The x values drawn (one year when a chart shows one), as the pointer reaches.
    if (!this.navigation.key(event.key, points.xs, points.seriesCount)) {
      if (event.key === 'Escape' && this._tooltip.x !== undefined) {
        this._tooltip.hide();
        event.preventDefault();
      }
      return;
    }
    event.preventDefault();
    const active = this.navigation.active;
    this._tooltip.show(active?.x, active?.seriesIndex);
    this.announcement = active ? this._source.describe(active.seriesIndex, active.x) : '';
    this._host.requestUpdate();
  };

  /** The chart lost the focus: no point is active, and the tooltip goes. */
  onBlur = () => {
    this.reset();
    this._tooltip.hide();
  };

  /** Forgets the active point (new data: the next key starts again from an end). */
  reset() {
    this.navigation.active = undefined;
  }
}
