/**
 * A classic scrollbar that comes and goes: in a box of fixed height that scrolls, a chart's width
 * sets its height, which sets whether the box needs a scrollbar, which takes width from the chart.
 * Resized every frame for a few seconds, no "ResizeObserver loop" error (or any other) reaches the
 * window, in every engine: the chart's height follows its width and never feeds back into it.
 *
 * Headless Chromium hides scrollbars (they take no width) until `showScrollbars`; styled
 * scrollbars (::-webkit-scrollbar, Chromium and WebKit) are classic ones, as Firefox's are. The
 * test checks that a scrollbar took width while it ran, so that it cannot pass without the case
 * it is about.
 */
import {expect} from '@open-wc/testing';
import {cleanup, expectNoPageErrors, frames, nextChartEvent, watchErrors} from '../helpers/chart.js';
import {describeNeeds} from '../helpers/engine.js';

expectNoPageErrors();

const STYLE = `
  .scroller { overflow-y: auto; overflow-x: hidden; scrollbar-width: auto; }
  .scroller::-webkit-scrollbar { width: 15px; }
  .scroller::-webkit-scrollbar-thumb { background: #888; }
`;

const CHARTS = [
  `<tiv-trend heading="Deliveries" unit="mn" highlight="max" annotations='[{"from":2002,"to":2006,"label":"Peak years"}]' src="/demo/data/tiv-russia-china.csv"></tiv-trend>`,
  `<spend-compare heading="Spending" prefix="$" unit="bn" ratio-year="2020" series='[{"key":"china","label":"China"},{"key":"russia","label":"Russia"}]' src="/demo/data/milex-china-russia.csv"></spend-compare>`,
];

describeNeeds('classic-scrollbars')('a classic scrollbar that comes and goes', () => {
  afterEach(cleanup);

  for (const [i, chart] of CHARTS.entries()) {
    it(`${i ? '<spend-compare>' : '<tiv-trend>'} in boxes whose scrollbar depends on its height, resized every frame for 3 s: no error on the window`, async function () {
      this.timeout(30000);
      const style = document.createElement('style');
      style.textContent = STYLE;
      const page = document.createElement('div');
      page.append(style);
      // Boxes of many heights, so that at some width each one's chart is just as tall as it.
      const boxes = Array.from({length: 12}, (_, k) => {
        const box = document.createElement('div');
        box.className = 'scroller';
        box.style.height = `${330 + 30 * k}px`;
        box.style.width = '600px';
        box.innerHTML = chart;
        page.append(box);
        return box;
      });
      const drawn = Promise.all(boxes.map((b) => nextChartEvent(b)));
      document.body.append(page);
      await drawn;
      const errors = watchErrors();
      let classic = 0;
      const start = performance.now();
      for (let frame = 0; performance.now() - start < 3000; frame++) {
        // Slowly through 300 to 700 px and back, a pixel or two each frame.
        const width = 300 + Math.abs(((frame * 2) % 800) - 400);
        for (const box of boxes) box.style.width = `${width}px`;
        await frames(1);
        classic = Math.max(classic, ...boxes.map((b) => b.offsetWidth - b.clientWidth));
      }
      await frames(3);
      errors.stop();
      page.remove();
      expect(errors.seen).to.deep.equal([]);
      expect(classic, 'a scrollbar took width from the charts').to.be.at.least(10);
    });
  }
});
