/**
 * Reading numbers from cells as people write them in spreadsheets: with a sign, a currency sign or
 * a percent sign ("$4.1", "−4.1 %", "4,1 €"), and with the grouping of their locale ("2,890",
 * "2.890,5", "2 890,5", "2’890.5").
 *
 * **Decimal point or decimal comma.** A cell alone cannot always tell: "1,234" is 1234 with an
 * English thousands separator and 1.234 with a decimal comma. Spreadsheets save "CSV" with
 * semicolons (and sometimes tabs) where the comma is the decimal separator, so in such a file a
 * column is read one way, decided by its whole content: each cell that reads only with a decimal
 * point ("4.1", "1,234.5") counts for the point, each that reads only with a decimal comma ("4,1",
 * "1.234,5") for the comma, and the column takes the style with more such cells. A column with
 * none either way ("1,234", "2001") takes the file's default: decimal commas in a
 * semicolon-separated file, a decimal point in a tab-separated one. Everything else (a
 * comma-separated file, JSON, a table) has a decimal point; there "4,1" is not read, and the
 * message says why. Cells written the other way than their column are gaps.
 * @internal
 * @module
 */
import {hasPlainNumbers} from '../plain-number.js';

/** The decimal separator of a column. */
export type Decimal = '.' | ',';

/** Grouping characters besides the other separator: spaces (no-break, narrow, thin) and apostrophes. */
const SPACES = ' \u00a0\u202f\u2009\'\u2019';

/** A plain number in each style: digits with at most one decimal separator, and an optional exponent. */
const PLAIN: Record<Decimal, RegExp> = {
  '.': /^(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i,
  ',': /^(\d+,?\d*|,\d+)$/,
};

/**
 * A grouped number in each style: groups of three digits ("1,234,567"), one grouping character
 * throughout, and optional decimals. (India's "12,34,567" is not read: a slip of the keyboard
 * gives it as easily.)
 */
const GROUPED: Record<Decimal, RegExp> = {
  '.': new RegExp(`^\\d{1,3}([,${SPACES}])(\\d{3}\\1)*\\d{3}(\\.\\d+)?$`),
  ',': new RegExp(`^\\d{1,3}([.${SPACES}])(\\d{3}\\1)*\\d{3}(,\\d+)?$`),
};

/** A plain number with a decimal point and nothing else. */
const SIMPLE = /^-?\d+(\.\d+)?$/;

/** A sign, currency sign (with up to three letters: "US$", "R$") or percent sign around the number. */
const AFFIXES = /^([-+]?)\s*(?:[A-Za-z]{0,3}\p{Sc}\s*)?([-+]?)\s*(.*?)\s*(?:%|\p{Sc})?$/u;

/** The number in `body` (no sign or affixes) written in `decimal` style, else `null`. */
function readBody(body: string, decimal: Decimal): number | null {
  let plain: string;
  if (PLAIN[decimal].test(body)) plain = body;
  else if (GROUPED[decimal].test(body)) plain = body.replace(decimal === '.' ? /[^\d.]/g : /[^\d,]/g, '');
  else return null;
  const n = Number(decimal === ',' ? plain.replace(',', '.') : plain);
  return Number.isFinite(n) ? n : null;
}

/** The sign and the body of a cell's text, without spaces, currency or percent signs; `undefined` when there are two signs. */
function split(text: string): {negative: boolean; body: string} | undefined {
  const match = AFFIXES.exec(text.trim().replace(/\u2212/g, '-'));
  if (!match || (match[1] && match[2])) return undefined;
  return {negative: (match[1] || match[2]) === '-', body: match[3]};
}

/**
 * Reads a number from a cell: finite numbers as they are; strings as spreadsheets write them (see
 * the module), with `decimal` as the decimal separator. Anything else, blanks included, is `null`.
 */
export function toNumber(value: unknown, decimal: Decimal = '.'): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  // Most cells are plain ("2001", "17.56"): read them at once.
  if (decimal === '.' && SIMPLE.test(value)) return Number(value);
  const parts = split(value);
  if (!parts) return null;
  const n = readBody(parts.body, decimal);
  return n === null ? null : parts.negative ? -n : n;
}

/** Which styles a cell's text reads in: `.`, `,`, both (ambiguous, like "1,234") or neither. */
function stylesOf(text: string): {point: boolean; comma: boolean} {
  // Most cells have no separator at all ("2001", "1450"): they read the same either way.
  if (!text.includes(',') && !text.includes('.')) return {point: false, comma: false};
  return {point: toNumber(text, '.') !== null, comma: toNumber(text, ',') !== null};
}

