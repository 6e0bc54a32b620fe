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

/** What a series made by {@link columnSeries} keeps while its data are not read: its columns, and the datum objects handed out so far (by index). */
interface Kept extends Columns {
  handed: Map<number, Datum>;
}

const kept = new WeakMap<Series, Kept>();

/** The datum at `x` with value `y` of a column (NaN, a gap, is `null`). */
const datum = (x: number, y: number): Datum => ({x, y: Number.isNaN(y) ? null : y});

/**
 * A series whose `data` array is made from `x` and `y` the first time it is read; until then the
 * chart pipeline reads the columns, and 100,000 data need no 100,000 objects. `data` is an
 * enumerable property, so spreading and JSON see it. Once read (or set), the data are the series:
 * edits to the array are what is drawn, as for a series made by hand. Datum objects handed out
 * before (in marks, positions, extremes) are the ones in the array.
 */
export function columnSeries(fields: {key: string; label: string; color?: string}, x: number[], y: number[]): Series {
  const series = {...fields} as Series;
  const columns: Kept = {x, y, handed: new Map()};
  // The accessor stays (a frozen series can still be read); the array lives here once made.
  let data: Datum[] | undefined;
  Object.defineProperty(series, 'data', {
    enumerable: true,
    get: () => {
      if (!data) {
        kept.delete(series);
        data = x.map((xv, i) => columns.handed.get(i) ?? datum(xv, y[i]));
      }
      return data;
    },
    set: (value: Datum[]) => {
      kept.delete(series);
      data = value;
    },
  });
  kept.set(series, columns);
  return series;
}

/** Columns of data, in the data's order. */
export function toColumns(data: readonly Datum[]): Columns {
  const n = data.length;
  const x = new Array<number>(n);
  const y = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const d = data[i];
    x[i] = d.x;
    // Number.isFinite is false for null too.
    y[i] = Number.isFinite(d.y) ? (d.y as number) : NaN;
  }
  return {x, y};
}

/** The columns of a series made by {@link columnSeries} whose data have not been read, else `undefined`. */
export function keptColumns(series: Series): Columns | undefined {
  return kept.get(series);
}

/** The columns of a series: those it keeps (see {@link columnSeries}), else read from its data. */
export function columnsOf(series: Series): Columns {
  return kept.get(series) ?? toColumns(series.data);
}

/**
 * The datum at index `i` of a series (as in {@link columnsOf}): its own object, or for a series
 * that keeps columns, one made once and reused (the same object is in `data` when it is read).
 */
export function datumOf(series: Series, i: number): Datum {
  const columns = kept.get(series);
  if (!columns) return series.data[i];
  let d = columns.handed.get(i);
  if (!d) {
    d = datum(columns.x[i], columns.y[i]);
    columns.handed.set(i, d);
  }
  return d;
}

/**
 * A lookup of the value of columns at an x: `undefined` where there is none or a gap. Binary
 * search in ascending x; a map for x in another order (a series made by hand).
 */
export function valueLookup(columns: Columns): (x: number) => number | undefined {
  const {x, y} = columns;
  if (ascending(x)) {
    return (value) => {
      const i = indexOfX(x, value);
      return i < 0 || Number.isNaN(y[i]) ? undefined : y[i];
    };
  }
  const map = new Map<number, number | undefined>();
  x.forEach((xv, i) => map.set(xv, Number.isNaN(y[i]) ? undefined : y[i]));
  return (value) => map.get(value);
}

/**
 * The value of a series at each of `xs`, `null` where it has none: read from its columns, without
 * datum objects (for tables and CSV files of every row).
 */
export function valuesAt(series: Series, xs: readonly number[]): (number | null)[] {
  const at = valueLookup(columnsOf(series));
  return xs.map((x) => at(x) ?? null);
}

/** Whether `xs` ascends strictly (each x once, in order). */
export function ascending(xs: readonly number[]): boolean {
  for (let i = 1; i < xs.length; i++) if (!(xs[i] > xs[i - 1])) return false;
  return true;
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
