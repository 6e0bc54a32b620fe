// The first and last x are labelled, with the multiples of one interval between them; a multiple
// whose label would touch an end's label is left out, never the end (src/core/layout/ticks.ts).
import {expect} from '@open-wc/testing';
import {createFormats, createXFormats, layoutChart, type ChartLayout, type MarkType, type MeasureText, type Series} from '../../src/core/index.js';

const WIDTHS = [320, 375, 768, 1280];
/** Least space between two x labels: 1 em of the layout's default 12 px labels. */
const GAP = 12;

/** Widths as the browser draws 12 px system-ui, the article's font. */
const measure: MeasureText = (() => {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = '12px system-ui';
  return (text: string) => context.measureText(text).width;
})();

const yearly = (from: number, to: number): Series => ({
  key: 'v',
  label: 'v',
  data: Array.from({length: to - from + 1}, (_, i) => ({x: from + i, y: 100 + ((i * 37) % 50)})),
});

const box = (t: ChartLayout['xTicks'][number]) => ({left: t.labelPosition - measure(t.label) / 2, right: t.labelPosition + measure(t.label) / 2});

/** The labels do not touch, stay inside the svg, and sit on their ticks unless an edge moved them. */
function expectApartAndInside(l: ChartLayout, where: string) {
  const boxes = l.xTicks.map(box);
  boxes.forEach((b, i) => {
    expect(b.left, `${where}: ${l.xTicks[i].label} inside`).to.be.at.least(-0.01);
    expect(b.right, `${where}: ${l.xTicks[i].label} inside`).to.be.at.most(l.width + 0.01);
    if (i > 0) expect(b.left - boxes[i - 1].right, `${where}: ${l.xTicks[i - 1].label} and ${l.xTicks[i].label}`).to.be.at.least(GAP - 0.02);
  });
}

/**
 * The multiples between the ends, one interval apart; the multiple left out next to an end (if
 * any) is one whose label, centred on its tick, would touch that end's label.
 */
function expectMultiplesBetween(l: ChartLayout, label: (x: number) => string, where: string, step?: (x: number, k: number) => number) {
  const ticks = l.xTicks;
  const inner = ticks.slice(1, -1);
  if (inner.length === 0) return;
  const next = step ?? ((x: number, k: number) => x + k * (inner.length > 1 ? inner[1].value - inner[0].value : 1));
  for (let i = 1; i < inner.length; i++) expect(inner[i].value, `${where}: ${inner[i].label}`).to.equal(next(inner[i - 1].value, 1));
  const touches = (x: number, end: ChartLayout['xTicks'][number]) => {
    const w = measure(label(x));
    const p = l.xScale(x);
    const e = box(end);
    return p - w / 2 < e.right + GAP && e.left < p + w / 2 + GAP;
  };
  const before = next(inner[0].value, -1);
  const after = next(inner[inner.length - 1].value, 1);
  if (before > ticks[0].value) expect(touches(before, ticks[0]), `${where}: ${label(before)} left out next to ${ticks[0].label}`).to.equal(true);
  if (after < ticks[ticks.length - 1].value) expect(touches(after, ticks[ticks.length - 1]), `${where}: ${label(after)} left out next to ${ticks.at(-1)!.label}`).to.equal(true);
}

