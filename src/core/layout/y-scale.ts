/**
 * The linear y scale: its domain (the data's extent, zero for marks on a baseline, the author's
 * y-min / y-max, made nice) and its ticks, mapped by d3-scale's `scaleLinear`.
 */
import {tickStep, ticks} from 'd3-array';
import {scaleLinear} from 'd3-scale';
import type {MarkType} from '../types.js';
import {markOf} from './registry.js';

/** A y scale with its domain and tick values, and what the author should know about it. @internal */
export interface YScale {
  /** Maps a value to px (unrounded; `undefined` or NaN for values it cannot place). */
  scale: (value: number) => number | undefined;
  domain: [number, number];
  ticks: number[];
  warnings: string[];
}

/** The author's y bounds: a value, or `undefined` when unset. */
export interface YBounds {
  yMin?: number;
  yMax?: number;
}

/**
 * Widens a domain to multiples of the smallest round step (1, 2 or 5 × 10^k, d3-array's
 * `tickStep`) that gives at most `count` intervals, so that both ends are ticks: [−36.98, 145.31]
 * with 6 becomes [−50, 150]. Ours on purpose: d3's `nice()` repeats its rounding and can
 * overshoot, here to [−50, 200], leaving a band of empty grid above the data. Returns the domain as
 * it is where steps leave float range.
 */
export function niceDomain(domain: readonly [number, number], count = 10): [number, number] {
  const [lo, hi] = domain;
  let step = tickStep(lo, hi, count);
  for (let i = 0; i < 8 && hi > lo && Number.isFinite(step) && step > 0; i++) {
    // Small steps as whole fractions (0.1 = 1/10) to keep 0.3 from reading 0.30000000000000004.
    const inv = step < 1 ? Math.round(1 / step) : 0;
    const a = inv ? Math.floor(lo * inv) / inv : Math.floor(lo / step) * step;
    const b = inv ? Math.ceil(hi * inv) / inv : Math.ceil(hi / step) * step;
    if (Number.isFinite(a) && Number.isFinite(b) && (b - a) / step <= count + 1e-9) return [a, b];
    const m = step / Math.pow(10, Math.floor(Math.log10(step)));
    step *= m < 1.5 ? 2 : m < 3.5 ? 2.5 : 2;
  }
  return [lo, hi];
}

/**
 * The author's bounds that can be used with data from `lo` to `hi`: bounds that are not finite
 * are unset, and bounds that contradict each other or lie beyond every value are dropped with a
 * warning. @internal
 */
export function authorBounds(options: YBounds, lo: number, hi: number, warnings: string[]): YBounds {
  let {yMin, yMax} = options;
  if (!Number.isFinite(yMin)) yMin = undefined;
  if (!Number.isFinite(yMax)) yMax = undefined;
  if (yMin !== undefined && yMax !== undefined && yMin >= yMax) {
    warnings.push(`y-min (${yMin}) is not below y-max (${yMax}); both are ignored.`);
    return {};
  }
  if ((yMin ?? lo) > (yMax ?? hi)) {
    // Only one bound is set here (both were compared above), and it lies beyond every value.
    warnings.push(`${yMin !== undefined ? `y-min (${yMin}) is above` : `y-max (${yMax}) is below`} every value; it is ignored.`);
    return {};
  }
  return {yMin, yMax};
}

/**
 * d3's ticks need 10^-exponent of the tick step to be finite: spans under 1e-300 (subnormal
 * values) make it throw, spans beyond Number.MAX_VALUE make every position NaN.
 */
const spans = (a: number, b: number) => b - a > 1e-300 && Number.isFinite(b - a);

/**
 * The y domain: the data's extent, widened to zero for marks on a baseline (columns, bars,
 * areas, stacked columns), adjusted by the author's `yMin` / `yMax`, padded when it has no extent,
 * and made nice for `tickCount` ticks. Always finite and ascending.
 */
export function yDomain(
  values: readonly number[],
  mark: MarkType,
  options: YBounds & {tickCount?: number} = {},
  warnings: string[] = []
): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) [lo, hi] = [0, 1];
  const zero = markOf(mark).includesZero;
  let {yMin, yMax} = authorBounds(options, lo, hi, warnings);
  lo = yMin ?? lo;
  hi = yMax ?? hi;
  if (zero && (lo > 0 || hi < 0)) {
    // An unset bound reads as 0 here: neither above nor below zero.
    if ((yMin ?? 0) > 0 || (yMax ?? 0) < 0) {
      warnings.push(`The y domain of a ${mark} chart always includes zero; y-min / y-max were widened to it.`);
    }
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
    // The widened bound is zero now; returning the author's value would drop zero again.
    if ((yMin ?? 0) > 0) yMin = 0;
    if ((yMax ?? 0) < 0) yMax = 0;
  }
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    if (zero && lo === 0) hi = 1;
    else [lo, hi] = [lo - pad, hi + pad];
  }
  if (!spans(lo, hi)) {
    // Magnitudes beyond float range: fall back to a safe span (at most Number.MAX_VALUE wide).
    const m = Math.min(Math.max(Math.abs(lo), Math.abs(hi)), Number.MAX_VALUE / 2);
    [lo, hi] = m > 1e-300 ? [-m, m] : [0, 1];
  }
  let [nlo, nhi] = niceDomain([lo, hi], options.tickCount ?? 5);
  if (!spans(nlo, nhi)) [nlo, nhi] = [lo, hi]; // nice() rounded past float range
  const out: [number, number] = [yMin ?? nlo, yMax ?? nhi];
  return spans(out[0], out[1]) ? out : [nlo, nhi];
}

/**
 * The linear y scale from `range[0]` (the domain's low end, px) to `range[1]`, with at most
 * `tickCount` + 1 ticks. d3's tick count is a hint: fewer are asked for until few enough come
 * back, with the domain made nice for the same count so that its ends are ticks. The automatic
 * domain holds every value, so the scale clamps only to guard float overflow; data outside an
 * author's y-min / y-max is drawn unclamped and cut off at the frame by the element. @internal
 */
export function linearYScale(extent: readonly number[], mark: MarkType, bounds: YBounds, range: [number, number], tickCount: number): YScale {
  let domain: [number, number] = [0, 1];
  let tickValues: number[] = [];
  let warnings: string[] = [];
  for (let count = tickCount; count >= 1; count--) {
    warnings = [];
    domain = yDomain(extent, mark, {...bounds, tickCount: count}, warnings);
    tickValues = ticks(domain[0], domain[1], count);
    if (tickValues.length <= tickCount + 1) break;
  }
  const clamp = bounds.yMin === undefined && bounds.yMax === undefined;
  const scale = scaleLinear().domain(domain).range(range).clamp(clamp);
  return {scale, domain, ticks: tickValues, warnings};
}
