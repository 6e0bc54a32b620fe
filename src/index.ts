/**
 * tiv-charts: registers every element (`<tiv-trend>`, `<spend-compare>`) and exports their
 * classes and the pure core functions.
 * @module
 */
export * from './tiv-trend.js';
export * from './spend-compare.js';
export {ChartElement} from './elements/chart-element.js';
export * from './core/index.js';
