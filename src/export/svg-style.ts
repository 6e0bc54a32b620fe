/**
 * The colours, text sizes and the stylesheet of a standalone SVG of a chart (see `figure-svg.ts`), resolved
 * for a theme: no custom property, no `color-mix`, no `currentColor`, so that any SVG renderer
 * (resvg, a browser, an editor) draws the figure the same way. DOM-free: the server and the
 * browser's download both use it.
 * @module
 * @internal
 */

/** The colour schemes a standalone SVG is drawn in. */
export type SvgTheme = 'light' | 'dark';

/**
 * The text, background and highlight colours of `theme="light"` and `theme="dark"` (see
 * chart-styles.ts).
 * @internal
 */
export const THEME_COLOURS: Record<SvgTheme, {text: string; background: string; highlight: string}> = {
  light: {text: '#1a1a1a', background: '#ffffff', highlight: '#c2410c'},
  dark: {text: '#ececec', background: '#121212', highlight: '#f76707'},
};

/**
 * The resolved colours of a standalone SVG, each an opaque `#rrggbb`. (Shaded annotation ranges
 * are the text colour at 8 % opacity, as on the page: a band under the marks, over the gridlines,
 * which show through it; see {@link svgStylesheet}.)
 * @internal
 */
export interface SvgColours {
  text: string;
  background: string;
  highlight: string;
  /** Secondary text: subheading, ticks, note, source. */
  muted: string;
  grid: string;
  baseline: string;
  /** The palette, `--tiv-series-1` … `--tiv-series-8`. */
  series: string[];
  /**
   * Series' own colours (`series` JSON) where the plot's markup still carries them as a custom
   * property (a server render): the selector of their marks and the colour, `#rrggbb`. (A
   * browser's download writes them on the marks as drawn instead.)
   */
  own?: {selector: string; colour: string}[];
}

/**
 * The sizes of the figure's texts, px, and the heading's weight: the elements' `--tiv-font-size-*`
 * and `--tiv-font-weight-heading` as drawn.
 * @internal
 */
export interface FigureType {
  heading: number;
  headingWeight: number;
  subheading: number;
  /** `--tiv-font-size-small`: the plot's texts (ticks, labels, annotations), legend, notes and source. */
  small: number;
  /** `<spend-compare>`'s ratio value ("3.7×"). */
  ratio: number;
}

/**
 * The elements' default text sizes at a 16 px root (1.25rem, 1rem, 0.8125rem, 2rem) and heading
 * weight: a server render's.
 * @internal
 */
export const DEFAULT_TYPE: FigureType = {heading: 20, headingWeight: 700, subheading: 16, small: 13, ratio: 32};

