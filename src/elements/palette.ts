import {isServer, nothing} from 'lit';
import type {Series} from '../core/index.js';
import {styleProperties} from './style-properties.js';

export {PALETTE_SIZE, seriesClass} from './series-class.js';

/**
 * How a server render reads a series' own colour, having no CSS to ask: set by the server renderer
 * (`src/ssr/colour.ts`) to a parser that gives the colour as `#rrggbb` (or `#rrggbbaa`), and
 * `undefined` for text it does not read as one; the browser's bundles, which never render on a
 * server, do not carry it.
 * @internal
 */
export const serverColour: {read?: (text: string) => string | undefined} = {};

/**
 * Inline style of series `index` (`nothing` for a palette colour): its own colour when it is a
 * valid CSS `color` (set through the CSSOM, so CSP-safe; on a server, see {@link serverColour}). Series past the eighth take the palette
 * again, with a dash and a lighter fill of their own: their class (`seriesClass`), not a style.
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
  if (!color) return undefined;
  const own = isServer ? serverColour.read?.(color) : typeof CSS !== 'undefined' && CSS.supports('color', color) ? color : undefined;
  return own ? {'--_c': own} : undefined;
}
