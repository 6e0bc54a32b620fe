/**
 * A web font that arrives after the chart was drawn: the chart measures and lays out again, once,
 * and then draws as a chart drawn with the font from the start. The font (test/fixtures/fonts)
 * is 1.6 times wider than its fallback, so labels measured in the fallback would overlap.
 */
import {expect} from '@open-wc/testing';
import {$$, cleanup, frames, mount, nextChartEvent, overlaps, pageErrors} from '../helpers/chart.js';

const years = Array.from({length: 30}, (_, i) => 1992 + i);
const data = JSON.stringify(years.map((year, i) => ({year, value: 1000 + ((i * 397) % 2500)})));
const compareData = JSON.stringify(years.map((year, i) => ({year, china: 100 + i * 8, russia: 40 + i})));
const markup = `<tiv-trend heading="Late font" unit="mn" data='${data}'></tiv-trend>
  <spend-compare heading="Late font" prefix="$" unit="bn" series='[{"key":"china","label":"China"},{"key":"russia","label":"Russia"}]' data='${compareData}' mark="line"></spend-compare>`;

/** What a chart draws, in its own px: tick labels with their positions, the frame, the direct labels. */
function drawing(el: Element) {
  const attrs = (selector: string) => $$(el, selector).map((n) => `${n.textContent}@${n.getAttribute('x')},${n.getAttribute('y')}`);
  return {x: attrs('.x-axis text'), y: attrs('.y-axis text'), labels: attrs('.direct-label text'), grid: $$(el, '.grid line').map((l) => l.getAttribute('x1'))};
}

describe('fonts that arrive late', () => {
  afterEach(cleanup);
  after(() => expect(pageErrors).to.deep.equal([]));

  for (const width of [375, 1280]) {
    it(`at ${width} px: once the font has loaded, the charts lay out again, once, as if it had been there from the start`, async () => {
      // A page's web font (a family of its own for each test), served three seconds late:
      // the charts draw first, measuring their text in the fallback (which starts the font's load).
      const family = `Late Wide Test ${width}`;
      const style = document.createElement('style');
      style.textContent = `@font-face { font-family: '${family}'; src: url(/test-fixtures/late-font.woff?ms=3000&for=${width}); font-weight: 100 900; }`;
      document.head.append(style);
      const late = await mount(`<div style="font-family: '${family}', sans-serif">${markup}</div>`, width);
      const charts = Array.from(late.host.querySelectorAll<HTMLElement>('tiv-trend, spend-compare'));
      const relaid = nextChartEvent(late.host);
      await frames(2);
      const before = charts.map(drawing);
      const rendersBefore = late.renders.length;
      expect(document.fonts.status, 'the font is still on its way').to.equal('loading');

      await relaid;
      await document.fonts.ready;
      await Promise.all(charts.map((c) => (c as unknown as {updateComplete: Promise<unknown>}).updateComplete));
      const after = charts.map(drawing);
      expect(after, 'laid out again with the font').to.not.deep.equal(before);

      // Drawn with the font from the start.
      const fresh = await mount(`<div style="font-family: '${family}', sans-serif">${markup}</div>`, width);
      await frames(2);
      expect(after).to.deep.equal(Array.from(fresh.host.querySelectorAll<HTMLElement>('tiv-trend, spend-compare')).map(drawing));

      // Nothing touches in the real font.
      for (const el of charts) {
        expect(overlaps($$(el, '.x-axis text, .y-axis text').map((t) => t.getBoundingClientRect()), 1), 'tick labels apart').to.equal(false);
        const left = el.getBoundingClientRect().left;
        for (const t of $$(el, '.y-axis text')) expect(t.getBoundingClientRect().left).to.be.at.least(left - 0.5);
      }
      // Once: one more drawing per chart, and no more after some frames.
      await frames(6);
      expect(late.renders.length - rendersBefore).to.equal(charts.length);
      style.remove();
    });
  }
});
