// Builds the two self-contained bundles from the ES modules that `tsc` wrote to dist/.
// Lit and d3 are bundled in; Lit's production build is chosen (no dev-mode warning).
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

/** Names of members and fields used only inside the library (never public API nor user data). */
const INTERNAL = `seriesIndex effectiveMark seriesStyle validAnnotations tableRenderLimit tableRowLimit listenForEscape
  effectiveLocale labelMode headingText messagesLang formatX spokenX parseX loadedSrc
  labelMeasure attributeProblems renderChart renderPlot renderAxes renderMarks renderClipped renderLabels
  renderAnnotations renderHover renderTooltip renderTable renderControls renderHeading renderBeforePlot tooltipLines
  placeTooltip summaryText layoutExtras seriesForLayout safeSourceHref warnOnce normalizeOptions secondaryError
  hasSlotted spokenUnit coerceProperties csvHref placeDirectLabels labelPosition markCount vertexCount shownLabel
  labelX labelY valueLabels xTicks yTicks yDomain xScale yScale anchorY lastX readChildren loadedSrc renderRatio
  renderLegend compute hovered announce messages multiSeries origin error sync load childKey readChildrenIfUsed
  connected observer start stop active previous xType xLabel multi explicitKeys repeats counts datum frame lines
  areas points baseline anchor position kind marginRight formats formatTimeTick ticks spoken number csv tick
  relativeChange dates numerator denominator count gaps list syncSources computeRatio timeout maxBytes
  tickCount room step model family domain`.split(/\s+/);

const plugins = (module) => [
  // Whitespace out of the html`` and css`` templates.
  minifyHTML(),
  nodeResolve({exportConditions: ['production', 'browser', 'module', 'import', 'default']}),
  // module: false for the IIFE keeps its top-level `var TivCharts`.
  terser({
    ecma: 2021,
    module,
    // reduce_funcs: false keeps single-use functions where they are declared instead of inlining
    // them at their call site, which gzip compresses better (about 260 bytes less); arrow
    // functions in object literals stay arrows (no unsafe_methods), which is shorter.
    compress: {passes: 3, unsafe_arrows: true, reduce_funcs: false},
    // Private members (`_model`, `_layout`, …) get short names, as Lit's own build does, and so do
    // the internal names below, which no user of a bundle can reach (the bundles export the
    // elements, not ChartElement or the core). `_$` names are Lit's. builtins: true lets the regex
    // also take names that terser otherwise keeps as possible DOM properties (`origin`, `active`,
    // `frame`, …): no DOM object in the bundles is read or written through a name the regex matches.
    mangle: {properties: {builtins: true, regex: new RegExp(`^(_(?!\\$)[A-Za-z]\\w*|${INTERNAL.join('|')})$`)}},
    format: {comments: false},
  }),
];

export default [
  {
    input: 'dist/bundle.js',
    output: {file: 'dist/tiv-charts.bundle.js', format: 'es', sourcemap: false},
    plugins: plugins(true),
  },
  {
    input: 'dist/bundle.js',
    output: {file: 'dist/tiv-charts.min.js', format: 'iife', name: 'TivCharts', sourcemap: false},
    plugins: plugins(false),
  },
];