/**
 * How the cells of a column are read: `fixed` when the file's kind decides (a decimal point),
 * else decided by the cells (see the module) with `fallback` for a column with no telling cell.
 */
export type DecimalRule = {fixed: Decimal} | {fallback: Decimal};

/** The decimal separator of a column of cells under `rule` (see the module). */
export function columnDecimal(cells: Iterable<unknown>, rule: DecimalRule): Decimal {
  if ('fixed' in rule) return rule.fixed;
  let point = 0;
  let comma = 0;
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const styles = stylesOf(cell);
    if (styles.point && !styles.comma) point++;
    else if (styles.comma && !styles.point) comma++;
  }
  return point === comma ? rule.fallback : point > comma ? '.' : ',';
}

/**
 * Why a cell's text is not a number in its column's style, as a phrase after the quoted cell
 * (`"4.1 mn" has words beside the number…`); written for the author of the data. `decided` says
 * whether the column's style was decided by its cells (a semicolon- or tab-separated file).
 */
export function whyNotNumber(text: string, decimal: Decimal, decided: boolean): string {
  const quoted = JSON.stringify(text.trim());
  if (INFINITE.test(text)) return `${quoted} is not a finite number, which a chart cannot draw (leave a cell empty for a gap)`;
  const other: Decimal = decimal === '.' ? ',' : '.';
  const asOther = toNumber(text, other);
  // "1.234.567": points that group thousands, not decimal commas.
  if (asOther !== null && decimal === '.' && !text.includes(',')) return `values like ${quoted} group thousands with "."; write them without it (${asOther})`;
  if (asOther !== null && !decided) {
    return `values like ${quoted} look like decimal commas; write them with a decimal point (${asOther}), or separate the cells with semicolons, as spreadsheets do where the comma is the decimal separator`;
  }
  if (asOther !== null) {
    const style = decimal === '.' ? 'a decimal point' : 'decimal commas';
    const looks = decimal === '.' ? 'look like decimal commas' : 'use a decimal point';
    return `values like ${quoted} ${looks}, but most of the column uses ${style}; write every value of a column one way`;
  }
  if (!/\d/.test(text)) return `${quoted} is not a number (leave a cell empty for a gap)`;
  if (/\d[-/]\d/.test(text)) return `${quoted} looks like a date or a range, not a number`;
  if (/\p{L}/u.test(text)) return `${quoted} has words beside the number; put units in the unit attribute and leave only the number`;
  return `${quoted} is not a number as written (numbers look like 2890, 2,890.5, 4.1% or $4.1)`;
}

/**
 * The numbers of the records' columns, each column read in its own decimal style (decided once,
 * on first use, by {@link columnDecimal}).
 */
export class ColumnNumbers {
  private readonly _decimals = new Map<string, Decimal>();

  constructor(
    private readonly _records: readonly Readonly<Record<string, unknown>>[],
    /** How the columns' decimal separators are decided. */
    readonly rule: DecimalRule
  ) {}

  /** The decimal separator of `column`. */
  decimal(column: string): Decimal {
    let decimal = this._decimals.get(column);
    if (decimal === undefined) {
      const records = this._records;
      decimal = columnDecimal((function* () {
        for (const r of records) yield r[column];
      })(), this.rule);
      this._decimals.set(column, decimal);
    }
    return decimal;
  }

  /** The number in `column` of `record`, or `null`. */
  read(record: Readonly<Record<string, unknown>>, column: string): number | null {
    return toNumber(record[column], this.decimal(column));
  }

  /** Whether some cell of `column` holds a number. */
  has(column: string): boolean {
    return this._records.some((r) => this.read(r, column) !== null);
  }
}

/** A number with one point, three digits after it and one to three before, not led by 0 ("2.890", "−12.345 €"). */
const THOUSANDS = /^\D*[1-9]\d{0,2}\.\d{3}\D*$/;
/** A whole number of at most three digits, written without a point ("450", "−72 €"). */
const BELOW_THOUSAND = /^\D*\d{1,3}\D*$/;

/** How many times the largest magnitude above zero of `values` is the smallest (1 with fewer than two). */
function spread(values: readonly number[]): number {
  // A loop, not Math.max(...values): a column of a million cells is more arguments than a call takes.
  let smallest = Infinity;
  let largest = 0;
  for (const value of values) {
    const magnitude = Math.abs(value);
    if (magnitude === 0) continue;
    smallest = Math.min(smallest, magnitude);
    largest = Math.max(largest, magnitude);
  }
  return largest > 0 ? largest / smallest : 1;
}

