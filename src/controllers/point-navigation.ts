import {nearestIndex} from '../core/layout.js';

/** The point that keyboard navigation has reached: a series and an x value (year). */
export interface ActivePoint {
  seriesIndex: number;
  x: number;
}

/**
 * Keyboard navigation between data points, as a pure state machine the element drives from its
 * `keydown` handler. Left/Right move to the previous/next year of the chart (every year of any
 * series, so none is skipped; a year without a value is announced as "no data"), Up/Down to the
 * previous/next series at the same year (wrapping around), PageUp/PageDown a tenth of the years
 * back/forward (at least one: a daily series of 10,000 points is crossed in ten presses), Home/End to the first/last year,
 * Escape leaves the points. Only these keys are handled; others are left to the page and the
 * screen reader.
 */
export class PointNavigation {
  active: ActivePoint | undefined;

  /** Keys this navigation uses. */
  static readonly keys = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', 'Escape']);

  /**
   * Applies a key to the active point.
   * @param xs every year of the chart, ascending.
   * @param seriesCount the number of series.
   * @returns whether the key was handled (the caller then prevents its default action).
   */
  key(key: string, xs: readonly number[], seriesCount: number): boolean {
    if (!PointNavigation.keys.has(key)) return false;
    if (key === 'Escape') {
      const had = this.active !== undefined;
      this.active = undefined;
      return had;
    }
    if (xs.length === 0 || seriesCount === 0) return false;
    const current = this.active;
    const series = Math.min(current?.seriesIndex ?? 0, seriesCount - 1);
    const near = current ? nearestIndex(xs, current.x) : -1;
    const at = near >= 0 && xs[near] === current?.x ? near : -1;
    const last = xs.length - 1;
    const jump = Math.max(1, Math.round(xs.length / 10));
    // Years moved by each key: Up and Down stay at the year (the first one when none is active).
    const step = ({ArrowRight: 1, ArrowLeft: -1, PageDown: jump, PageUp: -jump} as Record<string, number>)[key] ?? 0;
    // Backwards from no active point starts at the end; Home and End go to the ends.
    const index = key === 'Home' ? 0 : key === 'End' ? last : at < 0 ? (step < 0 ? last : 0) : Math.min(last, Math.max(0, at + step));
    const vertical = key === 'ArrowDown' ? 1 : key === 'ArrowUp' ? -1 : 0;
    const nextSeries = current ? (series + vertical + seriesCount) % seriesCount : series;
    this.active = {seriesIndex: nextSeries, x: xs[index]};
    return true;
  }
}

