/**
 * Shared shapes of the pure chart pipeline: data → normalized series → scales → layout → marks.
 * Nothing here touches the DOM.
 */

/**
 * One observation of a series: `x` is the year (or another number on the x axis), or on a date
 * axis the time in ms since 1970-01-01T00:00Z; `y` the value, `null` for a gap.
 */
export interface Datum {
  /** Position on the x axis, e.g. the year 2005, or `Date.UTC(2020, 3, 20)` for 2020-04-20. Always finite. */
  x: number;
  /** The value, or `null` where the source row had no number (drawn as a gap, read as "no data"). */
  y: number | null;
}

/**
 * An ordered set of data drawn as one line, area or set of columns. Data are sorted by `x`, each `x`
 * once. Series made by `normalizeData` keep their data as two columns of numbers and build the
 * `data` array the first time it is read (see `columnSeries`); from then on, as for a series made
 * by hand, the array is what is drawn.
 */
export interface Series {
  /** Stable identifier, e.g. the column name `tiv` or `china`. */
  key: string;
  /** Human-readable name shown in labels, legends and the data table. */
  label: string;
  /** Optional CSS colour that overrides the palette. */
  color?: string;
  data: Datum[];
}

/** The result of normalizing raw rows. */
export interface NormalizedData {
  /** Name of the x column as found in the input (e.g. `year`). */
  xLabel: string;
  /**
   * `number` (years or other numbers), or `date` when the x column holds ISO 8601 dates
   * (`2020-04-20`, read in UTC) or `Date` objects; then each `x` is a time in ms.
   */
  xType: XType;
  series: Series[];
  /** Every distinct x across all series, ascending (an array of its own). */
  xs: number[];
  /** Problems that did not stop the chart: dropped rows, duplicate years, non-finite numbers. */
  warnings: string[];
}

/** What the x values are: numbers such as years, or dates as ms since the epoch (UTC). */
export type XType = 'number' | 'date';

/**
 * The visual encoding of the values: `column`s, a `line`, an `area`, grouped `bar`s (a bar per series
 * side by side at each x), or `stacked` columns (a segment per series, negatives below zero).
 */
export type MarkType = 'column' | 'line' | 'area' | 'bar' | 'stacked';

/**
 * An authored note tied to a year (`year`) or to a span of years (`from`–`to`). On a date axis the
 * three are times in ms (the elements read them from ISO dates; `date` is another name of `year`).
 */
export interface Annotation {
  year?: number;
  from?: number;
  to?: number;
  label: string;
}

/** Error codes carried by `chart-error` events and {@link ChartDataError}. */
export type ChartErrorCode =
  | 'no-data'
  | 'invalid-json'
  | 'invalid-data'
  | 'missing-column'
  | 'no-values'
  | 'fetch-failed'
  | 'invalid-ratio'
  /** An SVG or PNG download could not be made (its module did not load, or the browser refused). */
  | 'download-failed';

/** A problem with the input that prevents drawing. `code` is stable; `message` is for people. */
export class ChartDataError extends Error {
  readonly code: ChartErrorCode;
  constructor(code: ChartErrorCode, message: string) {
    super(message);
    this.name = 'ChartDataError';
    this.code = code;
  }
}
