// `node bench/trace.mjs [column|lines|ten|line|iso|update]`: where the time goes in one benchmark
// scenario. Records a Chromium trace of 5 runs (after 3 warm-ups) and prints, per run, the time
// measured and the main thread's time by kind (script with the garbage collection inside it, style,
// layout, paint, garbage collection between scripts), so that rendering work outside JavaScript is
// seen too; then the medians. `iso` is the 100,000-point line with ISO date strings as x, and `line`
// the same values with numeric x. `LIB=plot` (a name from adapters.js)
// traces a peer; `VERBOSE=1` also lists the main thread's events of the third run. Run
// `npm run build` first. `BEFORE=PATH` (a `tiv-charts.min.js` built from an earlier commit, as
// `run.mjs --before=PATH`) traces that build too, after the current one, and prints both
// medians; `BEFORE=PATH LIB=tiv-charts-before` traces it alone.
import {dayRows, launch, readRows, serve, tivRows} from './common.mjs';

const which = process.argv[2] ?? 'column';
const before = process.env.BEFORE;
const libs = process.env.LIB ? [process.env.LIB] : before ? ['tiv-charts', 'tiv-charts-before'] : ['tiv-charts'];
const server = await serve({before});
const browser = await launch();
const tiv = tivRows();
const milex = readRows('demo/data/milex-china-russia.csv');
let level = 100;
const big = Array.from({length: 100_000}, (_, i) => ({year: i, value: (level += Math.sin(i) - 0.5)}));
const spec = {
  column: ['first', {kind: 'column', rows: tiv}],
  lines: ['first', {kind: 'lines', rows: milex, keys: ['china', 'russia']}],
  ten: ['ten charts', {kind: 'column', rows: tiv}],
  line: ['first', {kind: 'line', rows: big}],
  iso: ['first', {kind: 'line', rows: dayRows(big.map((r) => r.value))}],
  update: ['update', {kind: 'column', rows: tiv, next: tiv.map((r) => ({year: r.year, value: r.value * 2}))}],
}[which];
const medians = [];
for (const lib of libs) {
  if (libs.length > 1) console.log(lib);
  medians.push([lib, await traceRuns(lib)]);
}
await browser.close();
server.close();
if (libs.length > 1) {
  for (const [lib, m] of medians) console.log(`${lib}: ${m}`);
}

/** Traces 5 runs of the scenario drawn by `lib` in a page of its own; prints them, and returns the medians. */
async function traceRuns(lib) {
  const page = await browser.newPage();
  await page.setViewport({width: 1200, height: 900});
  await page.goto(`http://127.0.0.1:${server.address().port}/bench/page.html?lib=${lib}`);
  await page.evaluate((s) => (window.__spec = s), spec[1]);
  const run = () => page.evaluate((n) => window.runScenario(n, window.__spec), spec[0]);
  for (let i = 0; i < 3; i++) await run();
  await page.tracing.start({categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing']});
  const ms = [];
  for (let i = 0; i < 5; i++) {
    await page.evaluate((i) => performance.mark(`run${i}`), i);
    ms.push(await run());
    await page.evaluate((i) => performance.mark(`end${i}`), i);
  }
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
  await page.close();

  const events = trace.traceEvents;
  const mark = (name) => events.find((e) => e.name === name)?.ts;
  const kinds = {
    FunctionCall: 'script', EvaluateScript: 'script', TimerFire: 'script', FireAnimationFrame: 'script', 'v8.callFunction': 'script', RunMicrotasks: 'script', EventDispatch: 'script',
    UpdateLayoutTree: 'style', RecalculateStyles: 'style', Layout: 'layout', UpdateLayerTree: 'layers', PrePaint: 'paint', Paint: 'paint', 'Layerize': 'paint', Commit: 'paint',
    MinorGC: 'gc', MajorGC: 'gc', 'V8.GC_SCAVENGER': 'gc', 'V8.GC_MARK_COMPACTOR': 'gc', 'BlinkGC.AtomicPhase': 'gc',
    ResizeObserverLoop: 'observer', 'ParseHTML': 'parse',
  };
  const main = events.find((e) => e.name === 'run0')?.tid;
  const totals = [];
  const scripts = [];
  for (let i = 0; i < 5; i++) {
    const from = mark(`run${i}`);
    const to = mark(`end${i}`);
    const sums = {};
    for (const e of events) {
      if (e.ph !== 'X' || e.tid !== main || e.ts < from || e.ts > to || !kinds[e.name]) continue;
      // Only outermost events: a nested one (a GC inside a script, style inside a forced layout) is
      // part of its parent's time.
      const k = kinds[e.name];
      const parent = events.find((p) => p !== e && p.ph === 'X' && p.tid === main && kinds[p.name] && p.ts <= e.ts && p.ts + p.dur >= e.ts + e.dur);
      if (parent) continue;
      sums[k] = (sums[k] ?? 0) + e.dur / 1000;
    }
    console.log(`run ${i}: ${ms[i].toFixed(1)} ms measured;`, Object.entries(sums).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', '));
    totals.push(Object.values(sums).reduce((a, b) => a + b, 0));
    scripts.push((sums.script ?? 0) + (sums.gc ?? 0));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const medianLine = `median: ${median(ms).toFixed(1)} ms measured, main thread ${median(totals).toFixed(1)} ms, script with garbage collection ${median(scripts).toFixed(1)} ms`;
  console.log(medianLine);
  if (process.env.VERBOSE) {
    const from = mark('run2');
    const to = mark('end2');
    for (const e of events) {
      if (e.tid !== main || e.ts < from || e.ts > to || (e.ph !== 'X' && e.ph !== 'I' && e.ph !== 'R') || (e.dur ?? 0) < 200 && !['BeginMainThreadFrame', 'BeginFrame', 'Paint', 'ResizeObserverLoop', 'FireAnimationFrame'].includes(e.name)) continue;
      console.log(((e.ts - from) / 1000).toFixed(1).padStart(6), ((e.dur ?? 0) / 1000).toFixed(1).padStart(5), e.name, e.args?.data?.functionName ?? '');
    }
  }
  return medianLine;
}
