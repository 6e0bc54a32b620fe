import {estimateTextWidth, type MeasureText} from '../core/index.js';

const contexts = new Map<string, MeasureText>();
let canvas: HTMLCanvasElement | OffscreenCanvas | undefined;

/** The shared canvas's 2D context; `null` where there is no canvas. */
function context2d(): CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null {
  try {
    canvas ??= typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
    return canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  } catch {
    return null;
  }
}

/**
 * Returns a text measurer for a CSS font (size in px, family list and weight), backed by a shared canvas
 * and a per-font cache of widths, so each text is measured once per font and size. Falls back to
 * an estimate where no canvas is available.
 */
export function textMeasurer(fontSize: number, fontFamily: string, fontWeight = 400): MeasureText {
  const font = `${fontWeight} ${fontSize}px ${fontFamily || 'sans-serif'}`;
  let measure = contexts.get(font);
  if (measure) return measure;
  const context = context2d();
  const widths = new Map<string, number>();
  measure = context
    ? (text: string) => {
        let w = widths.get(text);
        if (w === undefined) {
          context.font = font;
          w = Math.ceil(context.measureText(text).width) + 1;
          if (widths.size > 2000) widths.clear();
          widths.set(text, w);
        }
        return w;
      }
    : estimateTextWidth(fontSize);
  if (contexts.size > 20) contexts.clear();
  contexts.set(font, measure);
  return measure;
}

/**
 * Forgets every width measured, and the canvas: after a web font finished loading, text measured
 * in its fallback font is measured again (see FontsController), on a new canvas (WebKit's keeps
 * measuring a font it had found missing in its fallback).
 */
export function forgetTextMeasures() {
  contexts.clear();
  canvas = undefined;
}
