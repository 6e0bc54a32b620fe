/**
 * The elements' "Download SVG" and "Download PNG", loaded when a reader asks for one (a dynamic
 * `import()`: `tiv-charts.export.js` beside the script-tag bundles, a chunk of its own in an
 * app): describes the chart the reader sees to the one builder of the standalone SVG
 * (`figure-svg.ts`, which `renderChartSVG` uses on the server too), and for PNG draws that SVG on
 * a canvas at twice its size. It reaches the element only through the DOM and this request (the
 * bundles shorten private names, each bundle its own way).
 * @module
 * @internal
 */
import type {MeasureText} from '../core/index.js';
import {downloadName} from './file-name.js';
import {embeddedFonts} from './embedded-fonts.js';
import {figureSvg, type FigureTexts} from './figure-svg.js';
import {DEFAULT_TYPE, svgColours, THEME_COLOURS, type FigureType, type SvgTheme} from './svg-style.js';

/**
 * What an element asks to download.
 * @internal
 */
export interface DownloadRequest {
  /** The chart element, its figure in its shadow root (theme, colours and texts are read from it). */
  host: HTMLElement;
  /** The element's plot `<svg class="chart">`, as drawn. */
  plot: SVGSVGElement;
  format: 'svg' | 'png';
}

/** Text as shown: runs of white space as one space. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The text of a part of the figure as shown ('' when hidden): what the author slotted into it, else its own. */
function shownText(root: ParentNode, part: string): string {
  const element = root.querySelector<HTMLElement>(`[part~="${part}"]`);
  if (!element || element.hidden) return '';
  const slotted = element.querySelector('slot')?.assignedNodes({flatten: true}) ?? [];
  return plain(slotted.length ? slotted.map((node) => node.textContent).join('') : element.textContent);
}

/** The legend as shown: each series' name, whether swatches are boxes, and a series' own colour as drawn. */
function shownLegend(legend: Element): NonNullable<FigureTexts['legend']> {
  const entries = Array.from(legend.querySelectorAll('li'));
  const box = !!legend.querySelector('.swatch-box');
  const colours = entries.map((li) => {
    const mark = li.querySelector('[style*="--_c"] .swatch-box, [style*="--_c"] .swatch-line');
    if (!mark) return undefined;
    const drawn = getComputedStyle(mark);
    return box ? drawn.fill : drawn.stroke;
  });
  return {labels: entries.map((li) => plain(li.textContent)), box, colours};
}

/**
 * The figure's texts as the element shows them: heading, subheading, summary, the ratio callout
 * and the legend, the numbered notes of labels with no room in the plot, the note and the source.
 */
function shownTexts(host: HTMLElement): FigureTexts {
  const root = host.shadowRoot ?? host;
  const heading = shownText(root, 'heading');
  const legend = root.querySelector('[part~="legend"]');
  const ratio = root.querySelector('[part~="ratio"]');
  return {
    heading,
    title: heading || (root.querySelector('figure')?.getAttribute('aria-label') ?? ''),
    subheading: shownText(root, 'subheading'),
    summary: shownText(root, 'summary'),
    // A ratio's error message has no value: it is drawn in the callout's place.
    ratio: ratio?.querySelector('.ratio-value')
      ? {value: plain(ratio.querySelector('.ratio-value')?.textContent), text: plain(ratio.querySelector('.ratio-text')?.textContent)}
      : ratio
        ? {value: '', text: plain(ratio.textContent)}
        : undefined,
    legend: legend ? shownLegend(legend) : undefined,
    notes: [...Array.from(root.querySelectorAll('[part~="label-notes"] li'), (li) => plain(li.textContent)), shownText(root, 'note')].filter(Boolean),
    source: shownText(root, 'source'),
    multi: host.localName === 'spend-compare',
  };
}

/**
 * The sizes of the figure's texts as drawn (an author's `--tiv-font-size-*` and
 * `--tiv-font-weight-heading` included), px: each part's computed font, the plot's for the small
 * texts; a part the chart does not have keeps the default.
 */
