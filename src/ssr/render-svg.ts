import {figureSvg} from '../export/figure-svg.js';
import {svgColours, THEME_COLOURS, type SvgTheme} from '../export/svg-style.js';
import {ownColours} from './colour.js';
import {metricsMeasurer, METRICS_FONT_FAMILY} from './font-metrics.js';
import type {ChartTag, RenderOptions} from './options.js';
import {renderElement} from './render-html.js';
import type {ChartElement} from '../elements/chart-element.js';
import type {Series} from '../core/index.js';
import {serverFigureTexts} from './figure-texts.js';
import {serverPalette} from './svg-theme.js';

/** What {@link renderChartSVG} draws: a render's options and the colour scheme. */
export interface SvgRenderOptions extends RenderOptions {
  /** The colour scheme, `'light'` (default: dark text on white) or `'dark'` (light text on #121212). */
  theme?: SvgTheme;
}

/** Thrown when the element drew its message (no data, bad data) instead of a chart. */
export class ChartRenderError extends Error {
  override name = 'ChartRenderError';
}

/** The text of an HTML fragment: tags and Lit's markers dropped, entities decoded, space collapsed. */
function textOf(fragment: string): string {
  const text = fragment.replace(/<!--[^]*?-->|<\?>|<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
  return text.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * The element's plot svg in its server-rendered HTML (its own markup, from the same templates as
 * in a browser), without Lit's markers and the attributes only a page uses; '' when the element
 * drew a message instead.
 */
function plotMarkup(html: string): string {
  const shadow = html.replace(/<!--[^]*?-->|<\?>/g, '');
  const start = shadow.search(/<svg\s+class="chart"/);
  if (start < 0) return '';
  return shadow.slice(start, shadow.lastIndexOf('</svg>') + '</svg>'.length).replace(/\s(?:part|role|tabindex|aria-[a-z]+)="[^"]*"/g, '');
}

/**
 * Renders a chart as one standalone SVG document: the whole figure (heading, subheading, ratio
 * callout, the plot with its labels and annotations, notes and source) drawn as SVG, with a
 * `<title>` (the heading) and a `<desc>` (the summary), its styles inlined with resolved colours,
 * no script and no external reference. The plot is the element's own svg, from the same templates
 * and layout as {@link renderChartHTML}; the texts around it are wrapped at the figure's width by
 * the metrics of Arial / Helvetica / Liberation Sans (`METRICS_FONT_FAMILY`), the family the
 * document names.
 *
 * @param tag - `'tiv-trend'` or `'spend-compare'`.
 * @param options - as `renderChartHTML`'s, and `theme` (`'light'`, the default, or `'dark'`).
 * @returns an SVG document (`<svg xmlns=… width height viewBox>`), in px.
 * @throws as `renderChartHTML` does; {@link TypeError} for an unknown theme; {@link ChartRenderError}
 * when the element draws its message instead of a chart (no data, data it cannot draw), with
 * that message.
 */
export async function renderChartSVG(tag: ChartTag, options: SvgRenderOptions): Promise<string> {
  const {svg, problem} = await renderSvg(tag, options);
  if (problem.error) throw problem.error;
  return svg;
}

/**
 * What a rendered element shows instead of a chart or a part of it: `error`, when it drew its
 * message in the plot's place (no data, bad data); `warnings`, what it says about the chart it
 * drew (a bad `ratio`'s message in the callout's place, attributes it ignored, rows it skipped).
 * @internal
 */
export function chartProblems(tag: ChartTag, html: string, element: ChartElement): {error?: ChartRenderError; warnings: string[]} {
  const chart = element as unknown as {_chart: {warnings: string[]}; _secondaryError?: Error};
  const warnings = [...(chart._secondaryError ? [chart._secondaryError.message] : []), ...chart._chart.warnings];
  if (plotMarkup(html) && serverFigureTexts(element, tag)) return {warnings};
  const message = textOf(/<div class="message"[^>]*>([^]*?)<\/div>/.exec(html)?.[1] ?? '') || 'nothing to draw';
  return {error: new ChartRenderError(`${tag} drew no chart: ${message}`), warnings};
}

/**
 * {@link renderChartSVG}'s work: the document ('' when the element drew its message instead of a
 * chart) and the element's problems (see {@link chartProblems}).
 * @throws as `renderChartHTML` does; {@link TypeError} for an unknown theme.
 * @internal
 */
export async function renderSvg(tag: ChartTag, options: SvgRenderOptions): Promise<{svg: string; problem: ReturnType<typeof chartProblems>}> {
  const theme = options.theme ?? 'light';
  if (theme !== 'light' && theme !== 'dark') throw new TypeError(`theme must be "light" or "dark", not "${String(theme)}".`);
  // The element draws with the theme's padding (its own attribute); the plot is laid out in it.
  const {html, element} = await renderElement(tag, {...options, attributes: {...options.attributes, theme}});
  const problem = chartProblems(tag, html, element);
  const texts = serverFigureTexts(element, tag);
  // The element shows a message in the plot's place (no data, bad data): an image of it is no chart.
  if (problem.error || !texts) return {svg: '', problem};
  const plot = plotMarkup(html);
  const model = (element as unknown as {_chart: {model?: {series: Series[]}}})._chart.model;
  const own = ownColours(model?.series ?? [], THEME_COLOURS[theme].background);
  const svg = figureSvg({
    ...texts,
    legend: texts.legend && {...texts.legend, colours: own.bySeries},
    width: options.width,
    theme,
    plot,
    plotHeight: Number(/\sheight="([\d.]+)"/.exec(plot)?.[1] ?? 0),
    colours: {...svgColours(theme, serverPalette()), own: own.rules},
    fontFamily: METRICS_FONT_FAMILY,
    measure: metricsMeasurer,
  });
  return {svg, problem};
}
