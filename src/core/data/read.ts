/**
 * Reading the series out of the records as columns of numbers (x, and y with NaN for a gap),
 * sorted by x with each x once.
 * @internal
 * @module
 */
import {ascending} from '../columns.js';
import {toNumber, type ColumnNumbers, type UnreadCells} from './numbers.js';
import type {XReader} from './infer.js';
import type {DataRecord} from './records.js';
import type {WarningTally} from './tally.js';

/** One series read from the records, before the author's series spec is applied. */
export interface RawSeries {
  key: string;
  x: number[];
  y: number[];
}

/** The series read, and how many rows repeated an x of an earlier row (the last one is used). */
export interface ReadSeries {
  series: RawSeries[];
  repeats: number;
}

/** What the rows are read with: the x reader and the warning for a row without an x. */
export interface RowReading {
  readX: XReader;
  /** The warning (a tally kind) for a row skipped for its x. */
  noX: string;
  tally: WarningTally;
  /** The numbers of the value columns. */
  numbers: ColumnNumbers;
  /** Where cells with text but no number are noted. */
  unread: UnreadCells;
}

/**
 * Long rows (`{series, year, value}`): one series per name in column `columns.series`, in order of
 * first appearance, with its value in `columns.value`. Rows without an x or a series name are
 * skipped with a warning.
 */
export function readLongRows(records: readonly DataRecord[], columns: {series: string; value: string}, {readX, noX, tally, numbers, unread}: RowReading): ReadSeries {
  const bySeries = new Map<string, {x: number[]; y: number[]}>();
  const decimal = numbers.decimal(columns.value);
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    const xv = readX(r);
    if (xv === null) {
      tally.add(noX);
      continue;
    }
    const key = String(r[columns.series] ?? '').trim();
    if (!key) {
      tally.add('{n} rows without a series name were skipped.');
      continue;
    }
    let series = bySeries.get(key);
    if (!series) bySeries.set(key, (series = {x: [], y: []}));
    series.x.push(xv);
    const cell = r[columns.value];
    const y = toNumber(cell, decimal);
    if (y === null) unread.note(cell, columns.value, i);
    series.y.push(y ?? NaN);
  }
  let repeats = 0;
  const series = [...bySeries].map(([key, columns]) => {
    const settled = settle(columns.x, [columns.y]);
    repeats += settled.repeats;
    return {key, x: settled.x, y: settled.ys[0]};
  });
  return {series, repeats};
}

/**
 * Wide rows: one series per column of `keys`, all sharing the x column (each row gives every
 * series a datum). Rows without an x are skipped with a warning; non-finite numbers are gaps.
 */
export function readWideRows(records: readonly DataRecord[], keys: readonly string[], {readX, noX, tally, numbers, unread}: RowReading): ReadSeries {
  // The columns are made at full length and cut to the rows kept (no regrowth while 100,000 rows
  // are read).
  const xValues = new Array<number>(records.length);
  const yValues = keys.map(() => new Array<number>(records.length));
  const decimals = keys.map((key) => numbers.decimal(key));
  let kept = 0;
  let nonFinite = 0;
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    const xv = readX(r);
    if (xv === null) {
      tally.add(noX);
      continue;
    }
    xValues[kept] = xv;
    for (let k = 0; k < keys.length; k++) {
      const cell = r[keys[k]];
      if (typeof cell === 'number' && !Number.isFinite(cell)) nonFinite++;
      const y = toNumber(cell, decimals[k]);
      if (y === null) unread.note(cell, keys[k], i);
      yValues[k][kept] = y ?? NaN;
    }
    kept++;
  }
  xValues.length = kept;
  for (const y of yValues) y.length = kept;
  if (nonFinite) tally.add('{n} values were not finite and are shown as gaps.', nonFinite);
  const settled = settle(xValues, yValues);
  return {series: keys.map((key, k) => ({key, x: settled.x, y: settled.ys[k]})), repeats: settled.repeats};
}

/**
 * Columns in row order made ready to draw: sorted by x, each x once (the last row of an x wins,
 * as a spreadsheet's last entry would), with the number of rows that repeated an x. Every `ys`
 * column is ordered as `x`. Columns already in ascending order, as most files are, are returned
 * as they are.
 */
function settle(x: number[], ys: number[][]): {x: number[]; ys: number[][]; repeats: number} {
  if (ascending(x)) return {x, ys, repeats: 0};
  // A stable sort keeps rows of the same x in row order, so the last one is the last row.
  const order = Array.from(x, (_, i) => i).sort((a, b) => x[a] - x[b]);
  const kept: number[] = [];
  for (const i of order) {
    if (kept.length && x[kept[kept.length - 1]] === x[i]) kept[kept.length - 1] = i;
    else kept.push(i);
  }
  return {x: kept.map((i) => x[i]), ys: ys.map((y) => kept.map((i) => y[i])), repeats: x.length - kept.length};
}
