/**
 * Raw rows to series ready to draw: the orchestration of src/core/data/ (rows → records →
 * columns to read → series columns → the author's series spec).
 * @module
 */
import {ascending, columnSeries, columnsOf} from './columns.js';
import {findColumn} from './data/cells.js';
import {holdsDates, longColumns, wideColumns, xColumn, xReader} from './data/infer.js';
import {readLongRows, readWideRows, type RawSeries} from './data/read.js';
import {ColumnNumbers, groupsWithPoint, thousandsWarning, UnreadCells, whyNotNumber, type DecimalRule} from './data/numbers.js';
import {readableName} from './data/names.js';
import {readRecords, type DataRecord} from './data/records.js';
import {WarningTally} from './data/tally.js';
import {delimiterOf} from './parse.js';
import {ChartDataError, type NormalizedData, type Series} from './types.js';

export {toNumber} from './data/cells.js';

/** How to pick and present series from raw rows. */
export interface SeriesSpec {
  /** Column name (wide rows) or value of the `series` field (long rows). */
  key: string;
  /** Name shown for the series; defaults to the key made readable ("china_spend" is "China spend"). */
  label?: string;
  /** CSS colour for the series. */
  color?: string;
}

export interface NormalizeOptions {
  /** Column with the x value (the year). Default `year`; when absent and not set explicitly, the first column. */
  xKey?: string;
  /** Column with the value. Default `value`; when absent and not set explicitly, the first other numeric column. */
  yKey?: string;
  /** `true` to keep every numeric column (or every `series` of long rows) as its own series. */
  multi?: boolean;
  /**
   * The name of the one series (not `multi`); default the column name made readable
   * ("arms_exports" is "Arms exports", "tiv" is "TIV"), but `value` (a column named so, or
   * `[x, y]` pairs) stays `value`, which the table shows in the reader's language.
   */
  seriesLabel?: string;
  /** Series to keep, in order, with labels and colours (multi only). */
  series?: readonly SeriesSpec[];
  /**
   * The page's locale (a valid BCP 47 tag): where it groups thousands with "." (German), a column
   * that looks written so ("2.890" beside "450") is read with a decimal point, with a warning.
   */
  locale?: string;
  /** Whether `xKey` / `yKey` were set by the author (then a missing column is an error, not a fallback). */
  explicitKeys?: {x?: boolean; y?: boolean};
}

/**
 * Normalizes raw rows (objects, `[x, y, …]` arrays with an optional header row, or long rows
 * `{series, year, value}`) into series sorted by x, with one datum per x (the last row wins).
 * Rows whose x is not a finite number are dropped with a warning; cells without a number become
 * `null` (a gap).
 * @throws {ChartDataError} `invalid-data` when the input is not an array of rows, `no-data` when it
 *   has no rows, `missing-column` when an explicitly named column is absent, `no-values` when no
 *   row has a number.
 */
export function normalizeData(input: unknown, options: NormalizeOptions = {}): NormalizedData {
  const tally = new WarningTally();
  const {records, columns} = readRecords(input, {xKey: options.xKey || 'year', yKey: options.yKey || 'value', multi: options.multi}, tally);
  // The order in which cells are read (x, long rows, dates, wide rows) decides which fault of the
  // data (a getter that throws) is reported: keep it.
  const numbers = new ColumnNumbers(records, decimalRule(input));
  const x = xColumn(columns, options);
  const long = longColumns(records, numbers, columns, x, options);
  // Dates are detected once, from the first rows; then every x is read as one.
  const dates = holdsDates(records, numbers, x);
  const unread = new UnreadCells();
  const reading = {
    readX: xReader(x, dates, numbers),
    noX: dates ? `{n} rows without a date in ${x} were skipped.` : `{n} rows without a numeric ${x} were skipped.`,
    tally,
    numbers,
    unread,
  };
  const read = long ? readLongRows(records, long, reading) : readWideRows(records, wideSeries(records, numbers, columns, x, options, tally), reading);
  const why = (cell: {text: string; column: string}) => whyNotNumber(cell.text, numbers.decimal(cell.column), !('fixed' in numbers.rule));
  for (const [column, {count, first}] of unread.columns()) {
    tally.add(`{n} values of "${column}" could not be read and are shown as gaps: ${why(first)}.`, count);
  }
  if (read.repeats) tally.add(`{n} rows repeat a ${x} of an earlier row; the last row of each ${x} is used.`, read.repeats);
  const series = applySeriesSpec(read.series, options);
  // On a page whose language groups thousands with "." (German), say how "2.890" was read, in
  // the columns drawn (the value column of long rows, or the series' columns).
  if (options.locale && groupsWithPoint(options.locale)) {
    const drawn = long ? [long.value] : series.map((s) => s.key);
    for (const column of drawn) {
      const warning = numbers.decimal(column) === '.' && thousandsWarning(records, column, options.locale);
      if (warning) tally.add(warning);
    }
  }

  const xs = unionXs(series);
  if (xs.length === 0) {
    throw new ChartDataError('no-data', dates ? `No row has a date in ${x}.` : `No row has a year (a number) or an ISO 8601 date such as 2020-04-20 in ${x}.`);
  }
  if (!series.some((s) => columnsOf(s).y.some((v) => !Number.isNaN(v)))) {
    const names = series.map((s) => `"${s.key}"`).join(', ');
    const cell = unread.telling;
    const where = cell && `In row ${cell.row + 1}${xOf(records[cell.row], x)}, ${why(cell)}.`;
    throw new ChartDataError('no-values', `No row has a number in ${names}.${where ? ' ' + where : ''}`);
  }
  return {xLabel: x, xType: dates ? 'date' : 'number', series, xs, warnings: tally.lines()};
}

