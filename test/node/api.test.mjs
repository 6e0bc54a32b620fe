// The public API of the BUILT package (run `npm run build` first) is exactly the list in the
// README's "API: tiv-charts/core.js" section: a new export, or one dropped, is a deliberate change
// made in src/core.ts and in the README together.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';

const root = new URL('../../', import.meta.url);
const dist = (file) => new URL(`dist/${file}`, root);

/** The names listed in the README's API section: `[{name, type}]`, `type` true for a type-only export. */
function documentedNames() {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const section = readme.match(/^## API: `tiv-charts\/core\.js`\n([\s\S]*?)(?=^## )/m);
  assert.ok(section, 'the README has an "API: tiv-charts/core.js" section');
  return [...section[1].matchAll(/^- (type )?`([A-Za-z_$][\w$]*)/gm)].map((m) => ({name: m[2], type: !!m[1]}));
}

/** Every name a declaration file exports, types included, as the TypeScript compiler sees it. */
function declaredExports(file) {
  const path = fileURLToPath(dist(file));
  const program = ts.createProgram([path], {module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true, skipLibCheck: true});
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(path));
  assert.ok(module, `${file} is a module`);
  return checker.getExportsOfModule(module).map((s) => s.name);
}

const sorted = (names) => [...names].sort();
/** What `tiv-charts` exports beside the core API. */
const ELEMENT_VALUES = ['TivTrend', 'SpendCompare', 'ChartElement'];
const ELEMENT_TYPES = ['ChartErrorDetail', 'ChartRenderDetail', 'ChartData', 'ChartState', 'DataRow', 'SeriesOption', 'AnnotationOption', 'DownloadFormat', 'DownloadList'];

test('public API: the README lists each name once', () => {
  const names = documentedNames().map((d) => d.name);
  assert.ok(names.length >= 20, `the list has ${names.length} names`);
  assert.deepEqual(names.filter((n, i) => names.indexOf(n) !== i), [], 'names listed twice');
});

test('public API: tiv-charts/core.js exports at run time exactly the functions and classes the README lists', async () => {
  const core = await import(dist('core.js').href);
  const documented = documentedNames().filter((d) => !d.type).map((d) => d.name);
  assert.deepEqual(sorted(Object.keys(core)), sorted(documented));
});

test('public API: tiv-charts/core.js declares exactly the names the README lists, types included', () => {
  assert.deepEqual(sorted(declaredExports('core.d.ts')), sorted(documentedNames().map((d) => d.name)));
});

test('public API: names marked "type" in the README are types only, the others are values', async () => {
  const core = await import(dist('core.js').href);
  for (const {name, type} of documentedNames()) assert.equal(name in core, !type, `${name} is ${type ? 'a type only' : 'a value'}`);
});

test('public API: tiv-charts exports the elements and the same core API', async () => {
  const index = await import(dist('index.js').href);
  const documented = documentedNames();
  assert.deepEqual(sorted(Object.keys(index)), sorted([...ELEMENT_VALUES, ...documented.filter((d) => !d.type).map((d) => d.name)]));
  assert.deepEqual(sorted(declaredExports('index.d.ts')), sorted([...ELEMENT_VALUES, ...ELEMENT_TYPES, ...documented.map((d) => d.name)]));
});

test('public API: internals are not exported from the public entries', async () => {
  const core = await import(dist('core.js').href);
  const internal = await import(dist('core/index.js').href);
  for (const name of ['lineVertices', 'minStep', 'datumAt', 'keptColumns', 'indexOfX', 'placeLabels', 'truncateText', 'timeTicks', 'xTicks', 'yDomain']) {
    assert.equal(name in core, false, `${name} is not public`);
  }
  // The internal barrel still has what the library needs.
  for (const name of ['positionsAt', 'datumPositions', 'nearestIndex', 'seriesDatumAt']) assert.equal(typeof internal[name], 'function', name);
});
