// Builds the two self-contained bundles from the ES modules that `tsc` wrote to dist/.
// Lit and d3 are bundled in; Lit's production build is chosen (no dev-mode warning).
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const plugins = (module) => [
  // Whitespace out of the html`` and css`` templates.
  minifyHTML(),
  nodeResolve({exportConditions: ['production', 'browser', 'module', 'import', 'default']}),
  // module: false for the IIFE keeps its top-level `var TivCharts`.
  terser({
    ecma: 2021,
    module,
    compress: {passes: 3, unsafe_arrows: true, unsafe_methods: true},
    // Private members (`_model`, `_layout`, …) get short names, as Lit's own build does. Reactive
    // state is looked up by name, so those keep theirs; `_$` names are Lit's.
    mangle: {properties: {regex: /^_(?!\$|hover$|activeSeries$|announcement$|tableOpen$|tableReady$)[A-Za-z]/}},
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
