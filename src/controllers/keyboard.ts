import type {ReactiveControllerHost} from 'lit';
import {nearestIndex} from '../core/layout.js';
import {PointNavigation, type ActivePoint} from './point-navigation.js';
import type {TooltipController} from './tooltip.js';

/** Where the keyboard controller reads the points it moves between, and how it speaks one. */
export interface KeyboardSource {
  /**
   * Every x value drawn, ascending, the number of series and their keys (in series order);
   * `undefined` while nothing is drawn.
   */
  points(): {xs: readonly number[]; seriesCount: number; seriesKeys?: readonly string[]} | undefined;
  /** The live-region text for the point of series `seriesIndex` at `x`. */
  describe(seriesIndex: number, x: number): string;
}

/** The active point before the chart changes, with its series' key (see {@link KeyboardController.hold}). */
export interface HeldPoint extends ActivePoint {
  seriesKey?: string;
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

  /** Forgets the active point: the next key starts again from an end. */
  reset() {
    this.navigation.active = undefined;
  }

  /** The active point, with its series' key, before the chart changes; `undefined` when none is. */
  hold(): HeldPoint | undefined {
    const active = this.navigation.active;
    if (!active) return undefined;
    return {...active, seriesKey: this._source.points()?.seriesKeys?.[active.seriesIndex]};
  }

  /**
   * After the chart changed while `held` was active: the same x and series, or the nearest x
   * that remains and the same series (by key; else the same place in the list, or the last),
   * become active again, with the tooltip and the focus ring there; the live region speaks the
   * point again only when its words changed (a new value, a new language), so a change is
   * announced once and a resize not at all. The next key moves on from there. With nothing
   * drawn, the point is forgotten and the tooltip hidden.
   */
  resume(held: HeldPoint | undefined) {
    const points = this._source.points();
    if (!held || !points || points.xs.length === 0 || points.seriesCount === 0) {
      this.reset();
      this._tooltip.hide();
      return;
    }
    const byKey = held.seriesKey === undefined ? -1 : (points.seriesKeys?.indexOf(held.seriesKey) ?? -1);
    const seriesIndex = byKey >= 0 ? byKey : Math.min(held.seriesIndex, points.seriesCount - 1);
    const x = points.xs[nearestIndex(points.xs, held.x)];
    this.navigation.active = {seriesIndex, x};
    this._tooltip.show(x, seriesIndex);
    this.announcement = this._source.describe(seriesIndex, x);
  }
}
