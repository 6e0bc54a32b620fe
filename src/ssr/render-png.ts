import {renderChartSVG, type SvgRenderOptions} from './render-svg.js';
import type {ChartTag} from './options.js';

/** What {@link renderChartPNG} draws: an SVG render's options and the pixel density. */
export interface PngRenderOptions extends SvgRenderOptions {
  /** Image pixels per CSS px (default 2: a 640 px chart is a 1280 px wide image). */
  scale?: number;
  /**
   * The font family resvg draws the text in when the SVG's (`Arial, "Liberation Sans", Arimo,
   * Helvetica, sans-serif`) is not installed; default `'Liberation Sans'`. Fonts are the system's
   * (resvg's `loadSystemFonts`).
   */
  defaultFontFamily?: string;
}

/** The part of `@resvg/resvg-js` used here. */
interface ResvgModule {
  Resvg: new (svg: string, options: object) => {render(): {asPng(): Uint8Array}};
}

/** `@resvg/resvg-js`, an optional dependency, loaded when first needed. */
async function loadResvg(): Promise<ResvgModule> {
  try {
    return (await import('@resvg/resvg-js')) as unknown as ResvgModule;
  } catch (e) {
    throw new Error(`renderChartPNG needs the optional package @resvg/resvg-js: npm install @resvg/resvg-js (${(e as Error).message}).`, {cause: e});
  }
}

/**
 * Renders a chart as a PNG image: {@link renderChartSVG}'s document rasterised by resvg
 * (`@resvg/resvg-js`, an optional dependency: install it to use this function).
 *
 * @param tag - `'tiv-trend'` or `'spend-compare'`.
 * @param options - as `renderChartSVG`'s, and `scale` (default 2) and `defaultFontFamily`.
 * @returns the PNG file's bytes, `width × scale` pixels wide.
 * @throws as `renderChartSVG` does; {@link RangeError} for a scale that is not a positive number;
 * an `Error` naming the package when `@resvg/resvg-js` is not installed.
 */
export async function renderChartPNG(tag: ChartTag, options: PngRenderOptions): Promise<Uint8Array> {
  checkScale(options);
  return rasterise(await renderChartSVG(tag, options), options);
}

/** @throws {RangeError} for a `scale` that is not a positive number. @internal */
export function checkScale(options: PngRenderOptions): void {
  const scale = options.scale ?? 2;
  if (!(typeof scale === 'number' && Number.isFinite(scale) && scale > 0)) throw new RangeError(`scale must be a positive number, not ${String(scale)}.`);
}

/** An SVG document as PNG bytes, at `options.scale` (default 2) in `options.defaultFontFamily`. @internal */
export async function rasterise(svg: string, options: PngRenderOptions): Promise<Uint8Array> {
  const {Resvg} = await loadResvg();
  const resvg = new Resvg(svg, {
    fitTo: {mode: 'zoom', value: options.scale ?? 2},
    font: {loadSystemFonts: true, defaultFontFamily: options.defaultFontFamily ?? 'Liberation Sans'},
  });
  return new Uint8Array(resvg.render().asPng());
}