/** `#rrggbb` as channels. */
function channels(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** `color-mix(in srgb, a p, b)` of two opaque `#rrggbb` colours, as `#rrggbb`. */
function mix(a: string, b: string, p: number): string {
  const [x, y] = [channels(a), channels(b)];
  return '#' + x.map((v, i) => Math.round(v * p + y[i] * (1 - p)).toString(16).padStart(2, '0')).join('');
}

/**
 * The colours of `theme` with `palette` (the series colours, `#rrggbb`): the elements' custom
 * properties with their `color-mix(…, transparent)` written as the colour over the theme's
 * background (an image has no page behind it).
 * @internal
 */
export function svgColours(theme: SvgTheme, palette: readonly string[]): SvgColours {
  const {text, background, highlight} = THEME_COLOURS[theme];
  const over = (p: number) => mix(text, background, p);
  return {text, background, highlight, muted: over(0.72), grid: over(0.22), baseline: over(0.75), series: [...palette]};
}

/** The dash of each palette colour's lines (see chart-styles.ts). */
const DASHES = ['none', '8 4', '1.5 4', '10 3 1.5 3', '16 5', '4 3', '10 3 1.5 3 1.5 3', '1.5 8'];

/**
 * Series past the palette (class `repeat`, see `seriesClass`): a dash and a lighter fill of their
 * own, as chart-styles.ts gives them (its `fill-opacity: 0.55` over the area's 0.28).
 */
const REPEAT_RULES = [
  '.repeat.line,.repeat .swatch,.repeat .swatch-line{stroke-dasharray:2 3}',
  '.repeat.column,.repeat.point,.repeat.value-label,.repeat .swatch-box{fill-opacity:0.55}',
  `.repeat.area{fill-opacity:${0.28 * 0.55}}`,
].join('');

/**
 * The rules of one series colour, for the marks that `s` selects (`.series-0`, a palette class):
 * columns, lines, areas, points, their highlights, labels and swatches.
 */
function seriesRules(c: SvgColours, colour: string, s: string): string {
  const shade = mix(colour, c.text, 0.62);
  return [
    `${s}.column,${s}.point{fill:${colour}}`,
    `${s}.line,${s} .swatch,${s}.leader.in-series{stroke:${colour}}`,
    `${s}.area{fill:${colour};fill-opacity:0.28}`,
    `${s}.column.highlight{fill:${shade}}`,
    `${s}.point.highlight{fill:${c.background};stroke:${shade};stroke-width:3px}`,
    `${s}.value-label.in-series{fill:${shade}}`,
    `${s} .swatch-box{fill:${colour}}${s} .swatch-line{stroke:${colour}}`,
  ].join('');
}

/**
 * The stylesheet of a standalone SVG: the rules of the elements' styles that paint the plot
 * (chart-styles.ts, label-styles.ts, compare-styles.ts) with the colours `c`, and the figure's
 * own texts (`fig-*`), in `fontFamily` (a CSS font-family list, without double quotes) at the
 * sizes of `type`.
 * @internal
 */
export function svgStylesheet(c: SvgColours, fontFamily: string, type: FigureType): string {
  const dashRules = DASHES.map((dash, i) => `.series-${i}.line,.series-${i} .swatch,.series-${i} .swatch-line{stroke-dasharray:${dash}}`).join('');
  return [
    `text{fill:${c.muted};font-family:${fontFamily};font-size:${type.small}px}`,
    `.grid line{stroke:${c.grid};shape-rendering:crispEdges}`,
    `.baseline{stroke:${c.baseline};shape-rendering:crispEdges}`,
    `.swatch-box{stroke:${c.text};stroke-width:0.5px}`,
    `.line,line.swatch,.swatch-line{fill:none;stroke-width:2.5px;stroke-linejoin:round;stroke-linecap:round}`,
    c.series.map((colour, i) => seriesRules(c, colour, `.series-${i}`)).join(''),
    // After the palette's, which they override; before the repeats' lighter fill, which they keep.
    (c.own ?? []).map(({selector, colour}) => seriesRules(c, colour, selector)).join(''),
    dashRules,
    REPEAT_RULES,
    `.value-label,.annotation text,.y-axis.inline text,.y-axis .over-plot{paint-order:stroke;stroke:${c.background};stroke-width:3px;stroke-linejoin:round}`,
    `.value-label{fill:${c.text};font-weight:600}`,
    `.leader{stroke:${c.muted};stroke-width:1px}`,
    `.annotation line{stroke:${c.muted};stroke-dasharray:3 3}`,
    // A range's band is drawn under the marks and over the gridlines, as on the page, translucent
    // as there (color-mix(in srgb, currentColor 8%, transparent)) so the gridlines show through.
    `.annotation rect{fill:${c.text};fill-opacity:0.08}`,
    `.annotation text{fill:${c.text}}`,
    `.note-marker circle{fill:${c.background};stroke:${c.text};stroke-width:1.25px}`,
    `.note-marker text{fill:${c.text};font-size:${type.small * 0.8}px;font-weight:700}`,
    `.direct-label text{fill:${c.text};font-weight:600}`,
    `.multi .column.highlight{stroke:${c.text};stroke-width:1px}`,
    `.fig-heading{fill:${c.text};font-size:${type.heading}px;font-weight:${type.headingWeight}}`,
    `.fig-subheading{fill:${c.muted};font-size:${type.subheading}px}`,
    `.fig-ratio-value{fill:${c.text};font-size:${type.ratio}px;font-weight:700}`,
    `.fig-legend{fill:${c.text}}`,
    `.fig-ratio-error{fill:${c.text}}`,
    `.fig-small{fill:${c.muted}}`,
  ].join('\n');
}
