/**
 * The grouped bar mark: at each x a group of bars, one per series side by side, from the zero
 * baseline. The group spans 80 % of the step; d3-scale's `scaleBand` divides it among the series.
 */
import {scaleBand} from 'd3-scale';
import {emptyGeometry, ownValue, valueExtent, type Mark} from './mark.js';
import {addSeriesColumns} from './column-geometry.js';

/** Grouped bars: a band mark (hover highlights a group). Bars wider than 3 px leave a 10 % gap. */
export const barMark: Mark = {
  includesZero: true,
  band: true,
  columnar: true,
  extent: valueExtent,
  geometry(context) {
    const out = emptyGeometry();
    const {series, step, x} = context;
    const groupWidth = step > 4 ? step * 0.8 : step;
    // Each series' band within a group, from the group's left edge.
    const band = scaleBand<number>()
      .domain(series.map((_, i) => i))
      .range([0, groupWidth]);
    const w = band.bandwidth();
    const inner = w > 3 ? w * 0.9 : w;
    series.forEach((_, seriesIndex) => {
      const left = band(seriesIndex) ?? 0;
      addSeriesColumns(context, seriesIndex, (v) => x(v) - groupWidth / 2 + left + w / 2, inner, out);
    });
    return out;
  },
  anchorValue: ownValue,
};
