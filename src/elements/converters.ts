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
