/** The line mark: a line through each series' values; its y domain need not include zero. */
import {seriesLines} from './line-geometry.js';
import {ownValue, valueExtent, type Mark} from './mark.js';

/** Lines, broken at gaps, with points for lone data and highlighted ones. */
export const lineMark: Mark = {
  includesZero: false,
  band: false,
  columnar: false,
  extent: valueExtent,
  geometry: (context) => seriesLines(context, false),
  anchorValue: ownValue,
};
