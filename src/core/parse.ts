import {dsvFormat} from 'd3-dsv';
import {ChartDataError} from './types.js';

/** A raw input row: an object keyed by column name, or an array of cells. */
export type RawRow = Record<string, unknown> | unknown[];

// One or more: a file saved again by a program that writes a BOM can start with two.
const BOM = /^\uFEFF+/;

/** Removes a leading byte-order mark (U+FEFF), as written by spreadsheet programs; repeated ones too. */
export function stripBom(text: string): string {
  return text.replace(BOM, '');
}

/**
 * Turns a header row plus data rows of cells into objects keyed by the (trimmed, BOM-free) header.
 * Blank header cells are named `column 2`, `column 3`, …; cells past the header are dropped.
 */
export function recordsFromMatrix(matrix: readonly (readonly string[])[]): Record<string, string>[] {
  if (matrix.length === 0) return [];
  const header = matrix[0].map((name, i) => stripBom(name).trim() || `column ${i + 1}`);
  const records: Record<string, string>[] = [];
  for (let r = 1; r < matrix.length; r++) {
    const cells = matrix[r];
    if (cells.length === 0 || (cells.length === 1 && cells[0].trim() === '')) continue; // blank line
    const record: Record<string, string> = Object.create(null);
    header.forEach((name, i) => {
      record[name] = cells[i] ?? '';
    });
    records.push(record);
  }
  return records;
}

/**
 * Cell delimiters, in order of preference: spreadsheets in many locales save "CSV" with
 * semicolons, or tabs, and the header line tells which one a file uses.
 */
const DELIMITERS = [',', ';', '\t'];

/**
 * Parses comma-separated text with a header row into row objects (all values strings). A header
 * line with semicolons or tabs and no comma is split on those instead.
 * Uses d3-dsv's `parseRows`, which needs no `new Function` and so works under a strict
 * Content-Security-Policy. A leading byte-order mark is ignored.
 */
export function parseCsv(text: string): Record<string, string>[] {
  const body = stripBom(text);
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = DELIMITERS.find((d) => firstLine.includes(d)) ?? ',';
  return recordsFromMatrix(dsvFormat(delimiter).parseRows(body));
}

/**
 * Parses JSON text (a leading byte-order mark is ignored).
 * @throws {ChartDataError} code `invalid-json` with the parser's reason.
 */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(stripBom(text.trim()));
  } catch (e) {
    throw new ChartDataError('invalid-json', `The data is not valid JSON (${(e as Error).message}).`);
  }
}

/**
 * Parses the text of a data file: JSON when it looks like JSON (or `type` says so), else CSV.
 * @param type a MIME type or file name hint, e.g. `application/json` or `tiv.csv`.
 */
export function parseDataText(text: string, type = ''): unknown {
  const body = stripBom(text).trimStart();
  if (/json/i.test(type) || body.startsWith('[') || body.startsWith('{')) return parseJson(body);
  if (/^\s*<(!doctype|!--|html|head|body|\?xml|svg)/i.test(body)) {
    throw new ChartDataError('invalid-data', 'The file is an HTML or XML page, not CSV or JSON data.');
  }
  return parseCsv(body);
}
