// renderChartSVG and renderChartPNG (tiv-charts/ssr.js, built: run `npm run build` first): both
// elements from the real SIPRI files as standalone SVG documents and PNG images.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createRequire} from 'node:module';
import {TREND, COMPARE} from './ssr-fixtures.mjs';
import {decodePng} from './png-decode.mjs';

const root = new URL('../../', import.meta.url);
const {renderChartSVG, renderChartPNG, renderChartHTML, ChartRenderError} = await import(new URL('dist/ssr.js', root).href);
const {Resvg} = createRequire(import.meta.url)('@resvg/resvg-js');

/** Throws unless `xml` is well formed: every tag closed in order, one root, entities XML knows. */
function assertWellFormed(xml) {
  const stack = [];
  for (const [, close, name, , selfClose] of xml.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g)) {
    if (close) assert.equal(stack.pop(), name, `</${name}> closes what was opened`);
    else if (!selfClose) stack.push(name);
  }
  assert.deepEqual(stack, [], 'every element is closed');
  assert.doesNotMatch(xml.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, ''), /&/, 'no entity XML does not know');
  assert.doesNotThrow(() => new Resvg(xml), 'resvg (an XML parser) reads it');
}

/** The texts of the SVG's <text> elements. */
const texts = (svg) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].replace(/&#39;/g, "'"));

for (const [tag, attributes, heading, source] of [
  ['tiv-trend', TREND, "Russia's arms deliveries to China peaked in 2005", 'Source: SIPRI Arms Transfers Database'],
  ['spend-compare', COMPARE, 'China now spends almost four times as much as Russia', 'Source: SIPRI Military Expenditure Database 2021'],
]) {
  test(`renderChartSVG: <${tag}> from the SIPRI file is one standalone SVG document with the figure's texts`, async () => {
    const svg = await renderChartSVG(tag, {width: 640, attributes});
    assertWellFormed(svg);
    const [, width, height, viewBox] = svg.match(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="(\d+)" height="(\d+)" viewBox="([^"]+)"/);
    assert.equal(width, '640');
    assert.equal(viewBox, `0 0 640 ${height}`);
    assert.ok(Number(height) > 416 + 60, 'the plot area and the texts around it');
    assert.equal(svg.match(/<title>([^<]*)<\/title>/)[1].replace(/&#39;/g, "'"), heading);
    assert.match(svg.match(/<desc>([^<]*)<\/desc>/)[1], /Highest: /, 'the summary is the description');
    assert.equal(texts(svg).join(' '), texts(svg).join(' ').replace(/\s+/g, ' '));
    assert.ok(texts(svg).join(' ').includes(heading), 'the heading, as SVG text (one line at 640 px)');
    assert.ok(texts(svg).includes(source), 'the source');
    assert.doesNotMatch(svg, /<script|<foreignObject|\son[a-z]+=/i, 'no script');
    assert.doesNotMatch(svg, /\shref=|url\(|@import/, 'no external reference');
    assert.doesNotMatch(svg, /var\(--|color-mix|currentColor/, 'colours resolved');
    assert.doesNotMatch(svg, /<slot|<p |<div|part=|tabindex|aria-/, 'nothing of the page left');
  });

  test(`renderChartSVG: <${tag}> in the dark theme has other colours, the same geometry`, async () => {
    const light = await renderChartSVG(tag, {width: 640, attributes, theme: 'light'});
    const dark = await renderChartSVG(tag, {width: 640, attributes, theme: 'dark'});
    assert.notEqual(light, dark);
    assert.match(light, /<rect width="100%" height="100%" fill="#ffffff"\/>/);
    assert.match(dark, /<rect width="100%" height="100%" fill="#121212"\/>/);
    const geometry = (svg) => svg.replace(/<style>[^]*<\/style>/, '').replace(/fill="#[0-9a-f]+"|class="tiv-chart \w+/g, '');
    assert.equal(geometry(light), geometry(dark));
  });
}

test("renderChartSVG: the plot is renderChartHTML's plot (one code path): the same columns, ticks and labels", async () => {
  // The figure's own texts (fig-*) are the document's, around the plot.
  const marks = (text) => [...text.matchAll(/<(rect|text|path|line)\s(?!class="fig-)[^>]*>/g)].map((m) => m[0].replace(/\s+/g, ' '));
  const svg = await renderChartSVG('tiv-trend', {width: 640, attributes: TREND, theme: 'dark'});
  const html = await renderChartHTML('tiv-trend', {width: 640, attributes: {...TREND, theme: 'dark'}});
  const plotOf = (text) => text.replace(/<!--[^]*?-->/g, '').match(/<svg\s+class="chart"[^]*<\/svg>/)[0];
  const fromHtml = marks(plotOf(html));
  assert.ok(fromHtml.length > 40, `${fromHtml.length} marks and texts`);
  assert.deepEqual(marks(plotOf(svg)), fromHtml);
});

test('renderChartSVG: the ratio callout, the annotation and the direct labels are SVG text', async () => {
  const compare = texts(await renderChartSVG('spend-compare', {width: 640, attributes: COMPARE}));
  assert.ok(compare.includes('3.7×'));
  assert.ok(compare.includes('China to Russia, 2020'));
  assert.ok(compare.includes('China') && compare.includes('Russia'), 'direct labels');
  assert.ok(texts(await renderChartSVG('tiv-trend', {width: 640, attributes: TREND})).includes('Crimea annexed'));
});

test('renderChartSVG: a long ratio caption wraps under its value inside the chart, as on the page (found by a fresh user: it ran off the edge)', async () => {
  const {metricsMeasurer} = await import(new URL('dist/ssr/font-metrics.js', root).href);
  const small = metricsMeasurer(13, 400);
  const series = JSON.stringify([
    {key: 'china', label: 'Democratic Republic of the Congo'},
    {key: 'russia', label: 'United Kingdom of Great Britain and Northern Ireland'},
  ]);
  for (const width of [375, 640]) {
    const svg = await renderChartSVG('spend-compare', {width, attributes: {...COMPARE, series}});
    const captions = [...svg.matchAll(/<text class="fig-small" x="([\d.]+)" y="([\d.]+)">([^<]*)<\/text>/g)].filter((m) => /Congo|Kingdom|Ireland|2020/.test(m[3]));
    assert.ok(captions.length >= (width < 600 ? 2 : 1), `the caption is wrapped at ${width} px: ${captions.map((m) => m[3]).join(' | ')}`);
    const words = captions.map((m) => m[3].replace(/&amp;/g, '&')).join(' ');
    assert.equal(words, 'Democratic Republic of the Congo to United Kingdom of Great Britain and Northern Ireland, 2020', 'every word kept');
    for (const [, x, , text] of captions) assert.ok(12 + Number(x) + small(text) <= width - 12 + 0.5, `"${text}" fits in ${width} px`);
  }
});

test('renderChartSVG: grouped bars are named in a legend: swatches in the series colours and the names', async () => {
  const svg = await renderChartSVG('spend-compare', {width: 640, attributes: {...COMPARE, mark: 'bar'}});
  assertWellFormed(svg);
  const legend = [...svg.matchAll(/<text x="[\d.]+" y="[\d.]+" class="fig-legend">([^<]*)<\/text>/g)].map((m) => m[1]);
  assert.deepEqual(legend, ['China', 'Russia']);
  assert.equal((svg.match(/<svg x="[\d.]+" y="[\d.]+" class="swatch series-\d"/g) ?? []).length, 2);
  const png = decodePng(await renderChartPNG('spend-compare', {width: 640, attributes: {...COMPARE, mark: 'bar'}, scale: 1}));
  const [, x, y] = svg.match(/<svg x="([\d.]+)" y="([\d.]+)" class="swatch series-1"/).map(Number);
  assert.deepEqual(png.pixel(Math.round(12 + x + 13), Math.round(y + 6)), [0xe8, 0x59, 0x0c, 255], "Russia's swatch in --tiv-series-2");
});

test("renderChartHTML, renderChartSVG and renderChartPNG: a series' own colour (hex, rgb(), hsl() or a CSS name) is drawn; text that is no colour takes the palette's", async () => {
  const data = [{year: 2019, a: 40, b: 90, c: 20}, {year: 2020, a: 60, b: 100, c: 30}];
  const colours = ['crimson', 'hsla(120, 100%, 25%, 0.5)', 'red; fill: url(#x)'];
  const series = JSON.stringify(colours.map((color, i) => ({key: 'abc'[i], label: `S${i}`, color})));
  const options = {width: 640, data, scale: 1, attributes: {series, mark: 'bar', labels: 'legend', ratio: 'none'}};
  /** The style attribute of each series' columns (null for none), as written in `markup`. */
  const columnStyles = (markup) => [0, 1, 2].map((i) => [...new Set(Array.from(markup.matchAll(new RegExp(`<rect class="column series-${i}"[^>]*>`, 'g')), ([tag]) => tag.match(/ style="([^"]*)"/)?.[1] ?? null))]);
  // The page's markup: as d3-color reads them (the author's text is never written), none for no colour.
  const html = await renderChartHTML('spend-compare', options);
  assert.deepEqual(columnStyles(html), [['--_c: #dc143c'], ['--_c: #00800080'], [null]]);
  assert.doesNotMatch(html.slice(html.indexOf('<template')), /url\(#x\)/, 'in the shadow root (the host keeps its series attribute)');
  // The standalone SVG and its PNG: the columns and legend swatches in those colours (the
  // translucent one over the white background), the third series in the palette's third colour.
  const svg = await renderChartSVG('spend-compare', options);
  const png = decodePng(await renderChartPNG('spend-compare', options));
  const plain = decodePng(await renderChartPNG('spend-compare', {...options, attributes: {...options.attributes, series: undefined}}));
  const plotY = Number(svg.match(/<svg class="chart" x="0" y="([\d.]+)"/)[1]);
  const column = (i, image) => {
    const [x, y, w, h] = svg.match(new RegExp(`<rect class="column series-${i}" data-x="2019" x="([\\d.]+)" y="([\\d.]+)" width="([\\d.]+)" height="([\\d.]+)"`)).slice(1).map(Number);
    return image.pixel(Math.round(12 + x + w / 2), Math.round(plotY + y + h / 2));
  };
  const swatch = (i) => {
    const [x, y] = svg.match(new RegExp(`<svg x="([\\d.]+)" y="([\\d.]+)" class="swatch series-${i}"`)).slice(1).map(Number);
    return png.pixel(Math.round(12 + x + 13), Math.round(y + 6));
  };
  assert.deepEqual([column(0, png), swatch(0)], [[0xdc, 0x14, 0x3c, 255], [0xdc, 0x14, 0x3c, 255]], 'crimson');
  assert.deepEqual([column(1, png), swatch(1)], [[0x7f, 0xbf, 0x7f, 255], [0x7f, 0xbf, 0x7f, 255]], 'green at 50 % over white');
  assert.deepEqual(column(2, png), column(2, plain), 'no colour: the palette');
});

test('renderChartSVG: a long heading wraps at the chart width, in lines that fit', async () => {
  const svg = await renderChartSVG('tiv-trend', {width: 375, attributes: TREND});
  const lines = [...svg.matchAll(/<text class="fig-heading" x="0" y="([\d.]+)">([^<]*)<\/text>/g)];
  assert.equal(lines.length, 2, "375 px: Russia's arms deliveries to / China peaked in 2005");
  assert.ok(Number(lines[1][1]) - Number(lines[0][1]) >= 20, 'the lines do not touch');
});

test('renderChartSVG: errors: unknown tag or theme, bad width, a chart with no data', async () => {
  await assert.rejects(renderChartSVG('tiv-bar', {width: 640, attributes: TREND}), TypeError);
  await assert.rejects(renderChartSVG('tiv-trend', {width: 640, attributes: TREND, theme: 'sepia'}), /theme must be "light" or "dark"/);
  await assert.rejects(renderChartSVG('tiv-trend', {width: 0, attributes: TREND}), RangeError);
  await assert.rejects(renderChartSVG('tiv-trend', {width: 640, data: [], attributes: {heading: 'Empty'}}), ChartRenderError);
});

test('renderChartPNG: width × scale pixels, the background and a column in their colours', async () => {
  const svg = await renderChartSVG('tiv-trend', {width: 640, attributes: TREND});
  const png = decodePng(await renderChartPNG('tiv-trend', {width: 640, attributes: TREND}));
  const height = Number(svg.match(/height="(\d+)"/)[1]);
  assert.equal(png.width, 1280, 'scale 2 by default');
  assert.equal(png.height, height * 2);
  assert.deepEqual(png.pixel(4, 4), [255, 255, 255, 255], 'the white background');
  // The middle of the 2005 column (the highlight, in a darker shade), and of the 2004 column.
  const plotY = Number(svg.match(/<svg class="chart" x="0" y="([\d.]+)"/)[1]);
  const centre = (year) => {
    const [, x, y, w, h] = svg.match(new RegExp(`data-x="${year}" x="([\\d.]+)" y="([\\d.]+)" width="([\\d.]+)" height="([\\d.]+)"`)).map(Number);
    return [Math.round((12 + x + w / 2) * 2), Math.round((plotY + y + h / 2) * 2)];
  };
  assert.deepEqual(png.pixel(...centre(2004)), [0x1c, 0x7e, 0xd6, 255], 'a column in --tiv-series-1');
  assert.deepEqual(png.pixel(...centre(2005)), [0x1b, 0x58, 0x8f, 255], 'the highlighted column in its shade');
  const dark = decodePng(await renderChartPNG('tiv-trend', {width: 640, attributes: TREND, theme: 'dark', scale: 1}));
  assert.equal(dark.width, 640);
  assert.deepEqual(dark.pixel(2, 2), [0x12, 0x12, 0x12, 255], 'the dark background');
});

test('renderChartPNG: a bad scale is refused', async () => {
  await assert.rejects(renderChartPNG('tiv-trend', {width: 640, attributes: TREND, scale: 0}), /scale must be a positive number/);
});

test('renderChartPNG: a shaded annotation range lies under the marks, as on the page (over them it tinted the columns, lighter in the dark theme)', async () => {
  const attributes = {...TREND, annotations: JSON.stringify([{from: 2002, to: 2006, label: 'Peak years'}])};
  for (const [theme, background, shaded] of [
    ['light', [0xff, 0xff, 0xff], [0xed, 0xed, 0xed]],
    ['dark', [0x12, 0x12, 0x12], [0x23, 0x23, 0x23]],
  ]) {
    const svg = await renderChartSVG('tiv-trend', {width: 640, attributes, theme});
    const png = decodePng(await renderChartPNG('tiv-trend', {width: 640, attributes, theme, scale: 1}));
    const plotY = Number(svg.match(/<svg class="chart" x="0" y="([\d.]+)"/)[1]);
    assert.ok(svg.indexOf('<g class="annotation range"><rect') < svg.indexOf('class="column'), `${theme}: the band is drawn before the columns`);
    const column = (year) => svg.match(new RegExp(`data-x="${year}" x="([\\d.]+)" y="([\\d.]+)" width="([\\d.]+)" height="([\\d.]+)"`)).slice(1).map(Number);
    const middle = (year) => {
      const [x, y, w, h] = column(year);
      return png.pixel(Math.round(12 + x + w / 2), Math.round(plotY + y + h / 2));
    };
    // 2004 is inside the range, 2010 outside: both in --tiv-series-1 (#1c7ed6), untinted.
    assert.deepEqual(middle(2004), middle(2010), `${theme}: the 2004 column inside the range is drawn as the 2010 column outside it`);
    const [x, y, w] = column(2004);
    const band = png.pixel(Math.round(12 + x + w / 2), Math.round(plotY + y - 6));
    assert.ok(band.slice(0, 3).every((v, i) => Math.abs(v - shaded[i]) <= 6), `${theme}: above the 2004 column, the band shades the background: ${band}`);
    assert.notDeepEqual(band.slice(0, 3), background, `${theme}: the band is shaded`);
  }
});

test('renderChartPNG: series past the palette are drawn with their dash (class repeat), the first eight as they were', async () => {
  // Ten flat lines, one per series, 10 units apart.
  const keys = Array.from({length: 10}, (_, i) => `s${i + 1}`);
  const data = [2000, 2001, 2002].map((year) => Object.fromEntries([['year', year], ...keys.map((key, i) => [key, 10 + i * 10])]));
  const options = {width: 640, data, scale: 4, attributes: {ratio: 'none', labels: 'legend'}};
  const svg = await renderChartSVG('spend-compare', options);
  const lines = [...svg.matchAll(/<path class="line (series-\d( repeat)?)" d="M([\d.]+),([\d.]+)L[\d.,L]*?L([\d.]+),[\d.]+"/g)].map((m) => ({cls: m[1], x1: Number(m[3]), y: Number(m[4]), x2: Number(m[5])}));
  assert.deepEqual(lines.map((l) => l.cls), [...Array.from({length: 8}, (_, i) => `series-${i}`), 'series-0 repeat', 'series-1 repeat']);
  const png = decodePng(await renderChartPNG('spend-compare', options));
  const plotY = Number(svg.match(/<svg class="chart" x="0" y="([\d.]+)"/)[1]);
  /** The share of pixels along a line's middle that are nearer the background (white) than ink: the dash's gaps. */
  const gaps = ({x1, x2, y}) => {
    const row = Math.round((plotY + y) * 4);
    let light = 0;
    let all = 0;
    for (let x = Math.ceil((12 + x1 + 4) * 4); x < (12 + x2 - 4) * 4; x++, all++) if (png.pixel(x, row).slice(0, 3).reduce((a, b) => a + b) > 600) light++;
    return light / all;
  };
  assert.equal(gaps(lines[0]), 0, 'the first series: solid');
  for (const line of lines.slice(8)) assert.ok(gaps(line) > 0.05, `${line.cls}: dashed (${gaps(line).toFixed(2)} of its length is gap)`);
});
