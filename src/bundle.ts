/**
 * Entry of the two self-contained bundles (`tiv-charts.min.js`, global `TivCharts`, and
 * `tiv-charts.bundle.js`): registers both elements and exports their classes, `registerMessages`
 * and `ChartDataError`. Private members (`_`-prefixed) get short names in the bundles, so
 * extending the elements is for the npm modules. The pure core functions are in the npm package
 * (`tiv-charts/core.js`), where an app's bundler keeps only what it uses.
 * @module
 */
// First: Lit's hydration support, so that a chart server-rendered by tiv-charts/ssr.js (declarative
// shadow DOM) is taken over as it is rather than drawn a second time beside it.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export {TivTrend} from './tiv-trend.js';
export {SpendCompare} from './spend-compare.js';
export type {ChartErrorDetail, ChartRenderDetail} from './elements/chart-element.js';
export {ChartDataError, registerMessages} from './core.js';
export type {Messages} from './core.js';
