const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/**
 * Tick spacing for about `count` ticks from `start` to `stop` (ascending), as d3-array's `ticks`
 * computes it: an increment of 1, 2 or 5 × 10^k, written for k < 0 as the negative of its inverse
 * (−10 for 0.1) so that ticks are exact fractions, and the first and last tick as multiples of it.
 */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / Math.pow(10, power);
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let inc = power < 0 ? Math.pow(10, -power) / factor : Math.pow(10, power) * factor;
  const at = (i: number) => (power < 0 ? i / inc : i * inc);
  let i1 = Math.round(power < 0 ? start * inc : start / inc);
  let i2 = Math.round(power < 0 ? stop * inc : stop / inc);
  if (at(i1) < start) ++i1;
  if (at(i2) > stop) --i2;
  if (power < 0) inc = -inc;
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/** About `count` round values from `start` to `stop`, in their order (d3-array's `ticks`). */
export function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reverse = stop < start;
  const [i1, i2, inc] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  // By offset from i1: near 1e300, i1 + 1 may equal i1.
  const out = Array.from({length: i2 - i1 + 1}, (_, i) => (inc < 0 ? (i1 + i) / -inc : (i1 + i) * inc));
  return reverse ? out.reverse() : out;
}

/** The step between ticks of {@link ticks}, negative for a descending domain (d3-array's `tickStep`). */
export function tickStep(start: number, stop: number, count: number): number {
  const reverse = stop < start;
  const inc = (reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count))[2];
  return (reverse ? -1 : 1) * (inc < 0 ? 1 / -inc : inc);
}

/**
 * A linear scale from a domain (data units) to a range (px): the one scale type the charts use.
 * Ticks follow d3-array's (and so d3-scale's `scaleLinear`'s) rules, written here: the charts
 * need three of its functions, and d3-scale's interpolators (colours, dates, strings) none; this
 * keeps about 9 KB gzipped out of the bundle. A domain without extent maps to the middle of the range.
 */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** About `count` round values spanning the domain (d3-array `ticks`). */
  ticks(count: number): number[];
}

/** Makes a linear scale; with `clamp`, values outside the domain map to the range's ends. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number], clamp = false): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((value: number) => {
    let t = span ? (value - d0) / span : 0.5;
    if (clamp) t = Math.max(0, Math.min(1, t));
    return r0 * (1 - t) + r1 * t;
  }) as LinearScale;
  Object.assign(scale, {domain: [d0, d1], range: [r0, r1], ticks: (count: number) => ticks(d0, d1, count)});
  return scale;
}

/**
 * Widens a domain to multiples of the smallest round step (1, 2 or 5 × 10^k) that gives at most
 * `count` intervals, so that both ends are ticks: [−36.98, 145.31] with 6 becomes [−50, 150].
 * (d3's `nice` repeats its rounding and can overshoot, here to [−50, 200].) Returns the domain as
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
    const m = step / Math.pow(10, Math.floor(Math.log10(step)) );
    step *= m < 1.5 ? 2 : m < 3.5 ? 2.5 : 2;
  }
  return [lo, hi];
}
