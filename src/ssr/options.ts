import {readFile} from 'node:fs/promises';
import {ChartDataError, parseDataText, plotAreaHeight} from '../core/index.js';

/** The elements a server render draws. */
export type ChartTag = 'tiv-trend' | 'spend-compare';

/** The tags {@link ChartTag} names, for checking input. @internal */
export const CHART_TAGS: readonly ChartTag[] = ['tiv-trend', 'spend-compare'];

/**
 * What to draw and at what size.
 */
export interface RenderOptions {
  /**
   * The element's attributes, as in HTML (`{heading: '…', unit: 'mn', mark: 'line'}`); values
   * are strings (numbers and booleans are written as strings, `false`, `null` and `undefined`
   * leave the attribute out).
   */
  attributes?: Readonly<Record<string, string | number | boolean | null | undefined>>;
  /**
   * What the element's `data` property takes: rows such as `[{year: 2001, value: 2890}]`, pairs,
   * long rows, or JSON text. When absent, `attributes.data` (JSON text, as in HTML) is drawn, else
   * `attributes.src` is read: a file path (relative to the working directory, or a `file:` URL)
   * or an http(s) URL, CSV or JSON.
   */
  data?: unknown;
  /** The chart's width in CSS px (the element's border box). */
  width: number;
  /**
   * The plot area's height in CSS px (the frame of the marks, without the rows of labels above
   * and below it). Default: what the element's CSS gives at `width` (as wide as the chart, from
   * 12rem to 26rem at a 16 px root).
   */
  height?: number;
}

/** The padding that `theme="light"` and `theme="dark"` give the element, px on each side (0.75rem). @internal */
export const THEME_PADDING = 12;

/**
 * @throws {RangeError} when `value` is not a positive number of px (a string such as `'640'` is
 * named as one: the caller meant the number).
 */
function checkPx(name: string, value: unknown): void {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return;
  const shown = typeof value === 'string' ? `the string ${JSON.stringify(value)}` : String(value);
  throw new RangeError(`${name} must be a positive number of px, not ${shown}.`);
}

/**
 * The plot's width and its plot area's height for `options`: the width is the chart's less the
 * theme's padding; the area's height is the author's, else the CSS default at that width
 * (`plotAreaHeight`: as wide as the chart, from 12rem to 26rem at a 16 px root).
 * @throws {RangeError} when the width or height is not a positive number (see checkPx).
 * @internal
 */
export function plotSize(options: RenderOptions): {width: number; areaHeight: number} {
  const {width, height} = options;
  checkPx('width', width);
  if (height !== undefined) checkPx('height', height);
  const theme = String(options.attributes?.theme ?? '').trim().toLowerCase();
  const padding = theme === 'light' || theme === 'dark' ? THEME_PADDING * 2 : 0;
  const plotWidth = Math.max(0, Math.floor(width - padding));
  return {width: plotWidth, areaHeight: Math.floor(height ?? plotAreaHeight(plotWidth))};
}

/**
 * The rows to draw: `options.data`, else `attributes.data` (JSON text, as the attribute takes),
 * else the file or URL in `attributes.src` read and parsed as the element parses a `src` (CSV or
 * JSON); `undefined` when there is none of them.
 * @throws {ChartDataError} `fetch-failed` when the file or URL cannot be read, or the parser's error.
 * @internal
 */
export async function readData(options: RenderOptions): Promise<unknown> {
  if (options.data !== undefined && options.data !== null) return options.data;
  // The `data` attribute is the property's JSON text, as in a page.
  const json = options.attributes?.data;
  if (typeof json === 'string' && json.trim()) return json;
  const src = options.attributes?.src;
  if (typeof src !== 'string' || !src) return undefined;
  if (/^https?:\/\//i.test(src)) {
    let response: Response;
    try {
      response = await fetch(src);
    } catch (e) {
      throw new ChartDataError('fetch-failed', `Could not load the data from ${src} (${(e as Error).message}).`);
    }
    if (!response.ok) throw new ChartDataError('fetch-failed', `Could not load the data from ${src} (HTTP ${response.status}).`);
    return parseDataText(await response.text(), (response.headers.get('content-type') ?? '') + ' ' + src);
  }
  let text: string;
  try {
    text = await readFile(src.startsWith('file:') ? new URL(src) : src, 'utf8');
  } catch (e) {
    throw new ChartDataError('fetch-failed', `Could not read the data file ${src} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  }
  return parseDataText(text, src);
}
