/**
 * Entry of the two self-contained bundles (`tiv-charts.min.js`, global `TivCharts`, and
 * `tiv-charts.bundle.js`): registers both elements and exports their classes, `registerMessages`
 * and `ChartDataError`. The pure core functions are in the npm package (`tiv-charts/core.js`),
 * where an app's bundler keeps only what it uses.
 * @module
 */
export * from './tiv-trend.js';
export * from './spend-compare.js';
export {ChartElement} from './elements/chart-element.js';
export {ChartDataError, registerMessages} from './core/index.js';
export type {Messages} from './core/index.js';
