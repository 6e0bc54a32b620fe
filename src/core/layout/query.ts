/**
 * Hover and keyboard lookups: which datum is at an x, which x is nearest a pointer, and where each
 * datum's anchor lies (where a tooltip or the focus ring points).
 */
import {datumOf, indexOfX, keptColumns} from '../columns.js';
import type {Datum, Series} from '../types.js';
import {defined} from './pixels.js';
import {markOf} from './registry.js';
import type {ChartLayout, DatumPosition} from './types.js';

/**
 * What the lookups read of a layout: its scales, and (when given) the mark drawn and the y scale's
 * type. Without `mark`, each datum is anchored at its own value.
 */
export type QueryLayout = Pick<ChartLayout, 'xScale' | 'yScale'> & Partial<Pick<ChartLayout, 'mark' | 'yScaleType'>>;

/** The datum at `x` in data sorted by x (binary search), or `undefined`. */
export function datumAt(data: readonly Datum[], x: number): Datum | undefined {
  let lo = 0;
  let hi = data.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = data[mid].x;
    if (v === x) return data[mid];
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  // Unsorted data (from a caller of the core): a linear search.
  return data.length && data[0].x > data[data.length - 1].x ? data.find((d) => d.x === x) : undefined;
}

/**
 * The datum of `series` at `x`, or `undefined`: found by binary search in the columns a series
 * keeps (see `columnSeries`), else with {@link datumAt} in its data.
 */
export function seriesDatumAt(series: Series, x: number): Datum | undefined {
  const c = keptColumns(series);
  if (!c) return datumAt(series.data, x);
  const i = indexOfX(c.x, x);
  return i < 0 ? undefined : datumOf(series, i);
}

/** Index of the value of ascending `xs` nearest to `value` (−1 when empty). */
export function nearestIndex(xs: readonly number[], value: number, scale: (x: number) => number = (v) => v): number {
  let lo = 0;
  let hi = xs.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (scale(xs[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && Math.abs(scale(xs[lo - 1]) - value) <= Math.abs(scale(xs[lo]) - value) ? lo - 1 : lo;
}

/** The anchor of a datum with a value, or `undefined` for a value the y scale cannot show (≤ 0 on a log scale). */
function anchorOf(layout: QueryLayout, series: readonly Series[], seriesIndex: number, datum: Datum & {y: number}): DatumPosition | undefined {
  if (layout.yScaleType === 'log' && datum.y <= 0) return undefined;
  const value = layout.mark ? markOf(layout.mark).anchorValue(series, seriesIndex, datum) : datum.y;
  return {seriesIndex, datum, x: layout.xScale(datum.x), y: layout.yScale(value)};
}

/**
 * Positions of the data at `x`, one per series that has a value there: x is the x position of `x`
 * (a bar group's centre), y the anchor (a value's y; a stacked segment's end away from the baseline).
 */
export function positionsAt(layout: QueryLayout, series: readonly Series[], x: number): DatumPosition[] {
  const out: DatumPosition[] = [];
  series.forEach((s, seriesIndex) => {
    const datum = seriesDatumAt(s, x);
    const position = datum && defined(datum) ? anchorOf(layout, series, seriesIndex, datum) : undefined;
    if (position) out.push(position);
  });
  return out;
}

/** Positions of every datum with a value, series by series, in x order (see {@link positionsAt}). */
export function datumPositions(layout: QueryLayout, series: readonly Series[]): DatumPosition[] {
  const out: DatumPosition[] = [];
  series.forEach((s, seriesIndex) => {
    for (const datum of s.data) {
      const position = defined(datum) ? anchorOf(layout, series, seriesIndex, datum) : undefined;
      if (position) out.push(position);
    }
  });
  return out;
}
