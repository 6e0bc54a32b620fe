import {ascending, columnSeries, columnsOf} from './columns.js';
import {stripBom, type RawRow} from './parse.js';
import {isDateCell, toTime} from './time.js';
import {ChartDataError, type NormalizedData, type Series} from './types.js';

/** How to pick and present series from raw rows. */
export interface SeriesSpec {
  /** Column name (wide rows) or value of the `series` field (long rows). */
  key: string;
  /** Name shown for the series; defaults to the key. */
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
  /** Series to keep, in order, with labels and colours (multi only). */
  series?: readonly SeriesSpec[];
  /** Whether `xKey` / `yKey` were set by the author (then a missing column is an error, not a fallback). */
  explicitKeys?: {x?: boolean; y?: boolean};
}

/** A number as a spreadsheet cell writes it: plain (with an exponent), or with English thousands separators ("2,890"). */
const NUMBER = /^[-+]?((\d+\.?\d*|\.\d+)(e[-+]?\d+)?|\d{1,3}(,\d{3})+(\.\d+)?)$/i;

/**
 * Reads a number from a cell: finite numbers as they are; strings trimmed, with a Unicode minus
 * sign and English thousands separators ("2,890") accepted. Anything else is `null`.
 */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const s = value.trim().replace(/\u2212/g, '-');
  // Number('') and Number('0x10') are not what a spreadsheet cell means.
  if (!NUMBER.test(s)) return null;
  const n = Number(s.includes(',') ? s.replace(/,/g, '') : s);
  return Number.isFinite(n) ? n : null;
}

function looksLikeHeader(row: unknown[]): boolean {
  return row.length > 0 && row.every((c) => typeof c === 'string' && toNumber(c) === null);
}

/** Lower-cased, BOM-free, trimmed name, for forgiving column matches ("Year" finds `year`). */
const fold = (name: string) => stripBom(name).trim().toLowerCase();

/** The column (or series key) named `wanted`, else the first that matches it folded. */
function findColumn(columns: readonly string[], wanted: string): string | undefined {
  return columns.find((c) => c === wanted) ?? columns.find((c) => fold(c) === fold(wanted));
}

