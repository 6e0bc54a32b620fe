/**
 * The linear y scale: its domain (the data's extent, zero for marks on a baseline, the author's
 * y-min / y-max, made nice) and its ticks, mapped by d3-scale's `scaleLinear`.
 */
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

/** The steps of nice ticks, as mantissas of a power of ten. */
const NICE_MANTISSAS = [1, 2, 2.5, 5] as const;

/**
 * Nice steps (1, 2, 2.5 and 5 × 10^k) from the first at or above `least`, ascending. Steps below 1
 * are written as whole fractions (0.25 = 1/4) so that their multiples are exact decimals.
 */
function* niceSteps(least: number): Generator<number> {
  // Three decades: a step of the whole span, or more, always fits.
  const first = Math.floor(Math.log10(least));
  for (let exponent = first; exponent < first + 3; exponent++) {
    for (const m of NICE_MANTISSAS) {
      const step = exponent < 0 ? m / Math.pow(10, -exponent) : m * Math.pow(10, exponent);
      if (step >= least * (1 - 1e-9)) yield step;
    }
  }
}

/** The multiples of `step` at or below `lo` and at or above `hi`, nearest to them; -0 as 0. */
function roundOut(lo: number, hi: number, step: number): [number, number] {
  // Small steps as whole fractions (0.1 = 1/10) to keep 0.3 from reading 0.30000000000000004.
  const inv = step < 1 ? Math.round(1 / step) : 0;
  if (inv && Math.abs(1 / inv - step) < step * 1e-9) return [Math.floor(lo * inv) / inv + 0, Math.ceil(hi * inv) / inv + 0];
  return [Math.floor(lo / step) * step + 0, Math.ceil(hi / step) * step + 0];
}

/**
 * The nice step of a domain: the smallest of 1, 2, 2.5 or 5 × 10^k whose multiples around `lo`
 * and `hi` make at most `count` intervals, or `undefined` where steps leave float range.
 */
export function niceStep(lo: number, hi: number, count = 5): number | undefined {
  if (!(hi > lo) || !Number.isFinite(hi - lo)) return undefined;
  for (const step of niceSteps((hi - lo) / count)) {
    const [a, b] = roundOut(lo, hi, step);
    if (Number.isFinite(a) && Number.isFinite(b) && step > 0 && (b - a) / step <= count + 1e-9) return step;
  }
  return undefined;
}

/** The most intervals between y ticks: five, a quiet grid at every height (but see `yStep`). */
export const Y_INTERVALS = 5;
/** The most intervals between y ticks where five would leave too much of the frame empty. */
export const Y_MOST_INTERVALS = 8;
/** The share of the y domain that may lie empty beyond the data before finer steps are tried. */
export const Y_MOST_EMPTY = 0.2;

/**
 * The step of an automatic linear y domain: the nice step of at most five intervals (see
 * `niceStep`), unless its multiples leave more than a fifth of the domain empty above the largest
 * value and below the smallest ($310bn on a step of 100 gives $0–400bn, 22.5 % empty); then the
 * largest finer nice step that leaves at most a fifth empty with at most eight intervals (50:
 * $0–350bn, 11 % empty), else of these steps the one that leaves least empty. Depends on the
 * data alone, never on the chart's size. @internal
 */
export function yStep(lo: number, hi: number): number | undefined {
  const five = niceStep(lo, hi, Y_INTERVALS);
  if (five === undefined) return undefined;
  // How many intervals the multiples of `step` around the data make, and what share of them is empty.
  const intervals = (step: number) => {
    const [a, b] = roundOut(lo, hi, step);
    return (b - a) / step;
  };
  const empty = (step: number) => 1 - (hi - lo) / step / intervals(step);
  // The five-interval step, then the finer ones within eight intervals, coarsest first.
  const steps = [...niceSteps((hi - lo) / Y_MOST_INTERVALS)].filter((step) => step <= five && intervals(step) <= Y_MOST_INTERVALS + 1e-9).reverse();
  return steps.find((step) => empty(step) <= Y_MOST_EMPTY) ?? steps.reduce((best, step) => (empty(step) < empty(best) ? step : best), five);
}

/**
 * Widens a domain to the multiples of its nice step (see `niceStep`), so that both ends are
 * ticks: the top is the first multiple at or above the largest value, the bottom the first at or
 * below the smallest. [0, 5.55] becomes [0, 6]; [−14.5, 10] becomes [−15, 10]; [−36.98, 145.31]
 * becomes [−50, 150]. Ours on purpose: d3's `nice()` knows no 2.5 step and repeats its rounding,
 * which can overshoot (to [0, 10], [−20, 20] and [−50, 200] here), leaving empty grid above the
 * data. Returns the domain as it is where steps leave float range.
 */
