// Builds the two self-contained bundles from the ES modules that `tsc` wrote to dist/.
// Lit and d3 are bundled in; Lit's production build is chosen (no dev-mode warning).
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';

/**
 * Property names the bundles shorten: private members by Lit's convention (`_model`, `_layout`,
 * …: an underscore then a letter), as Lit's own build does. Public names never start with `_`, so
 * every attribute, property and method a page can use keeps its name. `_$` names are Lit's
 * cross-package API (its production build already shortened its own private names), and `__`
 * names (`__proto__`) are JavaScript's: neither is matched.
 */
const PRIVATE = /^_(?!\$)[A-Za-z]\w*$/;

/**
 * Fails the build when our code writes a private name as a string (`changed.has('_model')`,
 * `'_model' in this`): terser renames the member, not the string, so in the bundles the two
 * would no longer match, while the npm modules, which the unit tests load, still work. A quoted
 * key (`{'_model': …}`, `this['_model']`) is renamed with the member and is not reported.
 */
const privateNamesInStrings = {
  name: 'private-names-in-strings',
  transform(code, id) {
    if (id.includes('/node_modules/')) return null;
    for (const match of code.matchAll(/(?<!\[\s*)(['"`])(_(?!\$)[A-Za-z]\w*)\1(?!\s*[:\]])/g)) {
      const line = code.slice(0, match.index).split('\n').length;
      this.error(`${id}:${line}: the private name ${match[2]} is written as a string; the bundles rename ${match[2]} but not strings.`);
    }
    return null;
  },
};

/** d3-interpolate's `src/` folder. */
const interpolateSource = dirname(createRequire(import.meta.url).resolve('d3-interpolate'));

/**
 * The bundles give d3-scale a d3-interpolate of numbers only. d3-scale's continuous scales start
 * with d3-interpolate's generic `interpolate`, which also blends colours, strings, dates, arrays
 * and objects, and so brings all of d3-color: about 3.4 KB of the bundle gzipped, used by nothing
 * (every scale of ours maps numbers to px, and `scale.interpolate()` is never called). Here
 * d3-scale sees d3-interpolate with `interpolate` replaced by its own `interpolateNumber`, which
 * is what the generic one returns for two numbers, so every position is the same (the bundle test
 * draws every attribute through the bundles). The npm modules import d3-interpolate as it is.
 */
const numericInterpolate = {
  name: 'numeric-d3-interpolate',
  resolveId: (source, importer) => (source === 'd3-interpolate' && importer?.includes('/d3-scale/') ? '\0numeric-d3-interpolate' : null),
  load: (id) =>
    id === '\0numeric-d3-interpolate'
      ? `export * from '${interpolateSource}/index.js';
         export {default as interpolate} from '${interpolateSource}/number.js';`
      : null,
};

/**
 * The bundles load the export module (SVG and PNG downloads, `dist/export/download.js`) from
 * `tiv-charts.export.js` beside themselves, resolved against their own URL, rather than with the
 * npm modules' plain dynamic import: that import would put the module inside a bundle (a classic
 * script cannot be split), where it would cost every page the bytes only a download needs.
 */
const exportModuleBesideTheBundle = {
  name: 'export-module-beside-the-bundle',
  resolveId: (source, importer) =>
    source === '../elements/export-loader.js' && importer?.endsWith('/dist/controllers/downloads.js') ? join(dirname(importer), '../elements/export-loader.bundle.js') : null,
  // The classic script's own URL: the <script> running while the bundle loads, which is when
  // export-loader.bundle.js reads it (`document.currentScript` is null afterwards, and in a
  // shadow root: then the page's URL, and the module is looked for beside the page).
  resolveImportMeta: (property, {format}) => (property === 'url' && format === 'iife' ? '(document.currentScript?.src || document.baseURI)' : null),
};

const plugins = (module) => [
  privateNamesInStrings,
  numericInterpolate,
  // Whitespace out of the css`` templates. The html`` and svg`` templates are kept as they are:
  // a server-rendered chart (tiv-charts/ssr.js, from the npm modules) is taken over only when
  // the bundle's templates are the same text (Lit's hydration compares a digest of each).
  minifyHTML({options: {shouldMinify: () => false}}),
  nodeResolve({exportConditions: ['production', 'browser', 'module', 'import', 'default']}),
  // module: false for the IIFE keeps its top-level `var TivCharts`.
  terser({
    ecma: 2021,
    module,
    // reduce_funcs: false keeps single-use functions where they are declared instead of inlining
    // them at their call site, which gzip compresses better. No `unsafe_*` transforms: they
    // assume things about the bundled code (d3's, Lit's) that nothing checks.
    compress: {passes: 3, reduce_funcs: false},
    // Only private names are mangled (see PRIVATE). `builtins` stays at its default (false):
    // terser then never renames a name that a DOM or JavaScript built-in object has, even one
    // that starts with `_`.
    mangle: {properties: {regex: PRIVATE}},
    // ASCII only (\u escapes): a page or server that names no charset reads a script as
    // windows-1252, which would turn the ratio's × into Ã—. wrap_iife puts the script-tag
    // bundle's outer function in parentheses, which V8 takes as "called at once": it is compiled
    // on the thread that streams the script in, not on the main thread when it runs (evaluating
    // the library took 1.6 to 3.4 ms less in four cold comparisons; bench/README.md, sixth pass).
    format: {comments: false, ascii_only: true, wrap_iife: true},
  }),
];

export default [
  {
    input: 'dist/bundle.js',
    output: {file: 'dist/tiv-charts.bundle.js', format: 'es', sourcemap: false},
    plugins: [exportModuleBesideTheBundle, ...plugins(true)],
  },
  {
    input: 'dist/bundle.js',
    output: {file: 'dist/tiv-charts.min.js', format: 'iife', name: 'TivCharts', sourcemap: false},
    plugins: [exportModuleBesideTheBundle, ...plugins(false)],
  },
  {
    // The export module both bundles load when a reader asks for an SVG or PNG: an ES module, with
    // nothing of Lit or d3 in it (it talks to the element through the DOM and plain objects).
    input: 'dist/export/download.js',
    output: {file: 'dist/tiv-charts.export.js', format: 'es', sourcemap: false},
    plugins: plugins(true),
  },
];
