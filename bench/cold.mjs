// `node bench/cold.mjs` (`npm run cold` in this folder): the first chart a reader sees. Each load
// is a new page in a fresh browser context (nothing cached, nothing compiled), made of the
// library's script tags and one chart (or ten), drawn once; Chromium traces it. Prints, per
// scenario and library, the median over the loads of the time from navigation start and from the
// start of the library's script evaluation to the end of the first frame that shows the chart
// (the main thread's commit of that frame), the main thread's script time from the call that
// draws to that frame, and the DOM nodes of one chart; then what the main thread did in the loads
// of tiv-charts (medians: script evaluation, style, layout, text measuring, fonts…). The libraries'
// loads take turns; beside each peer's ratio to tiv-charts is the 95% bootstrap interval of that
// ratio over the rounds of loads, which says whether a difference is beyond this run's noise. Run `npm run build` first (or pass `--build`).
// Options: `--runs=N` loads per library and scenario (default 7), `--lib=plot` (several as
// `--lib=plot,uplot`; tiv-charts always runs), `--case=column` (part of a scenario's title),
// `--before=PATH` (a `tiv-charts.min.js` built from an earlier commit, as "tiv-charts (before)"),
// `--write` (puts the tables into bench/README.md between the cold markers; a full run only).
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {cpus, loadavg, totalmem} from 'node:os';
import {dayRows, launch, readRows, root, serve, tivRows, walk} from './common.mjs';
import {breakdownTable, loadTimes, mainThreadSums} from './cold-trace.mjs';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const RUNS = Number(arg('runs') ?? 7);
/** The machine's load average (1 minute) as the run starts: on a shared machine it moves every figure. */
const loadAtStart = loadavg()[0];
const before = arg('before') && resolve(arg('before'));
if (before && !existsSync(before)) throw new Error(`--before: no file at ${before}`);
if (process.argv.includes('--build')) execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});

// The bundle as it is now, served from memory: a build during the run (another terminal) would
// change it under the loads.
const bundle = readFileSync(resolve(root, 'dist/tiv-charts.min.js'));

/** The script tags of each library, in order (as bench/adapters.js loads them). */
const scripts = {
  'tiv-charts': ['/cold/tiv-charts.min.js'],
  'tiv-charts-before': ['/before/tiv-charts.min.js'],
  plot: ['/bench/node_modules/d3/dist/d3.min.js', '/bench/node_modules/@observablehq/plot/dist/plot.umd.min.js'],
  uplot: ['/bench/node_modules/uplot/dist/uPlot.iife.min.js'],
  'chart.js': ['/bench/node_modules/chart.js/dist/chart.umd.min.js'],
  highcharts: ['/bench/node_modules/highcharts/highcharts.js'],
};
const names = {'tiv-charts': 'tiv-charts', 'tiv-charts-before': 'tiv-charts (before)', plot: 'Observable Plot', uplot: 'uPlot', 'chart.js': 'Chart.js', highcharts: 'Highcharts'};
const ours = ['tiv-charts', ...(before ? ['tiv-charts-before'] : [])];
const peers = arg('lib') ? arg('lib').split(',').filter((l) => !ours.includes(l)) : ['plot', 'uplot', 'chart.js', 'highcharts'];
const libs = [...ours, ...peers];

const values = walk(100_000);
const scenarios = [
  {title: 'TIV column chart (30 columns)', spec: {kind: 'column', rows: tivRows()}, count: 1},
  {title: 'spending, two lines (29 years)', spec: {kind: 'lines', rows: readRows('demo/data/milex-china-russia.csv'), keys: ['china', 'russia']}, count: 1},
  {title: 'ten TIV charts on one page', spec: {kind: 'column', rows: tivRows()}, count: 10},
  {title: '100,000-point line', spec: {kind: 'line', rows: values.map((value, year) => ({year, value}))}, count: 1, only: [...ours, 'plot', 'uplot']},
  // The same values on consecutive days with ISO 8601 strings as x, as a CSV gives them.
  {title: '100,000-point line, ISO dates', spec: {kind: 'line', rows: dayRows(values)}, count: 1, only: ours},
].filter((s) => !arg('case') || s.title.includes(arg('case')));

/**
 * A reader's page: the data (as a page's own script would hold them), a mark, the library's
 * script tags, then the call that draws, between two marks.
 */
