// Node tests of the BUILT package (run `npm run build` first): the entry points import on a
// server without a DOM, and the pure core works there on the real SIPRI fixture.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';

const root = new URL('../../', import.meta.url);
const dist = (file) => new URL(`dist/${file}`, root).href;
const fixtureCsv = readFileSync(new URL('test/fixtures/tiv-russia-china.csv', root), 'utf8');
const fixtureJson = readFileSync(new URL('test/fixtures/tiv-russia-china.json', root), 'utf8');
const YEARS = Array.from({length: 30}, (_, i) => 1992 + i);

/** Paths of every number that is not finite and every negative width / height in a plain-data tree. */
function insanities(value, path = '$') {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (typeof value === 'string') return /NaN|Infinity/.test(value) ? [`${path} = "${value}"`] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => insanities(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [
      ...((k === 'width' || k === 'height') && v < 0 ? [`${path}.${k} = ${v} (negative)`] : []),
      ...insanities(v, `${path}.${k}`),
    ]);
  }
  return [];
}

test('server-side import: this is plain Node, without window, document or customElements', () => {
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.HTMLElement, 'undefined');
});

for (const file of ['index.js', 'tiv-trend.js', 'core.js']) {
  test(`server-side import: dist/${file} imports in plain Node without an exception`, async () => {
    assert.ok(existsSync(new URL(`dist/${file}`, root)), `dist/${file} exists (run npm run build)`);
    const module = await import(dist(file));
    assert.ok(Object.keys(module).length > 0, `dist/${file} exports something`);
  });
}

test('server-side import: the package name resolves through "exports" to the built files', async () => {
  assert.equal(await import('tiv-charts'), await import(dist('index.js')));
  assert.equal(await import('tiv-charts/core.js'), await import(dist('core.js')));
  assert.equal(await import('tiv-charts/tiv-trend.js'), await import(dist('tiv-trend.js')));
});

test('server-side import: every file named in package.json "exports" exists', () => {
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  assert.ok(targets.length >= 5);
  // A pattern such as ./dist/messages/*.js names the files of every language, e.g. de.
  for (const target of targets) assert.ok(existsSync(new URL(target.replace('*', 'de'), root)), `${target} exists`);
});

test('server-side import: German words are a module to register, and the package name resolves to it', async () => {
  const {de} = await import('tiv-charts/messages/de.js');
  const {registerMessages, messagesFor} = await import('tiv-charts/core.js');
  assert.equal(messagesFor('de-AT').lang, 'en');
  registerMessages('de', de);
  assert.equal(messagesFor('de-AT').showData, 'Daten zeigen');
});

test('server-side import: dist/core.js exports the pure pipeline', async () => {
  const core = await import(dist('core.js'));
  for (const name of ['parseCsv', 'parseJson', 'parseDataText', 'normalizeData', 'createFormats', 'layoutChart', 'describeSeries', 'resolveHighlight']) {
    assert.equal(typeof core[name], 'function', name);
  }
  assert.equal(typeof core.ChartDataError, 'function');
});

test('core in Node: parseCsv() of a CSV with a byte-order mark equals the CSV without it', async () => {
  const {parseCsv, parseDataText} = await import(dist('core.js'));
  const plain = parseCsv(fixtureCsv);
  assert.equal(plain.length, 30);
  assert.deepEqual(Object.keys(plain[0]), ['year', 'tiv']);
  assert.deepEqual(parseCsv('\uFEFF' + fixtureCsv), plain);
  assert.deepEqual(parseDataText('\uFEFF' + fixtureCsv, 'text/csv'), plain);
  const quoted = '"year","tiv"\n1992,1023\n';
  assert.deepEqual(parseCsv('\uFEFF' + quoted), parseCsv(quoted));
  // Rows have a null prototype (a "__proto__" column stays a column): compare their entries.
  assert.deepEqual(parseCsv(quoted).map((r) => ({...r})), [{year: '1992', tiv: '1023'}]);
});

test('core in Node: parse errors are ChartDataErrors with stable codes', async () => {
  const {ChartDataError, parseJson, parseDataText, normalizeData} = await import(dist('core.js'));
  assert.throws(() => parseJson('[{"year": 2001,'), (e) => e instanceof ChartDataError && e.code === 'invalid-json');
  assert.throws(() => parseDataText('<!DOCTYPE html><html></html>'), (e) => e instanceof ChartDataError && e.code === 'invalid-data');
  assert.throws(() => normalizeData([]), (e) => e instanceof ChartDataError && e.code === 'no-data');
});

