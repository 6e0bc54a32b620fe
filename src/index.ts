/**
 * tiv-charts: registers every element (`<tiv-trend>`, `<spend-compare>`) and exports their
 * classes, the base class for elements of your own, and the public core API.
 * @module
 */
export {TivTrend} from './tiv-trend.js';
export {SpendCompare} from './spend-compare.js';
export {ChartElement} from './elements/chart-element.js';
export type {ChartErrorDetail, ChartRenderDetail} from './elements/chart-element.js';
export type {AnnotationOption, ChartData, ChartState, DataRow, DownloadFormat, DownloadList, SeriesOption} from './elements/element-types.js';
// The public core API: the explicit list in core.ts (the same as `tiv-charts/core.js`).
export * from './core.js';
