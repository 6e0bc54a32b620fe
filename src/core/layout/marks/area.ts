/** The area mark: a line through each series' values, filled down to the zero baseline. */
import {seriesLines} from './line-geometry.js';
import {lineMark} from './line.js';
import type {Mark} from './mark.js';

/** Areas with their top line: a line mark whose y domain includes zero. */
export const areaMark: Mark = {
  ...lineMark,
  includesZero: true,
  geometry: (context) => seriesLines(context, true),
};
