/**
 * The standalone SVG document of a chart: the whole figure (heading, subheading, ratio callout,
 * legend, the plot with its labels and annotations, notes and source) as SVG, from a DOM-free
 * description of it. The one builder of that document: `renderChartSVG` (`tiv-charts/ssr.js`)
 * describes a server-rendered element with it, and the elements' "Download SVG" and "Download
 * PNG" describe the chart the reader sees (`download.ts`).
 * @module
 * @internal
 */
import type {MeasureText} from '../core/index.js';
import {seriesClass} from '../elements/series-class.js';
import {DEFAULT_TYPE, svgStylesheet, type FigureType, type SvgColours, type SvgTheme} from './svg-style.js';

/**
 * The figure's texts, as the element shows them (plain text, not markup).
 * @internal
 */
export interface FigureTexts {
  heading: string;
  /** The document's `<title>`: the heading, else the chart's accessible name. */
  title: string;
  subheading: string;
  /** The summary (or the author's description): the document's `<desc>`. */
  summary: string;
  /**
   * `<spend-compare>`'s ratio callout: the value ("3.7×") and its caption; or, with an empty
   * value, why there is none (a bad `ratio`), drawn in its place.
   */
  ratio?: {value: string; text: string};
  /**
   * The legend, when the series are named in one: their names, whether swatches are boxes
   * (columns) or lines, and the colour of each as drawn where it is a series' own (`series` JSON;
   * a palette colour is the stylesheet's).
   */
  legend?: {labels: string[]; box: boolean; colours?: (string | undefined)[]};
  /** The lines under the plot: the numbered notes of labels with no room ("1 Crimea annexed"), then the author's note. */
  notes: string[];
  source: string;
  /** Whether the chart compares several series (`<spend-compare>`: highlighted columns are outlined). */
  multi: boolean;
}

/**
 * Everything the standalone SVG is made from: the figure's texts, the element's own plot svg, the
 * colours resolved for the theme, and the font the texts are set and measured in.
 * @internal
 */
export interface FigureDescription extends FigureTexts {
  /** The chart's width, px: the document's. */
  width: number;
  theme: SvgTheme;
  /**
   * The element's plot `<svg class="chart">` as XML (marks, axes, labels, annotations), without
   * the attributes only a page uses (`part`, `role`, `tabindex`, `aria-*`) and without hover marks;
   * its `width`, `height` and `viewBox` are kept.
   */
  plot: string;
  /** The plot svg's height, px. */
  plotHeight: number;
  colours: SvgColours;
  /** The texts' sizes and the heading's weight (default {@link DEFAULT_TYPE}). */
  type?: FigureType;
  /**
   * `@font-face` rules to write at the top of the stylesheet (the page's web fonts as `data:`
   * URLs, for the PNG drawn in a browser; see `embedded-fonts.ts`); none by default.
   */
  fontFaces?: string;
  /** The CSS font-family list the document names (without double quotes). */
  fontFamily: string;
  /** Measures text in that family at `size` px and `weight`, to wrap the texts at the chart's width. */
  measure(size: number, weight: number): MeasureText;
}

/** The padding around the figure, px (as `theme="light"` and `"dark"` pad the element: 0.75rem). */
const PAD = 12;

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * `&`, `<`, `>` and `"` as entities: text from the data or an attribute stays text in the
 * document, never markup.
 * @internal
 */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * `text` broken into lines no wider than `width` px at its font (`measure`), between words; a word
 * wider than the line stays whole on its own line.
 * @internal
 */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Lines of text as SVG `<text>` elements from `y` (the top of the first line) down, and the y after them. */
function textBlock(lines: string[], y: number, size: number, lineHeight: number, cls: string): {svg: string; bottom: number} {
  const svg = lines.map((line, i) => `<text class="${cls}" x="0" y="${round(y + size * 0.9 + i * size * lineHeight)}">${escapeXml(line)}</text>`).join('');
  return {svg, bottom: y + lines.length * size * lineHeight};
}

/** The plot svg as a child of the document at `y`: its own opening tag replaced, keeping its size. */
function placePlot(plot: string, y: number): string {
  return plot.replace(/^<svg\b[^>]*>/, (open) => {
    const keep = ['width', 'height', 'viewBox'].map((name) => new RegExp(`\\s${name}="[^"]*"`).exec(open)?.[0] ?? '').join('');
    return `<svg class="chart" x="0" y="${round(y)}"${keep} overflow="visible">`;
  });
}

/**
 * A legend swatch of series `i` at (x, y), as legend.ts draws it: a box for columns, else a line,
 * in the palette's colour of its class, or in `colour` (the series' own, as drawn).
 */