export function niceDomain(domain: readonly [number, number], count = 5): [number, number] {
  const [lo, hi] = domain;
  const step = niceStep(lo, hi, count);
  return step === undefined ? [lo, hi] : roundOut(lo, hi, step);
}

/** The multiples of `step` from `lo` to `hi`, written exactly (0.3, not 0.30000000000000004); -0 as 0. @internal */
export function stepTicks(lo: number, hi: number, step: number): number[] {
  const inv = step < 1 ? Math.round(1 / step) : 0;
  const exact = inv && Math.abs(1 / inv - step) < step * 1e-9;
  const first = Math.ceil(lo / step - 1e-9);
  const last = Math.floor(hi / step + 1e-9);
  const out: number[] = [];
  for (let k = first; k <= last && out.length <= 100; k++) out.push((exact ? k / inv : k * step) + 0);
  return out;
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

/** d3's ticks need 10^-exponent of the tick step to be finite: spans under 1e-300 (subnormal values) make it throw. */
const spans = (a: number, b: number) => b - a > 1e-300;

/**
 * The y domain: the data's extent, widened to zero for marks on a baseline (columns, bars,
 * areas, stacked columns), adjusted by the author's `yMin` / `yMax`, padded when it has no extent,
 * and made nice (see `yStep`). Always finite and ascending.
 */
export function yDomain(
  values: readonly number[],
  mark: MarkType,
  options: YBounds = {},
  warnings: string[] = []
): [number, number] {
  return niceYDomain(values, mark, options, warnings).domain;
}

/** The y domain of `yDomain` with the step of its ticks (`undefined`: the domain's ends alone). */
function niceYDomain(values: readonly number[], mark: MarkType, options: YBounds, warnings: string[]): {domain: [number, number]; step?: number} {
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
  // Sums beyond float range (stacks of 1e308) reach its end; spans under 1e-300 are widened.
  [lo, hi] = [Math.max(lo, -Number.MAX_VALUE), Math.min(hi, Number.MAX_VALUE)];
  if (!spans(lo, hi)) [lo, hi] = [0, 1];
  // Near the end of float range (1e308), the nice ends and step are those of a tenth of the values
  // (a nice step times ten is nice), multiplied back and kept within float range, where rounding
  // out would pass it: the domain holds the data and 0 keeps its tick.
  const tenth = Math.max(-lo, hi) > Number.MAX_VALUE / 10 ? 10 : 1;
  const tenthStep = yStep(lo / tenth, hi / tenth);
  const step = tenthStep && tenthStep * tenth;
  const [nlo, nhi] = tenthStep === undefined ? [lo, hi] : roundOut(lo / tenth, hi / tenth, tenthStep).map((v) => Math.min(Math.max(v * tenth, -Number.MAX_VALUE), Number.MAX_VALUE));
  const out: [number, number] = [yMin ?? nlo, yMax ?? nhi];
  const domain: [number, number] = spans(out[0], out[1]) ? out : [nlo, nhi];
  // An author's bound that moves an end of the domain: its ticks are the five-interval step's.
  const authored = domain[0] !== nlo || domain[1] !== nhi;
  return {domain, step: authored || step === undefined ? niceStep(domain[0], domain[1], Y_INTERVALS) : step};
}

/**
 * The linear y scale from `range[0]` (the domain's low end, px) to `range[1]`. Its domain and
 * ticks are the same at every size (a short chart thins the tick labels, not the ticks): the
 * domain made nice (see `yStep`) unless the author bounds it, the ticks at the multiples of
 * its nice step. The automatic domain holds every value, so the scale clamps only to guard float
 * overflow; data outside an author's y-min / y-max is drawn unclamped and cut off at the frame by
 * the element. @internal
 */
export function linearYScale(extent: readonly number[], mark: MarkType, bounds: YBounds, range: [number, number]): YScale {
  const warnings: string[] = [];
  const {domain, step} = niceYDomain(extent, mark, bounds, warnings);
  const tickValues = step === undefined ? [...domain] : stepTicks(domain[0], domain[1], step);
  const clamp = bounds.yMin === undefined && bounds.yMax === undefined;
  // A domain wider than float range (−1e308 to 1e308) is mapped as half its values: d3 divides by its span.
  const half = Number.isFinite(domain[1] - domain[0]) ? 1 : 2;
  const halves = scaleLinear().domain([domain[0] / half, domain[1] / half]).range(range).clamp(clamp);
  return {scale: (v) => halves(v / half), domain, ticks: tickValues, warnings};
}