let current;
function page(url) {
  if (url.pathname === '/cold/tiv-charts.min.js') return {type: 'text/javascript', body: bundle};
  if (url.pathname !== '/cold') return undefined;
  const lib = url.searchParams.get('lib');
  const css = lib === 'uplot' ? '<link rel="stylesheet" href="/bench/node_modules/uplot/dist/uPlot.min.css">' : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cold</title>${css}
<style>body { margin: 0; font-family: sans-serif; } main { width: 640px; } .c { width: 640px; height: 360px; }</style></head>
<body><main id="root"></main>
<script>window.__spec = ${JSON.stringify(current.spec)}; performance.mark('script-start');</script>
${scripts[lib].map((src) => `<script src="${src}"></script>`).join('\n')}
<script src="/bench/adapters.js?lib=${lib}" data-loaded></script>
<script>
  performance.mark('draw');
  window.__done = drawCharts(window.__spec, ${current.count}).then(() => {
    performance.mark('drawn');
    // The DOM of the first frame with the chart (tiv-charts builds its hidden table a frame later).
    window.__nodesDrawn = countNodes();
  });
</script>
</body></html>`;
}

const server = await serve({before, pages: page});
const browser = await launch(['--disable-background-networking'], {protocolTimeout: 600_000});
const version = await browser.version();
const base = `http://127.0.0.1:${server.address().port}/cold`;

/** One load of `lib`'s page in a fresh context: its times, DOM nodes and trace events. */
async function load(lib) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.setViewport({width: 1200, height: 900});
    // Text measured by canvas (every library here measures with it): time and calls.
    await tab.evaluateOnNewDocument(() => {
      window.__measure = {ms: 0, calls: 0};
      for (const C of [globalThis.CanvasRenderingContext2D, globalThis.OffscreenCanvasRenderingContext2D]) {
        const measure = C?.prototype.measureText;
        if (!measure) continue;
        C.prototype.measureText = function (text) {
          const t = performance.now();
          try {
            return measure.call(this, text);
          } finally {
            window.__measure.ms += performance.now() - t;
            window.__measure.calls++;
          }
        };
      }
    });
    await tab.tracing.start({categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'disabled-by-default-v8.compile', 'fonts']});
    await tab.goto(`${base}?lib=${lib}`);
    const page = await tab.evaluate(async () => {
      const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('not drawn within 60 s')), 60_000));
      await Promise.race([window.__done, timeout]);
      // Two frames later the first frame with the chart is long committed.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))));
      const marks = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]));
      return {marks, nodesDrawn: window.__nodesDrawn, nodes: window.countNodes(), measure: window.__measure, fonts: document.fonts.status};
    });
    const trace = JSON.parse(Buffer.from(await tab.tracing.stop()).toString());
    return {...loadTimes(trace.traceEvents, page, scripts[lib]), page, events: trace.traceEvents};
  } finally {
    await context.close();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
/** The main thread's work in each load of our builds, by scenario and build (the article charts and ten charts). */
const sums = {};
for (const scenario of scenarios) {
  current = scenario;
  const active = libs.filter((l) => !scenario.only || scenario.only.includes(l));
  const loads = Object.fromEntries(active.map((l) => [l, []]));
  // One load more than counted: the first round warms the machine (the browser's own caches of
  // the process, not the page's: every load is a fresh context).
  for (let i = 0; i <= RUNS; i++) {
    for (let k = 0; k < active.length; k++) {
      const lib = active[(i + k) % active.length];
      let result;
      try {
        result = await load(lib);
      } catch (e) {
        console.log(`\n${scenario.title}, ${lib}: ${String(e.message).split('\n')[0]}`);
        continue;
      }
      if (i === 0) continue;
      result.round = i;
      if (ours.includes(lib) && scenarios.indexOf(scenario) < 3) (sums[`${scenario.title}|${lib}`] ??= []).push(mainThreadSums(result));
      delete result.events;
      loads[lib].push(result);
    }
    process.stdout.write('.');
  }
  results[scenario.title] = Object.fromEntries(
    active.map((lib) => {
      const runs = loads[lib];
      if (!runs.length) return [lib, undefined];
      const m = (key) => median(runs.map((r) => r[key]));
      return [lib, {runs, fromNav: m('fromNav'), fromScript: m('fromScript'), drawToPaint: m('drawToPaint'), drawScript: m('drawScript'), drawCpu: m('drawCpu'), drawCompile: m('drawCompile'), nodes: runs[0].page.nodes, nodesDrawn: runs[0].page.nodesDrawn}];
    })
  );
  // Each scenario as it ends (a long run can be read while it goes on).
  console.log(`\n${scenario.title}: ${active.map((l) => `${l} ${results[scenario.title][l]?.fromScript.toFixed(0)} ms from script, ${results[scenario.title][l]?.drawScript.toFixed(0)} ms script from draw, ${results[scenario.title][l]?.drawCpu.toFixed(0)} ms main-thread CPU from draw (${results[scenario.title][l]?.drawCompile.toFixed(0)} ms of it compiling functions on first call)`).join('; ')}`);
}
await browser.close();
server.close();

const ms = (v) => (typeof v === 'number' ? v.toFixed(0) : 'n/a');

/** A seeded generator of numbers in [0, 1) (mulberry32), so that a run's intervals can be repeated from its loads. */
function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * How far the ratio of two libraries' medians moves with the machine's noise: a bootstrap over the
 * rounds of loads (each round loads every library once, in turns, so a round is resampled whole and
 * the pairs keep what the machine was doing then), 2,000 resamples. Returns the 2.5th and 97.5th
 * percentiles of `median(theirs) / median(ours)`, or undefined with fewer than five shared rounds.
 * An interval that holds 1.00 is a tie at this run's precision.
 */
function ratioInterval(theirs, ours, key) {
  const mine = new Map(ours.map((r) => [r.round, r[key]]));
  const pairs = theirs.filter((r) => mine.has(r.round)).map((r) => [r[key], mine.get(r.round)]);
  if (pairs.length < 5) return undefined;
  const random = seeded(1);
  const ratios = [];
  for (let b = 0; b < 2000; b++) {
    const sample = pairs.map(() => pairs[Math.floor(random() * pairs.length)]);
    ratios.push(median(sample.map((p) => p[0])) / median(sample.map((p) => p[1])));
  }
  ratios.sort((a, b) => a - b);
  return [ratios[Math.floor(ratios.length * 0.025)], ratios[Math.floor(ratios.length * 0.975)]];
}

const ratio = (v, b) => (typeof v === 'number' && b > 0 ? ` (${(v / b).toFixed(2)}×)` : '');
/** A peer's median, its ratio to ours and, for a peer, the bootstrap interval of that ratio. */
function cell(title, lib, key) {
  const result = results[title][lib];
  const mine = results[title]['tiv-charts'];
  if (!result) return 'n/a';
  const interval = lib !== 'tiv-charts' && mine ? ratioInterval(result.runs, mine.runs, key) : undefined;
  if (!interval) return ms(result[key]) + ratio(result[key], mine?.[key]);
  return `${ms(result[key])} (${(result[key] / mine[key]).toFixed(2)}×, ${interval[0].toFixed(2)}–${interval[1].toFixed(2)})`;
}
const tables = [];
const measured = [
  ['from navigation start', 'fromNav'],
  ['from the start of the script’s evaluation', 'fromScript'],
];
for (const [what, key] of measured) {
  tables.push(
    `| Cold, ms to the first frame with the chart, ${what} (median of ${RUNS} loads; ratio to tiv-charts, and the 95% bootstrap interval of that ratio) | ${libs.map((l) => names[l]).join(' | ')} |`,
    `| --- | ${libs.map(() => '---').join(' | ')} |`,
    ...scenarios.map(({title}) => `| ${title} | ${libs.map((l) => cell(title, l, key)).join(' | ')} |`),
    ''
  );
}
tables.push(
  `| From the call that draws to that frame, ms: elapsed / main thread's script with garbage collection | ${libs.map((l) => names[l]).join(' | ')} |`,
  `| --- | ${libs.map(() => '---').join(' | ')} |`,
  ...scenarios.map(({title}) => `| ${title} | ${libs.map((l) => (results[title][l] ? `${ms(results[title][l].drawToPaint)} / ${ms(results[title][l].drawScript)}` : 'n/a')).join(' | ')} |`),
  ...scenarios.map(({title}) => `| ${title}: main thread's CPU / of it, V8 compiling functions on their first call | ${libs.map((l) => (results[title][l] ? `${ms(results[title][l].drawCpu)} / ${ms(results[title][l].drawCompile)}` : 'n/a')).join(' | ')} |`),
  // What each of the nine further charts costs once the code is compiled and warm: ten charts'
  // CPU less one chart's, over nine (both from this run).
  ...(results['TIV column chart (30 columns)'] && results['ten TIV charts on one page']
    ? [`| ten TIV charts: main thread's CPU per chart after the first, (ten − one column chart) / 9 | ${libs.map((l) => {
        const one = results['TIV column chart (30 columns)'][l]?.drawCpu;
        const ten = results['ten TIV charts on one page'][l]?.drawCpu;
        return one !== undefined && ten !== undefined ? ((ten - one) / 9).toFixed(1) : 'n/a';
      }).join(' | ')} |`]
    : []),
  ...[
    ['in the first frame with it', 'nodesDrawn'],
    ['two frames later (tiv-charts: with the hidden table)', 'nodes'],
  ].map(([when, key]) => `| DOM nodes of the ${scenarios[0].title} ${when}: all nodes / elements (through shadow roots) | ${libs.map((l) => {
    const n = results[scenarios[0].title]?.[l]?.[key];
    return n ? `${n.all} / ${n.elements}` : 'n/a';
  }).join(' | ')} |`),
  ''
);
const oneDecimal = (average) => average.toFixed(1);
const machine = `${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${version}; load average (1 minute) ${oneDecimal(loadAtStart)} at the start, ${oneDecimal(loadavg()[0])} at the end`;
tables.push(`Measured ${machine}.${before ? ' tiv-charts (before) is an earlier build, loaded in turns with the current one.' : ''}`);
const report = [tables.join('\n')];
for (const {title} of scenarios.slice(0, 3)) {
  const columns = ours.filter((lib) => sums[`${title}|${lib}`]).map((lib) => [names[lib], sums[`${title}|${lib}`]]);
  if (columns.length) report.push(`\n${title}:\n\n${breakdownTable(columns)}`);
}
const text = report.join('\n');
console.log('\n' + text);
if (process.argv.includes('--write') && !arg('lib') && !arg('case')) {
  const readme = resolve(root, 'bench/README.md');
  const old = readFileSync(readme, 'utf8');
  writeFileSync(readme, old.replace(/<!-- cold:start -->[\s\S]*<!-- cold:end -->/, () => `<!-- cold:start -->\n${text}\n<!-- cold:end -->`));
}