function shownType(host: HTMLElement, plot: SVGSVGElement): FigureType {
  const root = host.shadowRoot ?? host;
  const font = (selector: string) => {
    const element = root.querySelector(selector);
    return element ? getComputedStyle(element) : undefined;
  };
  const px = (style: CSSStyleDeclaration | undefined, fallback: number) => parseFloat(style?.fontSize ?? '') || fallback;
  const heading = font('[part~="heading"]');
  return {
    heading: px(heading, DEFAULT_TYPE.heading),
    headingWeight: parseFloat(heading?.fontWeight ?? '') || DEFAULT_TYPE.headingWeight,
    subheading: px(font('[part~="subheading"]'), DEFAULT_TYPE.subheading),
    small: px(getComputedStyle(plot), DEFAULT_TYPE.small),
    ratio: px(font('.ratio-value'), DEFAULT_TYPE.ratio),
  };
}

/** The padding the standalone SVG puts around the plot, each side (see figure-svg.ts). */
const PAD = 12;
/** Image pixels per CSS px of the PNG. */
const PNG_SCALE = 2;

/** A measurer of text in `family` at `size` px and `weight`, on a canvas. */
function canvasMeasurer(family: string): (size: number, weight: number) => MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  return (size, weight) => (text) => {
    if (!context) return text.length * size * 0.6;
    context.font = `${weight} ${size}px ${family}`;
    return context.measureText(text).width;
  };
}

/** A 1 × 1 canvas to read colours on. */
function pixelContext(): CanvasRenderingContext2D {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', {willReadFrequently: true});
  if (!context) throw new Error('this browser has no canvas to draw on.');
  return context;
}

