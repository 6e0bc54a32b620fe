import {dsvFormat} from 'd3-dsv';
import {toNumber} from './data/numbers.js';
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

/** Cell delimiters a file may use: spreadsheets in many locales save "CSV" with semicolons, or tabs. */
const DELIMITERS = [',', ';', '\t'] as const;

/** A cell delimiter of a CSV file. */
export type Delimiter = (typeof DELIMITERS)[number];

/** How many lines of a file decide its delimiter. */
const SNIFF_LINES = 20;

/**
 * The cell delimiter of a CSV file, sniffed from its first lines: each delimiter that splits the
 * header line splits them (with d3-dsv, so that quoted cells count as one). The delimiter that
 * gives every line as many cells as the header wins, then the one that gives more cells, then the
 * one whose cells hold more numbers (`year;value` over `2001;4,1` splits evenly on commas too,
 * into "year;value" and "2001;4", "1"), then the comma. A file of one column is comma-separated.
 * Quoted cells hide their delimiters, so `year,value` over `2001,"4,1"` is comma-separated.
 */
export function sniffDelimiter(text: string): Delimiter {
  const lines = text.split(/\r?\n/, SNIFF_LINES + 1);
  // The last line read may be cut short (or open a quoted cell that goes on): without it, unless it is all there is.
  const sample = (lines.length > SNIFF_LINES ? lines.slice(0, SNIFF_LINES) : lines).filter((line) => line.trim() !== '').join('\n');
  let best: (Split & {delimiter: Delimiter}) | undefined;
  for (const delimiter of DELIMITERS) {
    const rows = dsvFormat(delimiter).parseRows(sample);
    const cells = rows[0]?.length ?? 1;
    if (cells < 2) continue;
    const split = {delimiter, even: rows.every((row) => row.length === cells), cells, numbers: countNumbers(rows)};
    if (!best || betterSplit(split, best)) best = split;
  }
  return best?.delimiter ?? ',';
}

interface Split {
  /** Whether every line has as many cells as the header. */
  even: boolean;
  /** The header's cells. */
  cells: number;
  /** How many cells read as numbers. */
  numbers: number;
}

function betterSplit(a: Split, b: Split): boolean {
  if (a.even !== b.even) return a.even;
  if (a.cells !== b.cells) return a.cells > b.cells;
  return a.numbers > b.numbers;
}

/** How many cells of `rows` read as numbers, with a decimal point or a decimal comma. */
function countNumbers(rows: readonly (readonly string[])[]): number {
  let n = 0;
  for (const row of rows) for (const cell of row) if (toNumber(cell, '.') !== null || toNumber(cell, ',') !== null) n++;
  return n;
}

/** The delimiter each array of rows made by {@link parseCsv} was read with (no property on the array itself). */
const delimiters = new WeakMap<object, Delimiter>();

/**
 * The cell delimiter `rows` were read with, when they come from {@link parseCsv}: how their
 * numbers are written depends on it (decimal commas in a semicolon-separated file).
 * @internal
 */
export function delimiterOf(rows: unknown): Delimiter | undefined {
  return typeof rows === 'object' && rows !== null ? delimiters.get(rows) : undefined;
}

/**
 * Parses delimiter-separated text with a header row into row objects (all values strings). The
 * delimiter (comma, semicolon or tab) is sniffed from the first lines (see {@link sniffDelimiter}).
 * Uses d3-dsv's `parseRows`, which needs no `new Function` and so works under a strict
 * Content-Security-Policy. A leading byte-order mark is ignored.
 */
export function parseCsv(text: string): Record<string, string>[] {
  const body = stripBom(text);
  const delimiter = sniffDelimiter(body);
  const unclosed = unclosedQuote(body, delimiter);
  if (unclosed) {
    const opening = unclosed.cell.split(/\r?\n/, 1)[0];
    throw new ChartDataError(
      'invalid-data',
      `The CSV has a quote that opens a cell on line ${unclosed.line} ("${shortened(opening)}) and never closes, so every line after it would be read as that one cell. Close the quote, or remove it.`
    );
  }
  const rows = recordsFromMatrix(dsvFormat(delimiter).parseRows(body));
  delimiters.set(rows, delimiter);
  return rows;
}

/** A quoted cell that never closes: the line it opens on (1-based) and its text to the end of the file. */
interface UnclosedQuote {
  line: number;
  cell: string;
}

/**
 * The first quoted cell of `text` that never closes, if any. d3-dsv, as RFC 4180 says, reads a
 * cell that begins with a quote up to the quote that closes it; with none, the rest of the file
 * becomes that one cell, and the lines after it are lost without an error. A quote inside a cell
 * that does not begin with one (`5" disk`) is part of the text, and a doubled quote inside a
 * quoted cell is one quote, as for d3-dsv. Files without a quote are not scanned.
 */
function unclosedQuote(text: string, delimiter: Delimiter): UnclosedQuote | undefined {
  if (!text.includes('"')) return undefined;
  let line = 1;
  let cellStart = true;
  for (let i = 0; i < text.length; i++) {
    if (cellStart && text[i] === '"') {
      const opened = {line, at: i};
      // On to the quote that closes the cell; a doubled quote is a quote inside it.
      for (i++; i < text.length && !(text[i] === '"' && text[i + 1] !== '"'); i++) {
        if (text[i] === '"') i++;
        else if (text[i] === '\n') line++;
      }
      if (i >= text.length) return {line: opened.line, cell: text.slice(opened.at + 1)};
      cellStart = false;
      continue;
    }
    cellStart = text[i] === delimiter || text[i] === '\n' || text[i] === '\r';
    if (text[i] === '\n') line++;
  }
  return undefined;
}

/** At most 30 characters of `text`, with an ellipsis when it was longer. */
function shortened(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
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
