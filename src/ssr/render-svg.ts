import {metricsMeasurer, METRICS_FONT_FAMILY} from './font-metrics.js';
import {CHART_TAGS, plotSize, readData, type ChartTag, type RenderOptions} from './options.js';
import {hostAttributes, renderHost} from './render-html.js';
import {svgColours, svgStylesheet, type SvgTheme} from './svg-theme.js';

/** What {@link renderChartSVG} draws: a render's options and the colour scheme. */
export interface SvgRenderOptions extends RenderOptions {
  /** The colour scheme, `'light'` (default: dark text on white) or `'dark'` (light text on #121212). */
  theme?: SvgTheme;
}

/** Thrown when the element drew its message (no data, bad data) instead of a chart. */
export class ChartRenderError extends Error {
  override name = 'ChartRenderError';
}

/** The figure's texts, read from the element's server-rendered shadow root (its own templates). */
interface FigureText {
  heading: string;
  subheading: string;
  summary: string;
  ratio?: {value: string; text: string};
  /** The legend's entries: the swatch's svg (the element's own) and the series' name. */
  legend: {swatch: string; label: string}[];
  plot: string;
  plotHeight: number;
  notes: string[];
  source: string;
}

/** The text of an HTML fragment: tags and Lit's markers dropped, entities kept, space collapsed. */
function textOf(fragment: string | undefined): string {
  return (fragment ?? '').replace(/<!--[^]*?-->|<\?>|<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
}

/** The content of the first element matching `open` (an opening tag pattern) up to `close`, or ''. */
function between(html: string, open: RegExp, close: string): string {
  const m = open.exec(html);
  if (!m) return '';
  const end = html.indexOf(close, m.index + m[0].length);
  return end < 0 ? '' : html.slice(m.index + m[0].length, end);
}

/** Reads the figure's texts and its plot svg from the element's HTML. */
function figureText(html: string): FigureText {
  const shadow = html.replace(/<!--[^]*?-->|<\?>/g, '');
  const svgStart = shadow.search(/<svg\s+class="chart"/);
  const svgEnd = shadow.lastIndexOf('</svg>');
  const plot = svgStart >= 0 ? shadow.slice(svgStart, svgEnd + '</svg>'.length) : '';
  const hidden = (cls: string) => new RegExp(`<p class="${cls}"[^>]*\\shidden`).test(shadow);
  const ratioValue = textOf(between(shadow, /<span class="ratio-value"[^>]*>/, '</span>'));
  return {
    heading: textOf(between(shadow, /<slot name="heading">/, '</slot>')),
    subheading: hidden('subheading') ? '' : textOf(between(shadow, /<slot name="subheading">/, '</slot>')),
    summary: textOf(between(shadow, /<slot name="description">/, '</slot>')),
    ratio: ratioValue ? {value: ratioValue, text: textOf(between(shadow, /<span class="ratio-text"[^>]*>/, '</span>'))} : undefined,
    legend: [...between(shadow, /<ul class="legend"[^>]*>/, '</ul>').matchAll(/<li>\s*(<svg[^]*?<\/svg>)\s*<span>([^]*?)<\/span>/g)].map((m) => ({
      swatch: m[1].replace(/\saria-hidden="true"/, ''),
      label: textOf(m[2]),
    })),
    plot,
    plotHeight: Number(/<svg\s+class="chart"[^>]*?height="(\d+(?:\.\d+)?)"/.exec(plot)?.[1] ?? 0),
    notes: [
      ...[...shadow.matchAll(/<li><span class="note-number">([^<]*)<\/span>([^]*?)<\/li>/g)].map((m) => `${textOf(m[1])} ${textOf(m[2])}`),
      ...(hidden('note') ? [] : [textOf(between(shadow, /<slot name="note">/, '</slot>'))]),
    ].filter(Boolean),
    source: textOf(between(shadow, /<slot name="source"\s*>/, '</slot')),
  };
}

/**
 * `text` broken into lines no wider than `width` px at its font (`measure`), between words; a word
 * wider than the line stays whole on its own line.
 * @internal
 */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Lines of text as SVG `<text>` elements from `y` (the first baseline) down, and the y after them. */
function textBlock(lines: string[], x: number, y: number, size: number, lineHeight: number, cls: string): {svg: string; bottom: number} {
  const svg = lines.map((line, i) => `<text class="${cls}" x="${x}" y="${round(y + size * 0.9 + i * size * lineHeight)}">${line}</text>`).join('');
  return {svg, bottom: y + lines.length * size * lineHeight};
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The plot svg as a child of the standalone document: the element's own svg (its marks, axes,
 * labels and annotations) moved to `y`, without the attributes that only a page uses.
 */
function placePlot(plot: string, y: number): string {
  return plot
    .replace(/^<svg\s+class="chart"[^>]*>/, (open) => {
      const keep = ['width', 'height', 'viewBox'].map((name) => new RegExp(`\\s${name}="[^"]*"`).exec(open)?.[0] ?? '').join('');
      return `<svg class="chart" x="0" y="${round(y)}"${keep} overflow="visible">`;
    })
    .replace(/\s(?:part|role|tabindex|aria-[a-z]+)="[^"]*"/g, '');
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
  const html = renderHost(tag, hostAttributes(withTheme, size.areaHeight), data, size).html;
  const figure = figureText(html);
  if (!figure.plot) {
    // The element shows a message in the plot's place (no data, bad data): an image of it is no chart.
    const message = textOf(between(html, /<div class="message"[^>]*>/, '</div>')) || 'nothing to draw';
    throw new ChartRenderError(`${tag} drew no chart: ${message.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')}`);
  }
  return svgDocument(tag, figure, options.width, theme);
}

/**
 * The legend's entries from `y`, left to right and wrapping at `width` as the element's flex row
 * does (a 26 px swatch, 0.4em to its name, 1em between entries, at 13 px), into `parts`; returns
 * the y under it.
 */
function legendRow(entries: FigureText['legend'], width: number, y: number, parts: string[]): number {
  const measure = metricsMeasurer(13, 400);
  const lineHeight = 18;
  let x = 0;
  let top = y;
  for (const {swatch, label} of entries) {
    const entryWidth = 26 + 5 + measure(label);
    if (x > 0 && x + entryWidth > width) {
      x = 0;
      top += lineHeight;
    }
    parts.push(swatch.replace(/^<svg/, `<svg x="${round(x)}" y="${round(top + 3)}"`));
    parts.push(`<text x="${round(x + 31)}" y="${round(top + 13)}" class="fig-legend">${label}</text>`);
    x += entryWidth + 13;
  }
  return top + lineHeight;
}

/** Lays the figure's texts out around its plot and writes the document. */
function svgDocument(tag: ChartTag, figure: FigureText, width: number, theme: SvgTheme): string {
  const pad = 12;
  const inner = Math.max(0, Math.floor(width - pad * 2));
  const parts: string[] = [];
  let y = pad;
  const block = (text: string, size: number, weight: number, lineHeight: number, cls: string, gapAfter: number) => {
    if (!text) return;
    const b = textBlock(wrapText(text, inner, metricsMeasurer(size, weight)), 0, y, size, lineHeight, cls);
    parts.push(b.svg);
    y = b.bottom + gapAfter;
  };
  block(figure.heading, 20, 700, 1.2, 'fig-heading', 3);
  block(figure.subheading, 16, 400, 1.35, 'fig-subheading', 8);
  if (figure.ratio) {
    const valueWidth = metricsMeasurer(32, 700)(figure.ratio.value);
    const baseline = y + 32 * 0.9;
    parts.push(`<text class="fig-ratio-value" x="0" y="${round(baseline)}">${figure.ratio.value}</text>`);
    parts.push(`<text class="fig-small" x="${valueWidth + 8}" y="${round(baseline)}">${figure.ratio.text}</text>`);
    y += 32 * 1.1 + 8;
  }
  if (figure.legend.length) y = legendRow(figure.legend, inner, y, parts) + 8;
  parts.push(placePlot(figure.plot, y));
  y += figure.plotHeight + 5;
  for (const note of figure.notes) block(note, 13, 400, 1.35, 'fig-small', 3);
  block(figure.source, 13, 400, 1.35, 'fig-small', 0);
  const height = Math.ceil(y + pad);
  const {background} = svgColours(theme);
  const multi = tag === 'spend-compare' ? ' multi' : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" class="tiv-chart ${theme}${multi}">`,
    `<title>${figure.heading || tag}</title>`,
    `<desc>${figure.summary}</desc>`,
    `<style>\n${svgStylesheet(theme, METRICS_FONT_FAMILY.replace(/"/g, "'"))}\n</style>`,
    `<rect width="100%" height="100%" fill="${background}"/>`,
    `<g transform="translate(${pad} 0)">`,
    ...parts,
    '</g>',
    '</svg>',
  ].join('\n');
}

