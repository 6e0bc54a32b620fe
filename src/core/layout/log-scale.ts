/**
 * The log y scale (`yScaleType: 'log'`): d3-scale's `scaleLog`, base 10, with ticks at 1-2-5
 * steps or at powers of ten, as many as the frame's height allows.
 */
import {ticks as linearTicks} from 'd3-array';
import {scaleLog} from 'd3-scale';
import {authorBounds, niceDomain, type YBounds, type YScale} from './y-scale.js';

/**
 * Candidate tick sets, densest first: 1, 2 and 5 × each power of ten; each power of ten; then every
 * 2nd, 3rd, 5th, 10th … power of ten. d3's log ticks list 1 to 9 × each power, then thin only
 * their labels: here each gridline is labelled, so the ticks themselves are thinned.
 */
interface Candidate {
  multiples: number[];
  decades: number;
}

/** The densest candidate, whose values also bound the domain: 1, 2 and 5 × each power of ten. */
const FINEST: Candidate = {multiples: [1, 2, 5], decades: 1};

function* candidates(): Generator<Candidate> {
  yield FINEST;
  for (const decades of [1, 2, 3, 5, 10, 20, 50, 100]) yield {multiples: [1], decades};
}

/** m × 10^e, written as a division for negative e so that 0.1 and 0.02 come out exact. */
const times10 = (m: number, e: number) => (e < 0 ? m / Math.pow(10, -e) : m * Math.pow(10, e));

/** The values of a candidate set from the largest at or below `lo` to the smallest at or above `hi`. */
function grid(lo: number, hi: number, {multiples, decades}: Candidate): number[] {
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
 * The domain of data from `lo` to `hi` (both above zero) on a log scale: widened to the nearest
 * 1, 2 or 5 × a power of ten at each end, whatever the frame's height (a short chart thins its
 * ticks, not its data's share of the height). Data within one such step (101 to 103) would then
 * fill a sliver of the frame: they get a nice linear domain and ticks instead, as d3's log ticks
 * do over a short span.
 */
function logDomain(lo: number, hi: number, tickCount: number): {domain: [number, number]; ticks?: number[]} {
  const bounds = grid(lo, hi, FINEST);
  // (d3's linear ticks need a span well inside float range: no subnormal or near-overflow ends.)
  const linearFits = hi > lo && lo >= 1e-290 && hi <= 1e290;
  if (bounds.length > 2 || !linearFits) return {domain: [bounds[0] ?? lo, bounds[bounds.length - 1] ?? hi]};
  for (let count = tickCount; count >= 1; count--) {
    const domain = niceDomain([lo, hi], count);
    const ticks = linearTicks(domain[0], domain[1], count);
    if (domain[0] > 0 && ticks.length <= tickCount + 1) return {domain, ticks};
  }
  return {domain: [bounds[0], bounds[bounds.length - 1]]};
}

/**
 * The log y scale of data from `extent[0]` to `extent[1]` (both above zero), from `range[0]` (px
 * of the low end) to `range[1]`: the domain of {@link logDomain}, or the author's y-min / y-max
 * when they are above zero, with at most `tickCount` + 1 ticks: the densest candidate set that
 * fits (at least the domain's ends). @internal
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
  const {yMin, yMax} = authorBounds(positive, extent[0], extent[1], warnings);
  const nice = logDomain(yMin ?? extent[0], yMax ?? extent[1], tickCount);
  const domain: [number, number] = [yMin ?? nice.domain[0], yMax ?? nice.domain[1]];
  let ticks: number[] = [];
  if (nice.ticks && yMin === undefined && yMax === undefined) ticks = nice.ticks;
  else {
    for (const candidate of candidates()) {
      ticks = grid(domain[0], domain[1], candidate).filter((v) => v >= domain[0] && v <= domain[1]);
      if (ticks.length <= tickCount + 1) break;
    }
  }
  if (ticks.length < 2) ticks = domain[0] < domain[1] ? [...domain] : ticks;
  const clamp = yMin === undefined && yMax === undefined;
  return {scale: scaleLog().domain(domain).range(range).clamp(clamp), domain, ticks, warnings};
}

/**
 * Labels of log ticks in the chart's tick format. That format takes its precision from the step
 * between the first two ticks; log ticks have no common step (0.01, 0.1, 1, 10), so each is
 * written at the precision it needs itself: as the tick after 0. Only the label at `affixesAt`
 * carries the prefix and unit (all do without it). @internal
 */
export function logTickLabels(
  values: readonly number[],
  format: (ticks: readonly number[], affixesAt?: number) => string[],
  affixesAt?: number
): string[] {
  return values.map((v, i) => format([0, v], affixesAt === undefined || affixesAt === i ? undefined : -1)[1]);
}
