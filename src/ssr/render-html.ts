import {render} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import {html, unsafeStatic} from 'lit/static-html.js';
import '../index.js';
import './plain-markup.js';
import './colour.js';
import type {ChartElement} from '../elements/chart-element.js';
import {MEASURED_WIDTHS_ID, type ServerRender} from '../elements/server-markup.js';
import type {MeasureText} from '../core/index.js';
import {metricsMeasurer, METRICS_FONT_FAMILY} from './font-metrics.js';
import {CHART_TAGS, plotSize, readData, type ChartTag, type RenderOptions} from './options.js';

/** `&`, `"`, `<` and `>` as entities, for an attribute value or text. @internal */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attributes of any HTML element that a chart's host may carry (`aria-*` and `data-*` too). */
const GLOBAL_ATTRIBUTES = ['id', 'class', 'style', 'lang', 'dir', 'title', 'hidden', 'slot', 'tabindex', 'translate', 'inert', 'role'];

/**
 * Why `name` is not an attribute of `tag` ("did you mean y-scale?" for a property's name), or
 * `undefined` when it is one: the element's declared properties' attributes, the global ones,
 * `aria-*` and `data-*`.
 */
function attributeNameProblem(tag: ChartTag, name: string): string | undefined {
  const element = customElements.get(tag) as unknown as typeof ChartElement;
  const lower = name.toLowerCase();
  if (element.observedAttributes.includes(lower) || GLOBAL_ATTRIBUTES.includes(lower) || /^(aria|data)-[a-z0-9-]+$/.test(lower)) return undefined;
  for (const [property, declared] of element.elementProperties) {
    const attribute = typeof declared.attribute === 'string' ? declared.attribute : String(property).toLowerCase();
    if (declared.attribute !== false && String(property).toLowerCase() === lower) return `"${name}" is not an attribute of <${tag}>: did you mean ${attribute}?`;
  }
  return `"${name}" is not an attribute of <${tag}> (its attributes are listed by custom-elements.json and the README).`;
}

/**
 * The attributes written on the host: the author's, less `src` and `data` (the data travel
 * inside the markup), with `locale` stated (the server cannot know the page's language, so it
 * says which it wrote in: the author's `locale`, else `lang`, else English) and the plot area's
 * height (`areaHeight`) held by the element's own CSS properties, so a reader at another width
 * gets the same height.
 * @throws {TypeError} for a name that is not an attribute of `tag`.
 * @internal
 */
export function hostAttributes(tag: ChartTag, options: RenderOptions, areaHeight: number): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    const problem = attributeNameProblem(tag, name);
    if (problem) throw new TypeError(problem);
    if (value === undefined || value === null || value === false || name === 'src' || name === 'data') continue;
    attributes.set(name.toLowerCase(), value === true ? '' : String(value));
  }
  if (!attributes.get('locale')) attributes.set('locale', attributes.get('lang') || 'en');
  const own = attributes.get('style')?.trim().replace(/;?$/, '; ') ?? '';
  attributes.set('style', `${own === '; ' ? '' : own}--tiv-plot-min-height: ${areaHeight}px; --tiv-plot-max-height: ${areaHeight}px`);
  return attributes;
}

/**
 * Renders a chart as HTML: the element with its attributes, its shadow root as declarative shadow
 * DOM (`<template shadowrootmode="open">`) holding the figure the browser draws at that width
 * (heading, summary, ratio, legend, the svg, note, source, controls and data table), and its data
 * in a child `<script type="application/json">`. With either script-tag bundle on the page the
 * browser takes it over (hydrates it) without drawing it again; without JavaScript it shows as
 * it is.
 *
 * Text is measured with the metrics of Arial / Helvetica / Liberation Sans (see
 * `METRICS_FONT_FAMILY`); a page in another font gets the chart laid out again for its font once
 * the script runs.
 *
 * @param tag - `'tiv-trend'` or `'spend-compare'`.
 * @returns the HTML of one element, to put in a page as it is.
 * @throws {TypeError} for an unknown tag or attribute name, {@link RangeError} for a bad size,
 * `ChartDataError` (`fetch-failed`, `invalid-json`, …) when `src` cannot be read. Bad data do not
 * throw: the element renders its message, as in a browser.
 */
