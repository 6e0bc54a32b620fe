/**
 * A chart's first drawing is at its plot box's size wherever and however it connects: in closed
 * details, created detached then appended, its width changed before the first frame, its plot box
 * sized by the author's rules, ten at once. (A `display: none` parent: tiv-trend.test.ts; print:
 * print.test.ts; 200% text size: accessibility.test.ts; server-rendered charts: hydration.test.ts.)
 */
import {expect} from '@open-wc/testing';
import '../../src/index.js';
import {$, cleanup, nextChartEvent} from '../helpers/chart.js';

interface Chart extends HTMLElement {
  data: unknown;
}

const DATA = [
  [2001, 4],
  [2002, 7],
  [2003, 5],
];

function chart(attributes: Record<string, string> = {}) {
  const el = document.createElement('tiv-trend') as Chart;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = DATA;
  return el;
}

function container(width = '640px') {
  const div = document.createElement('div');
  div.style.width = width;
  document.body.append(div);
  return div;
}

/** The svg's size; asserts that it is the plot box's border box, as the chart's ResizeObserver reads it. */
function drawnAtItsSize(el: Element) {
  const svg = $(el, 'svg.chart')!;
  const box = $(el, '.plot')!.getBoundingClientRect();
  const drawn = {width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height'))};
  expect(drawn).to.deep.equal({width: Math.floor(box.width), height: Math.floor(box.height)});
  return drawn;
}

afterEach(() => {
  cleanup();
  for (const div of document.querySelectorAll('body > div')) div.remove();
});

describe('first connect: drawn at the plot box size', () => {
  it('inside closed details: no error while closed, drawn at its width once opened', async () => {
    const div = container();
    div.innerHTML = '<details><summary>Chart</summary></details>';
    const details = div.querySelector('details')!;
    const el = chart({mark: 'column'});
    const errors: Event[] = [];
    div.addEventListener('chart-error', (e) => errors.push(e));
    details.append(el);
    const drawn = nextChartEvent(div);
    details.open = true;
    await drawn;
    expect(errors).to.deep.equal([]);
    expect(drawnAtItsSize(el).width).to.equal(640);
  });

  it('created and given data detached, then appended: drawn at the width it is given there', async () => {
    const el = chart();
    const div = document.createElement('div');
    div.append(el);
    div.style.width = '500px';
    const drawn = nextChartEvent(div);
    document.body.append(div);
    await drawn;
    expect(drawnAtItsSize(el).width).to.equal(500);
  });

  it('its width changed after it connected, before the first frame: drawn at the new width', async () => {
    const div = container();
    const el = chart();
    const drawn = nextChartEvent(div);
    div.append(el);
    await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    div.style.width = '400px';
    await drawn;
    expect(drawnAtItsSize(el).width).to.equal(400);
  });

  it("its plot box sized by the author's rules (::part, lengths in em)", async () => {
    const div = container();
    // Removed with the container, after the test.
    div.innerHTML = '<style>.tall-plot::part(plot) { min-height: 300px; }</style>';
    const tall = chart({class: 'tall-plot', 'aspect-ratio': '4'});
    const em = chart({style: '--tiv-plot-min-height: 20em; --tiv-font-size-small: 14px'});
    for (const el of [tall, em]) {
      const drawn = nextChartEvent(div);
      div.append(el);
      await drawn;
      drawnAtItsSize(el);
    }
    expect(drawnAtItsSize(tall).height).to.be.greaterThan(300);
  });

  it('ten charts connected in one task, each at its size', async () => {
    const div = container();
    const charts = Array.from({length: 10}, () => chart({mark: 'column'}));
    const drawn = charts.map((el) => new Promise((resolve) => el.addEventListener('chart-render', resolve, {once: true})));
    div.append(...charts);
    await Promise.all(drawn);
    for (const el of charts) drawnAtItsSize(el);
  });
});
