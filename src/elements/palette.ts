import {nothing} from 'lit';
import type {Series} from '../core/index.js';
import {styleProperties} from './style-properties.js';

/**
 * Colours in the series palette (`--tiv-series-1` … `--tiv-series-8`).
 * @internal
 */
export const PALETTE_SIZE = 8;

/**
 * The palette class of series `index` (series-0 … series-7: the palette repeats after {@link PALETTE_SIZE}).
 * @internal
 */
export function seriesClass(index: number): string {
  return `series-${index % PALETTE_SIZE}`;
}

/**
 * Inline style of series `index` (`nothing` for a palette colour): its own colour when it is a valid CSS `color` (set through the
 * CSSOM, so CSP-safe); series past the eighth take the palette again (see {@link seriesClass}),
 * with a dash and a lighter fill of their own to tell them from the first eight.
 * @internal
 */
export function seriesStyle(series: readonly Pick<Series, 'color'>[] | undefined, index: number) {
  const properties = seriesStyleProperties(series, index);
  // A palette colour (the usual case) needs no inline style: no directive for each of the marks
  // (`nothing` removes the attribute, and with it what an earlier render set).
  return properties ? styleProperties(properties) : nothing;
}

/**
 * The style properties of {@link seriesStyle} (`undefined` for a palette colour), for marks drawn as plain DOM.
 * @internal
 */
export function seriesStyleProperties(series: readonly Pick<Series, 'color'>[] | undefined, index: number): Record<string, string | undefined> | undefined {
  const color = series?.[index]?.color;
  const valid = !!color && typeof CSS !== 'undefined' && CSS.supports('color', color);
  const repeat = index >= PALETTE_SIZE;
  if (!valid && !repeat) return undefined;
  return {'--_c': valid ? color : undefined, '--_dash': repeat ? '2 3' : undefined, 'fill-opacity': repeat ? '0.55' : undefined};
}
