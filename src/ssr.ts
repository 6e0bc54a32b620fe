/**
 * Server rendering of the tiv-charts elements in Node, without a browser: HTML with declarative
 * shadow DOM that the script-tag bundles take over (hydrate). Built on `@lit-labs/ssr`, through
 * the elements' own templates and layout.
 * @module
 */
export {renderChartHTML} from './ssr/render-html.js';
export type {ChartTag, RenderOptions} from './ssr/options.js';
export {renderChartSVG, ChartRenderError, type SvgRenderOptions} from './ssr/render-svg.js';
export type {SvgTheme} from './ssr/svg-theme.js';
export {renderChartPNG, type PngRenderOptions} from './ssr/render-png.js';