describe('x ticks label where the data begin and end', () => {
  for (const [from, to] of [
    [1995, 2024],
    [2010, 2024],
    [2000, 2023],
    [1992, 2021],
  ]) {
    for (const mark of ['column', 'line', 'area'] as MarkType[]) {
      it(`${from}–${to}, ${mark}: ${from} and ${to} are labelled at 320, 375, 768 and 1280 px, the multiples of one interval between`, () => {
        const series = yearly(from, to);
        for (const width of WIDTHS) {
          const l = layoutChart([series], {width, height: 360, mark, measureText: measure, formats: createFormats({unit: 'mn'}, series.data.map((d) => d.y!))});
          const where = `${mark} at ${width} px`;
          const labels = l.xTicks.map((t) => t.label);
          expect(labels[0], where).to.equal(String(from));
          expect(labels.at(-1), where).to.equal(String(to));
          expect(l.xTicks[0].position, where).to.be.closeTo(l.xScale(from), 0.01);
          expect(l.xTicks.at(-1)!.position, where).to.be.closeTo(l.xScale(to), 0.01);
          expectApartAndInside(l, where);
          const inner = l.xTicks.slice(1, -1).map((t) => t.value);
          const interval = inner.length > 1 ? inner[1] - inner[0] : undefined;
          if (interval) for (const v of inner) expect(v % interval, `${where}: ${v}`).to.equal(0);
          expectMultiplesBetween(l, String, where);
        }
      });
    }
  }

  it('2010–2024 columns at 375 px: the years between are labelled too, not only 2010, 2015, 2020', () => {
    const series = yearly(2010, 2024);
    const l = layoutChart([series], {width: 375, height: 360, mark: 'column', measureText: measure, formats: createFormats({}, [100, 150])});
    const labels = l.xTicks.map((t) => t.label);
    expect(labels.at(-1)).to.equal('2024');
    expect(labels.length).to.be.at.least(4);
  });

  it('a daily series: its first and last dates with their year, months (or weeks) between, at 320, 375, 768 and 1280 px', () => {
    const days = Array.from({length: 400}, (_, i) => Date.UTC(2020, 0, 1 + i));
    const series: Series = {key: 'v', label: 'v', data: days.map((x, i) => ({x, y: 40 + Math.sin(i / 20) * 30}))};
    const xf = createXFormats('en-GB', 'date', days);
    for (const width of WIDTHS) {
      const l = layoutChart([series], {width, height: 360, mark: 'line', xType: 'date', formatTimeTick: xf.tick, formatX: xf.value, measureText: measure, formats: createFormats({}, [10, 70])});
      const where = `${width} px`;
      const labels = l.xTicks.map((t) => t.label);
      expect(labels[0], where).to.equal('1 Jan 2020');
      expect(labels.at(-1), where).to.equal('3 Feb 2021');
      expect(labels.length, where).to.be.at.least(3);
      expectApartAndInside(l, where);
      // Between them, the first days of months, one interval apart.
      const inner = l.xTicks.slice(1, -1);
      for (const t of inner) expect(new Date(t.value).getUTCDate(), `${where}: ${t.label}`).to.equal(1);
      const months = (x: number) => new Date(x).getUTCFullYear() * 12 + new Date(x).getUTCMonth();
      const step = inner.length > 1 ? months(inner[1].value) - months(inner[0].value) : 1;
      const label = (x: number) => xf.tick!(x, 'month', false);
      expectMultiplesBetween(l, label, where, (x, k) => Date.UTC(new Date(x).getUTCFullYear(), new Date(x).getUTCMonth() + k * step, 1));
    }
  });

  it('ends too close for both labels: the first x alone', () => {
    const series = yearly(1992, 2021);
    const l = layoutChart([series], {width: 60, height: 200, mark: 'line', measureText: measure, formats: createFormats({}, [100, 150])});
    expect(l.xTicks.map((t) => t.label)).to.deep.equal(['1992']);
  });

  it('irregular years that fit are each labelled; one x gives one label', () => {
    const series: Series = {key: 'v', label: 'v', data: [2019, 2021, 2023].map((x) => ({x, y: 1}))};
    const l = layoutChart([series], {width: 768, height: 300, mark: 'column', measureText: measure, formats: createFormats({}, [1])});
    expect(l.xTicks.map((t) => t.label)).to.deep.equal(['2019', '2021', '2023']);
    const one: Series = {key: 'v', label: 'v', data: [{x: 2020, y: 1}]};
    expect(layoutChart([one], {width: 320, height: 300, mark: 'column', measureText: measure, formats: createFormats({}, [1])}).xTicks.map((t) => t.label)).to.deep.equal(['2020']);
  });
});
