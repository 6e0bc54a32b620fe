// `node bench/profile-cold.mjs [column|lines|ten] [loads]`: where a cold load's script time goes.
// Builds tiv-charts' script-tag bundle without minification (names kept; into the system's temp
// folder, from `dist/bundle.js`: run `npm run build` first), loads a page with one chart (or ten) in
// a fresh browser context per load, as cold.mjs does, with V8's sampling profiler on from
// navigation until the frame after the chart is drawn, and prints the mean milliseconds per load
// by function: self time, then inclusive time. The profiler's 50 µs sampling slows the script
// about twofold: compare shares and before/after, not absolute times.
import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {launch, readRows, root, serve, tivRows} from './common.mjs';

const which = process.argv[2] ?? 'lines';
const LOADS = Number(process.argv[3] ?? 5);
const TOP = 40;

// The script-tag bundle as rollup.config.mjs makes it, without terser.
const file = join(tmpdir(), 'tiv-charts.profile.js');
const config = join(root, '.rollup-profile.mjs');
writeFileSync(
  config,
  `import configs from './rollup.config.mjs';
const c = configs.find((c) => c.output.format === 'iife');
export default {...c, output: {...c.output, file: ${JSON.stringify(file)}}, plugins: c.plugins.filter((p) => p.name !== 'terser')};`
);
try {
  execFileSync('npx', ['rollup', '-c', config, '--silent'], {cwd: root, stdio: 'inherit'});
} finally {
  execFileSync('rm', ['-f', config]);
}
const bundle = readFileSync(file);

const spec = which === 'lines' ? {kind: 'lines', rows: readRows('demo/data/milex-china-russia.csv'), keys: ['china', 'russia']} : {kind: 'column', rows: tivRows()};
const count = which === 'ten' ? 10 : 1;
const page = (url) => {
  if (url.pathname === '/cold/tiv-charts.js') return {type: 'text/javascript', body: bundle};
  if (url.pathname !== '/cold') return undefined;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cold</title>
<style>body { margin: 0; font-family: sans-serif; } main { width: 640px; }</style></head>
<body><main id="root"></main><script>window.__spec = ${JSON.stringify(spec)};</script>
<script src="/cold/tiv-charts.js"></script><script src="/bench/adapters.js?lib=tiv-charts" data-loaded></script>
<script>window.__done = drawCharts(window.__spec, ${count});</script></body></html>`;
};

const server = await serve({pages: page});
const browser = await launch();
const self = new Map();
const inclusive = new Map();
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms / LOADS);
for (let i = 0; i < LOADS; i++) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  const cdp = await tab.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', {interval: 50});
  await cdp.send('Profiler.start');
  await tab.goto(`http://127.0.0.1:${server.address().port}/cold?lib=tiv-charts`);
  await tab.evaluate(() => window.__done.then(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r)))));
  const {profile} = await cdp.send('Profiler.stop');
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((c) => [c, n.id])));
  const name = (id) => {
    const f = nodes.get(id).callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  };
  profile.samples.forEach((id, k) => {
    const ms = (profile.timeDeltas[k + 1] ?? 0) / 1000;
    if (['(idle)', '(program)', '(root)'].some((n) => name(id).startsWith(n))) return;
    add(self, name(id), ms);
    const stack = new Set();
    for (let a = id; a !== undefined; a = parents.get(a)) stack.add(name(a));
    for (const key of stack) if (!key.startsWith('(root)')) add(inclusive, key, ms);
  });
  await context.close();
}
const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(ms.toFixed(2).padStart(8), key);
};
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`${which}: ${LOADS} cold loads, ${total.toFixed(1)} ms of sampled script per load (profiler on)`);
print('self time, ms per load', self);
print('inclusive time, ms per load', inclusive);
await browser.close();
server.close();
