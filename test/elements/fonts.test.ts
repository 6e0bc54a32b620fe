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
      // A family of its own for each test: the page measures a family once per font.
      const FAMILY = `Late Wide Test ${width}`;
      // Drawn before the font is known: measured in the fallback.
      const late = await mount(`<div style="font-family: '${FAMILY}', sans-serif">${markup}</div>`, width);
      const charts = Array.from(late.host.querySelectorAll<HTMLElement>('tiv-trend, spend-compare'));
      await frames(2);
      const before = charts.map(drawing);
      const rendersBefore = late.renders.length;

      const face = new FontFace(FAMILY, `url(/test/fixtures/fonts/late-wide-test.woff)`, {weight: '100 900'});
      const relaid = nextChartEvent(late.host);
      document.fonts.add(face);
      await face.load();
      await relaid;
      await Promise.all(charts.map((c) => (c as unknown as {updateComplete: Promise<unknown>}).updateComplete));
      const after = charts.map(drawing);
      expect(after, 'laid out again with the font').to.not.deep.equal(before);

      // Drawn with the font from the start.
      const fresh = await mount(`<div style="font-family: '${FAMILY}', sans-serif">${markup}</div>`, width);
      const freshCharts = Array.from(fresh.host.querySelectorAll<HTMLElement>('tiv-trend, spend-compare'));
      await frames(2);
      expect(after).to.deep.equal(freshCharts.map(drawing));

      // Nothing touches in the real font.
      for (const el of charts) {
        expect(overlaps($$(el, '.x-axis text, .y-axis text').map((t) => t.getBoundingClientRect()), 1), 'tick labels apart').to.equal(false);
        const left = el.getBoundingClientRect().left;
        for (const t of $$(el, '.y-axis text')) expect(t.getBoundingClientRect().left).to.be.at.least(left - 0.5);
      }
      // Once: one more drawing per chart, and no more after some frames.
      await frames(6);
      expect(late.renders.length - rendersBefore).to.equal(charts.length);
      document.fonts.delete(face);
    });
  }
});