export async function renderChartHTML(tag: ChartTag, options: RenderOptions): Promise<string> {
  return (await renderElement(tag, options)).html;
}

/**
 * {@link renderChartHTML}'s work: the options checked, the data read, the element rendered; its
 * HTML and the element instance's state after rendering.
 * @throws as `renderChartHTML` does.
 * @internal
 */
export async function renderElement(tag: ChartTag, options: RenderOptions): Promise<{html: string; element: ChartElement}> {
  if (!CHART_TAGS.includes(tag)) throw new TypeError(`"${String(tag)}" is not a chart element: use ${CHART_TAGS.join(' or ')}.`);
  const size = plotSize(options);
  const attributes = hostAttributes(tag, options, size.areaHeight);
  return renderHost(tag, attributes, await readData(options), size);
}

/**
 * Renders the element synchronously (the data already read) and returns its HTML with the
 * element instance's state after rendering, for the SVG document builder.
 * @internal
 */
export function renderHost(
  tag: ChartTag,
  attributes: ReadonlyMap<string, string>,
  data: unknown,
  size: {width: number; areaHeight: number}
): {html: string; element: ChartElement} {
  const attributeText = [...attributes].map(([name, value]) => `${name}="${escapeHtml(value)}"`).join(' ');
  let element: ChartElement | undefined;
  const widths: Record<string, number> = {};
  const server: ServerRender = {
    ...size,
    font: SERVER_FONT,
    measure: (fontWeight) => recorded(metricsMeasurer(SERVER_FONT.size, fontWeight), fontWeight, widths),
    rendered: (instance) => (element = instance as ChartElement),
  };
  // Static html: the tag and the attributes are literal text here (unsafeStatic), not bindings.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  const template = html`<${unsafeStatic(tag)} ${unsafeStatic(attributeText)} ._serverRender=${server} .data=${data}></${unsafeStatic(tag)}>`;
  let text = collectResultSync(render(template));
  if (!element) throw new Error(`${tag} was not rendered.`);
  // The markers of the template around the element: the page is not a Lit template.
  text = text.replace(/^<!--lit-part [^>]*-->(<!--lit-node \d+-->)?/, '').replace(/<!--\/lit-part-->$/, '');
  // The widths measured, first in the shadow root (see MEASURED_WIDTHS_ID); the data last in the host.
  const open = text.indexOf('shadowrootmode="open">') + 'shadowrootmode="open">'.length;
  text = text.slice(0, open) + `<script type="application/json" id="${MEASURED_WIDTHS_ID}">${jsonForScript(widths)}</script>` + text.slice(open);
  const script = data === undefined || data === null ? '' : `<script type="application/json">${jsonForScript(data)}</script>`;
  const close = text.lastIndexOf(`</${tag}>`);
  return {html: text.slice(0, close) + script + text.slice(close), element};
}

/**
 * The font a server render measures in: the plot's 0.8125rem at a 16 px root, in the family whose
 * metrics it has.
 */
const SERVER_FONT = {size: 13, family: METRICS_FONT_FAMILY};

/** `measure`, writing each width it gives into `widths` under `"<weight> <text>"`. */
function recorded(measure: MeasureText, fontWeight: number, widths: Record<string, number>): MeasureText {
  return (text) => (widths[`${fontWeight} ${text}`] = measure(text));
}

/**
 * JSON that cannot end its `<script>` element (`<` written as `\u003c`). Text that is not JSON is
 * written as it is, so that the browser reports the same error as the server drew.
 */
function jsonForScript(data: unknown): string {
  const json = typeof data === 'string' ? compactJson(data) : JSON.stringify(data);
  return json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** JSON text without its spaces, or the text as it is when it is not JSON. */
function compactJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}
