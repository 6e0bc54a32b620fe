// tiv-charts/ssr.js (built: run `npm run build` first) given its input as a fresh user writes it
// from the README: the data as the `data` attribute, attribute names (and a property's name by
// mistake), a bad ratio, a width as a string.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {COMPARE} from './ssr-fixtures.mjs';

const root = new URL('../../', import.meta.url);
const {renderChartHTML, renderChartSVG} = await import(new URL('dist/ssr.js', root).href);

const PAIRS = '[[2001,5],[2002,7]]';
const count = (text, pattern) => (text.match(pattern) ?? []).length;

test('the data attribute draws the data, as the data property does, in HTML and SVG', async () => {
  const html = await renderChartHTML('tiv-trend', {width: 375, attributes: {data: PAIRS}});
  assert.equal(count(html, /<rect class="column/g), 2, 'a column per pair');
  assert.doesNotMatch(html, /No data to show/);
  assert.match(html, /<script type="application\/json">\[\[2001,5\],\[2002,7\]\]<\/script><\/tiv-trend>$/, 'the data travel in the child script');
  // The same markup as the property's, but for the ids, which count the elements rendered, and Lit's markers.
  const ids = (text) => text.replace(/\btiv\d+-/g, 'tiv-').replace(/<!--lit-part [^>]*-->/g, '');
  assert.equal(ids(html), ids(await renderChartHTML('tiv-trend', {width: 375, data: JSON.parse(PAIRS)})), 'the same markup as the property');
  const svg = await renderChartSVG('tiv-trend', {width: 375, attributes: {data: PAIRS}});
  assert.equal(count(svg, /<rect class="column/g), 2);
});

test('the data attribute with JSON that does not parse gives the element its message, and the same text to the browser', async () => {
  const html = await renderChartHTML('tiv-trend', {width: 375, attributes: {data: '[[2001,5'}});
  assert.match(html, /class="message"[^>]*>(<!--[^>]*-->)*The data is not valid JSON/);
  assert.match(html, /<script type="application\/json">\[\[2001,5<\/script><\/tiv-trend>$/);
});

test('an unknown attribute name throws a TypeError naming it; a property name suggests its attribute', async () => {
  const data = JSON.parse(PAIRS);
  await assert.rejects(renderChartHTML('tiv-trend', {width: 375, data, attributes: {bogus: '1'}}), {name: 'TypeError', message: /"bogus" is not an attribute of <tiv-trend>/});
  await assert.rejects(renderChartHTML('tiv-trend', {width: 375, data, attributes: {yScale: 'log'}}), {name: 'TypeError', message: /"yScale" is not an attribute of <tiv-trend>: did you mean y-scale\?/});
  await assert.rejects(renderChartSVG('spend-compare', {width: 375, data, attributes: {ratioYear: 2001}}), {name: 'TypeError', message: /did you mean ratio-year\?/});
  // <spend-compare>'s own attributes are not <tiv-trend>'s.
  await assert.rejects(renderChartHTML('tiv-trend', {width: 375, data, attributes: {ratio: 'a/b'}}), {name: 'TypeError', message: /"ratio"/});
  // Documented attributes, the elements' and HTML's (global, aria-*, data-*), pass; HTML's are case-insensitive.
  const html = await renderChartHTML('tiv-trend', {width: 375, data, attributes: {'y-scale': 'log', 'Heading': 'H', id: 'c', class: 'x', 'aria-label': 'A', 'data-id': '7'}});
  assert.match(html.slice(0, html.indexOf('>')), /y-scale="log" heading="H" id="c" class="x" aria-label="A" data-id="7"/);
});

test('a bad ratio: the SVG shows its message in the callout\'s place, as the HTML does', async () => {
  const attributes = {...COMPARE, ratio: 'china/usa'};
  const message = 'No series named "usa" for the ratio. The series are: China, Russia.';
  const html = await renderChartHTML('spend-compare', {width: 640, attributes});
  assert.match(html.replace(/<!--[^]*?-->/g, '').replace(/&quot;|&#34;/g, '"'), new RegExp(`class="ratio ratio-error"[^>]*>${message}<`));
  const svg = await renderChartSVG('spend-compare', {width: 640, attributes});
  assert.ok(svg.includes(message.replace(/"/g, '&quot;')), 'the message is text of the SVG');
  const y = (pattern) => Number(new RegExp(`${pattern}[^>]*?y="([\\d.]+)"`).exec(svg)?.[1]);
  assert.ok(y('class="fig-ratio-error"') < y('<svg class="chart"'), 'above the plot, where the callout would be');
});

test('a width or height given as a string is named as one', async () => {
  const data = JSON.parse(PAIRS);
  await assert.rejects(renderChartHTML('tiv-trend', {width: '640', data}), {name: 'RangeError', message: 'width must be a positive number of px, not the string "640".'});
  await assert.rejects(renderChartSVG('tiv-trend', {width: 640, height: '300', data}), {name: 'RangeError', message: 'height must be a positive number of px, not the string "300".'});
  await assert.rejects(renderChartHTML('tiv-trend', {width: -5, data}), {name: 'RangeError', message: 'width must be a positive number of px, not -5.'});
});
