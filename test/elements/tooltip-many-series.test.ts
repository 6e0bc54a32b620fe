/**
 * A tooltip of many series in a short plot shows every line (issue 14, a phone trial: ten series
 * in a short plot lost their last lines without a sign): it may reach past the plot, up to the
 * viewport's height. In every engine, for a mouse and a finger, at 320, 375 and 1280 px.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {$, $$, cleanup, expectNoPageErrors, mount} from '../helpers/chart.js';

const WIDTHS = [320, 375, 1280];

expectNoPageErrors();

describe('a tooltip of many series in a short plot', () => {
  afterEach(cleanup);

  /** Ten series from 2010 (one with no data at first), in a plot area 120 px tall at a chart `width` px wide. */
  const tenSeries = (width: number) => {
    const keys = 'abcdefghij'.split('');
    const rows = Array.from({length: 12}, (_, i) => Object.fromEntries([['year', 2010 + i], ...keys.map((k, s) => [k, s === 3 && i < 5 ? null : 10 * (s + 1) + i])]));
    const series = keys.map((key, s) => ({key, label: `Country ${s + 1}${s === 7 ? ' with a name long enough to wrap' : ''}`}));
    return `<spend-compare aspect-ratio="${width} / 120" ratio="none" data='${JSON.stringify(rows)}' series='${JSON.stringify(series)}'></spend-compare>`;
  };

  for (const width of WIDTHS) {
    for (const pointerType of ['mouse', 'touch'] as const) {
      it(`at ${width} px a ${pointerType}'s tooltip shows every series' line, inside the viewport`, async () => {
        const {el} = await mount(tenSeries(width), width);
        const svg = $(el, 'svg.chart')!;
        const plot = svg.getBoundingClientRect();
        expect(plot.height, 'a short plot').to.be.below(12 * 17);
        svg.dispatchEvent(new PointerEvent('pointermove', {clientX: plot.left + plot.width / 2, clientY: plot.top + plot.height * 0.6, pointerType, bubbles: true, composed: true}));
        await waitUntil(() => $<HTMLElement>(el, '.tooltip')?.style.transform, 'the tooltip is placed');
        const tip = $<HTMLElement>(el, '.tooltip')!;
        const box = tip.getBoundingClientRect();
        // The year and ten series.
        expect($$(el, '.tooltip .name')).to.have.length(10);
        expect(tip.scrollHeight, 'no line is cut').to.be.at.most(tip.clientHeight + 1);
        for (const value of $$(el, '.tooltip .value')) expect(value.getBoundingClientRect().bottom).to.be.at.most(box.bottom);
        expect(box.height, 'taller than the plot').to.be.above(plot.height);
        // (Within the half pixel of rounding its position to whole px.)
        expect(box.top).to.be.at.least(-0.5);
        expect(box.bottom).to.be.at.most(window.innerHeight + 0.5);
      });
    }
  }
});
