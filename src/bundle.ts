/**
 * Entry of the two self-contained bundles (`tiv-charts.min.js`, global `TivCharts`, and
 * `tiv-charts.bundle.js`): registers both elements and exports their classes, `registerMessages`
 * and `ChartDataError`. Internal member names are shortened in the bundles, so extending the
 * elements is for the npm modules. The pure core functions are in the npm package (`tiv-charts/core.js`),
 * where an app's bundler keeps only what it uses.
 * @module
 */
export * from './tiv-trend.js';
export * from './spend-compare.js';
export {ChartDataError, registerMessages} from './core/index.js';
export type {Messages} from './core/index.js';
