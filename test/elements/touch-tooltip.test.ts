/**
 * A finger's tooltip on a phone, with real touch events (Chromium only, see helpers/touch.ts):
 * it stays inside the viewport at any length of a series' name, never covers the finger, and
 * after the phone turns it is placed again by its datum.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {$, $$, cleanup, mount, pageErrors} from '../helpers/chart.js';
import {describeNeeds, setViewport} from '../helpers/engine.js';
import {tap} from '../helpers/touch.js';

const tooltip = (el: Element) => $<HTMLElement>(el, '.tooltip');
const viewport = () => ({width: document.documentElement.clientWidth, height: window.innerHeight});

/** Waits until a tooltip is placed (its size observed) and returns its viewport box. */
async function placedTooltip(el: Element) {
  await waitUntil(() => tooltip(el)?.style.transform, 'the tooltip is placed');
  return tooltip(el)!.getBoundingClientRect();
}

async function hideTooltip(el: Element) {
  await sendKeys({press: 'Escape'});
  await waitUntil(() => !tooltip(el), 'Escape hides the tooltip');
}

/** Whether `box` lies inside the viewport. */
function insideViewport(box: DOMRect) {
  const {width, height} = viewport();
  return box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height;
}

/** Thirty-one years of columns, 1990 to 2020. */
const columns = JSON.stringify(Array.from({length: 31}, (_, i) => ({year: 1990 + i, value: 800 + ((i * 137) % 900)})));
const columnOf = (el: Element, year: number) => $(el, `rect.column[data-x="${year}"]`)!.getBoundingClientRect();

/**
 * Waits until the tooltip is placed by the column of `year` (over it, or beside it by the finger's
 * margin at most), once that column's centre is right of `movedPast` (px), inside the viewport.
 */
function placedByColumn(el: Element, year: number, movedPast: number) {
  const byDatum = () => {
    const box = tooltip(el)?.getBoundingClientRect();
    const column = columnOf(el, year);
    const x = column.left + column.width / 2;
    return !!box && x > movedPast && box.left <= x + 21 && box.right >= x - 21 && insideViewport(box);
  };
  return waitUntil(byDatum, `the tooltip is placed by the ${year} column, inside the viewport`, {timeout: 15000});
}

/** Five countries' military spending from 1949 (in $bn), most of them without data at first: a tooltip of six lines. */
const fiveCountries = JSON.stringify(
  Array.from({length: 75}, (_, i) => ({
    year: 1949 + i,
    usa: Math.round((150 + i * 9.3 + (i % 7) * 21.7) * 1000) / 1000,
    china: i < 40 ? null : Math.round((10 + (i - 40) * 7.1) * 1000) / 1000,
    russia: i < 43 ? null : Math.round((40 + ((i * 13) % 30)) * 1000) / 1000,
    india: Math.round((1 + i * 1.1) * 1000) / 1000,
    saudi_arabia: i < 20 ? null : Math.round((5 + (i % 11) * 6.3) * 1000) / 1000,
  }))
);
const fiveLabels = (label: (name: string) => string) =>
  JSON.stringify(
    Object.entries({usa: 'United States', china: 'China', russia: 'Russia', india: 'India', saudi_arabia: 'Saudi Arabia'}).map(([key, name]) => ({key, label: label(name)}))
  );