function swatch(i: number, x: number, y: number, box: boolean, colour: string | undefined): string {
  const paint = colour ? ` style="${box ? 'fill' : 'stroke'}:${escapeXml(colour)}"` : '';
  const mark = box ? `<rect class="swatch-box"${paint} x="7" y="0" width="12" height="12"></rect>` : `<line class="swatch-line"${paint} x1="1" x2="25" y1="6" y2="6"></line>`;
  return `<svg x="${round(x)}" y="${round(y)}" class="swatch ${seriesClass(i)}" width="26" height="12" viewBox="0 0 26 12">${mark}</svg>`;
}

/**
 * The legend's entries from `y`, left to right and wrapping at `width` as the element's flex row
 * does (a 26 px swatch, 0.4em to its name, 1em between entries, in the small size), into
 * `parts`; returns the y under it.
 */
function legendRow(figure: FigureDescription, size: number, width: number, y: number, parts: string[]): number {
  const measure = figure.measure(size, 400);
  const lineHeight = Math.round(size * 1.4);
  // The swatch centred on the text's x-height, as align-items: center does.
  const swatchTop = size * 0.74 - 6;
  let x = 0;
  let top = y;
  figure.legend?.labels.forEach((label, i) => {
    const entryWidth = 26 + size * 0.4 + measure(label);
    if (x > 0 && x + entryWidth > width) {
      x = 0;
      top += lineHeight;
    }
    parts.push(swatch(i, x, top + swatchTop, !!figure.legend?.box, figure.legend?.colours?.[i]));
    parts.push(`<text x="${round(x + 26 + size * 0.4)}" y="${round(top + size)}" class="fig-legend">${escapeXml(label)}</text>`);
    x += entryWidth + size;
  });
  return top + lineHeight;
}

/**
 * The standalone SVG document of `figure`: `xmlns`, `width`, `height` and `viewBox` in px, a
 * `<title>` (the heading) and a `<desc>` (the summary), one inline stylesheet with the resolved
 * colours, the theme's background, then the texts wrapped at the chart's width around the plot.
 * No script and no external reference. Pure.
 * @internal
 */
export function figureSvg(figure: FigureDescription): string {
  const {width, type = DEFAULT_TYPE} = figure;
  const inner = Math.max(0, Math.floor(width - PAD * 2));
  const parts: string[] = [];
  let y = PAD;
  const block = (text: string, size: number, weight: number, lineHeight: number, cls: string, gapAfter: number) => {
    if (!text) return;
    const b = textBlock(wrapText(text, inner, figure.measure(size, weight)), y, size, lineHeight, cls);
    parts.push(b.svg);
    y = b.bottom + gapAfter;
  };
  block(figure.heading, type.heading, type.headingWeight, 1.2, 'fig-heading', type.heading * 0.15);
  block(figure.subheading, type.subheading, 400, 1.35, 'fig-subheading', type.subheading * 0.5);
  if (figure.ratio && !figure.ratio.value) {
    // Why there is no ratio (a bad `ratio`), in the callout's place, as the page says it.
    block(figure.ratio.text, type.small, 400, 1.35, 'fig-ratio-error', 8);
  } else if (figure.ratio) {
    // As the callout's flex row wraps on the page: the caption beside the value when it fits on
    // that line, else under it, wrapped at the chart's width.
    const valueWidth = figure.measure(type.ratio, 700)(figure.ratio.value);
    const captionX = valueWidth + type.small * 0.5;
    const baseline = round(y + type.ratio * 0.9);
    parts.push(`<text class="fig-ratio-value" x="0" y="${baseline}">${escapeXml(figure.ratio.value)}</text>`);
    if (captionX + figure.measure(type.small, 400)(figure.ratio.text) <= inner) {
      parts.push(`<text class="fig-small" x="${round(captionX)}" y="${baseline}">${escapeXml(figure.ratio.text)}</text>`);
      y += type.ratio * 1.1 + 8;
    } else {
      y += type.ratio * 1.1 + type.small * 0.2;
      block(figure.ratio.text, type.small, 400, 1.35, 'fig-small', 8);
    }
  }
  if (figure.legend?.labels.length) y = legendRow(figure, type.small, inner, y, parts) + 8;
  parts.push(placePlot(figure.plot, y));
  y += figure.plotHeight + type.small * 0.4;
  for (const note of figure.notes) block(note, type.small, 400, 1.35, 'fig-small', 3);
  block(figure.source, type.small, 400, 1.35, 'fig-small', 0);
  const height = Math.ceil(y + PAD);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" class="tiv-chart ${figure.theme}${figure.multi ? ' multi' : ''}">`,
    `<title>${escapeXml(figure.title)}</title>`,
    `<desc>${escapeXml(figure.summary)}</desc>`,
    // CSS as XML text: a family name's `&` or `<` escaped.
    `<style>\n${escapeXml([figure.fontFaces, svgStylesheet(figure.colours, figure.fontFamily.replace(/"/g, "'"), type)].filter(Boolean).join('\n'))}\n</style>`,
    `<rect width="100%" height="100%" fill="${figure.colours.background}"/>`,
    `<g transform="translate(${PAD} 0)">`,
    ...parts,
    '</g>',
    '</svg>',
  ].join('\n');
}