/**
 * The columns of wide rows drawn as series (see wideColumns). With several series, a column with
 * no value in any row (every cell empty or null) is not one, and says so: left out without a
 * word, a series the author expects looks merely absent. A column of text is no series either,
 * and says nothing: it holds labels or notes.
 */
function wideSeries(records: readonly DataRecord[], numbers: ColumnNumbers, columns: readonly string[], x: string, options: NormalizeOptions, tally: WarningTally): string[] {
  const wide = wideColumns(numbers, columns, x, options);
  if (!options.multi) return wide;
  const blank = (cell: unknown) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
  for (const column of columns) {
    if (column === x || wide.includes(column) || !records.every((record) => blank(record[column]))) continue;
    tally.add(`The column "${column}" has no value in any row, so it is not drawn as a series.`);
  }
  return wide;
}

/**
 * How the decimal separator of each column is decided: by the cells of a semicolon-separated file
 * (default decimal commas) or a tab-separated one (default a decimal point); a decimal point in
 * anything else. See src/core/data/numbers.ts.
 */
function decimalRule(input: unknown): DecimalRule {
  const delimiter = delimiterOf(input);
  if (delimiter === ';') return {fallback: ','};
  if (delimiter === '\t') return {fallback: '.'};
  return {fixed: '.'};
}

/** " (year 2001)": the x cell of a record, to say where a cell is; empty when it has none. */
function xOf(record: DataRecord, x: string): string {
  const cell = record[x];
  return typeof cell === 'string' || typeof cell === 'number' ? ` (${x} ${String(cell).trim()})` : '';
}

/**
 * The series to draw: with several series and a `series` spec, those it names (matched as column
 * names are), in its order, with its labels and colours; else every series read. A series the
 * author has not named is labelled by its key made readable ("china_spend" is "China spend");
 * one series (not `multi`) by `seriesLabel` first.
 * @throws {ChartDataError} `missing-column` when the spec names a series the data lacks (each such key is named).
 */
function applySeriesSpec(raw: readonly RawSeries[], options: NormalizeOptions): Series[] {
  const series: Series[] = [];
  const add = (s: RawSeries, label: string, color?: string) => series.push(columnSeries(color ? {key: s.key, label, color} : {key: s.key, label}, s.x, s.y));
  if (!options.multi) {
    for (const s of raw) add(s, options.seriesLabel?.trim() || (s.key === 'value' ? s.key : readableName(s.key)));
    return series;
  }
  if (!options.series?.length) {
    for (const s of raw) add(s, readableName(s.key));
    return series;
  }
  // A series the author named and the data lacks is an error, not a warning: a chart drawn without
  // it (most often a misspelt key) looks complete, and its ratio would quietly go.
  const keys = raw.map((s) => s.key);
  const missing = options.series.filter((spec) => !raw.some((s) => s.key === findColumn(keys, spec.key)));
  if (missing.length > 0) {
    const names = missing.map((spec) => `"${spec.key}"`).join(' and ');
    throw new ChartDataError('missing-column', `The series ${names} named in "series" ${missing.length > 1 ? 'are' : 'is'} not in the data. Its series are: ${keys.join(', ')}.`);
  }
  for (const spec of options.series) {
    const found = raw.find((s) => s.key === findColumn(keys, spec.key))!;
    add(found, spec.label || readableName(found.key), spec.color);
  }
  return series;
}

/** Every x of the series, ascending and distinct (a new array). */
export function unionXs(series: readonly Series[]): number[] {
  if (series.length === 1) {
    const xs = columnsOf(series[0]).x;
    if (ascending(xs)) return xs.slice();
  }
  const set = new Set<number>();
  for (const s of series) for (const v of columnsOf(s).x) set.add(v);
  return [...set].sort((a, b) => a - b);
}
