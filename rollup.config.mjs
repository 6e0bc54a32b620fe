// Builds the two self-contained bundles from the ES modules that `tsc` wrote to dist/.
// Lit and d3 are bundled in; Lit's production build is chosen (no dev-mode warning).
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

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

const plugins = (module) => [
  privateNamesInStrings,
  // Whitespace out of the html`` and css`` templates.
  minifyHTML(),
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
