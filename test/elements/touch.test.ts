/**
 * Touch on a phone-wide page (375 px), with real touch events: Chromium's
 * `Input.dispatchTouchEvent` through the DevTools protocol (the `touch` test command), so the
 * browser makes the pointer events, the implicit pointer capture and the page's scrolling itself.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {$, $$, cleanup, mount, pageErrors} from '../helpers/chart.js';
import {describeNeeds, setViewport} from '../helpers/engine.js';
import {tap, touch} from '../helpers/touch.js';

const data = JSON.stringify(Array.from({length: 12}, (_, i) => ({year: 2010 + i, value: 100 + ((i * 37) % 90)})));
const twoSeries = JSON.stringify(Array.from({length: 12}, (_, i) => ({year: 2010 + i, a: 100 + i * 5, b: 60 + ((i * 13) % 40)})));

const tooltip = (el: Element) => $<HTMLElement>(el, '.tooltip');
const tooltipText = (el: Element) => tooltip(el)?.textContent?.trim() ?? '';
/** The viewport point of the column (or the line's point) for `year`, as a finger would touch it. */
function pointOf(el: Element, year: number) {
  const svg = $<SVGSVGElement>(el, 'svg.chart')!.getBoundingClientRect();
  const column = $(el, `rect.column[data-x="${year}"]`)?.getBoundingClientRect();
  const x = column ? column.left + column.width / 2 : svg.left;
  return {x, y: svg.top + svg.height * 0.6};
}
/** Waits until the tooltip is placed (its size observed) and returns its viewport box. */
async function placedTooltip(el: Element) {
  await waitUntil(() => tooltip(el)?.style.transform, 'the tooltip is placed');
  return tooltip(el)!.getBoundingClientRect();
}

