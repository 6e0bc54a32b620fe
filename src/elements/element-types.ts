/**
 * The types of the elements' object properties, as authors give them (choices such as `mark` and
 * `theme` are unions written at their fields). The elements still take anything at run time (an
 * attribute is text): a value of another shape falls back to the default with a warning, or shows
 * a message; these types let TypeScript catch it first.
 */
/**
 * A row of `data`: an object of columns, `{year: 2001, value: 2890}` (wide rows, one column per
 * series, or long rows, `{series: 'china', year: 2020, value: 244.9}`), or an array of cells,
 * `[2001, 2890]`. Cells are numbers, text (numbers, years or ISO 8601 dates), `Date`s, or null
 * for a gap. (Typed as any object so that rows declared with an `interface` fit.)
 */
export type DataRow = object;

/** What `data` takes: an array of rows (see {@link DataRow}). */
export type ChartData = readonly DataRow[];

/** One entry of `<spend-compare>`'s `series`: which column (or long rows' `series` value), named and coloured how. */
export interface SeriesOption {
  /** Column name of wide rows, or value of the `series` field of long rows. */
  key: string | number;
  /** Name shown in labels, legend, tooltip, table and summary; default the key made readable ("china_spend" is "China spend", "usa" is "USA"). */
  label?: string | number;
  /** CSS colour of the series; default the palette's (`--tiv-series-1` …). */
  color?: string;
}

/**
 * One entry of `annotations`: a marker at `year` (or `date` on a date axis), or a range
 * `from`–`to`, with its label. On a date axis the values are ISO 8601 dates or `Date`s.
 */
export interface AnnotationOption {
  /** The marker's year, or its ISO date on a date axis. */
  year?: number | string;
  /** The marker's ISO date (or `Date`) on a date axis. */
  date?: string | Date;
  /** Start of a range. */
  from?: number | string | Date;
  /** End of a range. */
  to?: number | string | Date;
  /** The note's text. */
  label?: string;
}

/** A file a reader may download: the data (`csv`), or the figure as `svg` or `png`. */
export type DownloadFormat = 'csv' | 'svg' | 'png';

/** What `downloads` takes: formats separated by spaces, `'csv svg png'`, or `''` for none. */
export type DownloadList = '' | DownloadFormat | `${DownloadFormat} ${DownloadFormat}` | `${DownloadFormat} ${DownloadFormat} ${DownloadFormat}`;

/** What a chart shows: see the elements' `state` property. */
export type ChartState = 'loading' | 'empty' | 'ready' | 'error';
