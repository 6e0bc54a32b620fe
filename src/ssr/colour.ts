import {color, rgb} from 'd3-color';
import type {Series} from '../core/index.js';
import {serverColour} from '../elements/palette.js';
import type {SvgColours} from '../export/svg-style.js';

/**
 * A CSS colour as a server render writes it: `#rrggbb`, or `#rrggbbaa` when translucent;
 * `undefined` for text that is not one. Read by d3-color: hex (3, 4, 6 or 8 digits), `rgb()`,
 * `rgba()`, `hsl()`, `hsla()` with commas, and the CSS named colours. Newer forms that a browser
 * reads (`rgb(255 0 0 / 50%)`, `oklch()`, `color-mix()`, `var()`) are not read here: the server
 * draws that series in its palette colour, and the browser in its own once the script runs. The
 * colour is written as d3 gives it, never as the author's text.
 * @internal
 */
export function serverColourOf(text: string): string | undefined {
  const parsed = color(text);
  if (!parsed) return undefined;
  return parsed.opacity < 1 ? parsed.formatHex8() : parsed.formatHex();
}

/**
 * `colour` (`#rrggbb` or `#rrggbbaa`) painted over the opaque `background`, as `#rrggbb`: a
 * standalone SVG's resolved colour (see `export/svg-style.ts`).
 * @internal
 */
export function opaqueOver(colour: string, background: string): string {
  const top = rgb(colour);
  const under = rgb(background);
  const a = top.opacity;
  return rgb(top.r * a + under.r * (1 - a), top.g * a + under.g * (1 - a), top.b * a + under.b * (1 - a)).formatHex();
}

/**
 * The series' own colours of a server render for its standalone SVG, over the theme's
 * `background`: each series' (`undefined` for a palette colour: the legend's swatches), and the
 * stylesheet's rules of each colour, whose marks are selected by their inline style as the server
 * writes it (`--_c: #rrggbb`, by `styleProperties` and `plain-markup.ts`).
 * @internal
 */
export function ownColours(series: readonly Pick<Series, 'color'>[], background: string): {bySeries: (string | undefined)[]; rules: NonNullable<SvgColours['own']>} {
  const written = series.map((s) => (s.color ? serverColourOf(s.color) : undefined));
  const distinct = [...new Set(written)].filter((colour) => colour !== undefined);
  return {
    bySeries: written.map((colour) => colour && opaqueOver(colour, background)),
    rules: distinct.map((colour) => ({selector: `[style='--_c: ${colour}']`, colour: opaqueOver(colour, background)})),
  };
}

serverColour.read = serverColourOf;
