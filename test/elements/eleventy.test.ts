/**
 * The Eleventy example's built article (examples/eleventy/, built by the test server:
 * scripts/site-pages.mjs; `npm run build` first): with JavaScript off its two charts show, drawn
 * at build time; with JavaScript on the bundle takes them over without moving anything, and they
 * answer the pointer and "Show data".
 */
import {expect, waitUntil} from '@open-wc/testing';
import {chartsIn, hoverUntil, layoutShiftsSoFar, openFrame, positions, reportsLayoutShifts, takenOver} from '../helpers/frames.js';

const PAGE = '/test-fixtures/eleventy/';
const BLOCKS = 'article > *';

describe('the Eleventy example', () => {
  const opened: HTMLIFrameElement[] = [];
  afterEach(() => opened.splice(0).forEach((f) => f.remove()));

  /** The built page with JavaScript off (a sandbox without scripts). */
  async function withoutScript(width: number) {
    const frame = await openFrame(PAGE, width, {sandbox: 'allow-same-origin'});
    opened.push(frame);
    return frame;
  }

  /** The built page with JavaScript on, counting the charts' chart-render events from its start. */
  async function withScript(width: number) {
    const html = await (await fetch(PAGE)).text();
    const counter = `<base href="${new URL(PAGE, location.href).href}"><script>window.renders = 0; document.addEventListener('chart-render', () => window.renders++, true);</script>`;
    const frame = await openFrame({srcdoc: html.replace('<head>', `<head>${counter}`)}, width);
    opened.push(frame);
    return frame;
  }

  for (const width of [375, 1280]) {
    it(`at ${width} px with JavaScript off, both charts show: heading, svg, marks and source`, async () => {
      const frame = await withoutScript(width);
      const charts = chartsIn(frame);
      expect(charts.map((c) => c.localName)).to.deep.equal(['tiv-trend', 'spend-compare']);
      expect(frame.contentWindow!.customElements.get('tiv-trend'), 'no script ran').to.equal(undefined);
      const [trend, compare] = charts.map((c) => c.shadowRoot!);
      expect(trend.querySelectorAll('rect.column').length).to.equal(30);
      expect(compare.querySelectorAll('path.line').length).to.equal(2);
      expect(compare.querySelector('.ratio-value')?.textContent).to.equal('3.7×');
      for (const root of [trend, compare]) {
        const svg = root.querySelector('svg.chart')!.getBoundingClientRect();
        expect(svg.width, 'the svg spans the column').to.be.greaterThan(width / 2);
        expect(svg.height).to.be.greaterThan(250);
        expect(root.querySelector('.heading')!.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(root.querySelector('.source')!.textContent).to.match(/^Source: SIPRI/);
      }
    });

    it(`at ${width} px with JavaScript on, the charts are taken over where they are, and answer the pointer and "Show data"`, async () => {
      const still = positions(await withoutScript(width), BLOCKS);
      const frame = await withScript(width);
      await takenOver(frame);
      const charts = chartsIn(frame);
      const [trend, compare] = charts.map((c) => c.shadowRoot!);
      expect([trend.querySelectorAll('svg.chart').length, compare.querySelectorAll('svg.chart').length], 'nothing drawn twice').to.deep.equal([1, 1]);
      expect(positions(frame, BLOCKS), 'the blocks where the page without script has them').to.deep.equal(still);
      if (reportsLayoutShifts()) expect(await layoutShiftsSoFar(frame), 'layout shifts').to.deep.equal([]);

      expect(await hoverUntil(frame, charts[1], /China/)).to.match(/\$\d/);
      const button = trend.querySelector<HTMLButtonElement>('.controls button')!;
      button.click();
      await waitUntil(() => (trend.querySelector('.data-table')?.getBoundingClientRect().height ?? 0) > 100, 'the table shows');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(trend.querySelectorAll('.data-table tbody tr').length).to.equal(30);
    });
  }
});