/**
 * Whether `locale` (a valid BCP 47 tag) groups thousands with "." ("2.890" is 2890 in German).
 * English does not, without asking Intl (see plain-number.ts).
 */
export function groupsWithPoint(locale: string): boolean {
  return !hasPlainNumbers(locale) && new Intl.NumberFormat(locale).format(12345).includes('.');
}

/**
 * What the author should know of `column` of `records`, read with a decimal point, when the
 * column looks written with "." grouping thousands and the page's `locale` groups thousands so
 * (see {@link groupsWithPoint}). It looks so when every number in it written with a point looks
 * like "2.890", every one without a point has at most three digits, and read with "." grouping
 * thousands its values are closer in scale than read with a decimal point: "450" beside "2.890"
 * (German's 450 and 2890, not 450 and 2.89). Such cells are read with the decimal point, as files
 * written in English mean it, and the warning says how to write them if thousands were meant.
 * Numbers that all have three decimals ("27.509", SIPRI's spending in billions), or beside "0" or
 * "30", are decimals and say nothing; so does a column whose every number has a point (either
 * reading is as likely). `undefined` when there is nothing to say.
 */
export function thousandsWarning(records: readonly Readonly<Record<string, unknown>>[], column: string, locale: string): string | undefined {
  let first: string | undefined;
  const pointed: number[] = [];
  const whole: number[] = [];
  for (const record of records) {
    const cell = typeof record[column] === 'string' ? (record[column] as string).trim() : undefined;
    const value = cell === undefined ? null : toNumber(cell);
    if (cell === undefined || value === null) continue;
    if (cell.includes('.')) {
      if (!THOUSANDS.test(cell)) return undefined;
      first ??= cell;
      pointed.push(value);
    } else {
      // "4500" without a point: this file does not group thousands with ".".
      if (!BELOW_THOUSAND.test(cell)) return undefined;
      whole.push(value);
    }
  }
  if (first === undefined || !whole.length) return undefined;
  const asThousands = spread([...pointed.map((v) => v * 1000), ...whole]);
  if (asThousands >= spread([...pointed, ...whole])) return undefined;
  const language = new Intl.DisplayNames('en', {type: 'language'}).of(locale) ?? locale;
  return `Values of "${column}" like "${first}" are read as ${toNumber(first)}; in ${language} "." groups thousands: write ${first.replace('.', '')} if that is meant.`;
}

/** A cell that was not read as a number: its text, column and row (0-based, in the records). */
export interface UnreadCell {
  text: string;
  column: string;
  row: number;
}

/** An infinite value as programs write it ("Infinity", "-inf", "∞"): a number meant, not a word for a gap. */
const INFINITE = /^\s*[-+\u2212]?(infinity|inf|\u221e)\s*$/i;

/**
 * The cells of value columns that held text but no number, noted as they are read: for the
 * warning about gaps the author did not mean and for the message of a column with no number.
 */
export class UnreadCells {
  /** Per column, how many cells with digits were not read, and the first of them. */
  private readonly _withDigits = new Map<string, {count: number; first: UnreadCell}>();
  /** The first non-blank cell not read, digits or not ("n/a"). */
  first?: UnreadCell;

  /** Notes `cell` of `column` in record `row`, which was not read as a number (blanks and non-strings are gaps by intent). */
  note(cell: unknown, column: string, row: number) {
    if (typeof cell !== 'string' || cell.trim() === '') return;
    const unread = {text: cell, column, row};
    this.first ??= unread;
    // Words without digits ("n/a", "–") are written for a gap; a cell with digits, or an
    // infinite value, meant a number.
    if (!/\d/.test(cell) && !INFINITE.test(cell)) return;
    const seen = this._withDigits.get(column);
    if (seen) seen.count++;
    else this._withDigits.set(column, {count: 1, first: unread});
  }

  /** The first cell with digits not read, else the first cell not read. */
  get telling(): UnreadCell | undefined {
    let first: UnreadCell | undefined;
    for (const {first: cell} of this._withDigits.values()) if (!first || cell.row < first.row) first = cell;
    return first ?? this.first;
  }

  /** Per column, the cells with digits not read: their count and the first. */
  columns(): [string, {count: number; first: UnreadCell}][] {
    return [...this._withDigits];
  }
}
