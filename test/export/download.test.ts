/**
 * The export module (`src/export/download.ts`, `tiv-charts.export.js` in the bundles): the
 * standalone SVG of the chart a reader sees, from the one builder that renderChartSVG uses on a
 * server, and that SVG drawn as a PNG at twice its size.
 */
import {expect} from '@open-wc/testing';
import {downloadFigure} from '../../src/export/download.js';
import {$, $$, cleanup, mount} from '../helpers/chart.js';
import {caughtDownload, parsedSvg, svgTexts as texts, type Saved} from '../helpers/download.js';

const TIV = '/test/fixtures/tiv-russia-china.csv';
const HEADING = "Russia's arms deliveries to China peaked in 2005";
const TREND = `src="${TIV}" heading="${HEADING}" subheading="TIV, millions" unit="mn" source="Source: SIPRI Arms Transfers Database" highlight="max" annotations='[{"year":2014,"label":"Crimea annexed"}]'`;

/** The file the export module saves for the chart `el` in `format`. */
const saved = (el: HTMLElement, format: 'svg' | 'png'): Promise<Saved> =>
  caughtDownload(el, () => downloadFigure({host: el, plot: $<SVGSVGElement>(el, 'svg.chart')!, format}));

describe('the export module', () => {
  afterEach(cleanup);

  it("the SVG: named after the heading, it parses and has the figure's texts, no script and no external reference", async () => {
    const {el} = await mount(`<tiv-trend ${TREND}></tiv-trend>`);
    const file = await saved(el, 'svg');
    expect(file.name).to.equal('russia-s-arms-deliveries-to-china-peaked-in-2005.svg');
    expect(file.blob.type).to.match(/^image\/svg\+xml/);
    const doc = await parsedSvg(file);
    const svg = doc.documentElement;
    expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    const plot = $(el, 'svg.chart')!;
    expect(Number(svg.getAttribute('width'))).to.equal(Number(plot.getAttribute('width')) + 24);
    expect(svg.getAttribute('viewBox')).to.equal(`0 0 ${svg.getAttribute('width')} ${svg.getAttribute('height')}`);
    expect(doc.querySelector('title')?.textContent).to.equal(HEADING);
    expect(doc.querySelector('desc')?.textContent).to.match(/^1992 to 2021\. Highest: 3,077 million in 2005/);
    const all = texts(doc);
    expect(all.join(' ')).to.include(HEADING);
    expect(all).to.include('TIV, millions');
    expect(all).to.include('Source: SIPRI Arms Transfers Database');
    expect(all).to.include('Crimea annexed');
    // Every tick label of the chart on the page.
    const ticks = $$(el, '.x-axis text, .y-axis text').map((t) => t.textContent);
    expect(ticks.length).to.be.greaterThan(5);
    for (const tick of ticks) expect(all, `tick ${tick}`).to.include(tick);
    expect(doc.querySelectorAll('script, foreignObject').length, 'no script').to.equal(0);
    const markup = await file.blob.text();
    expect(markup).to.not.match(/\s(?:xlink:)?href=|url\(|@import|\son[a-z]+=/i, 'no external reference, no handler');
    expect(markup).to.not.match(/var\(--|color-mix|currentColor/, 'colours resolved');
    expect(markup, 'no hover mark, nothing of the page').to.not.match(/class="hover|tabindex|aria-|part=/);
  });

  it('the PNG: that SVG drawn at twice its size, in the theme', async () => {
    const {el} = await mount(`<tiv-trend ${TREND} theme="dark"></tiv-trend>`);
    const svg = (await parsedSvg(await saved(el, 'svg'))).documentElement;
    const file = await saved(el, 'png');
    expect(file.name).to.equal('russia-s-arms-deliveries-to-china-peaked-in-2005.png');
    expect(file.blob.type).to.equal('image/png');
    const image = await createImageBitmap(file.blob);
    expect([image.width, image.height]).to.deep.equal([Number(svg.getAttribute('width')) * 2, Number(svg.getAttribute('height')) * 2]);
    // The dark theme's background, drawn.
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    expect(Array.from(context.getImageData(4, 4, 1, 1).data)).to.deep.equal([0x12, 0x12, 0x12, 255]);
  });

  it('<spend-compare>: the ratio callout, the legend, and the series colours as drawn (an author colour too)', async () => {
    const series = JSON.stringify([
      {key: 'china', label: 'China', color: '#c00'},
      {key: 'russia', label: 'Russia'},
    ]);
    const {el} = await mount(
      `<spend-compare src="/test/fixtures/milex-china-russia.csv" series='${series}' mark="bar" ratio-year="2020" heading="China outspends Russia" source="Source: SIPRI"></spend-compare>`
    );
    const doc = await parsedSvg(await saved(el, 'svg'));
    expect(texts(doc)).to.include.members(['3.7×', 'China to Russia, 2020', 'China', 'Russia', 'Source: SIPRI']);
    expect(doc.querySelectorAll('svg.swatch').length, 'legend swatches').to.equal(2);
    expect(doc.querySelector('rect.column.series-0')?.getAttribute('style')).to.match(/fill:\s*rgb\(204, 0, 0\)/);
  });

  it('text from the data and attributes with markup stays text in the SVG', async () => {
    const data = JSON.stringify([
      {year: 2020, '<img src=x onerror=alert(1)>': 3},
      {year: 2021, '<img src=x onerror=alert(1)>': 5},
    ]);
    const annotations = JSON.stringify([{year: 2021, label: '<b>bold</b> & <i>more</i>'}]);
    const {el} = await mount(
      `<tiv-trend mark="line" heading="&lt;script&gt;alert(1)&lt;/script&gt; heading" note="A &lt;u&gt;note&lt;/u&gt;" data='${data}' annotations='${annotations}'></tiv-trend>`
    );
    const doc = await parsedSvg(await saved(el, 'svg'));
    expect(doc.querySelectorAll('script, img, b, i, u, foreignObject').length).to.equal(0);
    expect(doc.querySelector('title')?.textContent).to.equal('<script>alert(1)</script> heading');
    const all = texts(doc).join(' ');
    expect(all).to.include('<script>alert(1)</script> heading');
    expect(all).to.include('<b>bold</b> & <i>more</i>');
    expect(all).to.include('A <u>note</u>');
  });

  it('a slotted heading and source are written as shown', async () => {
    const {el} = await mount(
      `<tiv-trend src="${TIV}"><span slot="heading">Slotted <em>heading</em></span><span slot="source">Source: <a href="https://www.sipri.org">SIPRI</a></span></tiv-trend>`
    );
    const doc = await parsedSvg(await saved(el, 'svg'));
    expect(doc.querySelector('title')?.textContent).to.equal('Slotted heading');
    expect(texts(doc)).to.include.members(['Slotted heading', 'Source: SIPRI']);
  });

  it("<spend-compare> with a bad ratio: the SVG says why in the callout's place, as the page does, with no blank value line", async () => {
    const {el} = await mount(
      `<spend-compare src="/test/fixtures/milex-china-russia.csv" ratio="china/usa" heading="China outspends Russia" subheading="Military spending" source="Source: SIPRI"></spend-compare>`
    );
    const shown = $(el, '.ratio-error')!.textContent!.trim();
    expect(shown).to.match(/usa/);
    const doc = await parsedSvg(await saved(el, 'svg'));
    const error = doc.querySelector('.fig-ratio-error');
    expect(error, 'the message is drawn').to.exist;
    expect([...doc.querySelectorAll('.fig-ratio-error')].map((t) => t.textContent).join(' ')).to.equal(shown);
    expect(doc.querySelector('.fig-ratio-value'), 'no empty value').to.equal(null);
    // It follows the subheading as the next block does: one small line away, no 32 px band.
    const sub = Number(doc.querySelector('.fig-subheading')!.getAttribute('y'));
    expect(Number(error!.getAttribute('y')) - sub).to.be.below(30);
  });
});
