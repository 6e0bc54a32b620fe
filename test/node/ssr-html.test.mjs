// renderChartHTML (tiv-charts/ssr.js, built: run `npm run build` first): both elements from the
// real SIPRI files, their declarative shadow DOM, the data and widths that travel with them, and
// the errors it throws. The browser's side (the same geometry, hydration) is test/elements/hydration.test.ts.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createServer} from 'node:http';
import {readFileSync} from 'node:fs';
import {TREND, COMPARE} from './ssr-fixtures.mjs';

const root = new URL('../../', import.meta.url);
const {renderChartHTML} = await import(new URL('dist/ssr.js', root).href);

const count = (text, pattern) => (text.match(pattern) ?? []).length;
/** The attributes of a server render's CSV link: the `<a>` whose `download` names a .csv file. */
const csvLink = (html) => Object.fromEntries(Array.from(html.match(/<a\s[^>]*\sdownload="[^"]*\.csv"[^>]*>/)[0].matchAll(/([\w-]+)="([^"]*)"/g), ([, name, value]) => [name, value]));
/** The HTML without Lit's comment markers, with the apostrophe Lit writes as an entity. */
const plain = (html) => html.replace(/<!--[^]*?-->/g, '').replace(/&#x27;|&#39;/g, "'");

test('renderChartHTML: <tiv-trend> from the SIPRI CSV has its figure in declarative shadow DOM', async () => {
  const html = plain(await renderChartHTML('tiv-trend', {width: 640, attributes: TREND}));
  assert.match(html, /^<tiv-trend [^>]*><template shadowroot="open" shadowrootmode="open">/);
  assert.match(html, /<\/tiv-trend>$/);
  const [, height] = html.match(/<svg\s+class="chart"[^>]*width="640"\s+height="(\d+)"\s+viewBox="0 0 640 \1"/);
  assert.ok(Number(height) > 416, 'the plot area at 640 px (416 px, its maximum) and the rows of labels around it');
  assert.equal(count(html, /<rect class="column/g), 30, 'a column per year, 1992 to 2021');
  assert.equal(count(html, /class="column series-0 highlight"/g), 1, 'the highlighted 2005');
  assert.match(html, />Russia's arms deliveries to China peaked in 2005</);
  assert.match(html, /Highest: 3,077 million in 2005/, 'the summary');
  assert.match(html, />Crimea annexed</, 'the annotation');
  assert.match(html, />Show data</);
  assert.match(html, />Download CSV</);
  assert.equal(count(html, /<tr>/g), 31, 'the data table: a header and 30 rows');
  assert.match(html, /<style>/, 'the styles come with the shadow root');
});

test('renderChartHTML: the data travel in a child script, without src; the language and height are stated', async () => {
  const html = await renderChartHTML('tiv-trend', {width: 640, attributes: TREND});
  const host = html.slice(0, html.indexOf('>') + 1);
  assert.doesNotMatch(host, /\ssrc=/, 'no src: the browser would fetch it again');
  assert.match(host, /\slocale="en"/);
  assert.match(host, /style="--tiv-plot-min-height: 416px; --tiv-plot-max-height: 416px"/);
  const data = html.match(/<script type="application\/json">([^<]*)<\/script><\/tiv-trend>$/);
  assert.ok(data, 'the data script is the last child');
  const rows = JSON.parse(data[1]);
  assert.equal(rows.length, 30);
  assert.deepEqual(rows[0], {year: '1992', tiv: '1023'});
  const widths = JSON.parse(html.match(/<script type="application\/json" id="measured-widths">([^<]*)<\/script>/)[1]);
  // The first year is always an x label (src/core/layout/ticks.ts).
  assert.equal(widths['400 1992'], 30, 'the widths the server measured, for the browser to take over');
});

test('renderChartHTML: <spend-compare> from the SIPRI CSV has its ratio, two lines, direct labels and a source link', async () => {
  const html = plain(await renderChartHTML('spend-compare', {width: 640, attributes: COMPARE}));
  assert.match(html, /<span class="ratio-value" aria-hidden="true">[^<]*3\.7×/);
  assert.equal(count(html, /<path class="line series-\d"/g), 2);
  assert.match(html, /class="direct-label[^"]*"/);
  assert.match(html, /<a href="https:\/\/www\.sipri\.org\/databases\/milex">Source: SIPRI/);
  assert.equal(count(html, /<tr>/g), 30, 'the data table: a header and 29 years');
});

test('renderChartHTML: the plot area is as high as the CSS makes it (as wide as the chart, 12rem to 26rem), or as given, and held there', async () => {
  const area = async (options) => {
    const html = await renderChartHTML('tiv-trend', {attributes: TREND, ...options});
    const held = html.match(/--tiv-plot-min-height: (\d+)px; --tiv-plot-max-height: \1px"/);
    const svg = html.match(/<svg\s+class="chart"[^>]*height="(\d+)"/);
    assert.ok(Number(svg[1]) > Number(held[1]), 'the svg holds the area and the rows of labels');
    return Number(held[1]);
  };
  assert.equal(await area({width: 375}), 375);
  assert.equal(await area({width: 150}), 192, 'min-height 12rem');
  assert.equal(await area({width: 1280}), 416, 'max-height 26rem');
  assert.equal(await area({width: 640, height: 300}), 300);
  const themed = await renderChartHTML('tiv-trend', {width: 640, attributes: {...TREND, theme: 'dark'}});
  assert.match(themed, /<svg\s+class="chart"[^>]*width="616"/, 'theme="dark" pads the chart by 0.75rem');
});

test('renderChartHTML: rows given as data, and src read from an http URL, draw the same chart', async (t) => {
  const server = createServer((req, res) => {
    res.writeHead(req.url === '/tiv.csv' ? 200 : 404, {'content-type': 'text/csv'});
    res.end(req.url === '/tiv.csv' ? readFileSync(TREND.src) : '');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => server.close());
  const base = `http://127.0.0.1:${server.address().port}`;
  const fromFile = await renderChartHTML('tiv-trend', {width: 500, attributes: TREND});
  const fromUrl = await renderChartHTML('tiv-trend', {width: 500, attributes: {...TREND, src: `${base}/tiv.csv`}});
  const rows = readFileSync(TREND.src, 'utf8').trim().split('\n').slice(1).map((line) => line.split(',').map(Number));
  const fromRows = await renderChartHTML('tiv-trend', {width: 500, attributes: {...TREND, src: undefined}, data: rows});
  const svg = (html) => html.match(/<svg[^]*<\/svg>/)[0].replace(/tiv\d+/g, 'ID');
  assert.equal(svg(fromUrl), svg(fromFile));
  assert.equal(svg(fromRows), svg(fromFile));
  await assert.rejects(renderChartHTML('tiv-trend', {width: 500, attributes: {src: `${base}/missing.csv`}}), {code: 'fetch-failed', message: /HTTP 404/});
});

test('renderChartHTML: bad input throws a reason; bad data renders the message, as in a browser', async () => {
  await assert.rejects(renderChartHTML('tiv-chart', {width: 640}), {name: 'TypeError', message: /"tiv-chart" is not a chart element: use tiv-trend or spend-compare/});
  await assert.rejects(renderChartHTML('tiv-trend', {width: 0, data: [[2001, 1]]}), {name: 'RangeError', message: /width must be a positive number/});
  await assert.rejects(renderChartHTML('tiv-trend', {width: 640, attributes: {src: 'no/such/file.csv'}}), {code: 'fetch-failed', message: /no\/such\/file\.csv \(ENOENT\)/});
  await assert.rejects(renderChartHTML('tiv-trend', {width: 640, attributes: {'on click': 'x'}, data: [[2001, 1]]}), {name: 'TypeError'});
  const html = await renderChartHTML('tiv-trend', {width: 640, attributes: {heading: 'Words'}, data: [{year: 2001, value: 'many'}, {year: 2002, value: '<b>x</b>'}]});
  assert.match(html, /<div class="message" part="message" role="(alert|status)">/);
  assert.match(html, />Words</, 'the heading stays');
  assert.doesNotMatch(html, /<b>x<\/b>/, 'text from the data is never markup');
});

test('renderChartHTML: without JavaScript, "Download CSV" is a data: URL of the data (up to 20 KB) and "Show data" is hidden until the script runs', async () => {
  const html = await renderChartHTML('tiv-trend', {width: 640, attributes: TREND});
  const href = csvLink(html).href;
  assert.match(href, /^data:text\/csv;charset=utf-8,/);
  const csv = decodeURIComponent(href.slice(href.indexOf(',') + 1));
  assert.match(csv, /^\uFEFFyear,TIV\n1992,1023\n/);
  assert.match(csv, /\n2005,3077\n/);
  assert.equal(csv.trim().split('\n').length, 31, 'a header and 30 rows');
  // The element's own styles hide what needs the script, for an undefined host only (the
  // browser's side: test/elements/hydration.test.ts).
  const shadow = html.slice(html.indexOf('<template'), html.indexOf('</template>'));
  assert.match(shadow, /:host\(:not\(:defined\)\) \.controls :is\(button, a\[href='#'\]\) \{\s*visibility: hidden;/);
  // Over the limit the link waits for the script (and is hidden until then).
  const many = Array.from({length: 2000}, (_, i) => [1000 + i, i * 1.5]);
  assert.equal(csvLink(await renderChartHTML('tiv-trend', {width: 640, data: many})).href, '#');
});
