/**
 * The layout of a chart, from series to plain-data geometry in px: see `layout/layout-chart.ts`
 * for the steps, `layout/marks/` for the marks, `layout/query.ts` for hover and keyboard lookups.
 * @module
 */
export * from './layout/types.js';
export {layoutChart} from './layout/layout-chart.js';
export {DIRECT_LABEL_SWATCH} from './layout/direct-labels.js';
export {estimateTextWidth, truncateText, placeLabels, type LabelRequest} from './layout/text.js';
export {yDomain, niceDomain} from './layout/y-scale.js';
export {chartHeight, plotAreaHeight, PLOT_AREA, roomCss, rowContentOf, rowsCss, verticalRoom, X_LABEL_BASELINE, type Room, type RowContent} from './layout/dimensions.js';
export {minStep, xTicks} from './layout/ticks.js';
export {timeIntervals, timeTicks, type TimeInterval} from './layout/time-ticks.js';
export {lineVertices, type Vertex} from './layout/decimate.js';
export {linePath, areaPath} from './layout/paths.js';
export {datumAt, seriesDatumAt, nearestIndex, positionsAt, datumPositions, type QueryLayout} from './layout/query.js';
export {MARKS, markOf, drawnMark} from './layout/registry.js';
export type {Mark, MarkContext, MarkGeometry} from './layout/marks/mark.js';