describeNeeds('touch-events')("a finger's tooltip on a phone (real touch events)", function () {
  afterEach(() => {
    cleanup();
    window.scrollTo(0, 0);
  });
  after(async () => {
    await setViewport({width: 375, height: 800});
    expect(pageErrors).to.deep.equal([]);
  });

  it('a name of any length is cut to two lines with an ellipsis: the tooltip stays inside the viewport; the live region and the table say the whole name', async () => {
    await setViewport({width: 375, height: 740});
    const name = 'Supercalifragilistic'.repeat(500);
    const data = JSON.stringify(Array.from({length: 12}, (_, i) => ({year: 2010 + i, value: 100 + ((i * 37) % 90)})));
    const {el} = await mount(`<tiv-trend heading="Long name" series-label="${name}" data='${data}'></tiv-trend><div style="height: 1000px"></div>`, '100%');
    const svg = $(el, 'svg.chart')!;
    svg.scrollIntoView({block: 'center'});
    const plot = svg.getBoundingClientRect();
    await tap(plot.left + plot.width / 2, plot.top + plot.height / 2);
    const box = await placedTooltip(el);
    expect(insideViewport(box), `inside the viewport: ${box.left}, ${box.top}, ${box.right}, ${box.bottom}`).to.equal(true);
    const nameBox = $(el, '.tooltip .name')!.getBoundingClientRect();
    const value = $(el, '.tooltip .value')!;
    const lineHeight = $(el, '.tooltip .year')!.getBoundingClientRect().height;
    expect(nameBox.height, 'the name takes two lines at most').to.be.at.most(2 * lineHeight + 1);
    expect(getComputedStyle($(el, '.tooltip .name')!).webkitLineClamp).to.equal('2');
    expect(value.textContent!.trim(), 'the value is shown whole').to.match(/^\d+$/);
    expect(value.getBoundingClientRect().right, 'inside the tooltip').to.be.at.most(box.right);

    (svg as SVGElement).focus();
    await sendKeys({press: 'End'});
    expect($(el, '.live')!.textContent, 'the live region says the whole name').to.include(name);
    expect($(el, 'table thead th:nth-child(2)')!.textContent).to.include(name);
  });

  it("several long names (<spend-compare>) in a 740 px tall viewport: the tooltip stays inside it", async () => {
    await setViewport({width: 375, height: 740});
    const labels = fiveLabels((name) => `${name} `.repeat(60).trim());
    const {el} = await mount(`<spend-compare heading="Long names" data='${fiveCountries}' series='${labels}' prefix="$" unit="bn"></spend-compare><div style="height: 1000px"></div>`, '100%');
    const svg = $(el, 'svg.chart')!;
    svg.scrollIntoView({block: 'center'});
    const plot = svg.getBoundingClientRect();
    await tap(plot.left + plot.width * 0.8, plot.top + plot.height * 0.7);
    const box = await placedTooltip(el);
    expect(insideViewport(box), `inside the viewport: ${box.left}, ${box.top}, ${box.right}, ${box.bottom}`).to.equal(true);
    const lineHeight = $(el, '.tooltip .year')!.getBoundingClientRect().height;
    for (const name of $$(el, '.tooltip .name')) expect(name.getBoundingClientRect().height).to.be.at.most(2 * lineHeight + 1);
  });

  for (const width of [280, 320, 375]) {
    it(`at ${width} × 640, a tooltip of six lines never covers the finger (its point and 20 px around it) and stays inside the viewport`, async () => {
      await setViewport({width, height: 640});
      const {el} = await mount(`<spend-compare heading="Five countries" data='${fiveCountries}' series='${fiveLabels((n) => n)}' prefix="$" unit="bn"></spend-compare><div style="height: 1200px"></div>`, '100%');
      const svg = $(el, 'svg.chart')!;
      for (const block of ['start', 'center'] as const) {
        for (const [fx, fy] of [[0.02, 0.05], [0.5, 0.05], [0.98, 0.05], [0.5, 0.5], [0.02, 0.95], [0.98, 0.95]]) {
          svg.scrollIntoView({block});
          const plot = svg.getBoundingClientRect();
          const x = plot.left + plot.width * fx;
          const y = Math.max(2, plot.top + plot.height * fy);
          await tap(x, y);
          const box = await placedTooltip(el);
          const where = `finger at ${Math.round(x)}, ${Math.round(y)} (plot at the ${block}): tooltip ${Math.round(box.left)}, ${Math.round(box.top)}, ${Math.round(box.right)}, ${Math.round(box.bottom)}`;
          const clear = box.right <= x - 20 || box.left >= x + 20 || box.bottom <= y - 20 || box.top >= y + 20;
          expect(clear, `not over the finger: ${where}`).to.equal(true);
          expect(insideViewport(box), `inside the viewport: ${where}`).to.equal(true);
          await hideTooltip(el);
        }
      }
    });
  }

  it('after the phone turns, a tapped tooltip is placed again by its datum, inside the viewport', async () => {
    await setViewport({width: 375, height: 740});
    const {el} = await mount(`<div style="height: 300px"></div><tiv-trend heading="Turned" unit="mn" data='${columns}'></tiv-trend><div style="height: 1000px"></div>`, '100%');
    const chart = el.nextElementSibling!;
    $(chart, 'svg.chart')!.scrollIntoView({block: 'center'});
    const at = columnOf(chart, 2018);
    const plot = $(chart, 'svg.chart')!.getBoundingClientRect();
    await tap(at.left + at.width / 2, plot.top + plot.height * 0.6);
    await placedTooltip(chart);
    expect(tooltip(chart)!.textContent).to.match(/^2018: /);

    await setViewport({width: 740, height: 375});
    await placedByColumn(chart, 2018, 400);
    expect(tooltip(chart)!.textContent).to.match(/^2018: /);
  });
});

