// `node bench/prof-update.mjs A.js [B.js …]`: CPU profile of 100 updates of a drawn 30-column chart
// (new values, as run.mjs's update scenario) for each given tiv-charts build (best an unminified
// one: `npx esbuild dist/bundle.js --bundle --format=iife --outfile=…`), the builds taking turns
// (ROUNDS rounds, 3 by default); prints each build's sampled script time per update and the
// functions with the most self time.
import {launch, serve, tivRows} from './common.mjs';

const builds = process.argv.slice(2);
const rounds = Number(process.env.ROUNDS ?? 3);
const browser = await launch();
const tiv = tivRows();
const next = tiv.map((r) => ({year: r.year, value: r.value * 2}));
const totals = builds.map(() => ({self: new Map(), sampled: 0, updates: 0}));
for (let round = 0; round < rounds; round++) {
  for (const [b, path] of builds.entries()) {
    const server = await serve({before: path});
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/bench/page.html?lib=tiv-charts-before`);
    // Drawn by the benchmark's adapter (adapters.js), as run.mjs draws it.
    await page.evaluate(async (rows) => {
      await window.drawCharts({kind: 'column', rows}, 1);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      window.__el = document.querySelector('#root tiv-trend');
    }, tiv);
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', {interval: 100});
    await cdp.send('Profiler.start');
    const n = 100;
    await page.evaluate(
      async (a, c, n) => {
        const el = window.__el;
        for (let i = 0; i < n; i++) {
          const drawn = new Promise((r) => el.addEventListener('chart-render', r, {once: true}));
          el.data = i % 2 ? a : c;
          await drawn;
          await new Promise((r) => setTimeout(r, 0));
        }
      },
      tiv,
      next,
      n
    );
    const {profile} = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const counts = new Map();
    for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
    const dt = (profile.endTime - profile.startTime) / profile.samples.length / 1000;
    const t = totals[b];
    t.updates += n;
    for (const [id, count] of counts) {
      const {callFrame} = byId.get(id);
      if (['(idle)', '(program)', '(root)'].includes(callFrame.functionName)) continue;
      const key = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.split('/').pop()}:${callFrame.lineNumber + 1}`;
      t.self.set(key, (t.self.get(key) ?? 0) + count * dt);
      t.sampled += count * dt;
    }
    await page.close();
    server.close();
  }
}
await browser.close();
for (const [b, path] of builds.entries()) {
  const t = totals[b];
  console.log(`\n${path}: sampled script ${(t.sampled / t.updates).toFixed(2)} ms per update`);
  for (const [key, ms] of [...t.self].sort((x, y) => y[1] - x[1]).slice(0, 25)) console.log(`${(ms / t.updates).toFixed(3).padStart(7)}  ${key}`);
}