/** A warning of a kind that occurred `n` times: "{n} rows were …" reads "1 row was …" for one. */
function counted(kind: string, n: number): string {
  return n === 1
    ? kind.replace('{n} rows repeat', '1 row repeats').replace('{n} rows', '1 row').replace('{n} values', '1 value').replace(' were ', ' was ').replace(' are shown as gaps', ' is shown as a gap').replace('{n}', '1')
    : kind.replace('{n}', String(n));
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
  const xKey = options.xKey || 'year';
  const yKey = options.yKey || 'value';
  if (!Array.isArray(input)) {
    throw new ChartDataError('invalid-data', 'The data must be an array of rows, such as [{"year": 2001, "value": 2890}].');
  }
  let rows: unknown[] = input;
  let arrayHeader: string[] | undefined;
  if (Array.isArray(rows[0]) && looksLikeHeader(rows[0] as unknown[])) {
    arrayHeader = (rows[0] as string[]).map((h) => stripBom(h).trim());
    rows = rows.slice(1);
  }
  if (rows.length === 0) throw new ChartDataError('no-data', 'No data to show.');

  // The count of each kind of warning, so that 10,000 bad rows give one line, not 10,000.
  const tally = new Map<string, number>();
  const warn = (kind: string, n = 1) => tally.set(kind, (tally.get(kind) ?? 0) + n);
  // A header that names a column twice ("year,value,value"): the last of them is read.
  for (const name of new Set(arrayHeader?.filter((h, i) => arrayHeader!.indexOf(h) !== i))) {
    warn(`The column "${name}" appears more than once; the last one is used.`);
  }
  // Columns in order of first appearance.
  const columnSet = new Set<string>();
  // The records: `undefined` while every row so far is a plain object kept as it is, and then the
  // input array itself is the list of records (no copy of 100,000 references to make and collect).
  let kept: Record<string, unknown>[] | undefined;
  const keep = (i: number, record?: Record<string, unknown>) => {
    kept ??= rows.slice(0, i) as Record<string, unknown>[];
    if (record) kept.push(record);
  };
  const cleaned = new Map<string, string>();
  const clean = (k: string) => {
    let name = cleaned.get(k);
    if (name === undefined) cleaned.set(k, (name = stripBom(k).trim()));
    return name;
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as RawRow;
    if (Array.isArray(row)) {
      const record: Record<string, unknown> = Object.create(null);
      row.forEach((cell, j) => {
        const name = arrayHeader?.[j] ?? (j === 0 ? xKey : j === 1 && !options.multi ? yKey : `column ${j + 1}`);
        record[name] = cell;
        columnSet.add(name);
      });
      keep(i, record);
    } else if (row !== null && typeof row === 'object') {
      // A plain object whose keys need no cleaning is its own record (no copy for 100,000 rows).
      const proto = Object.getPrototypeOf(row);
      let own = proto === Object.prototype || proto === null;
      for (const k in row) {
        // A key seen before is known to be clean; only new keys are checked.
        if (!own || columnSet.has(k) || !Object.prototype.hasOwnProperty.call(row, k)) continue;
        if (clean(k) === k && k !== '__proto__') columnSet.add(k);
        else own = false;
      }
      if (own) {
        kept?.push(row as Record<string, unknown>);
        continue;
      }
      // Otherwise a copy with a null prototype: a "__proto__" column is an ordinary column.
      const record: Record<string, unknown> = Object.create(null);
      for (const [k, v] of Object.entries(row)) {
        const name = clean(k);
        record[name] = v;
        columnSet.add(name);
      }
      keep(i, record);
    } else {
      warn('{n} rows were skipped: a row must be an object or an array.');
      keep(i);
    }
  }
  let records = kept ?? (rows as Record<string, unknown>[]);
  const columns = [...columnSet];
  if (records.length === 0) throw new ChartDataError('invalid-data', 'No row is an object or an array.');
  // Instances of a class whose values are getters have no keys of their own to read.
  if (columns.length === 0) throw new ChartDataError('invalid-data', 'The rows have no columns: no row has keys of its own, such as {"year": 2001, "value": 2890}.');
  // Rows kept as they are inherit from Object: a column named like one of its members
  // ("constructor") must not read the inherited one where a row lacks it.
  if (columns.some((c) => c in Object.prototype)) {
    // The input array is the author's: copied before a row of it is replaced.
    if (records === rows) records = records.slice();
    for (let i = 0; i < records.length; i++) {
      if (Object.getPrototypeOf(records[i]) !== null) records[i] = Object.assign(Object.create(null), records[i]);
    }
  }

  let xColumn = findColumn(columns, xKey);
  if (!xColumn) {
    if (options.explicitKeys?.x) {
      throw new ChartDataError('missing-column', `There is no "${xKey}" column. The columns are: ${columns.join(', ')}.`);
    }
    xColumn = columns[0];
  }
  const x = xColumn;
  const hasNumber = (c: string) => records.some((r) => toNumber(r[c]) !== null);
  const others = columns.filter((c) => c !== x);

  // Long rows: {series, year, value}.
  // Long rows: a `series` column, or else (several series wanted) the one text column beside a
  // single numeric one, such as year,country,value.
  let seriesColumn = options.multi ? findColumn(columns, 'series') : undefined;
  let valueColumn = findColumn(columns, yKey);
  if (options.multi && !seriesColumn) {
    const numeric = others.filter(hasNumber);
    const text = others.filter((c) => !numeric.includes(c) && records.some((r) => typeof r[c] === 'string' && (r[c] as string).trim() !== ''));
    if (numeric.length === 1 && text.length === 1) {
      seriesColumn = text[0];
      valueColumn = numeric[0];
    }
  } else if (options.multi && seriesColumn && !valueColumn) {
    const numeric = others.filter((c) => c !== seriesColumn && hasNumber(c));
    if (numeric.length === 1) valueColumn = numeric[0];
  }
  // Data in row order as columns (x, and y with NaN for a gap), settled (sorted, each x once) below.
  let raw: {key: string; x: number[]; y: number[]}[];
  // Dates when more of the first 1,000 x cells are ISO dates (or Date objects) than numbers.
  let dateCells = 0;
  let numberCells = 0;
  for (const r of records.slice(0, 1000)) {
    if (isDateCell(r[x])) dateCells++;
    else if (toNumber(r[x]) !== null) numberCells++;
  }
  const dates = dateCells > numberCells;
  const read = dates ? (v: unknown) => toTime(v, true) : toNumber;
  // + 0 turns −0 into 0: one year zero, not two.
  const xOf = (r: Record<string, unknown>) => {
    const v = read(r[x]);
    return v === null ? null : v + 0;
  };
  const noX = dates ? `{n} rows without a date in ${x} were skipped.` : `{n} rows without a numeric ${x} were skipped.`;

  let repeats = 0;

  if (seriesColumn && valueColumn && seriesColumn !== x) {
    const bySeries = new Map<string, {x: number[]; y: number[]}>();
    for (const r of records) {
      const xv = xOf(r);
      if (xv === null) {
        warn(noX);
        continue;
      }
      const key = String(r[seriesColumn] ?? '').trim();
      if (!key) {
        warn('{n} rows without a series name were skipped.');
        continue;
      }
      let columns = bySeries.get(key);
      if (!columns) bySeries.set(key, (columns = {x: [], y: []}));
      columns.x.push(xv);
      columns.y.push(toNumber(r[valueColumn]) ?? NaN);
    }
    raw = [...bySeries].map(([key, columns]) => {
      const settled = settle(columns.x, [columns.y]);
      repeats += settled.repeats;
      return {key, x: settled.x, y: settled.ys[0]};
    });
  } else {
    let yColumns: string[];
    if (!options.multi) {
      if (valueColumn && valueColumn !== x) yColumns = [valueColumn];
      else if (options.explicitKeys?.y) {
        throw new ChartDataError('missing-column', `There is no "${yKey}" column. The columns are: ${columns.join(', ')}.`);
      } else {
        const numeric = others.find(hasNumber);
        yColumns = numeric ? [numeric] : others.slice(0, 1);
      }
    } else {
      yColumns = others.filter(hasNumber);
    }
    if (yColumns.length === 0) {
      throw new ChartDataError('no-values', `No column holds numbers. The columns are: ${columns.join(', ')}.`);
    }
    // One x column shared by every series: each row gives every series a datum. The columns are
    // made at full length and cut to the rows kept (no regrowth while 100,000 rows are read).
    const xValues = new Array<number>(records.length);
    const yValues = yColumns.map(() => new Array<number>(records.length));
    let kept = 0;
    let nonFinite = 0;
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      const xv = xOf(r);
      if (xv === null) {
        warn(noX);
        continue;
      }
      xValues[kept] = xv;
      for (let k = 0; k < yColumns.length; k++) {
        const cell = r[yColumns[k]];
        if (typeof cell === 'number' && !Number.isFinite(cell)) nonFinite++;
        yValues[k][kept] = toNumber(cell) ?? NaN;
      }
      kept++;
    }
    xValues.length = kept;
    for (const y of yValues) y.length = kept;
    if (nonFinite) warn('{n} values were not finite and are shown as gaps.', nonFinite);
    const settled = settle(xValues, yValues);
    repeats = settled.repeats;
    raw = yColumns.map((key, k) => ({key, x: settled.x, y: settled.ys[k]}));
  }
  if (repeats) warn(`{n} rows repeat a ${x} of an earlier row; the last row of each ${x} is used.`, repeats);

  // Order, rename and colour by the author's spec.
  const series: Series[] = [];
  const add = (s: (typeof raw)[number], label: string, color?: string) =>
    series.push(columnSeries(color ? {key: s.key, label, color} : {key: s.key, label}, s.x, s.y));
  if (options.multi && options.series?.length) {
    for (const spec of options.series) {
      const key = findColumn(raw.map((s) => s.key), spec.key);
      const found = raw.find((s) => s.key === key);
      if (found) add(found, spec.label || found.key, spec.color);
      else warn(`The series "${spec.key}" is not in the data.`);
    }
    if (series.length === 0) {
      throw new ChartDataError('missing-column', `None of the series named in "series" is in the data. The data has: ${raw.map((s) => s.key).join(', ')}.`);
    }
  } else {
    for (const s of raw) add(s, s.key);
  }

  const xs = unionXs(series);
  if (xs.length === 0) {
    throw new ChartDataError('no-data', dates ? `No row has a date in ${x}.` : `No row has a year (a number) or an ISO 8601 date such as 2020-04-20 in ${x}.`);
  }
  if (!series.some((s) => columnsOf(s).y.some((v) => !Number.isNaN(v)))) {
    const names = series.map((s) => `"${s.key}"`).join(', ');
    throw new ChartDataError('no-values', `No row has a number in ${names}.`);
  }
  return {xLabel: x, xType: dates ? 'date' : 'number', series, xs, warnings: Array.from(tally, ([kind, n]) => counted(kind, n))};
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
