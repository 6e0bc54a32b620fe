/**
 * The stacked column mark: at each x one column made of a segment per series, stacked by d3-shape's
 * `stack()` in series order. With `stackOffsetDiverging`, positive values stack up from the zero
 * baseline and negative ones down from it; the y domain holds the stacked sums.
 */
import {stack, stackOffsetDiverging} from 'd3-shape';
import {ascending, columnsOf, datumOf, indexOfX, valueLookup, type Columns} from '../../columns.js';
import type {Datum, Series} from '../../types.js';
import {px} from '../pixels.js';
import {emptyGeometry, isHighlighted, type Mark, type MarkContext, type MarkGeometry} from './mark.js';

/** A lookup of the index of an x in columns, −1 where there is none: binary search, or a map for x in another order. */
function indexLookup({x}: Columns): (value: number) => number {
  if (ascending(x)) return (value) => indexOfX(x, value);
  const map = new Map(x.map((xv, i) => [xv, i]));
  return (value) => map.get(value) ?? -1;
}

/** Every x of `columns`, ascending and distinct. */
function unionOf(columns: readonly Columns[]): number[] {
  const all = new Set<number>();
  for (const c of columns) for (const x of c.x) all.add(x);
  return [...all].sort((a, b) => a - b);
}

/**
 * The stack of `columns` over `xs`: for series i and the j-th x, the segment [y0, y1] in value
 * units (both NaN where the series has no value at that x), with the index of its datum.
 */
function stackOf(columns: readonly Columns[], xs: readonly number[]) {
  const lookups = columns.map(indexLookup);
  const indexAt = xs.map((x) => lookups.map((at) => at(x)));
  const layers = stack<number, number>()
    .keys(columns.map((_, i) => i))
    .value((j, i) => (indexAt[j][i] < 0 ? NaN : columns[i].y[indexAt[j][i]]))
    .offset(stackOffsetDiverging)(xs.map((_, j) => j));
  return {layers, indexAt};
}

/** A highlighted column's total as it grows: the sum of its values and the ends of its stack. */
interface Total {
  x: number;
  sum: number;
  /** The highest and lowest ends of its segments, px (the top of the positive stack, the bottom of the negative one). */
  top: number;
  bottom: number;
}

/**
 * Adds a segment per series and x: columns 72 % of the step wide, centred on their x. A highlighted
 * x gets one value label, its column's total, at the end of the stack on the total's side of the
 * baseline (labels at each segment's end would sit on the segment above it).
 */
function segments(context: MarkContext): MarkGeometry {
  const out = emptyGeometry();
  const {columns, series, Y, x} = context;
  const xs = unionOf(columns);
  const width = context.step > 4 ? context.step * 0.72 : context.step;
  const totals = new Map<number, Total>();
  // One rect per segment, never merged per pixel as single columns are: stacks compare a few
  // series over years, and a merged pixel column could not show which series is where.
  const {layers, indexAt} = stackOf(columns, xs);
  layers.forEach((layer, seriesIndex) => {
    layer.forEach(([y0, y1], j) => {
      const i = indexAt[j][seriesIndex];
      if (i < 0 || Number.isNaN(y1)) return;
      out.markCount++;
      const [top, bottom] = [Y(y1), Y(y0)];
      const lit = isHighlighted(context, xs[j]);
      const datum = datumOf(series[seriesIndex], i) as Datum & {y: number};
      out.columns.push({seriesIndex, datum, x: px(x(xs[j]) - width / 2), y: top, width: px(Math.max(0, width)), height: px(bottom - top), highlight: lit});
      if (!lit) return;
      const total = totals.get(j) ?? {x: x(xs[j]), sum: 0, top, bottom};
      total.sum += datum.y;
      total.top = Math.min(total.top, top);
      total.bottom = Math.max(total.bottom, bottom);
      totals.set(j, total);
    });
  });
  for (const [j, {x: cx, sum, top, bottom}] of totals) {
    const below = sum < 0;
    out.labels.push({seriesIndex: 0, total: true, xValue: xs[j], value: sum, x: cx, y: below ? bottom : top, below, base: below ? top : bottom});
  }
  return out;
}

/**
 * The end of a datum's segment away from the baseline, in value units: the sum of the values of
 * the same sign at its x, of this series and those stacked before it (0 for a value of 0).
 */
function segmentEnd(series: readonly Series[], seriesIndex: number, datum: Datum & {y: number}): number {
  const sign = Math.sign(datum.y);
  let sum = 0;
  for (let i = 0; i <= seriesIndex && sign !== 0; i++) {
    const v = i === seriesIndex ? datum.y : valueLookup(columnsOf(series[i]))(datum.x);
    if (typeof v === 'number' && Math.sign(v) === sign) sum += v;
  }
  return sum;
}

/** Stacked columns: a band mark on a zero baseline, anchored at each segment's end. */
export const stackedMark: Mark = {
  includesZero: true,
  band: true,
  columnar: true,
  extent(columns) {
    const {layers} = stackOf(columns, unionOf(columns));
    let lowest = Infinity;
    let highest = -Infinity;
    for (const layer of layers) {
      for (const [y0, y1] of layer) {
        if (Number.isNaN(y1)) continue; // a gap
        // The segment's end away from the baseline, as a column's value is.
        const end = y1 > 0 ? y1 : y0;
        if (end < lowest) lowest = end;
        if (end > highest) highest = end;
      }
    }
    return lowest <= highest ? [lowest, highest] : undefined;
  },
  geometry: segments,
  anchorValue: segmentEnd,
};
