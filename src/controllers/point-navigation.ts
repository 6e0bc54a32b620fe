import type {DatumPosition} from '../core/index.js';

/** The point that keyboard navigation has reached: a series and an x value (year). */
export interface ActivePoint {
  seriesIndex: number;
  x: number;
}

/**
 * Keyboard navigation between data points, as a pure state machine the element drives from its
 * `keydown` handler: Left/Right move to the previous/next year of the current series, Up/Down
 * to the same (or nearest) year of the previous/next series, Home/End to the first/last year,
 * Escape leaves the points. Only these keys are handled; others are left to the page and the
 * screen reader.
 */
export class PointNavigation {
  active: ActivePoint | undefined;

  /** Keys this navigation uses. */
  static readonly keys = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Escape']);

  /**
   * Applies a key to the active point.
   * @param positions every drawn datum, in series order and then x order.
   * @returns whether the key was handled (the caller then prevents its default action).
   */
  key(key: string, positions: readonly DatumPosition[], seriesCount: number): boolean {
    if (!PointNavigation.keys.has(key)) return false;
    if (key === 'Escape') {
      const had = this.active !== undefined;
      this.active = undefined;
      return had;
    }
    if (positions.length === 0) return false;
    const inSeries = (i: number) => positions.filter((p) => p.seriesIndex === i);
    const current = this.active;
    let series = current?.seriesIndex ?? positions[0].seriesIndex;
    let points = inSeries(series);
    if (points.length === 0) {
      series = positions[0].seriesIndex;
      points = inSeries(series);
    }
    const at = current ? points.findIndex((p) => p.datum.x === current.x) : -1;
    let next: DatumPosition | undefined;
    switch (key) {
      case 'Home':
        next = points[0];
        break;
      case 'End':
        next = points[points.length - 1];
        break;
      case 'ArrowRight':
        next = at < 0 ? points[0] : points[Math.min(points.length - 1, at + 1)];
        break;
      case 'ArrowLeft':
        next = at < 0 ? points[points.length - 1] : points[Math.max(0, at - 1)];
        break;
      case 'ArrowUp':
      case 'ArrowDown': {
        if (seriesCount < 2) {
          next = at < 0 ? points[0] : points[at];
          break;
        }
        // Series with drawn data, stepping from the current one and wrapping around.
        const step = key === 'ArrowDown' ? 1 : -1;
        for (let k = 1; k <= seriesCount && !next; k++) {
          const candidate = inSeries((((series + step * k) % seriesCount) + seriesCount) % seriesCount);
          if (candidate.length === 0) continue;
          const x = current?.x ?? candidate[0].datum.x;
          next = candidate.reduce((best, p) => (Math.abs(p.datum.x - x) < Math.abs(best.datum.x - x) ? p : best));
        }
        break;
      }
    }
    if (next) this.active = {seriesIndex: next.seriesIndex, x: next.datum.x};
    return true;
  }
}
