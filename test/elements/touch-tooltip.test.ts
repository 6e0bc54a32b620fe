/**
 * A finger's tooltip on a phone, with real touch events (Chromium only, see helpers/touch.ts):
 * it never covers the finger, and stays inside the viewport.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {$, cleanup, mount, pageErrors} from '../helpers/chart.js';
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

});
