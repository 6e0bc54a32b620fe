// Server-rendered charts in Chromium (puppeteer-core, CHROME_PATH or /usr/bin/chromium; run
// `npm run build` first): the server's geometry is the browser's within 1 px at the same width;
// the markup shows with JavaScript off; either bundle takes it over without a layout shift and
// makes it interactive; a reader at another width gets the same height.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {createServer} from 'node:http';
import {readFileSync} from 'node:fs';
import {TREND, COMPARE} from './ssr-fixtures.mjs';

const root = new URL('../../', import.meta.url);
const {renderChartHTML} = await import(new URL('dist/ssr.js', root).href);

/** Pages served by path; the bundles from dist/. */
const pages = new Map();
let server;
let browser;
let base;

before(async () => {
  server = createServer((req, res) => {
    const path = req.url.split('?')[0];
    if (path.startsWith('/dist/')) {
      res.writeHead(200, {'content-type': 'text/javascript'});
      res.end(readFileSync(new URL(path.slice(1), root)));
      return;
    }
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    res.writeHead(pages.has(path) ? 200 : 404, {'content-type': 'text/html; charset=utf-8'});
    res.end(pages.get(path) ?? '');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  const {default: puppeteer} = await import('puppeteer-core');
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking'],
  });
});
after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * A page of `body` in Arial (Liberation Sans on Linux), the font whose metrics the server has;
 * it records layout shifts and `chart-render` events from its start.
 */
function page(body, width) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>body { margin: 0; padding: 8px; font-family: Arial; }
  main { width: ${width}px; }</style><script>
  window.shifts = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.shifts.push(e.value); }).observe({type: 'layout-shift', buffered: true});
  window.renders = 0;
  document.addEventListener('chart-render', () => window.renders++, true);
  </script></head><body><main><p>Before the charts.</p>${body}<p id="after">After the charts.</p></main></body></html>`;
}

/** Opens `html` at `path`; `javaScript: false` opens it with JavaScript off. */
async function open(path, html, {javaScript = true} = {}) {
  pages.set(path, html);
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await tab.setViewport({width: 1400, height: 1200});
  await tab.setJavaScriptEnabled(javaScript);
  await tab.goto(base + path, {waitUntil: 'load'});
  return {tab, errors};
}

/** Column rects and the numbers of line paths in a chart's shadow root, in document order. */
function geometry(selector) {
  const svg = document.querySelector(selector).shadowRoot.querySelector('svg.chart');
  const columns = [...svg.querySelectorAll('rect.column')].map((r) => ['x', 'y', 'width', 'height'].map((a) => Number(r.getAttribute(a))));
  const lines = [...svg.querySelectorAll('path.line')].flatMap((p) => p.getAttribute('d').match(/-?\d+(\.\d+)?/g).map(Number));
  const points = [...svg.querySelectorAll('circle.point')].map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]);
  return {columns, lines, points, size: [svg.getAttribute('width'), svg.getAttribute('height')]};
}

/** Rows of the chart's data, as the server read them from its `src`, for the browser's own rendering. */
function dataScript(html) {
  return html.match(/<script type="application\/json">[^<]*<\/script>(?=<\/(tiv-trend|spend-compare)>$)/)[0];
}

/** An element tag with its attributes, src left out (its data come as a child script). */
function element(tag, attributes, children) {
  const text = Object.entries(attributes)
    .filter(([name]) => name !== 'src')
    .map(([name, value]) => `${name}="${String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join(' ');
  return `<${tag} ${text}>${children}</${tag}>`;
}

const maxDifference = (a, b) => Math.max(0, ...a.flat().map((value, i) => Math.abs(value - b.flat()[i])));

for (const [tag, attributes] of [['tiv-trend', TREND], ['spend-compare', COMPARE]]) {
  for (const width of [375, 640, 1280]) {
    test(`${tag} at ${width} px: the server's columns, lines and points are the browser's within 1 px`, async () => {
      const html = await renderChartHTML(tag, {width, attributes});
      const {tab, errors} = await open(`/geometry-${tag}-${width}`, page(element(tag, attributes, dataScript(html)) + '<script src="/dist/tiv-charts.min.js"></script>', width));
      await tab.waitForFunction(() => window.renders > 0);
      const browserSide = await tab.evaluate(geometry, tag);
      // The server's markup, read by the same function in a page with no script.
      const {tab: serverTab} = await open(`/server-${tag}-${width}`, page(html, width), {javaScript: false});
      const serverSide = await serverTab.evaluate(geometry, tag);
      assert.deepEqual(serverSide.size, browserSide.size, 'the same svg size');
      assert.equal(serverSide.columns.length, browserSide.columns.length);
      assert.equal(serverSide.lines.length, browserSide.lines.length);
      assert.equal(serverSide.points.length, browserSide.points.length);
      assert.ok(serverSide.columns.length + serverSide.lines.length > 0, 'something is drawn');
      for (const kind of ['columns', 'lines', 'points']) {
        const difference = maxDifference(serverSide[kind], browserSide[kind]);
        assert.ok(difference <= 1, `${kind} differ by up to ${difference.toFixed(2)} px`);
      }
      assert.deepEqual(errors, []);
      await tab.close();
      await serverTab.close();
    });
  }
}

