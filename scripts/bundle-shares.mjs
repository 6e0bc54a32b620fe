// `node scripts/bundle-shares.mjs` (after `npm run build`): what each candidate for loading on
// demand weighs in the script-tag bundle, measured as the gzipped bundle built with it less the
// same bundle built with the candidate's exports replaced by empty stubs (so whatever only the
// candidate used, d3 functions included, leaves with it). A measuring tool, not part of the build.
import {gzipSync} from 'node:zlib';
import {rollup} from 'rollup';
import {parseAst} from 'rollup/parseAst';
import configs from '../rollup.config.mjs';

const root = new URL('..', import.meta.url).pathname;
const classic = configs.find((c) => c.output.format === 'iife');

/** The names a module of dist/ exports. */
function exportNames(code) {
  const ast = parseAst(code);
  return ast.body.flatMap((node) => {
    if (node.type === 'ExportNamedDeclaration' && node.declaration) {
      const d = node.declaration;
      return d.declarations ? d.declarations.map((v) => v.id.name) : [d.id.name];
    }
    if (node.type === 'ExportNamedDeclaration') return node.specifiers.map((s) => s.exported.name);
    return [];
  });
}

/**
 * A plugin that gives each module of `stubs` (a path ending, of dist/ or of a package) empty
 * exports: each `export function` named in `names` is renamed out of the way (terser drops it
 * and all only it used) and an empty one exported in its place; '*' replaces the whole module.
 */
const stubbing = (stubs) => ({
  name: 'stubs',
  transform(code, id) {
    const stub = stubs.find(([path]) => id.endsWith(path));
    if (!stub) return null;
    const [, names] = stub;
    if (names === '*') return exportNames(code).map((n) => `export function ${n}() {}`).join('\n');
    let out = code;
    for (const n of names) {
      if (!out.includes(`export function ${n}(`)) this.error(`${id} has no export function ${n}`);
      out = out.replace(`export function ${n}(`, `function unused_${n}(`) + `\nexport function ${n}() {}`;
    }
    return out;
  },
});

async function gzippedBundle(stubs) {
  const bundle = await rollup({input: root + classic.input, plugins: [stubbing(stubs), ...classic.plugins], onwarn: () => {}});
  const {output} = await bundle.generate({...classic.output, file: undefined});
  return gzipSync(output[0].code, {level: 9}).length;
}

const candidates = {
  'data table (template, styles, CSV writer)': [
    ['dist/elements/templates/data-table.js', ['renderTable', 'csvHref']],
    ['dist/elements/table-styles.js', '*'],
  ],
  'attribute checks: messages': [['dist/elements/attribute-problems.js', ['attributeProblems']]],
  'summary (describeSeries and its words)': [['dist/core/summary.js', ['describeSeries']]],
  'CSV number forms (numbers.ts)': [['dist/core/data/numbers.js', '*']],
  'hydration support (@lit-labs/ssr-client)': [['@lit-labs/ssr-client/lit-element-hydrate-support.js', '*']],
  'ISO dates (iso-date.ts)': [['dist/core/iso-date.js', '*']],
  'log scale (log-scale.ts)': [['dist/core/layout/log-scale.js', '*']],
  'stacked marks (stacked.ts)': [['dist/core/layout/marks/stacked.js', '*']],
};

const only = process.argv[2];
const whole = await gzippedBundle([]);
console.log(`tiv-charts.min.js as built here: ${whole} bytes gzipped`);
for (const [name, stubs] of Object.entries(candidates)) {
  if (only && !name.includes(only)) continue;
  console.log(`${name}: ${whole - (await gzippedBundle(stubs))} bytes`);
}
if (!only) console.log(`all of them: ${whole - (await gzippedBundle(Object.values(candidates).flat()))} bytes`);
