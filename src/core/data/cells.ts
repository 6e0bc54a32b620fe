/**
 * Reading cells and finding columns by name, for normalizing rows (see `normalizeData`).
 * @module
 */
import {stripBom} from '../parse.js';

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

/** Lower-cased, BOM-free, trimmed name, for forgiving column matches ("Year" finds `year`). */
const fold = (name: string) => stripBom(name).trim().toLowerCase();

/**
 * The column (or series key) named `wanted`, else the first that matches it folded.
 * @internal
 */
export function findColumn(columns: readonly string[], wanted: string): string | undefined {
  return columns.find((c) => c === wanted) ?? columns.find((c) => fold(c) === fold(wanted));
}
