import {createServer} from 'node:http';
import {readFileSync, existsSync} from 'node:fs';
import {extname, join} from 'node:path';
import puppeteer from 'puppeteer-core';
const root = new URL('..', import.meta.url).pathname;
const lib = process.argv[2] ?? 'tiv-charts';
const which = process.argv[3] ?? 'ten';
const types = {'.js': 'text/javascript', '.html': 'text/html'};
const server = createServer((req, res) => {
  const path = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!path.startsWith(root) || !existsSync(path)) return res.writeHead(404).end();
  res.writeHead(200, {'content-type': types[extname(path)] ?? 'application/octet-stream'});
  res.end(readFileSync(path));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await puppeteer.launch({executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new', '--disable-gpu']});
const page = await browser.newPage();
await page.setViewport({width: 1200, height: 900});
await page.goto(`http://127.0.0.1:${server.address().port}/bench/page.html?lib=${lib}`);
const csv = readFileSync(join(root, 'demo/data/tiv-russia-china.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').map(Number));
const tiv = csv.map(([year, value]) => ({year, value}));
const run = () => page.evaluate(async (spec, which, n) => {
  if (!spec) { let level = 100; spec = {kind: 'line', rows: Array.from({length: n}, (_, i) => ({year: i, value: (level += Math.random() - 0.5)}))}; }
  return window.runScenario(which === 'ten' ? 'ten charts' : 'first', spec);
}, which === 'line' ? null : {kind: 'column', rows: tiv}, which, which === 'million' ? 1e6 : 1e5);
for (let i = 0; i < 3; i++) await run();
await page.tracing.start({categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline']});
const ms = [];
for (let i = 0; i < 5; i++) ms.push(await run());
const buf = await page.tracing.stop();
const events = JSON.parse(Buffer.from(buf).toString("utf8")).traceEvents;
const sum = new Map();
for (const e of events) if (e.ph === 'X' && e.dur) sum.set(e.name, (sum.get(e.name) ?? 0) + e.dur / 1000 / 5);
console.log(lib, which, ms.map((m) => m.toFixed(1)).join(' '));
for (const [k, v] of [...sum].sort((a, b) => b[1] - a[1]).slice(0, 16)) console.log(v.toFixed(1).padStart(8), k);
await browser.close(); server.close();
