/**
 * Print: a chart keeps its heading, marks and source in colours that print on white paper (a
 * dark theme too), drops the controls and the tooltip, and is not broken across pages.
 */
import {expect} from '@open-wc/testing';
import type {TivTrend} from '../../src/elements/tiv-trend.element.js';
import {$, cleanup, mount} from '../helpers/chart.js';
import {describeNeeds, emulateMedia} from '../helpers/engine.js';

const TIV = '/test/fixtures/tiv-russia-china.csv';

describeNeeds('media-emulation')('print (@media print)', () => {
  afterEach(async () => {
    await emulateMedia([]);
    cleanup();
  });

  for (const theme of ['auto', 'dark']) {
    it(`theme="${theme}": heading and source kept in dark text, controls and tooltip left out, no page break inside`, async () => {
      const {el} = await mount<TivTrend>(`<tiv-trend src="${TIV}" theme="${theme}" heading="Arms deliveries" source="Source: SIPRI"></tiv-trend>`);
      // Light text, as on a dark page.
      el.parentElement!.style.color = '#eee';
      const svg = $(el, 'svg.chart')!;
      const box = svg.getBoundingClientRect();
      svg.dispatchEvent(new PointerEvent('pointermove', {bubbles: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, pointerType: 'mouse'}));
      await el.updateComplete;
      expect($(el, '.tooltip'), 'a tooltip is shown on screen').to.exist;
      const controls = $(el, '.controls')!;
      expect(getComputedStyle(controls).display).to.not.equal('none');
      const plotOnScreen = $(el, '.plot')!.getBoundingClientRect();

      await emulateMedia([], 'print');
      // The plot keeps the shape it was drawn in: a browser lays a page out for paper without
      // running scripts, so a plot box of another shape would shrink the drawing inside it
      // (a 20rem cap did: the chart printed at about 80 % of the column's width).
      const plotInPrint = $(el, '.plot')!.getBoundingClientRect();
      expect(plotInPrint.width).to.be.closeTo(plotOnScreen.width, 1);
      expect(plotInPrint.height).to.be.closeTo(plotOnScreen.height, 1);
      expect(getComputedStyle(controls).display).to.equal('none');
      const tooltip = $(el, '.tooltip');
      expect(!tooltip || getComputedStyle(tooltip).display === 'none', 'no tooltip').to.be.true;
      expect(getComputedStyle(el).breakInside).to.equal('avoid');
      expect(getComputedStyle($(el, 'figure')!).breakInside).to.equal('avoid');
      for (const part of ['.heading', '.source']) {
        const style = getComputedStyle($(el, part)!);
        expect(style.display, part).to.not.equal('none');
      }
      // The heading prints black on no background, whatever the page's or the theme's colours.
      expect(getComputedStyle($(el, '.heading')!).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      const column = $(el, 'rect.column')!;
      expect(getComputedStyle(column).fill).to.equal('rgb(28, 126, 214)', 'the columns keep their colour');
    });
  }
});
