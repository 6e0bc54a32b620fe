// `node bench/profile.mjs [scenario]`: CPU profile of tiv-charts in one benchmark scenario
// ("line" 100k line, "iso" the same with ISO date strings as x, "million", "ten", "column",
// "lines"); prints the functions with the most self
// time, and the hottest source lines (useful with a bundle built without minification).
// `BEFORE=PATH LIB=tiv-charts-before` profiles a `tiv-charts.min.js` built from an earlier commit.
import {launch, readRows, serve, tivRows} from './common.mjs';

const which = process.argv[2] ?? 'ten';
const server = await serve({before: process.env.BEFORE});
const browser = await launch();
const page = await browser.newPage();
await page.setViewport({width: 1200, height: 900});
await page.goto(`http://127.0.0.1:${server.address().port}/bench/page.html?lib=${process.env.LIB ?? 'tiv-charts'}`);
const tiv = tivRows();
const n = which === 'million' ? 1_000_000 : 100_000;
const spec =
  which === 'ten' || which === 'column'
    ? {kind: 'column', rows: tiv}
    : which === 'lines'
      ? {kind: 'lines', rows: readRows('demo/data/milex-china-russia.csv'), keys: ['china', 'russia']}
      : null;
const scenario = which === 'ten' ? 'ten charts' : 'first';
const run = () =>
  page.evaluate(
    async (scenario, spec, n, iso) => {
      if (!spec) {
        let level = 100;
        // ISO dates: consecutive days from 1800-01-01, as bench/common.mjs's dayRows().
        const x = iso ? (i) => new Date(Date.UTC(1800, 0, 1 + i)).toISOString().slice(0, 10) : (i) => i;
        spec = {kind: 'line', rows: Array.from({length: n}, (_, i) => ({year: x(i), value: (level += Math.random() - 0.5)}))};
      }
      const t0 = performance.now();
      const ms = await window.runScenario(scenario, spec);
      return [ms, performance.now() - t0];
    },
    scenario,
    spec,
    n,
    which === 'iso'
  );
for (let i = 0; i < 3; i++) console.log('warm', await run());
const cdp = await page.createCDPSession();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', {interval: 100});
await cdp.send('Profiler.start');
const times = [];
for (let i = 0; i < 5; i++) times.push(await run());
const {profile} = await cdp.send('Profiler.stop');
console.log('runs', times.map((t) => t[0].toFixed(1)).join(' '));
const self = new Map();
const dt = new Map();
profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
for (const node of profile.nodes) {
  const f = node.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0) / 1000);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log('total sampled ms', total.toFixed(0));
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(v.toFixed(1).padStart(8), k);
// Hottest source lines (sample counts), for a bundle built without minification.
const lines = new Map();
for (const node of profile.nodes) {
  for (const {line, ticks} of node.positionTicks ?? []) {
    const key = `${node.callFrame.url.split('/').pop()}:${line} ${node.callFrame.functionName}`;
    lines.set(key, (lines.get(key) ?? 0) + ticks);
  }
}
console.log('hottest lines (samples)');
for (const [k, v] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(String(v).padStart(8), k);
await browser.close();
server.close();
