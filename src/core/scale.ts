import {nice, tickStep, ticks} from 'd3-array';

/**
 * A linear scale from a domain (data units) to a range (px): the one scale type the charts use.
 * Ticks and nice domains come from d3-array, as in d3-scale's `scaleLinear`, whose interpolators
 * (colours, dates, strings) the charts never need: this keeps about 8 KB gzipped out of the
 * bundle. A domain without extent maps to the middle of the range.
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
 * (d3's `nice` repeats its rounding and can overshoot, here to [−50, 200].) Falls back to d3's `nice`
 * where steps leave float range.
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
  const [a, b] = nice(lo, hi, count);
  return [a, b];
}