/** A pointer event of `pointerType` at (`x`, `y`) in viewport px on the chart's svg (every engine: the browser does not make it). */
function pointAt(el: Element, type: 'pointermove' | 'pointerdown', pointerType: 'mouse' | 'touch', x: number, y: number) {
  $(el, 'svg.chart')!.dispatchEvent(new PointerEvent(type, {clientX: x, clientY: y, pointerType, bubbles: true, composed: true}));
}

describe('the tooltip in a small box and a changing viewport (every engine, pointer events made by the test)', () => {
  afterEach(() => {
    cleanup();
    window.scrollTo(0, 0);
  });
  after(() => expect(pageErrors).to.deep.equal([]));

  it("a mouse's tooltip with a name of 10,000 characters stays inside a 375 px plot: the name takes two lines", async () => {
    const name = 'Supercalifragilistic'.repeat(500);
    const data = JSON.stringify(Array.from({length: 12}, (_, i) => ({year: 2010 + i, value: 100 + ((i * 37) % 90)})));
    const {el} = await mount(`<tiv-trend series-label="${name}" data='${data}'></tiv-trend>`, 375);
    const plot = $(el, '.plot')!.getBoundingClientRect();
    pointAt(el, 'pointermove', 'mouse', plot.left + plot.width / 2, plot.top + plot.height / 2);
    const box = await placedTooltip(el);
    expect(box.left).to.be.at.least(plot.left - 0.5);
    expect(box.right).to.be.at.most(plot.right + 0.5);
    expect(box.height, `${box.height} px tall`).to.be.at.most(plot.height);
    const lineHeight = $(el, '.tooltip .year')!.getBoundingClientRect().height;
    expect($(el, '.tooltip .name')!.getBoundingClientRect().height).to.be.at.most(2 * lineHeight + 1);
    expect($(el, '.tooltip .value')!.getBoundingClientRect().right).to.be.at.most(box.right);
  });

  it("a finger's tooltip is placed again by its datum, inside the viewport, when the viewport changes", async () => {
    const before = {width: window.innerWidth, height: window.innerHeight};
    await setViewport({width: 500, height: 800});
    const {el} = await mount(`<tiv-trend data='${columns}'></tiv-trend><div style="height: 1000px"></div>`, '100%');
    const plot = $(el, 'svg.chart')!.getBoundingClientRect();
    const at = columnOf(el, 2018);
    pointAt(el, 'pointerdown', 'touch', at.left + at.width / 2, plot.top + plot.height * 0.6);
    await placedTooltip(el);
    await setViewport({width: 900, height: 450});
    await placedByColumn(el, 2018, 600);
    await setViewport(before);
  });
});
