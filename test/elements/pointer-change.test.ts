/**
 * The pointer's (or a finger's) tooltip survives a change of the chart: size, data and locale
 * change while a tooltip shows, and it stays for the same datum, placed beside it at the new
 * geometry; when its datum's x has gone, it goes. (A layout that follows the first draw at once,
 * as in Firefox, no longer drops a tooltip shown in between.)
 */
import {expect, waitUntil} from '@open-wc/testing';
import {$, change, cleanup, mount, pageErrors} from '../helpers/chart.js';

type Chart = HTMLElement & {data: unknown; updateComplete: Promise<unknown>};

const rows = [
  {year: 2015, value: 10},
  {year: 2016, value: 12},
  {year: 2017, value: 15.5},
  {year: 2018, value: 17},
  {year: 2019, value: 20},
];

const tooltip = (el: Element) => $<HTMLElement>(el, '.tooltip');
const tooltipText = (el: Element) => tooltip(el)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The hovered x in client px (the hover rule's, read from its attribute) and the tooltip's centre. */
function centres(el: Element) {
  const svg = $(el, 'svg.chart')!.getBoundingClientRect();
  const rule = Number($(el, '.hover-rule')!.getAttribute('x1'));
  const tip = tooltip(el)!.getBoundingClientRect();
  return {datum: svg.left + rule, tooltip: tip.left + tip.width / 2};
}

/**
 * Waits until `ready()` holds, checked every 50 ms (outside the browser's rendering steps: a check
 * from a MutationObserver would read the layout inside the ResizeObserver's callbacks), for up to
 * 15 s: the tooltip is placed in a frame that a loaded machine may delay by more than a second.
 */
const when = (ready: () => boolean, what: string) => waitUntil(ready, what, {timeout: 15000});

/** The tooltip is shown and centred on its datum (or as near as the plot's edges let it be). */
const placedOnDatum = (el: Element) => () => {
  if (!tooltip(el)?.style.transform || !$(el, '.hover-rule')) return false;
  const {datum, tooltip: centre} = centres(el);
  return Math.abs(datum - centre) <= 1;
};

/** Points at the middle of the plot, as a mouse would; returns the tooltip's text once placed. */
async function pointAtMiddle(el: Element, pointerType = 'mouse') {
  const svg = $(el, 'svg.chart')!;
  const box = svg.getBoundingClientRect();
  const init = {clientX: box.left + box.width / 2 + 10, clientY: box.top + box.height / 2, pointerType, bubbles: true, composed: true};
  svg.dispatchEvent(new PointerEvent(pointerType === 'touch' ? 'pointerdown' : 'pointermove', init));
  await when(placedOnDatum(el), 'the tooltip is placed on its datum');
  return tooltipText(el);
}

describe("the pointer's tooltip survives a change of the chart", () => {
  afterEach(cleanup);
  after(() => expect(pageErrors).to.deep.equal([]));

  it('a resize, new data and a new locale keep it for the same datum, at its new place; the datum gone, it goes', async () => {
    const {el, host} = await mount<Chart>(`<tiv-trend mark="line" data='${JSON.stringify(rows)}'></tiv-trend>`, 375);
    expect(await pointAtMiddle(el)).to.equal('2017: 15.5');
    const before = centres(el).datum;

    await change(el, host, () => (host.style.width = '768px'));
    expect(tooltipText(el), 'the same datum after a resize').to.equal('2017: 15.5');
    expect(centres(el).datum, 'the datum moved').to.be.above(before + 100);
    await when(placedOnDatum(el), 'the tooltip is placed on its datum');

    await change(el, host, () => (el.data = rows.map((r) => (r.year === 2017 ? {...r, value: 16.25} : r))));
    expect(tooltipText(el), 'the new value of the same year').to.equal('2017: 16.25');
    await when(placedOnDatum(el), 'the tooltip is placed on its datum');

    await change(el, host, () => el.setAttribute('locale', 'de'));
    expect(tooltipText(el), 'in German').to.equal('2017: 16,25');
    await when(placedOnDatum(el), 'the tooltip is placed on its datum');

    await change(el, host, () => (el.data = rows.filter((r) => r.year !== 2017)));
    expect(tooltip(el), 'its year is gone: no tooltip').to.equal(null);
    expect($(el, '.hover'), 'nor a hover rule').to.equal(null);
  });

  it("a finger's tooltip stays through a resize, still a finger's: a tap outside the chart hides it", async () => {
    const {el, host} = await mount<Chart>(`<tiv-trend mark="column" data='${JSON.stringify(rows)}'></tiv-trend>`, 375);
    const svg = $(el, 'svg.chart')!;
    const text = await pointAtMiddle(el, 'touch');
    svg.dispatchEvent(new PointerEvent('pointerleave', {pointerType: 'touch'}));
    await change(el, host, () => (host.style.width = '320px'));
    expect(tooltipText(el), 'the finger lifted, the chart resized: still shown').to.equal(text);
    document.body.dispatchEvent(new PointerEvent('pointerdown', {pointerType: 'touch', bubbles: true, composed: true}));
    await (el as Chart).updateComplete;
    expect(tooltip(el), 'a tap outside hides it').to.equal(null);
  });
});
