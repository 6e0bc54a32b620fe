import {nice, ticks} from 'd3-array';

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

/** Widens a domain to round values for about `count` ticks (d3-array `nice`, as `scaleLinear().nice()`). */
export function niceDomain(domain: readonly [number, number], count = 10): [number, number] {
  const [a, b] = nice(domain[0], domain[1], count);
  return [a, b];
}
