/**
 * Raw rows to records: the first step of `normalizeData`. Rows are objects keyed by column name,
 * or arrays of cells with an optional header row; what comes out is one record per usable row
 * and the names of its columns.
 * @internal
 * @module
 */
import {stripBom, type RawRow} from '../parse.js';
import {ChartDataError} from '../types.js';
import {toNumber} from './cells.js';
import type {WarningTally} from './tally.js';

/** A row as read by column name. */
export type DataRecord = Record<string, unknown>;

/** The rows of the input as records, and their columns. */
export interface Records {
  /** One record per object or array row, in row order. */
  records: DataRecord[];
  /** Column names, in order of first appearance. */
  columns: string[];
}

/** The names of the columns of array rows without a header row. */
export interface ColumnNames {
  /** The first cell's column. */
  xKey: string;
  /** The second cell's column, unless every column is a series of its own (`multi`). */
  yKey: string;
  multi?: boolean;
}

/**
 * Reads `input` (an array of rows) as records: plain objects with clean keys are kept as they are
 * (the input array itself is the list while every row is one), other objects and arrays are
 * copied into records with a null prototype. Rows of any other kind are skipped with a warning.
 * @throws {ChartDataError} `invalid-data` when `input` is not an array or no row is an object or
 *   an array or no row has a key of its own, `no-data` when it has no rows.
 */
export function readRecords(input: unknown, names: ColumnNames, tally: WarningTally): Records {
  if (!Array.isArray(input)) {
    throw new ChartDataError('invalid-data', 'The data must be an array of rows, such as [{"year": 2001, "value": 2890}].');
  }
  let rows: unknown[] = input;
  let header: string[] | undefined;
  if (Array.isArray(rows[0]) && looksLikeHeader(rows[0] as unknown[])) {
    header = (rows[0] as string[]).map((h) => stripBom(h).trim());
    rows = rows.slice(1);
  }
  if (rows.length === 0) throw new ChartDataError('no-data', 'No data to show.');
  // A header that names a column twice ("year,value,value"): the last of them is read.
  for (const name of new Set(header?.filter((h, i) => header!.indexOf(h) !== i))) {
    tally.add(`The column "${name}" appears more than once; the last one is used.`);
  }
  const {records, columns} = collectRecords(rows, header, names, tally);
  if (records.length === 0) throw new ChartDataError('invalid-data', 'No row is an object or an array.');
  // Instances of a class whose values are getters have no keys of their own to read.
  if (columns.length === 0) throw new ChartDataError('invalid-data', 'The rows have no columns: no row has keys of its own, such as {"year": 2001, "value": 2890}.');
  return {records: withoutInheritedColumns(records, rows, columns), columns};
}

function looksLikeHeader(row: unknown[]): boolean {
  return row.length > 0 && row.every((c) => typeof c === 'string' && toNumber(c) === null);
}

/** The records of `rows` and their columns (see {@link readRecords}). */
function collectRecords(rows: unknown[], header: string[] | undefined, names: ColumnNames, tally: WarningTally): Records {
  // Columns in order of first appearance.
  const columns = new Set<string>();
  // The records: `undefined` while every row so far is a plain object kept as it is, and then the
  // input array itself is the list of records (no copy of 100,000 references to make and collect).
  let kept: DataRecord[] | undefined;
  const keep = (i: number, record?: DataRecord) => {
    kept ??= rows.slice(0, i) as DataRecord[];
    if (record) kept.push(record);
  };
  const clean = cleanNames();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as RawRow;
    if (Array.isArray(row)) {
      keep(i, arrayRecord(row, header, names, columns));
    } else if (row !== null && typeof row === 'object') {
      if (isOwnRecord(row, columns, clean)) kept?.push(row);
      else keep(i, objectRecord(row, columns, clean));
    } else {
      tally.add('{n} rows were skipped: a row must be an object or an array.');
      keep(i);
    }
  }
  return {records: kept ?? (rows as DataRecord[]), columns: [...columns]};
}

/** A column name without a byte-order mark or surrounding spaces, cached per raw name. */
function cleanNames(): (name: string) => string {
  const cleaned = new Map<string, string>();
  return (k) => {
    let name = cleaned.get(k);
    if (name === undefined) cleaned.set(k, (name = stripBom(k).trim()));
    return name;
  };
}

/** The record of an array row: cells named by the header, else x, y (or `column 2`), `column 3` … */
function arrayRecord(row: unknown[], header: string[] | undefined, names: ColumnNames, columns: Set<string>): DataRecord {
  const record: DataRecord = Object.create(null);
  row.forEach((cell, j) => {
    const name = header?.[j] ?? (j === 0 ? names.xKey : j === 1 && !names.multi ? names.yKey : `column ${j + 1}`);
    record[name] = cell;
    columns.add(name);
  });
  return record;
}

/**
 * Whether an object row can be its own record (no copy for 100,000 rows): a plain object whose
 * keys need no cleaning. Its new keys are added to `columns` (a key seen before is known to be clean).
 */
function isOwnRecord(row: object, columns: Set<string>, clean: (name: string) => string): boolean {
  const proto = Object.getPrototypeOf(row);
  let own = proto === Object.prototype || proto === null;
  for (const k in row) {
    if (!own || columns.has(k) || !Object.prototype.hasOwnProperty.call(row, k)) continue;
    if (clean(k) === k && k !== '__proto__') columns.add(k);
    else own = false;
  }
  return own;
}

/** A copy of an object row with clean keys and a null prototype: a "__proto__" column is an ordinary column. */
function objectRecord(row: object, columns: Set<string>, clean: (name: string) => string): DataRecord {
  const record: DataRecord = Object.create(null);
  for (const [k, v] of Object.entries(row)) {
    const name = clean(k);
    record[name] = v;
    columns.add(name);
  }
  return record;
}

/**
 * Rows kept as they are inherit from Object: a column named like one of its members
 * ("constructor") must not read the inherited one where a row lacks it. Such rows are then
 * copied with a null prototype (into a new list when the list is the author's array).
 */
function withoutInheritedColumns(records: DataRecord[], rows: unknown[], columns: string[]): DataRecord[] {
  if (!columns.some((c) => c in Object.prototype)) return records;
  const safe = records === rows ? records.slice() : records;
  for (let i = 0; i < safe.length; i++) {
    if (Object.getPrototypeOf(safe[i]) !== null) safe[i] = Object.assign(Object.create(null), safe[i]);
  }
  return safe;
}
