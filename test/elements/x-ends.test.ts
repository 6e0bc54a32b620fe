/**
 * Where the data begin and end: the first and last x are labelled (src/core/layout/ticks.ts), and
 * an end label is centred on its tick wherever the svg has room for it, even in the corner under
 * the lowest y label (the x labels lie below the y labels' line boxes); near the svg's edge it is
 * moved inward only as far as keeps it inside. Measured boxes, at 320, 375, 768 and 1280 px.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {stories} from '../../demo/stories.js';
import {$, $$, cleanup, expectNoPageErrors, mount, nextChartEvent, shapeBox} from '../helpers/chart.js';

const WIDTHS = [320, 375, 768, 1280];
const yearly = (from: number, to: number) => JSON.stringify(Array.from({length: to - from + 1}, (_, i) => [from + i, 100 + ((i * 37) % 50)]));

/** The page x of the first and last data drawn: centres of columns (of each x's group of bars), and the ends of lines and areas. */
function dataEnds(el: Element): [number, number] {
  const groups = new Map<string, {left: number; right: number}>();
  for (const r of $$(el, 'rect.column')) {
    const b = shapeBox(r);
    const g = groups.get(r.getAttribute('data-x')!) ?? {left: b.left, right: b.right};
    groups.set(r.getAttribute('data-x')!, {left: Math.min(g.left, b.left), right: Math.max(g.right, b.right)});
  }
  const xs = [
    ...[...groups.values()].map((g) => (g.left + g.right) / 2),
    ...$$(el, 'path.line, path.area').flatMap((p) => {
      const b = shapeBox(p);
      return [b.left, b.right];
    }),
  ];
  return [Math.min(...xs), Math.max(...xs)];
}

/**
 * The first and last x labels: each centred on its end of the data where the svg has room for it
 * there, else against the svg's edge; neither touches the lowest y label.
 */
function expectEndsCentred(el: Element, where: string) {
  const labels = $$(el, '.x-axis text');
  expect(labels.length, where).to.be.at.least(2);
  const svg = shapeBox($(el, 'svg.chart')!);
  const [first, last] = dataEnds(el);
  for (const [label, x, side] of [
    [labels[0], first, 'first'],
    [labels.at(-1)!, last, 'last'],
  ] as const) {
    const b = shapeBox(label);
    const centre = b.left + b.width / 2;
    const room = x - b.width / 2 >= svg.left && x + b.width / 2 <= svg.right;
    const message = `${where}: the ${side} label "${label.textContent}" centred at ${centre.toFixed(1)}, its data at ${x.toFixed(1)}, svg ${svg.left.toFixed(1)}–${svg.right.toFixed(1)}`;
    if (room) expect(centre, message).to.be.closeTo(x, 0.6);
    else expect(side === 'first' ? b.left - svg.left : svg.right - b.right, message).to.be.within(-0.6, 0.6);
  }
  const lowestY = $$(el, '.y-axis text')[0];
  if (lowestY) {
    const a = lowestY.getBoundingClientRect();
    const b = labels[0].getBoundingClientRect();
    const apart = a.right + 1 <= b.left || b.right + 1 <= a.left || a.bottom + 1 <= b.top || b.bottom + 1 <= a.top;
    const box = (r: DOMRect) => `${r.left.toFixed(1)}–${r.right.toFixed(1)} × ${r.top.toFixed(1)}–${r.bottom.toFixed(1)}`;
    expect(apart, `${where}: "${lowestY.textContent}" (${box(a)}) and "${labels[0].textContent}" (${box(b)}) touch`).to.equal(true);
  }
}

