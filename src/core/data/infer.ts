/**
 * Which columns of the records are read, and how: the x column and whether it holds dates, and the
 * series (one column each, or long rows with a column that names the series).
 * @internal
 * @module
 */
import {isDateCell, toTime} from '../time.js';
import {ChartDataError} from '../types.js';
import {findColumn, toNumber} from './cells.js';
import type {DataRecord} from './records.js';

/** How to read the series out of the records. */
export interface ColumnPlan {
  /** The column with the x values. */
  x: string;
  /** Long rows (`{series, year, value}`): the column that names each row's series, and the value column. */
  long?: {series: string; value: string};
  /** Otherwise the columns read as series, one x shared by all (wide rows). */
  wide: string[];
}

/** The options of `normalizeData` that choose columns. */
export interface PlanOptions {
  xKey?: string;
  yKey?: string;
  multi?: boolean;
  explicitKeys?: {x?: boolean; y?: boolean};
}

/**
 * The columns to read: x is `xKey` (default `year`), else (unless named explicitly) the first
 * column. Several series (`multi`) are long rows when there is a `series` column, or the one text
 * column beside a single numeric one (year,country,value); else every numeric column. One series
 * is `yKey` (default `value`), else (unless named explicitly) the first numeric column.
 * @throws {ChartDataError} `missing-column` when an explicitly named column is absent, `no-values`
 *   when no column holds numbers.
 */
export function planColumns(records: readonly DataRecord[], columns: readonly string[], options: PlanOptions): ColumnPlan {
  const xKey = options.xKey || 'year';
  const yKey = options.yKey || 'value';
  let x = findColumn(columns, xKey);
  if (!x) {
    if (options.explicitKeys?.x) throw missingColumn(xKey, columns);
    x = columns[0];
  }
  const hasNumber = (c: string) => records.some((r) => toNumber(r[c]) !== null);
  const others = columns.filter((c) => c !== x);
  const long = options.multi ? longRowColumns(records, columns, others, yKey, hasNumber) : undefined;
  if (long && long.series !== x) return {x, long, wide: []};
  let wide: string[];
  if (options.multi) {
    wide = others.filter(hasNumber);
  } else {
    const value = findColumn(columns, yKey);
    if (value && value !== x) wide = [value];
    else if (options.explicitKeys?.y) throw missingColumn(yKey, columns);
    else {
      const numeric = others.find(hasNumber);
      wide = numeric ? [numeric] : others.slice(0, 1);
    }
  }
  if (wide.length === 0) throw new ChartDataError('no-values', `No column holds numbers. The columns are: ${columns.join(', ')}.`);
  return {x, wide};
}

const missingColumn = (name: string, columns: readonly string[]) =>
  new ChartDataError('missing-column', `There is no "${name}" column. The columns are: ${columns.join(', ')}.`);

/**
 * The series and value columns of long rows: a `series` column (and `yKey`, else the one other
 * numeric column), or else the one text column beside a single numeric one. `undefined` when the
 * rows are not long.
 */
function longRowColumns(
  records: readonly DataRecord[],
  columns: readonly string[],
  others: readonly string[],
  yKey: string,
  hasNumber: (column: string) => boolean
): {series: string; value: string} | undefined {
  let series = findColumn(columns, 'series');
  let value = findColumn(columns, yKey);
  if (!series) {
    const numeric = others.filter(hasNumber);
    const text = others.filter((c) => !numeric.includes(c) && records.some((r) => typeof r[c] === 'string' && (r[c] as string).trim() !== ''));
    if (numeric.length === 1 && text.length === 1) {
      series = text[0];
      value = numeric[0];
    }
  } else if (!value) {
    const numeric = others.filter((c) => c !== series && hasNumber(c));
    if (numeric.length === 1) value = numeric[0];
  }
  return series && value ? {series, value} : undefined;
}

/** How many of the first x cells decide whether x holds dates. */
const SAMPLE = 1000;

/** Whether column `x` holds dates: more of its first 1,000 cells are ISO dates (or `Date` objects) than numbers. */
export function holdsDates(records: readonly DataRecord[], x: string): boolean {
  let dateCells = 0;
  let numberCells = 0;
  for (let i = 0; i < Math.min(records.length, SAMPLE); i++) {
    const cell = records[i][x];
    if (isDateCell(cell)) dateCells++;
    else if (toNumber(cell) !== null) numberCells++;
  }
  return dateCells > numberCells;
}

/** Reads the x of a record: a number, a time in ms (dates, a bare year included), or `null`. */
export type XReader = (record: DataRecord) => number | null;

/** The reader of column `x`, of dates or of numbers. */
export function xReader(x: string, dates: boolean): XReader {
  // + 0 turns −0 into 0: one year zero, not two.
  if (dates) {
    return (r) => {
      const t = toTime(r[x], true);
      return t === null ? null : t + 0;
    };
  }
  return (r) => {
    const n = toNumber(r[x]);
    return n === null ? null : n + 0;
  };
}
