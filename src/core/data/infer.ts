/**
 * Which columns of the records are read, and how: the x column and whether it holds dates, and the
 * series (one column each, or long rows with a column that names the series). Each function reads
 * cells (a getter of a row may throw): `normalizeData` calls them in a fixed order, so that the
 * first fault of the data is the one reported.
 * @internal
 * @module
 */
import {isDateCell, toTime} from '../time.js';
import {ChartDataError} from '../types.js';
import {findColumn} from './cells.js';
import {toNumber, type ColumnNumbers} from './numbers.js';
import type {DataRecord} from './records.js';

/** The options of `normalizeData` that choose columns. */
export interface PlanOptions {
  xKey?: string;
  yKey?: string;
  multi?: boolean;
  explicitKeys?: {x?: boolean; y?: boolean};
}

/** Long rows (`{series, year, value}`): the column that names each row's series, and the value column. */
export interface LongColumns {
  series: string;
  value: string;
}

/**
 * The x column: `xKey` (default `year`), else (unless named explicitly) the first column.
 * @throws {ChartDataError} `missing-column` when an explicitly named column is absent.
 */
export function xColumn(columns: readonly string[], options: PlanOptions): string {
  const xKey = options.xKey || 'year';
  const x = findColumn(columns, xKey);
  if (x) return x;
  if (options.explicitKeys?.x) throw missingColumn(xKey, columns);
  return columns[0];
}

/**
 * The columns of long rows, when several series (`multi`) are wanted: a `series` column (and
 * `yKey`, default `value`, else the one other numeric column), or else the one text column beside
 * a single numeric one (year,country,value). `undefined` when the rows are not long.
 */
export function longColumns(records: readonly DataRecord[], numbers: ColumnNumbers, columns: readonly string[], x: string, options: PlanOptions): LongColumns | undefined {
  if (!options.multi) return undefined;
  const others = columns.filter((c) => c !== x);
  let series = findColumn(columns, 'series');
  let value = findColumn(columns, options.yKey || 'value');
  if (!series) {
    const numeric = others.filter((c) => numbers.has(c));
    const text = others.filter((c) => !numeric.includes(c) && records.some((r) => typeof r[c] === 'string' && (r[c] as string).trim() !== ''));
    if (numeric.length === 1 && text.length === 1) {
      series = text[0];
      value = numeric[0];
    }
  } else if (!value) {
    const numeric = others.filter((c) => c !== series && numbers.has(c));
    if (numeric.length === 1) value = numeric[0];
  }
  return series && value && series !== x ? {series, value} : undefined;
}

/**
 * The columns read as series of wide rows, one x shared by all: with several series (`multi`),
 * every numeric column; else `yKey` (default `value`), or (unless named explicitly) the first
 * numeric column.
 * @throws {ChartDataError} `missing-column` when an explicitly named column is absent, `no-values`
 *   when no column holds numbers.
 */
export function wideColumns(numbers: ColumnNumbers, columns: readonly string[], x: string, options: PlanOptions): string[] {
  const others = columns.filter((c) => c !== x);
  let wide: string[];
  if (options.multi) {
    wide = others.filter((c) => numbers.has(c));
  } else {
    const yKey = options.yKey || 'value';
    const value = findColumn(columns, yKey);
    if (value && value !== x) wide = [value];
    else if (options.explicitKeys?.y) throw missingColumn(yKey, columns);
    else {
      const numeric = others.find((c) => numbers.has(c));
      wide = numeric ? [numeric] : others.slice(0, 1);
    }
  }
  if (wide.length === 0) throw new ChartDataError('no-values', `No column holds numbers. The columns are: ${columns.join(', ')}.`);
  return wide;
}

const missingColumn = (name: string, columns: readonly string[]) =>
  new ChartDataError('missing-column', `There is no "${name}" column. The columns are: ${columns.join(', ')}.`);

/** How many of the first x cells decide whether x holds dates. */
const SAMPLE = 1000;

/** Whether column `x` holds dates: more of its first 1,000 cells are ISO dates (or `Date` objects) than numbers. */
export function holdsDates(records: readonly DataRecord[], numbers: ColumnNumbers, x: string): boolean {
  const decimal = numbers.decimal(x);
  let dateCells = 0;
  let numberCells = 0;
  for (let i = 0; i < Math.min(records.length, SAMPLE); i++) {
    const cell = records[i][x];
    if (isDateCell(cell)) dateCells++;
    else if (toNumber(cell, decimal) !== null) numberCells++;
  }
  return dateCells > numberCells;
}

/** Reads the x of a record: a number, a time in ms (dates, a bare year included), or `null`. */
export type XReader = (record: DataRecord) => number | null;

/** The reader of column `x`, of dates or of numbers. */
export function xReader(x: string, dates: boolean, numbers: ColumnNumbers): XReader {
  // + 0 turns −0 into 0: one year zero, not two.
  if (dates) {
    return (r) => {
      const t = toTime(r[x], true);
      return t === null ? null : t + 0;
    };
  }
  return (r) => {
    const n = numbers.read(r, x);
    return n === null ? null : n + 0;
  };
}