// `Input.dispatchTouchEvent` is Chromium's; other engines have no real touch to send.
describeNeeds('touch-events')('touch (375 px, real touch events)', function () {
  before(async function () {
    await setViewport({width: 375, height: 800});
  });
  afterEach(() => {
    cleanup();
    window.scrollTo(0, 0);
  });
  after(() => expect(pageErrors).to.deep.equal([]));

  it('a tap shows the nearest datum and the tooltip stays after the finger lifts', async () => {
    const {el} = await mount(`<tiv-trend heading="Tap" data='${data}'></tiv-trend>`, '100%');
    const at = pointOf(el, 2015);
    await tap(at.x + 2, at.y);
    await waitUntil(() => tooltip(el), 'a tap shows the tooltip');
    expect(tooltipText(el)).to.match(/^2015: /);
    // Lifted: still there after the next render.
    await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    expect(tooltipText(el)).to.match(/^2015: /);
    expect($(el, '.hover .hover-rule'), 'the tapped datum is drawn as under the pointer').to.exist;
  });

  it('sits above the finger, never under it, and inside the viewport', async () => {
    const {el} = await mount(`<spend-compare heading="Tap" data='${twoSeries}' mark="line"></spend-compare>`, '100%');
    const svg = $<SVGSVGElement>(el, 'svg.chart')!.getBoundingClientRect();
    for (const [fx, fy] of [
      [svg.left + 4, svg.top + svg.height * 0.8],
      [svg.left + svg.width / 2, svg.top + svg.height * 0.5],
      [svg.right - 4, svg.top + svg.height * 0.9],
    ]) {
      await tap(fx, fy);
      const box = await placedTooltip(el);
      expect(box.bottom, `above the finger at ${fx}, ${fy}`).to.be.at.most(fy - 20);
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(document.documentElement.clientWidth);
      expect(box.top).to.be.at.least(0);
      // The points of both series at the tapped year are drawn, as under the pointer.
      expect($$(el, '.hover circle.point')).to.have.length(2);
      await sendKeys({press: 'Escape'});
      await waitUntil(() => !tooltip(el), 'Escape hides it');
    }
  });

  it('near the top of the viewport, the tooltip goes beside the finger, not under it', async () => {
    const {el} = await mount(`<tiv-trend data='${data}'></tiv-trend><div style="height: 2000px"></div>`, '100%');
    const svg = $<SVGSVGElement>(el, 'svg.chart')!.getBoundingClientRect();
    // Scroll the plot's top to the viewport's top, and touch just below it.
    window.scrollTo(0, svg.top + window.scrollY);
    const top = $<SVGSVGElement>(el, 'svg.chart')!.getBoundingClientRect().top;
    const at = pointOf(el, 2012);
    await tap(at.x, top + 20);
    const box = await placedTooltip(el);
    expect(box.top).to.be.at.least(0);
    expect(box.left >= at.x + 10 || box.right <= at.x - 10, `beside the finger at ${at.x}: ${box.left}–${box.right}`).to.equal(true);
  });

  it('dark theme: the value label of the tapped datum makes way for its tooltip, which says its value; it comes back when the tooltip goes', async () => {
    const {el} = await mount(`<tiv-trend heading="Tap" theme="dark" data='${data}' highlight="2015, 2021"></tiv-trend>`, '100%');
    const labels = () => $$(el, '.value-label').map((t) => t.textContent);
    const before = labels();
    expect(before).to.have.length(2);
    // A finger on the column just below its end: the tooltip above it stood on the label.
    const column = $(el, 'rect.column[data-x="2015"]')!.getBoundingClientRect();
    await tap(column.left + column.width / 2, column.top + 30);
    const box = await placedTooltip(el);
    expect(tooltipText(el)).to.match(/^2015: /);
    expect(labels()).to.have.length(1);
    for (const label of $$(el, '.value-label')) {
      const b = label.getBoundingClientRect();
      expect(b.bottom <= box.top || b.top >= box.bottom || b.right <= box.left || b.left >= box.right, `${label.textContent} clear of the tooltip`).to.equal(true);
    }
    await sendKeys({press: 'Escape'});
    await waitUntil(() => !tooltip(el), 'Escape hides it');
    expect(labels()).to.deep.equal(before);
  });

  it('the next tap on the plot moves it; a tap outside the chart hides it', async () => {
    const {el} = await mount(`<tiv-trend data='${data}'></tiv-trend><p style="height: 200px">Text after the chart</p>`, '100%');
    const a = pointOf(el, 2011);
    await tap(a.x, a.y);
    await waitUntil(() => /^2011: /.test(tooltipText(el)), 'the first tap shows 2011');
    const b = pointOf(el, 2019);
    await tap(b.x, b.y);
    await waitUntil(() => /^2019: /.test(tooltipText(el)), 'the next tap moves it to 2019');
    const p = document.querySelector('p')!.getBoundingClientRect();
    await tap(p.left + 20, p.top + 20);
    await waitUntil(() => !tooltip(el), 'a tap outside the chart hides it');
    expect($(el, '.hover')).to.equal(null);
  });

  it('a finger dragged along the plot scrubs through the data', async () => {
    const {el} = await mount(`<tiv-trend data='${data}'></tiv-trend>`, '100%');
    const seen: string[] = [];
    const start = pointOf(el, 2010);
    await touch('touchStart', start.x, start.y);
    for (let year = 2010; year <= 2021; year++) {
      const at = pointOf(el, year);
      await touch('touchMove', at.x, start.y);
      await waitUntil(() => tooltipText(el).startsWith(`${year}:`), `scrubbed to ${year}`);
      seen.push(tooltipText(el).slice(0, 4));
    }
    await touch('touchEnd');
    expect(seen).to.deep.equal(Array.from({length: 12}, (_, i) => String(2010 + i)));
    await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    expect(tooltipText(el), 'still shown after the drag').to.match(/^2021: /);
  });

  it('a vertical swipe on the plot scrolls the page (touch-action: pan-y)', async () => {
    const {el} = await mount(`<tiv-trend data='${data}'></tiv-trend><div style="height: 3000px"></div>`, '100%');
    expect(getComputedStyle($(el, '.plot')!).touchAction).to.equal('pan-y');
    const at = pointOf(el, 2015);
    const before = window.scrollY;
    const scrolled = new Promise((resolve) => window.addEventListener('scroll', resolve, {once: true}));
    await touch('touchStart', at.x, at.y);
    for (let dy = 10; dy <= 150; dy += 10) await touch('touchMove', at.x, at.y - dy);
    await touch('touchEnd');
    await scrolled;
    expect(window.scrollY).to.be.greaterThan(before);
  });
});
