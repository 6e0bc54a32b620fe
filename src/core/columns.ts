import type {Datum, Series} from './types.js';

/**
 * A series' data as two arrays of equal length: `x` ascending (each x once), `y` the values with
 * `NaN` for a gap (a `null`, or a non-finite value of a series made by hand). Plain arrays of
 * numbers are stored unboxed, so 100,000 data cost two allocations instead of 100,000 objects.
 */
export interface Columns {
  readonly x: readonly number[];
  readonly y: readonly number[];
}

/** Columns of the series made by {@link columnSeries}. Series made any other way are read from their data. */
const kept = new WeakMap<Series, Columns>();

/**
 * A series whose `data` are made from `x` and `y` the first time they are read (an enumerable
 * property, so spreading and JSON see them), while the chart pipeline reads the columns. Setting
 * `data` replaces them and forgets the columns.
 */
export function columnSeries(fields: {key: string; label: string; color?: string}, x: number[], y: number[]): Series {
  const series = {...fields} as Series;
  let data: Datum[] | undefined;
  Object.defineProperty(series, 'data', {
    enumerable: true,
    configurable: true,
    get: () => (data ??= x.map((xv, i) => ({x: xv, y: Number.isNaN(y[i]) ? null : y[i]}))),
    set(value: Datum[]) {
      kept.delete(series);
      Object.defineProperty(series, 'data', {value, writable: true, enumerable: true, configurable: true});
    },
  });
  kept.set(series, {x, y});
  return series;
}

/** Columns of data sorted by x. */
export function toColumns(data: readonly Datum[]): Columns {
  const n = data.length;
  const x = new Array<number>(n);
  const y = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const d = data[i];
    x[i] = d.x;
    y[i] = d.y !== null && Number.isFinite(d.y) ? d.y : NaN;
  }
  return {x, y};
}

/** The columns a series was made from by {@link columnSeries}, or `undefined`. */
export function keptColumns(series: Series): Columns | undefined {
  return kept.get(series);
}

/** The columns of a series: those it was made from by {@link columnSeries}, else read from its data. */
export function columnsOf(series: Series): Columns {
  return kept.get(series) ?? toColumns(series.data);
}

/** Index of `value` in ascending `xs` (binary search), or -1. */
export function indexOfX(xs: readonly number[], value: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = xs[mid];
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
