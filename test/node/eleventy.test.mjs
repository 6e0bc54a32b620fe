// The Eleventy example (examples/eleventy/, `npm run build` first): its build renders the
// article's two charts with tiv-charts/ssr.js from the SIPRI files, without the network, and
// writes a page that shows them before any script and loads the bundle after them. The browser's
// side (JavaScript off and on) is test/elements/eleventy.test.ts.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {buildEleventyExample} from '../../scripts/site-pages.mjs';

test('the Eleventy example builds its article with both charts drawn, offline', async () => {
  const output = await mkdtemp(path.join(tmpdir(), 'tiv-eleventy-test-'));
  const realFetch = globalThis.fetch;
  const fetched = [];
  globalThis.fetch = async (url) => {
    fetched.push(String(url));
    throw new Error('no network in this test');
  };
  try {
    await buildEleventyExample(output);
  } finally {
    globalThis.fetch = realFetch;
  }
  try {
    assert.deepEqual(fetched, [], 'nothing is fetched');
    assert.deepEqual((await readdir(output)).sort(), ['article.css', 'index.html', 'tiv-charts.min.js']);
    assert.deepEqual(await readFile(path.join(output, 'tiv-charts.min.js')), await readFile(new URL('../../dist/tiv-charts.min.js', import.meta.url)), 'the bundle, as built');

    const html = await readFile(path.join(output, 'index.html'), 'utf8');
    const charts = [...html.matchAll(/<(tiv-trend|spend-compare)\b([^>]*)>([\s\S]*?)<\/\1>/g)];
    assert.deepEqual(charts.map((c) => c[1]), ['tiv-trend', 'spend-compare']);
    for (const [, tag, attributes, inside] of charts) {
      assert.doesNotMatch(attributes, /\bsrc=/, `${tag}: no src, its data come with the page`);
      assert.match(inside, /^<template shadowroot(mode)?="open"/, `${tag}: a declarative shadow root`);
      assert.match(inside, /<svg[^>]*class="chart"/, `${tag}: its svg`);
      assert.match(inside, /<script type="application\/json">\[/, `${tag}: its data`);
    }
    const [trend, compare] = charts.map((c) => c[3]);
    assert.equal(trend.match(/<rect[^>]*class="column/g)?.length, 30, 'a column a year, 1992 to 2021');
    assert.match(trend, /Russia&#39;s arms deliveries to China peaked in 2005|Russia's arms deliveries to China peaked in 2005/);
    assert.equal(compare.match(/<path[^>]*class="line/g)?.length, 2, 'two lines');
    assert.match(compare, /3\.7×/, 'the ratio');
    // The bundle comes after the charts, to take them over.
    assert.ok(html.indexOf('<script src="tiv-charts.min.js"></script>') > html.lastIndexOf('</spend-compare>'));
  } finally {
    await rm(output, {recursive: true, force: true});
  }
});
