/**
 * The x scale: d3-scale's `scaleLinear`, from the frame's left edge to its right edge, over years
 * and other numbers, or on a date axis over times in ms (UTC).
 *
 * Why not `scaleUtc` for dates: it maps a time exactly as `scaleLinear` maps its ms (a test keeps
 * `scaleUtc` as the oracle), and what it adds, tick formats, comes with d3-time-format, whose
 * default locale is set when it loads and so stays in the bundle (4.3 KB gzipped, nearly all of
 * the room under the 45 KB ceiling). Our date ticks come from d3-time intervals (`time-ticks.ts`)
 * and are written with Intl in the chart's locale.
 */
import {scaleLinear} from 'd3-scale';
import {finite} from './pixels.js';
import {minStep} from './ticks.js';
import type {Frame} from './types.js';

/** An x scale with its domain and step. @internal */
export interface XScale {
  /** An x value to px, unrounded. */
  scale: (x: number) => number;
  /** The domain's ends, x values: the data's, with room for columns. */
  lo: number;
  hi: number;
  /** px between neighbouring x values, at the data's smallest step. */
  step: number;
}

/**
 * The x scale of `xs` (ascending) over `frame`. With `padded` (columns) or a single x, half a
 * step of room is kept at each end. @internal
 */
export function xScaleOf(xs: readonly number[], padded: boolean, frame: Frame): XScale {
  const stepUnit = minStep(xs);
  const pad = padded || xs.length < 2 ? stepUnit / 2 : 0;
  const lo = (xs[0] ?? 0) - pad;
  const hi = (xs[xs.length - 1] ?? 1) + pad;
  const domain = lo === hi ? [lo - 0.5, hi + 0.5] : [lo, hi];
  const range = [frame.left, frame.right];
  const scale = scaleLinear().domain(domain).range(range);
  return {scale, lo, hi, step: Math.abs(finite(scale(lo + stepUnit) - scale(lo)))};
}
