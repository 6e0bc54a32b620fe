/**
 * The log y scale (`yScaleType: 'log'`): d3-scale's `scaleLog`, base 10, with ticks at 1-2-5
 * steps or at powers of ten, as many as the frame's height allows.
 */
import {scaleLog} from 'd3-scale';
import {authorBounds, type YBounds, type YScale} from './y-scale.js';

/**
 * Candidate tick sets, densest first: 1, 2 and 5 × each power of ten; each power of ten; then every
 * 2nd, 3rd, 5th, 10th … power of ten. d3's log ticks list 1 to 9 × each power, then thin only
 * their labels: here each gridline is labelled, so the ticks themselves are thinned.
 */
function* candidates(): Generator<{multiples: number[]; decades: number}> {
  yield {multiples: [1, 2, 5], decades: 1};
  for (const decades of [1, 2, 3, 5, 10, 20, 50, 100]) yield {multiples: [1], decades};
}

/** m × 10^e, written as a division for negative e so that 0.1 and 0.02 come out exact. */
const times10 = (m: number, e: number) => (e < 0 ? m / Math.pow(10, -e) : m * Math.pow(10, e));

/** The values of a candidate set from the largest at or below `lo` to the smallest at or above `hi`. */
function grid(lo: number, hi: number, {multiples, decades}: {multiples: number[]; decades: number}): number[] {
  const first = Math.floor(Math.floor(Math.log10(lo)) / decades) * decades;
  const last = Math.ceil(Math.ceil(Math.log10(hi)) / decades) * decades;
  const all: number[] = [];
  for (let e = first; e <= last; e += decades) {
    for (const m of multiples) {
      const v = times10(m, e);
      if (v > 0 && Number.isFinite(v)) all.push(v);
    }
  }
  // Widened by one value at an end that is a value itself (a domain needs some extent).
  let a = 0;
  while (a + 1 < all.length && all[a + 1] <= lo) a++;
  let b = all.findIndex((v) => v >= hi);
  if (b < 0) b = all.length - 1;
  if (all[a] === all[b]) [a, b] = [Math.max(0, a - 1), Math.min(all.length - 1, b + 1)];
  return all.slice(a, b + 1);
}

/**
 * The log y scale of data from `extent[0]` to `extent[1]` (both above zero), from `range[0]` (px
 * of the low end) to `range[1]`, with at most `tickCount` + 1 ticks: the densest candidate set
 * that fits, the domain widened to its values around the data, or set by the author's y-min /
 * y-max when they are above zero. @internal
 */
export function logYScale(extent: readonly [number, number], bounds: YBounds, range: [number, number], tickCount: number): YScale {
  const warnings: string[] = [];
  const positive: YBounds = {...bounds};
  for (const key of ['yMin', 'yMax'] as const) {
    const v = bounds[key];
    if (v !== undefined && Number.isFinite(v) && v <= 0) {
      warnings.push(`${key === 'yMin' ? 'y-min' : 'y-max'} (${v}) is not above zero, which a log scale cannot show; it is ignored.`);
      positive[key] = undefined;
    }
  }
  const [lo, hi] = extent;
  const {yMin, yMax} = authorBounds(positive, lo, hi, warnings);
  let values: number[] = [];
  for (const candidate of candidates()) {
    values = grid(yMin ?? lo, yMax ?? hi, candidate);
    if (values.length <= tickCount + 1) break;
  }
  const domain: [number, number] = [yMin ?? values[0] ?? lo, yMax ?? values[values.length - 1] ?? hi];
  let ticks = values.filter((v) => v >= domain[0] && v <= domain[1]);
  if (ticks.length < 2) ticks = domain[0] < domain[1] ? [...domain] : ticks;
  const clamp = yMin === undefined && yMax === undefined;
  return {scale: scaleLog().domain(domain).range(range).clamp(clamp), domain, ticks, warnings};
}

/**
 * Labels of log ticks in the chart's tick format. That format takes its precision from the step
 * between the first two ticks; log ticks have no common step (0.01, 0.1, 1, 10), so each is
 * written at the precision it needs itself: as the tick after 0. @internal
 */
export function logTickLabels(values: readonly number[], format: (ticks: readonly number[]) => string[]): string[] {
  return values.map((v) => format([0, v])[1]);
}