describe('x labels at the ends of the data', () => {
  expectNoPageErrors();
  afterEach(cleanup);

  for (const mark of ['line', 'area', 'column']) {
    it(`${mark}, 2015–2024 with "$150bn" on the y axis: both end years centred on their data where there is room, at 320, 375, 768 and 1280 px`, async () => {
      const {el, host} = await mount(`<tiv-trend mark="${mark}" prefix="$" unit="bn" data='${yearly(2015, 2024)}'></tiv-trend>`, 320);
      for (const width of WIDTHS) {
        if (width !== 320) {
          const drawn = nextChartEvent(host);
          host.style.width = `${width}px`;
          await drawn;
        }
        const labels = $$(el, '.x-axis text').map((t) => t.textContent);
        expect([labels[0], labels.at(-1)], `${mark} at ${width} px`).to.deep.equal(['2015', '2024']);
        expectEndsCentred(el, `${mark} at ${width} px`);
      }
    });
  }

  it('at 1280 px the first label of a line sits as far from the next as the other labels do', async () => {
    const {el} = await mount(`<tiv-trend mark="line" prefix="$" unit="bn" data='${yearly(2015, 2024)}'></tiv-trend>`, 1280);
    const centres = $$(el, '.x-axis text').map((t) => {
      const b = shapeBox(t);
      return b.left + b.width / 2;
    });
    const steps = centres.slice(1).map((c, i) => c - centres[i]);
    // Every year is labelled; the last label alone is moved inward, as the svg ends 4 px past its data.
    expect(steps).to.have.length(9);
    for (const step of steps.slice(0, -1)) expect(step).to.be.closeTo(steps[0], 0.6);
  });

  it('the article: 1992 and 2021 under the columns, 1992 and 2020 under the lines, at 320, 375, 768 and 1280 px', async function () {
    this.timeout(60000);
    const html = await (await fetch('/demo/article.html')).text();
    const charts = [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('tiv-trend, spend-compare')].map((c) => c.outerHTML);
    expect(charts).to.have.length(2);
    for (const width of WIDTHS) {
      for (const [i, markup] of charts.entries()) {
        const {el} = await mount(markup, width);
        const labels = $$(el, '.x-axis text').map((t) => t.textContent);
        expect([labels[0], labels.at(-1)], `chart ${i + 1} at ${width} px`).to.deep.equal(i === 0 ? ['1992', '2021'] : ['1992', '2020']);
        expectEndsCentred(el, `chart ${i + 1} at ${width} px`);
        cleanup();
      }
    }
  });

  it('every story of the story book labels the first and last x of its data (as Home and End announce them), at 375 and 1280 px', async function () {
    this.timeout(120000);
    /** What the live region says after `key` on the chart: the x first. */
    const announced = async (el: Element, key: string) => {
      const live = $(el, '.live')!;
      const before = live.textContent;
      const svg = $<SVGElement>(el, 'svg.chart')!;
      svg.focus();
      svg.dispatchEvent(new KeyboardEvent('keydown', {key, bubbles: true, cancelable: true}));
      // Until the announcement changes (Home and End are at different x here).
      await waitUntil(() => live.textContent !== before, `${key} changed what the live region says`, {timeout: 5000});
      return live.textContent!.trim();
    };
    let checked = 0;
    for (const story of stories) {
      for (const width of [375, 1280]) {
        const markup = story.wrap ? `<div ${story.wrap}>${story.html}</div>` : story.html;
        const {el: first} = await mount(markup, width);
        const el = first.localName === story.element ? first : first.querySelector(story.element)!;
        // Stories of a message (empty, error) or of one x have no ends to label.
        const labels = $$(el, '.x-axis text').map((t) => t.textContent!);
        if ($(el, 'svg.chart') && labels.length > 1) {
          const where = `${story.title} at ${width} px`;
          // "1992: 1,023 million TIV" (one series), "2020, Russia: …" (several); months in full
          // ("January 2, 1986" for the label "Jan 2, 1986").
          const short = (text: string) => text.replace(/\b([A-Z][a-z]{2})[a-z]+/g, '$1');
          const at = (label: string) => (said: string) => [':', ','].some((after) => short(said).startsWith(short(label) + after));
          expect(await announced(el, 'Home'), where).to.satisfy(at(labels[0]));
          expect(await announced(el, 'End'), where).to.satisfy(at(labels.at(-1)!));
          checked++;
        }
        cleanup();
      }
    }
    expect(checked).to.be.at.least(40);
  });
});
