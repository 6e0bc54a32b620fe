// `npm run bench`: builds tiv-charts, then times the same charts drawn by tiv-charts, Chart.js,
// Observable Plot, Highcharts, Frappe Charts and uPlot in headless Chromium, and prints medians
// over 15 runs (after one warm-up; the heap over 5) with each figure's ratio to tiv-charts, plus gzipped sizes.
// The libraries' runs of a small scenario take turns.
// `--write` puts the table into bench/README.md. `--no-build` skips the library build.
// `--lib=tiv-charts` and `--case=heap` (part of a row title) run a part, and cannot be written.
// `--runs=31` times 31 runs instead of 15. `--before=PATH` also times a `tiv-charts.min.js` built
// from an earlier commit, as the library "tiv-charts (before)", taking turns with the current build
// in every scenario, and lists the scenarios where the current build is more than 10 % slower.
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {cpus, totalmem} from 'node:os';
import {gzipSync} from 'node:zlib';
import {dayRows, launch, readRows, root, serve, tivRows} from './common.mjs';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
// `--runs=N`: more runs steady the medians of a noisy machine (a run of 15 can vary by 30 %).
const RUNS = Number(arg('runs') ?? 15);
const HEAP_RUNS = 5;
const before = arg('before') && resolve(arg('before'));
if (before && !existsSync(before)) throw new Error(`--before: no file at ${before}`);
if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});