/** Any CSS colour as the opaque `#rrggbb` it paints over `background` (also `#rrggbb`). */
function paintedOver(context: CanvasRenderingContext2D, colour: string, background: string): string {
  context.fillStyle = background;
  context.fillRect(0, 0, 1, 1);
  context.fillStyle = colour.trim() || background;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return '#' + [r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('');
}

/**
 * The theme of the file: the element's `theme`, and for `auto` (the page's colours) dark when the
 * text the reader sees is light.
 */
function themeOf(host: HTMLElement, context: CanvasRenderingContext2D): SvgTheme {
  const theme = host.getAttribute('theme');
  if (theme === 'light' || theme === 'dark') return theme;
  const [r, g, b] = paintedOver(context, getComputedStyle(host).color, '#ffffff')
    .slice(1)
    .match(/../g)!
    .map((hex) => parseInt(hex, 16));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 140 ? 'dark' : 'light';
}

/**
 * The plot as XML: a copy without the hover marks (the rule and points under the pointer, the
 * focus ring) and without the attributes only a page uses. Text from the data stays text: the
 * serializer escapes it.
 */
function plotXml(plot: SVGSVGElement): string {
  const copy = plot.cloneNode(true) as SVGSVGElement;
  // A series' own colour (`series` JSON) is a custom property on its marks and on a direct
  // label's group: written as drawn, on them and on what they hold (the label's swatch).
  const coloured = '[style*="--_c"], [style*="--_c"] *';
  const drawn = plot.querySelectorAll<SVGElement>(coloured);
  copy.querySelectorAll<SVGElement>(coloured).forEach((mark, i) => {
    const {fill, stroke, fillOpacity, strokeDasharray} = getComputedStyle(drawn[i]);
    mark.setAttribute('style', `fill:${fill};stroke:${stroke};fill-opacity:${fillOpacity};stroke-dasharray:${strokeDasharray}`);
  });
  copy.querySelectorAll('.hover').forEach((hover) => hover.remove());
  for (const element of [copy, ...copy.querySelectorAll('*')]) {
    for (const {name} of [...element.attributes]) if (/^(part|role|tabindex|aria-.*)$/.test(name)) element.removeAttribute(name);
  }
  return new XMLSerializer().serializeToString(copy);
}

/**
 * The standalone SVG document of the chart the reader sees: the same document as
 * `renderChartSVG`'s, in the page's font at the sizes drawn (an author's `--tiv-font-size-*`
 * included), with the series colours as drawn (the page's `--tiv-series-N` and an author's
 * colours included) resolved for the theme; with `fontFaces` (`@font-face` rules, see
 * `embedded-fonts.ts`) at the top of its stylesheet.
 * @internal
 */
export function chartSvg(request: DownloadRequest, fontFaces?: string): {svg: string; width: number; height: number} {
  const {host, plot} = request;
  const context = pixelContext();
  const theme = themeOf(host, context);
  const style = getComputedStyle(plot);
  const background = THEME_COLOURS[theme].background;
  const palette = Array.from({length: 8}, (_, i) => paintedOver(context, style.getPropertyValue(`--_s${i}`), background));
  const width = Math.round(Number(plot.getAttribute('width')) + PAD * 2);
  const texts = shownTexts(host);
  const svg = figureSvg({
    ...texts,
    width,
    theme,
    plot: plotXml(plot),
    plotHeight: Number(plot.getAttribute('height')),
    colours: svgColours(theme, palette),
    type: shownType(host, plot),
    fontFaces,
    fontFamily: style.fontFamily || 'sans-serif',
    measure: canvasMeasurer(style.fontFamily || 'sans-serif'),
  });
  return {svg, width, height: Number(/^<svg [^>]*?height="(\d+)"/.exec(svg)?.[1])};
}

/** Saves `href` as `name` through a link with `download`, clicked (in the element's shadow root, so that nothing of the page changes). */
function save(host: HTMLElement, href: string, name: string) {
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.hidden = true;
  (host.shadowRoot ?? host).append(link);
  link.click();
  link.remove();
}

/** Draws the image at `url` over the whole canvas; rejects when the browser will not load it. */
async function drawImageAt(canvas: HTMLCanvasElement, url: string): Promise<void> {
  const image = new Image();
  image.src = url;
  await image.decode();
  canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
}

/**
 * Draws the SVG over the whole canvas. A canvas draws an SVG only as an image from a URL, which
 * a page's Content-Security-Policy may refuse (`img-src`): tried as a `data:` URL first (allowed
 * by the common `img-src 'self' data:`), then as a `blob:` URL; both are made in the browser,
 * nothing is fetched. (`createImageBitmap` of an SVG blob, which no `img-src` governs, decodes
 * nothing in Chromium, Firefox or WebKit.)
 * @throws {Error} naming the likely cause, the page's policy, when neither is drawn.
 */
async function drawSvg(canvas: HTMLCanvasElement, svg: string): Promise<void> {
  try {
    await drawImageAt(canvas, 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg));
  } catch {
    const url = URL.createObjectURL(new Blob([svg], {type: 'image/svg+xml'}));
    try {
      await drawImageAt(canvas, url);
    } catch {
      throw new Error("the browser would not draw the chart as an image; the page's Content-Security-Policy probably allows neither data: nor blob: images (img-src).");
    } finally {
      URL.revokeObjectURL(url);
    }
  }
}

/** The SVG drawn on a canvas at {@link PNG_SCALE} times its size, as PNG. */
async function pngOf(svg: string, width: number, height: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = width * PNG_SCALE;
  canvas.height = height * PNG_SCALE;
  await drawSvg(canvas, svg);
  const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!png) throw new Error(`the browser could not make a PNG of ${canvas.width} × ${canvas.height} px.`);
  return png;
}

/**
 * Makes the file the reader asked for and saves it: the standalone SVG (`<name>.svg`), or that
 * SVG drawn at twice its size (`<name>.png`), with the chart's web fonts inside where the page
 * lets them be read (`embeddedFonts`), named as the CSV is (`downloadName`).
 * @throws {Error} with a readable reason when the browser cannot make the file.
 * @internal
 */
export async function downloadFigure(request: DownloadRequest): Promise<void> {
  // The CSV's name too: the heading as the reader sees it.
  const name = downloadName(request.host);
  if (request.format === 'svg') {
    save(request.host, 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(chartSvg(request).svg), `${name}.svg`);
    return;
  }
  // An image draws with no font of the page: the chart's web fonts go inside (the SVG file names them).
  const {svg, width, height} = chartSvg(request, await embeddedFonts(getComputedStyle(request.plot).fontFamily));
  const url = URL.createObjectURL(await pngOf(svg, width, height));
  save(request.host, url, `${name}.png`);
  // The browser reads the file after the click, in its own time: the URL is freed a minute later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
