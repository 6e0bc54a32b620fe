/**
 * The tooltip and the value labels (issue 14): the tooltip of a pointer or the keyboard stands just
 * above its datum, where the datum's value label stands, and covered half of it ("3,077mn" read
 * as its lower half under "2005: 3,077mn", in both themes). The labels at the tooltip's x make way
 * for it, as it says their values, and come back when it goes. A tap: see touch.test.ts.
 */
import {expect, waitUntil} from '@open-wc/testing';
import '../../src/index.js';
import {$, $$, cleanup, expectNoPageErrors, mount, shapeBox} from '../helpers/chart.js';

const FIXTURE = '/test/fixtures/tiv-russia-china.csv';
const MILEX = '/test/fixtures/milex-china-russia.csv';

const labels = (el: Element) => $$(el, '.value-label').map((t) => t.textContent);

/** Moves a pointer to the middle of the column (or the x of the line's point) of `year` and waits for the tooltip's place. */
async function pointAt(el: Element, year: number) {
  const svg = $<SVGSVGElement>(el, 'svg.chart')!;
  const frame = svg.getBoundingClientRect();
  const column = $(el, `rect.column[data-x="${year}"]`);
  const box = column ? shapeBox(column) : undefined;
  const tick = box ? undefined : shapeBox($$(el, '.x-axis text').find((t) => t.textContent === String(year))!);
  const x = box ? box.left + box.width / 2 : tick!.left + tick!.width / 2;
  const y = box ? box.top + box.height / 2 : frame.top + frame.height / 2;
  svg.dispatchEvent(new PointerEvent('pointermove', {clientX: x, clientY: y, bubbles: true}));
  await waitUntil(() => $<HTMLElement>(el, '.tooltip')?.style.transform, 'the tooltip is placed');
  return $(el, '.tooltip')!;
}

/** The texts of the plot (value labels, tick labels) whose boxes meet the tooltip's. */
function textsUnder(el: Element, tooltip: Element): string[] {
  const tip = tooltip.getBoundingClientRect();
  return $$(el, '.value-label, .y-axis text, .x-axis text')
    .filter((t) => {
      const b = shapeBox(t);
      return b.left < tip.right && tip.left < b.right && b.top < tip.bottom && tip.top < b.bottom;
    })
    .map((t) => t.textContent!);
}

describe('the tooltip and the value labels', () => {
  afterEach(cleanup);
  expectNoPageErrors();

  for (const width of [375, 1280]) {
    for (const theme of ['light', 'dark']) {
      it(`at ${width} px, ${theme}: the label of the datum under the pointer makes way for its tooltip, and comes back`, async () => {
        const {el} = await mount(`<tiv-trend theme="${theme}" src="${FIXTURE}" unit="mn" highlight="2005, 2021"></tiv-trend>`, width);
        expect(labels(el)).to.have.members(['3,077mn', '773mn']);
        const tooltip = await pointAt(el, 2005);
        expect(tooltip.textContent).to.equal('2005: 3,077mn');
        expect(labels(el), 'the label at 2005 makes way').to.deep.equal(['773mn']);
        expect(textsUnder(el, tooltip), 'no text under the tooltip').to.deep.equal([]);
        $(el, 'svg.chart')!.dispatchEvent(new PointerEvent('pointerleave'));
        await waitUntil(() => !$(el, '.tooltip'), 'the tooltip goes');
        expect(labels(el)).to.have.members(['3,077mn', '773mn']);
      });
    }
  }

  it('on a chart of several series, the labels of every series at that x make way; the others stay', async () => {
    const series = JSON.stringify([
      {key: 'china', label: 'China'},
      {key: 'russia', label: 'Russia'},
    ]);
    const {el} = await mount(`<spend-compare theme="dark" src="${MILEX}" series='${series}' prefix="$" unit="bn" highlight="2010, 2020"></spend-compare>`, 640);
    expect(labels(el)).to.have.length(4);
    const tooltip = await pointAt(el, 2010);
    expect(tooltip.textContent).to.match(/^2010.*China.*Russia/);
    expect(labels(el), 'the labels of 2020 stay').to.have.length(2);
    expect(textsUnder(el, tooltip)).to.deep.equal([]);
  });
});
