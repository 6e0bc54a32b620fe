import type {PropertyDeclaration, PropertyValues} from 'lit';
import {parseJson} from '../core/index.js';
import {asChartError} from '../controllers/data-controller.js';

/**
 * Parses a JSON attribute; a value that is not JSON arrives as a ChartDataError (never thrown).
 * @internal
 */
export const jsonConverter = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    try {
      return parseJson(value);
    } catch (e) {
      return asChartError(e);
    }
  },
};

/**
 * Lit's `hasChanged` for the JSON properties (`data`, `series`, `annotations`): a new value with
 * the same JSON as the current one is no change, so a framework that hands over a new but equal
 * array at each of its renders (React's inline `data={[…]}`) redraws nothing and fires no event.
 * The comparison is with the current value, not a copy: rows changed in place are not seen (assign
 * new rows, or call `requestUpdate('data')`). A value that cannot be compared (a cycle, a revoked
 * Proxy) counts as changed, so that reading it reports the fault.
 * @internal
 */
export function jsonChanged(value: unknown, old: unknown): boolean {
  try {
    return !sameJson(value, old);
  } catch {
    return true;
  }
}

/**
 * Whether `JSON.stringify(a) === JSON.stringify(b)`, found without making the strings (a million
 * rows compare in tens of milliseconds, and unequal ones stop at the first difference): the same
 * keys in the same order (the order of a row's columns orders the series), equal numbers and
 * text; keys whose values JSON leaves out (undefined, functions) do not count. One difference:
 * a Date equals only a Date of the same time (JSON would also match its ISO text). Throws where
 * JSON.stringify would (a cycle overflows the stack).
 * @internal
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && sameJson(jsonValue(a), jsonValue(b));
  a = jsonValue(a);
  b = jsonValue(b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    // In an array, JSON writes what it leaves out of an object as null.
    return a.length === other.length && a.every((item, i) => sameJson(orNull(item), orNull(other[i])));
  }
  const keysA = jsonKeys(a);
  const keysB = jsonKeys(b);
  const objectA = a as Record<string, unknown>;
  const objectB = b as Record<string, unknown>;
  return keysA.length === keysB.length && keysA.every((key, i) => key === keysB[i] && sameJson(objectA[key], objectB[key]));
}

/**
 * A value as JSON writes it, one level deep: a Date as its time (null when invalid), NaN and
 * ±Infinity as null, undefined, functions and symbols as undefined, an object with `toJSON` as
 * what that returns.
 */
function jsonValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? null : time;
  }
  if (typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (value && typeof value === 'object' && typeof (value as {toJSON?: unknown}).toJSON === 'function') return (value as {toJSON: () => unknown}).toJSON();
  return value;
}

/** An array item as JSON reads it: null for what JSON leaves out of an object (undefined, a function). */
function orNull(item: unknown): unknown {
  return jsonValue(item) === undefined ? null : item;
}

/** The keys JSON writes of an object: its own enumerable ones, less those whose values it leaves out. */
function jsonKeys(object: object): string[] {
  const record = object as Record<string, unknown>;
  return Object.keys(object).filter((key) => jsonValue(record[key]) !== undefined);
}

/**
 * The declaration of a JSON property: read from its attribute as JSON, changed only when its
 * JSON changes (see {@link jsonChanged}).
 * @internal
 */
export const jsonProperty: PropertyDeclaration = {converter: jsonConverter, hasChanged: jsonChanged};

/**
 * A number attribute; blank or non-numeric text is `undefined`.
 * @internal
 */
export const numberConverter = {
  fromAttribute(value: string | null): number | undefined {
    if (value === null || value.trim() === '') return undefined;
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  },
};

/**
 * Coerces values set from script to the types the element works with; never throws. Text
 * properties (no type nor converter) take a number or other value as its string (with a warning
 * through `warn`); JSON properties take a string (as some tools set them) as JSON, as the
 * attribute does.
 * @internal
 */
export function coerceProperties(
  element: object,
  declared: ReadonlyMap<PropertyKey, PropertyDeclaration>,
  changed: PropertyValues,
  warn: (message: string) => void
) {
  const self = element as Record<string, unknown>;
  for (const name of changed.keys() as Iterable<string>) {
    const options = declared.get(name);
    const v = self[name];
    if (!options || options.state || v === undefined || v === null) continue;
    if (options.converter === jsonConverter) {
      if (typeof v === 'string') self[name] = jsonConverter.fromAttribute(v);
    } else if (!options.type && !options.converter && typeof v !== 'string') {
      self[name] = asText(v);
      warn(`${name} should be a string; ${typeof v} given.`);
    }
  }
}

/** `String(value)`, or '' for a Symbol or an object whose toString throws. */
function asText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '';
  }
}
