import {figureSvg} from '../export/figure-svg.js';
import {svgColours, type SvgTheme} from '../export/svg-style.js';
import {metricsMeasurer, METRICS_FONT_FAMILY} from './font-metrics.js';
import {CHART_TAGS, plotSize, readData, type ChartTag, type RenderOptions} from './options.js';
import {hostAttributes, renderHost} from './render-html.js';
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
  if (!CHART_TAGS.includes(tag)) throw new TypeError(`"${String(tag)}" is not a chart element: use ${CHART_TAGS.join(' or ')}.`);
  const theme = options.theme ?? 'light';
  if (theme !== 'light' && theme !== 'dark') throw new TypeError(`theme must be "light" or "dark", not "${String(theme)}".`);
  // The element draws with the theme's padding (its own attribute); the plot is laid out in it.
  const withTheme: RenderOptions = {...options, attributes: {...options.attributes, theme}};
  const size = plotSize(withTheme);
  const data = await readData(withTheme);
  const {html, element} = renderHost(tag, hostAttributes(withTheme, size.areaHeight), data, size);
  const texts = serverFigureTexts(element, tag);
  const plot = plotMarkup(html);
  if (!texts || !plot) {
    // The element shows a message in the plot's place (no data, bad data): an image of it is no chart.
    const message = textOf(/<div class="message"[^>]*>([^]*?)<\/div>/.exec(html)?.[1] ?? '') || 'nothing to draw';
    throw new ChartRenderError(`${tag} drew no chart: ${message}`);
  }
  return figureSvg({
    ...texts,
    width: options.width,
    theme,
    plot,
    plotHeight: Number(/\sheight="([\d.]+)"/.exec(plot)?.[1] ?? 0),
    colours: svgColours(theme, serverPalette()),
    fontFamily: METRICS_FONT_FAMILY,
    measure: metricsMeasurer,
  });
}