test('core in Node: normalizeData() of the fixture gives 30 data, 1992..2021, max 3077 in 2005', async () => {
  const {parseCsv, normalizeData, seriesStats, resolveHighlight} = await import(dist('core.js'));
  const n = normalizeData(parseCsv(fixtureCsv));
  assert.equal(n.xLabel, 'year');
  assert.equal(n.series.length, 1);
  assert.equal(n.series[0].key, 'tiv');
  assert.equal(n.series[0].data.length, 30);
  assert.deepEqual(n.xs, YEARS);
  assert.deepEqual(n.warnings, []);
  const stats = seriesStats(n.series[0]);
  assert.deepEqual(stats.max, {x: 2005, y: 3077});
  assert.deepEqual(stats.min, {x: 1994, y: 72});
  assert.deepEqual(stats.first, {x: 1992, y: 1023});
  assert.deepEqual(stats.last, {x: 2021, y: 773});
  assert.deepEqual([...resolveHighlight('max', n.series)], [2005]);
});

test('core in Node: the JSON fixture normalizes to the same series as the CSV fixture', async () => {
  const {parseCsv, parseDataText, normalizeData} = await import(dist('core.js'));
  const fromJson = normalizeData(parseDataText(fixtureJson, 'application/json'));
  assert.deepEqual(fromJson, normalizeData(parseCsv(fixtureCsv)));
});

test('core in Node: layoutChart() of the fixture draws 30 columns, the tallest for 2005', async () => {
  const {parseCsv, normalizeData, createFormats, layoutChart} = await import(dist('core.js'));
  // The positions of every datum are internal (the elements' hover and keyboard lookups).
  const {datumPositions} = await import(dist('core/index.js'));
  const {series} = normalizeData(parseCsv(fixtureCsv));
  const values = series[0].data.map((d) => d.y);
  // Tick labels measured as 0.6 em of a 12 px font per character.
  const measure = (text) => text.length * 12 * 0.6;
  for (const mark of ['column', 'line', 'area', 'bar']) {
    const layout = layoutChart(series, {width: 640, height: 360, mark, measureText: measure, formats: createFormats({unit: 'mn'}, values)});
    assert.deepEqual(insanities(layout), [], mark);
    assert.equal(layout.markCount, 30, mark);
    const positions = datumPositions(layout, series);
    assert.equal(positions.length, 30, mark);
    assert.ok(layout.yDomain[0] <= (mark === 'line' ? 72 : 0) && layout.yDomain[1] >= 3077, `${mark} domain ${layout.yDomain}`);
    const highest = positions.reduce((a, b) => (b.y < a.y ? b : a));
    assert.deepEqual(highest.datum, {x: 2005, y: 3077}, mark);
    // x labels do not overlap.
    for (let i = 1; i < layout.xTicks.length; i++) {
      const [a, b] = [layout.xTicks[i - 1], layout.xTicks[i]];
      assert.ok(b.labelPosition - measure(b.label) / 2 >= a.labelPosition + measure(a.label) / 2 + 7.98, `${mark} ${a.label}/${b.label}`);
    }
  }
  const columns = layoutChart(series, {width: 640, height: 360, mark: 'column', formats: createFormats({unit: 'mn'}, values)}).columns;
  assert.equal(columns.length, 30);
  const tallest = columns.reduce((a, b) => (b.height > a.height ? b : a));
  assert.deepEqual(tallest.datum, {x: 2005, y: 3077});
  assert.ok(columns.every((c) => c.width > 0 && c.height > 0));
});

test('core in Node: number formats and the summary use full ICU (en and de-DE)', async () => {
  const {parseCsv, normalizeData, createFormats, describeSeries} = await import(dist('core.js'));
  const en = createFormats({prefix: '$'}, [2.96e11]);
  assert.equal(en.value(2.96e11), '$296bn');
  assert.equal(en.spoken(2.96e11), '296 billion US dollars');
  const de = createFormats({locale: 'de-DE'}, [0, 1e11, 2e11, 3e11]);
  assert.match(de.value(2.96e11), /^296\sMrd\.$/);
  assert.deepEqual(createFormats({locale: 'de-DE'}, [1234.5]).value(1234.5), '1.234,5');
  const {series} = normalizeData(parseCsv(fixtureCsv));
  const text = describeSeries(series, createFormats({unit: 'mn'}, series[0].data.map((d) => d.y)));
  assert.equal(
    text,
    '1992 to 2021. Highest: 3,077 million in 2005. Lowest: 72 million in 1994. ' +
      'Latest, 2021: 773 million, down 24 per cent from 1,023 million in 1992.'
  );
});