/** Both charts rendered by the server at `width`, between paragraphs. */
async function serverCharts(width) {
  const trend = await renderChartHTML('tiv-trend', {width, attributes: TREND});
  const compare = await renderChartHTML('spend-compare', {width, attributes: COMPARE});
  return `${trend}<p>Between the charts.</p>${compare}`;
}

/** What a server-rendered page shows: per chart, its svgs, figures, plot height, and whether a message is shown. */
function shown() {
  return [...document.querySelectorAll('tiv-trend, spend-compare')].map((chart) => {
    const root = chart.shadowRoot;
    const plot = root?.querySelector('.plot');
    return {
      svgs: root?.querySelectorAll('svg.chart').length ?? 0,
      figures: root?.querySelectorAll('figure').length ?? 0,
      columns: root?.querySelectorAll('rect.column').length ?? 0,
      lines: root?.querySelectorAll('path.line').length ?? 0,
      plotHeight: plot ? Math.round(plot.getBoundingClientRect().height) : 0,
      svgWidth: Number(root?.querySelector('svg.chart')?.getAttribute('width')),
      heading: root?.querySelector('.heading')?.textContent.trim(),
    };
  });
}

test('with JavaScript off, the server-rendered charts show: heading, svg and its marks', async () => {
  const {tab} = await open('/no-js', page(await serverCharts(640), 640), {javaScript: false});
  const charts = await tab.evaluate(shown);
  assert.deepEqual(
    charts.map((c) => [c.svgs, c.figures, c.columns, c.lines]),
    [
      [1, 1, 30, 0],
      [1, 1, 0, 2],
    ]
  );
  assert.ok(charts.every((c) => c.plotHeight > 416), 'the plot box: its area and rows of labels');
  assert.equal(charts[0].heading, TREND.heading);
  await tab.close();
});

for (const bundle of ['tiv-charts.min.js', 'tiv-charts.bundle.js']) {
  test(`${bundle} takes the server-rendered charts over without a layout shift, and they answer the pointer, the keys and "Show data"`, async () => {
    const script = bundle.endsWith('.min.js') ? `<script src="/dist/${bundle}"></script>` : `<script type="module" src="/dist/${bundle}"></script>`;
    const {tab, errors} = await open(`/hydrate-${bundle}`, page((await serverCharts(640)) + script, 640));
    // Each chart renders twice: the server's layout taken over, then laid out for the page's own font.
    await tab.waitForFunction(() => window.renders >= 4 && [...document.querySelectorAll('tiv-trend, spend-compare')].every((c) => c.hasUpdated));
    const charts = await tab.evaluate(shown);
    assert.deepEqual(charts.map((c) => [c.svgs, c.figures, c.columns, c.lines]), [
      [1, 1, 30, 0],
      [1, 1, 0, 2],
    ], 'nothing is drawn twice');
    assert.deepEqual(await tab.evaluate(() => window.shifts), [], 'no layout shift');
    assert.deepEqual(errors, []);

    // The pointer: a tooltip.
    const box = await tab.evaluate(() => {
      const r = document.querySelector('tiv-trend').shadowRoot.querySelector('svg.chart').getBoundingClientRect();
      return {x: r.x + r.width / 2, y: r.y + r.height / 2};
    });
    await tab.mouse.move(box.x, box.y);
    await tab.waitForFunction(() => document.querySelector('tiv-trend').shadowRoot.querySelector('.tooltip')?.textContent.trim().length > 0);
    // The keys: the live region names the point.
    await tab.evaluate(() => document.querySelector('spend-compare').shadowRoot.querySelector('svg.chart').focus());
    await tab.keyboard.press('End');
    await tab.waitForFunction(() => /2020/.test(document.querySelector('spend-compare').shadowRoot.querySelector('.live').textContent));
    // "Show data": the table shows.
    await tab.evaluate(() => document.querySelector('tiv-trend').shadowRoot.querySelector('button[aria-controls]').click());
    await tab.waitForFunction(() => document.querySelector('tiv-trend').shadowRoot.querySelector('.data-table') !== null);
    assert.equal(await tab.evaluate(() => document.querySelector('tiv-trend').shadowRoot.querySelector('button[aria-controls]').getAttribute('aria-expanded')), 'true');
    await tab.close();
  });
}

test('a reader narrower than the server render gets the chart laid out again at the same height, nothing below it moved', async () => {
  const {tab, errors} = await open('/narrower', page((await serverCharts(640)) + '<script src="/dist/tiv-charts.min.js"></script>', 480));
  await tab.waitForFunction(() => window.renders >= 4);
  const charts = await tab.evaluate(shown);
  const {tab: serverTab} = await open('/narrower-no-js', page(await serverCharts(640), 480), {javaScript: false});
  const server = await serverTab.evaluate(shown);
  await serverTab.close();
  assert.deepEqual(charts.map((c) => [c.svgWidth, c.plotHeight]), server.map((c) => [480, c.plotHeight]), 'the server\'s height at the reader\'s width');
  assert.deepEqual(await tab.evaluate(() => window.shifts), [], 'no layout shift');
  assert.deepEqual(errors, []);
  await tab.close();
});
