/**
 * Reading cells and finding columns by name, for normalizing rows (see `normalizeData`).
 * @module
 */
import {stripBom} from '../parse.js';

export {toNumber} from './numbers.js';

/** Lower-cased, BOM-free, trimmed name, for forgiving column matches ("Year" finds `year`). */
const fold = (name: string) => stripBom(name).trim().toLowerCase();

/**
 * The column (or series key) named `wanted`, else the first that matches it folded.
 * @internal
 */
export function findColumn(columns: readonly string[], wanted: string): string | undefined {
  return columns.find((c) => c === wanted) ?? columns.find((c) => fold(c) === fold(wanted));
}
