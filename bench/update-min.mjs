// `node bench/update-min.mjs A.min.js [B.min.js …]`: the script time of an update of a drawn chart
// (new data set to its chart-render event, which follows in the same task), for each build, the
// builds taking turns (ROUNDS rounds of 60 updates each, 10 of them not counted); prints the
// minimum, the 10th percentile and the median per build. On a loaded machine the low percentiles
// are the code's cost with the least disturbance from other processes. CASE=column (default: the
// 30-column chart, new values), line (100,000 points, numeric x) or iso (the same with ISO date
// strings as x): the chart is given two data sets in turn.
import {dayRows, launch, serve, tivRows} from './common.mjs';

const builds = process.argv.slice(2);
const rounds = Number(process.env.ROUNDS ?? 5);
const browser = await launch();
const which = process.env.CASE ?? 'column';
const tiv = tivRows();
const values = (seed) => {
  let level = 100;
  return Array.from({length: 100_000}, (_, i) => (level += Math.sin(i * seed) - 0.5));
};
const [first, second] =
  which === 'column'
    ? [tiv, tiv.map((r) => ({year: r.year, value: r.value * 2}))]
    : [1, 1.1].map((seed) => (which === 'iso' ? dayRows(values(seed)) : values(seed).map((value, year) => ({year, value}))));
const updates = which === 'column' ? 60 : 20;
const times = builds.map(() => []);
for (let round = 0; round < rounds; round++) {
  for (const [b, path] of builds.entries()) {
    const server = await serve({before: path});
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/bench/page.html?lib=tiv-charts-before`);
    const ms = await page.evaluate(
      async (a, c, mark, updates) => {
        await window.drawCharts({kind: mark, rows: a}, 1);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const el = document.querySelector('#root tiv-trend');
        let drawn;
        const out = [];
        for (let i = 0; i < updates; i++) {
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          drawn = new Promise((r) => el.addEventListener('chart-render', r, {once: true}));
          const t0 = performance.now();
          el.data = i % 2 ? a : c;
          await drawn;
          out.push(performance.now() - t0);
        }
        return out.slice(updates / 6);
      },
      first,
      second,
      which === 'column' ? 'column' : 'line',
      updates
    );
    times[b].push(...ms);
    await context.close();
    server.close();
  }
}
await browser.close();
const q = (xs, p) => [...xs].sort((x, y) => x - y)[Math.floor(p * (xs.length - 1))];
for (const [b, path] of builds.entries()) {
  const t = times[b];
  console.log(`${path}: min ${q(t, 0).toFixed(2)} ms, p10 ${q(t, 0.1).toFixed(2)}, median ${q(t, 0.5).toFixed(2)} (${t.length} updates)`);
}
