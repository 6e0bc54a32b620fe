/** The column mark: one column per datum, from the zero baseline to its value. */
import {emptyGeometry, ownValue, valueExtent, type Mark} from './mark.js';
import {addSeriesColumns} from './column-geometry.js';

/** Columns 72 % of the step wide (the full step when it is 4 px or less), centred on their x. */
export const columnMark: Mark = {
  includesZero: true,
  band: false,
  columnar: true,
  extent: valueExtent,
  geometry(context) {
    const out = emptyGeometry();
    const width = context.step > 4 ? context.step * 0.72 : context.step;
    context.series.forEach((_, seriesIndex) => addSeriesColumns(context, seriesIndex, context.x, width, out));
    return out;
  },
  anchorValue: ownValue,
};