const tiv = tivRows();
const milex = readRows('demo/data/milex-china-russia.csv');
let seed = 42;
const rand = () => ((seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296);
let level = 100;
const big = Array.from({length: 100_000}, (_, i) => ({year: i, value: (level += rand() - 0.5)}));
const next = tiv.map((r) => ({year: r.year, value: Math.round(r.value * (0.5 + rand()))}));

const scenarios = [
  ['TIV column chart (30 columns)', 'first', {kind: 'column', rows: tiv}],
  ['spending, two lines (29 years)', 'first', {kind: 'lines', rows: milex, keys: ['china', 'russia']}],
  ['ten TIV charts on one page', 'ten charts', {kind: 'column', rows: tiv}],
  ['100,000-point line', 'first', {kind: 'line', rows: big}],
  // The same values on consecutive days, x as ISO 8601 strings ("1800-01-01"): our own date reading.
  ['100,000-point line, ISO dates', 'first', {kind: 'line', rows: dayRows(big.map((r) => r.value)), tivOnly: true}],
  ['update of a drawn 30-column chart', 'update', {kind: 'column', rows: tiv, next}],
  ['JS heap after 1,000 create/remove (KB)', 'heap', {kind: 'column', rows: tiv}],
];
// The earlier build counts as tiv-charts for `--lib`.
const ours = ['tiv-charts', ...(before ? ['tiv-charts-before'] : [])];
const libs = [...ours, 'chart.js', 'plot', 'highcharts', 'frappe', 'uplot'].filter((l) => !arg('lib') || l === arg('lib') || (arg('lib') === 'tiv-charts' && ours.includes(l)));
const lineOnly = new Set(['uplot']);

const files = {
  'tiv-charts': ['dist/tiv-charts.min.js'],
  'tiv-charts-before': [before],
  'chart.js': ['bench/node_modules/chart.js/dist/chart.umd.min.js'],
  plot: ['bench/node_modules/@observablehq/plot/dist/plot.umd.min.js', 'bench/node_modules/d3/dist/d3.min.js'],
  highcharts: ['bench/node_modules/highcharts/highcharts.js'],
  frappe: ['bench/node_modules/frappe-charts/dist/frappe-charts.min.umd.js'],
  uplot: ['bench/node_modules/uplot/dist/uPlot.iife.min.js'],
};
const sizes = Object.fromEntries(libs.map((l) => [l, files[l].reduce((n, f) => n + gzipSync(readFileSync(resolve(root, f)), {level: 9}).length, 0)]));

const server = await serve({before});
const browser = await launch(['--disable-background-networking', '--js-flags=--expose-gc', '--enable-precise-memory-info']);
const version = await browser.version();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const results = Object.fromEntries(libs.map((lib) => [lib, {}]));
for (const [title, name, spec] of scenarios) {
  if (arg('case') && !title.includes(arg('case'))) continue;
  const runs = {};
  const active = libs.filter((lib) => (spec.tivOnly ? ours.includes(lib) : !(lineOnly.has(lib) && spec.kind === 'column')));
  // The runs of the libraries take turns (round i starts with a different library each time), so
  // that a slow spell of the machine, which can last seconds on a shared virtual machine, falls on
  // every library alike instead of on the one that happened to run then. Not for the 100,000-point
  // line and the heap: there a page that holds a big chart (Frappe's has 100,000 elements) slows
  // the others, so each library runs alone; only the two builds of tiv-charts take turns there too,
  // so that the ratio of before to after is measured in the same spells of the machine.
  const alone = name === 'heap' || spec.kind === 'line';
  const groups = alone ? [active.filter((lib) => ours.includes(lib)), ...active.filter((lib) => !ours.includes(lib)).map((lib) => [lib])].filter((g) => g.length) : [active];
  for (const group of groups) {
    const pages = {};
    for (const lib of group) {
      // A context of its own per library and scenario: its own renderer process and JS heap, so
      // that no other page's garbage counts in the heap figures.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({width: 1200, height: 900});
      await page.goto(`http://127.0.0.1:${server.address().port}/bench/page.html?lib=${lib}`);
      const once = async () => {
        // The data are handed over first, so that copying them into the page (and collecting the
        // garbage that makes) is not timed.
        await page.evaluate((s) => (window.__spec = s), spec);
        // The page that runs is the one in front: Chromium gives the renderers of pages behind it a
        // lower priority, which on a busy machine made the page opened last (the one in front) up
        // to 30 % faster than the same build in a page opened before it.
        await page.bringToFront();
        return Promise.race([page.evaluate((n) => window.runScenario(n, window.__spec), name), new Promise((r) => setTimeout(() => r(NaN), name === 'heap' ? 120_000 : 30_000))]);
      };
      pages[lib] = {context, once};
    }
    const rounds = name === 'heap' ? HEAP_RUNS : RUNS + 1;
    for (let i = 0; i < rounds; i++) {
      for (let k = 0; k < group.length; k++) {
        const lib = group[(i + k) % group.length];
        if (results[lib][title] !== undefined) continue;
        try {
          const ms = await pages[lib].once();
          if (Number.isNaN(ms)) results[lib][title] = 'timeout';
          // The first run warms up; the heap's first run counts (each starts with its own warm-up).
          else if (i > 0 || name === 'heap') (runs[lib] ??= []).push(ms);
        } catch (e) {
          results[lib][title] = `error: ${String(e.message).split('\n')[0].slice(0, 60)}`;
        }
      }
    }
    for (const lib of group) {
      results[lib][title] ??= median(runs[lib]);
      await pages[lib].context.close();
    }
    process.stdout.write('.');
  }
}
await browser.close();
server.close();

const fmt = (v, base) => {
  if (typeof v !== 'number') return v ?? 'n/a';
  const ratio = typeof base === 'number' && base > 0 ? ` (${(v / base).toFixed(1)}×)` : '';
  return `${v.toFixed(1)}${ratio}`;
};
const names = {'tiv-charts': 'tiv-charts', 'tiv-charts-before': 'tiv-charts (before)', 'chart.js': 'Chart.js', plot: 'Observable Plot', highcharts: 'Highcharts', frappe: 'Frappe Charts', uplot: 'uPlot'};
const lines = [
  `| Median of ${RUNS} runs, ms (ratio to tiv-charts) | ${libs.map((l) => names[l]).join(' | ')} |`,
  `| --- | ${libs.map(() => '---').join(' | ')} |`,
  ...scenarios.map(([title]) => `| ${title} | ${libs.map((l) => fmt(results[l][title], results['tiv-charts'][title])).join(' | ')} |`),
  `| Minified + gzipped size, KB | ${libs.map((l) => fmt(sizes[l] / 1024, sizes['tiv-charts'] / 1024)).join(' | ')} |`,
];
const machine = `${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${version}`;
// The commit the earlier build was made from, when it lies in a git checkout.
const beforeCommit = () => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {cwd: dirname(before), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
  } catch {
    return 'an earlier commit';
  }
};
const notes = [
  `Measured ${machine}.`,
  before && `tiv-charts (before): built from ${beforeCommit()}, timed in the same run.`,
  `Heap: growth after garbage collection, median of ${HEAP_RUNS} runs. Observable Plot's size includes d3. uPlot draws lines only; the ISO-date line is drawn by tiv-charts only.`,
];
const table = `${lines.join('\n')}\n\n${notes.filter(Boolean).join(' ')}`;
console.log('\n' + table);
if (before) {
  // Issue 13's bar: no scenario more than 10 % slower than before, in the same run (the heap is
  // no time: it is shown, not judged).
  const slower = scenarios
    .filter(([, name]) => name !== 'heap')
    .map(([title]) => [title, results['tiv-charts'][title] / results['tiv-charts-before'][title]])
    .filter(([, ratio]) => ratio > 1.1)
    .map(([title, ratio]) => `${title} (${ratio.toFixed(2)}×)`);
  console.log(`\nMore than 10 % slower than before: ${slower.join(', ') || 'none'}.`);
}
if (process.argv.includes('--write') && !arg('lib') && !arg('case')) {
  const readme = resolve(root, 'bench/README.md');
  const text = readFileSync(readme, 'utf8').replace(/<!-- results:start -->[\s\S]*<!-- results:end -->/, () => `<!-- results:start -->\n${table}\n<!-- results:end -->`);
  writeFileSync(readme, text);
}
