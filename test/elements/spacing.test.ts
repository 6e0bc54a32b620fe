// Charts keep space around them in a page of text: the next paragraph's top is at least
// --tiv-chart-margin-block's end (2rem by default) below the chart's last text.
import {expect} from '@open-wc/testing';
import {$$, expectNoPageErrors, mount} from '../helpers/chart.js';

const DATA = `data='[[2001, 5], [2002, 6]]'`;
const rem = () => parseFloat(getComputedStyle(document.documentElement).fontSize);

/** A chart between two paragraphs (16 px text, margins of 1em); the gaps above and below its text, in px. */
async function gaps(chart: string) {
  const {host} = await mount(`<p style="margin: 1em 0">Before.</p>${chart}<p style="margin: 1em 0">After.</p>`);
  host.style.fontSize = '16px';
  const [before, after] = host.querySelectorAll('p');
  const el = host.querySelector('tiv-trend, spend-compare')!;
  // The last text of the chart: its source line and its controls row (the table is hidden).
  const texts = $$(el, '[part="source"], [part="controls"], [part="heading"]');
  const boxes = texts.map((t) => t.getBoundingClientRect()).filter((b) => b.height > 0);
  const top = Math.min(...boxes.map((b) => b.top));
  const bottom = Math.max(...boxes.map((b) => b.bottom));
  return {above: top - before.getBoundingClientRect().bottom, below: after.getBoundingClientRect().top - bottom};
}

describe('space around a chart', () => {
  expectNoPageErrors();

  for (const tag of ['tiv-trend', 'spend-compare']) {
    it(`<${tag}>: 1.5rem above its heading and 2rem below its last text, by default`, async () => {
      const {above, below} = await gaps(`<${tag} heading="Heading" source="Source: SIPRI" ${DATA}></${tag}>`);
      expect(above).to.be.at.least(1.5 * rem() - 0.5);
      expect(below).to.be.at.least(2 * rem() - 0.5);
    });
  }

  it('--tiv-chart-margin-block sets it (0: only the paragraphs\' own margins), and a margin on the element wins', async () => {
    const none = await gaps(`<tiv-trend style="--tiv-chart-margin-block: 0" heading="Heading" source="Source" ${DATA}></tiv-trend>`);
    expect(none.below).to.be.closeTo(16, 0.5);
    expect(none.above).to.be.closeTo(16, 0.5);
    const wide = await gaps(`<tiv-trend style="--tiv-chart-margin-block: 3rem 4rem" heading="Heading" source="Source" ${DATA}></tiv-trend>`);
    expect(wide.above).to.be.closeTo(3 * rem(), 0.5);
    expect(wide.below).to.be.closeTo(4 * rem(), 0.5);
    const author = await gaps(`<tiv-trend style="margin: 0" heading="Heading" source="Source" ${DATA}></tiv-trend>`);
    expect(author.below).to.be.closeTo(16, 0.5);
  });
});
