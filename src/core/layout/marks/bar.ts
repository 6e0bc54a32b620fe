/**
 * The grouped bar mark: at each x a group of bars, one per series side by side, from the zero
 * baseline. The group spans 80 % of the step, shared evenly by the series. (d3-scale's `scaleBand`
 * would divide it the same way, for 0.7 KB gzipped more in the bundle: this is one division.)
 */
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
    // Each series' share of the group.
    const w = groupWidth / Math.max(1, series.length);
    const inner = w > 3 ? w * 0.9 : w;
    series.forEach((_, seriesIndex) => {
      addSeriesColumns(context, seriesIndex, (v) => x(v) - groupWidth / 2 + w * seriesIndex + w / 2, inner, out);
    });
    return out;
  },
  anchorValue: ownValue,
};
