// `npm run size`: prints the gzipped sizes of the bundles, of app bundles made from the npm entry
// points, and of the dependencies alone (Lit and the d3 functions the library imports, read from
// the modules `tsc` wrote to dist/). Exits 1 when the script-tag bundle, with both elements, every
// feature, Lit and d3 inside, is over its ceiling of 45 KB gzipped. The ceiling is a limit, not a
// target: below it, readable code wins over bytes.
import {readFileSync, readdirSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const CEILING = 45 * 1024;

const root = new URL('..', import.meta.url).pathname;
const gzipped = (code) => gzipSync(code, {level: 9}).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Sizes of minified code: `gzipped` as served, `minified` for comparisons gzip could blur. */
const sizes = (code) => ({gzipped: gzipped(code), minified: code.length});

/** Sizes of an app bundle (minified, tree-shaken) made from the module text `code`. */
async function app(code) {
  const bundle = await rollup({
    input: 'entry',
    // d3-interpolate's value.js and its array/object interpolators import each other: harmless, and not ours.
    onwarn: (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && !(warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('/node_modules/'))) && warn(warning),
    plugins: [
      {name: 'entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? code : null)},
      nodeResolve({rootDir: root, exportConditions: ['production', 'browser', 'module', 'import', 'default']}),
      terser({compress: {passes: 3}}),
    ],
  });
  const {output} = await bundle.generate({format: 'es'});
  return sizes(output[0].code);
}

/** The JavaScript modules `tsc` wrote to dist/ (not the bundles), as paths below it. */
function compiledModules(dir = 'dist') {
  return readdirSync(root + dir, {withFileTypes: true}).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return compiledModules(path);
    // The server renderer (ssr.js, ssr/) runs in Node only: no page loads it.
    return entry.name.endsWith('.js') && !entry.name.startsWith('tiv-charts.') && !/^dist\/ssr\b/.test(path) ? [path] : [];
  });
}

/** What the library imports from each package of Lit or d3: module specifier → imported names. */
function dependencyImports() {
  const imports = new Map();
  const statement = /import\s*\{([^}]*)\}\s*from\s*['"]((?:lit|@lit\/|d3-)[^'"]*)['"]/g;
  for (const file of compiledModules()) {
    for (const [, names, specifier] of readFileSync(root + file, 'utf8').matchAll(statement)) {
      const set = imports.get(specifier) ?? new Set();
      for (const name of names.split(',')) if (name.trim()) set.add(name.trim().split(/\s+as\s+/)[0]);
      imports.set(specifier, set);
    }
  }
  return new Map([...imports].sort(([a], [b]) => a.localeCompare(b)));
}

const reexport = (specifier, names) => `export {${[...names].join(', ')}} from '${specifier}';`;

const imports = dependencyImports();
const rows = [
  ['dist/tiv-charts.min.js (script tag: both elements, Lit and d3)', sizes(readFileSync(root + 'dist/tiv-charts.min.js', 'utf8'))],
  ['dist/tiv-charts.bundle.js (ES module: the same)', sizes(readFileSync(root + 'dist/tiv-charts.bundle.js', 'utf8'))],
  ['app importing tiv-charts/tiv-trend.js', await app(`import '${root}dist/tiv-trend.js';`)],
  ['app importing tiv-charts/spend-compare.js', await app(`import '${root}dist/spend-compare.js';`)],
  ['app importing tiv-charts (everything)', await app(`import '${root}dist/index.js';`)],
  ['dependencies alone (Lit and every d3 function used)', await app([...imports].map(([specifier, names]) => reexport(specifier, names)).join('\n'))],
];
// Each package alone: Lit with its directive module, each d3 package with the functions used.
const packages = new Map();
for (const [specifier, names] of imports) {
  const name = specifier.startsWith('lit') ? 'lit' : specifier;
  packages.set(name, [...(packages.get(name) ?? []), [specifier, names]]);
}
for (const [name, entries] of packages) {
  const used = entries.flatMap(([, names]) => [...names]).join(', ');
  rows.push([`  ${name} (${used})`, await app(entries.map(([specifier, names]) => reexport(specifier, names)).join('\n'))]);
}
for (const [name, size] of rows) console.log(`${kb(size.gzipped).padStart(8)}  ${name}`);

const full = rows[0][1].gzipped;
// Tree-shaking is compared on the minified code: gzip of two nearly equal bundles can come out
// a few bytes either way.
const [trendOnly, compareOnly, everything] = rows.slice(2, 5).map((row) => row[1].minified);
let ok = true;
if (!(trendOnly < everything && compareOnly < everything)) {
  ok = false;
  console.error('tree-shaking: an app with one element is not smaller than one with both');
}
if (full > CEILING) {
  ok = false;
  console.error(`over the ceiling: tiv-charts.min.js is ${kb(full)} gzipped; the ceiling is ${kb(CEILING)}`);
} else {
  console.log(`tiv-charts.min.js is under the ${kb(CEILING)} ceiling (${kb(CEILING - full)} below it)`);
}
process.exit(ok ? 0 : 1);
