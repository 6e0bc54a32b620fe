// `node bench/profile.mjs [scenario]`: CPU profile of tiv-charts in one benchmark scenario
// ("first-line" 100k line, "ten", "column", "million"); prints the functions with the most self time.
import {createServer} from 'node:http';
import {readFileSync, existsSync} from 'node:fs';
import {extname, join} from 'node:path';
import puppeteer from 'puppeteer-core';

const root = new URL('..', import.meta.url).pathname;
const which = process.argv[2] ?? 'ten';
const types = {'.js': 'text/javascript', '.html': 'text/html'};
const server = createServer((req, res) => {
  const path = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!path.startsWith(root) || !existsSync(path)) return res.writeHead(404).end();
  res.writeHead(200, {'content-type': types[extname(path)] ?? 'application/octet-stream'});
  res.end(readFileSync(path));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu'],
});
const page = await browser.newPage();
await page.setViewport({width: 1200, height: 900});
await page.goto(`http://127.0.0.1:${server.address().port}/bench/page.html?lib=tiv-charts`);
const csv = readFileSync(join(root, 'demo/data/tiv-russia-china.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').map(Number));
const tiv = csv.map(([year, value]) => ({year, value}));
const n = which === 'million' ? 1_000_000 : 100_000;
const spec = which === 'ten' || which === 'column' ? {kind: 'column', rows: tiv} : null;
const scenario = which === 'ten' ? 'ten charts' : 'first';
const run = () =>
  page.evaluate(
    async (scenario, spec, n) => {
      if (!spec) {
        let level = 100;
        spec = {kind: 'line', rows: Array.from({length: n}, (_, i) => ({year: i, value: (level += Math.random() - 0.5)}))};
      }
      const t0 = performance.now();
      const ms = await window.runScenario(scenario, spec);
      return [ms, performance.now() - t0];
    },
    scenario,
    spec,
    n
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
await browser.close();
server.close();
