/**
 * tiv-charts: registers every element (`<tiv-trend>`) and exports their classes and the pure
 * core functions.
 * @module
 */
export * from './tiv-trend.js';
export {ChartElement} from './elements/chart-element.js';
export * from './core/index.js';
