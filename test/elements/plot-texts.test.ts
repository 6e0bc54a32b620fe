/**
 * Texts that must never touch, as drawn: inline y labels and the labels placed around them; a
 * long unit on the top y label (it does not widen the margin: it reaches over the plot); and the
 * ratio callout of <spend-compare>, HTML above the plot, against every other text of the chart.
 */
import {expect} from '@open-wc/testing';
import {$, $$, cleanup, expectNoPageErrors, mount, shapeBox} from '../helpers/chart.js';
import {fourSeriesRows} from '../helpers/four-series.js';

expectNoPageErrors();

const WIDTHS = [320, 375, 768, 1280];

interface Named {
  name: string;
  box: DOMRect;
}

/**
 * The box of an svg text: its width as the engine lays it out (without a halo's stroke), and its
 * height from the baseline, 0.8 em above it and 0.22 em below (engines report the font's whole
 * line box, which differs between them).
 */
function ink(text: SVGTextElement): DOMRect {
  const r = shapeBox(text);
  const svg = text.ownerSVGElement!.getBoundingClientRect();
  const size = parseFloat(getComputedStyle(text).fontSize);
  const dy = text.getAttribute('dy') ? parseFloat(text.getAttribute('dy')!) * size : 0;
  const baseline = svg.top + parseFloat(text.getAttribute('y')!) + dy;
  return new DOMRect(r.left, baseline - 0.8 * size, r.width, 1.02 * size);
}

/** Every text of the svg (axes, labels, annotations, direct labels) and the note markers, named. */
function svgTexts(el: Element): Named[] {
  const texts = $$<SVGTextElement>(el, 'svg.chart text').filter((t) => t.textContent!.trim() && !t.closest('.note-marker'));
  const named = texts.map((t) => ({name: `${t.parentElement?.getAttribute('class') ?? ''} ${t.getAttribute('class') ?? ''} "${t.textContent}"`.trim(), box: ink(t)}));
  return [...named, ...$$(el, '.note-marker circle').map((c) => ({name: 'note marker', box: c.getBoundingClientRect()}))];
}

/** Pairs of `boxes` that meet (closer than `gap` px), named. */
function meetings(boxes: readonly Named[], gap = 0): string[] {
  const out: string[] = [];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      if (a.box.left < b.box.right + gap && b.box.left < a.box.right + gap && a.box.top < b.box.bottom + gap && b.box.top < a.box.bottom + gap) out.push(`${a.name} meets ${b.name}`);
    }
  }
  return out;
}

/** Four series ending close together, the first year under the inline labels. */
function fourSeries(extra: string): string {
  const rows = fourSeriesRows();
  const notes = JSON.stringify([
    {year: 2014, label: 'Wales pledge'},
    {year: 2022, label: 'Invasion of Ukraine'},
  ]);
  return `<spend-compare heading="Military spending" unit="%" ${extra} data='${JSON.stringify(rows)}' annotations='${notes}'></spend-compare>`;
}

describe('texts that never touch', () => {
  afterEach(cleanup);

  for (const width of WIDTHS) {
    it(`y-axis="inline" at ${width} px: value, direct and annotation labels keep clear of the y labels on their gridlines`, async () => {
      for (const extra of ['y-axis="inline" highlight="2014,2024"', 'y-axis="inline" highlight="2014" labels="legend"']) {
        const {el} = await mount(fourSeries(extra), width);
        const texts = svgTexts(el);
        expect(texts.filter((t) => t.name.startsWith('y-axis')).length, extra).to.be.at.least(3);
        // Every value of a highlighted year is labelled in the plot or written in a note below it.
        const values = texts.filter((t) => t.name.includes('value-label')).length + $$(el, '.label-notes li').filter((li) => li.textContent!.includes('%')).length;
        expect(values, extra).to.equal(extra.includes('2024') ? 8 : 4);
        expect(meetings(texts).join('; '), extra).to.equal('');
      }
    });

    it(`a long unit at ${width} px: the margin is the widest y label without it; the top label reaches over the plot with a halo; no text touches`, async () => {
      const {el} = await mount(
        `<tiv-trend src="/demo/data/tiv-russia-china.csv" unit="TIV, millions" highlight="max" annotations='[{"from":2002,"to":2006,"label":"Peak years"}]'></tiv-trend>`,
        width
      );
      const labels = $$<SVGTextElement>(el, '.y-axis text');
      const top = labels[labels.length - 1];
      expect(top.textContent).to.equal('3,500 TIV, millions');
      const svgLeft = $(el, 'svg.chart')!.getBoundingClientRect().left;
      const frameLeft = shapeBox($(el, '.grid line')!).left - svgLeft;
      // The margin: the widest label without the unit ("3,500" is as wide as "3,000"), 8 px, rounded up.
      const widest = Math.max(...labels.slice(0, -1).map((t) => shapeBox(t).width));
      expect(frameLeft).to.be.within(widest + 6, widest + 11);
      expect(shapeBox(top).right - svgLeft).to.be.above(frameLeft + 20);
      expect(top.classList.contains('over-plot')).to.equal(true);
      expect(getComputedStyle(top).paintOrder).to.match(/^stroke/);
      expect(meetings(svgTexts(el)).join('; ')).to.equal('');
    });
  }
});

/** A long name, heading and subheading, so that everything wraps or is shortened. */
const LONG = 'The Democratic Socialist Republic of Somewhere Far Away';

describe('the ratio callout', () => {
  afterEach(cleanup);

  for (const width of WIDTHS) {
    it(`at ${width} px with a long heading and long series names: it touches no heading, legend or plot text, and stays in the chart`, async () => {
      const rows = [2015, 2016, 2017, 2018, 2019, 2020].map((year, i) => ({year, a: 200 + 10 * i, b: 60 + i}));
      for (const labels of ['auto', 'direct', 'legend']) {
        const series = JSON.stringify([
          {key: 'a', label: `${LONG}, a`},
          {key: 'b', label: `${LONG}, b`},
        ]);
        const {el} = await mount(
          `<spend-compare heading="${LONG} spends almost four times as much as its neighbour, year after year" subheading="${LONG}: military expenditure, US$ billions at constant 2019 prices"
            labels="${labels}" prefix="$" unit="bn" highlight="2020" series='${series}' data='${JSON.stringify(rows)}' annotations='[{"year":2016,"label":"${LONG}"}]'></spend-compare>`,
          width
        );
        const ratio = $(el, '.ratio')!;
        expect(ratio.textContent, labels).to.contain('3.8×');
        // The callout's words, line by line, as the page lays them out (not its words for screen readers, hidden).
        const callout = $$(el, '.ratio-value, .ratio-text').flatMap((part) => {
          const range = document.createRange();
          range.selectNodeContents(part);
          return Array.from(range.getClientRects(), (box) => ({name: part.className, box})).filter((r) => r.box.width > 0);
        });
        expect(callout.length, labels).to.be.at.least(2);
        const chart = el.getBoundingClientRect();
        for (const r of callout) expect(r.box.left >= chart.left - 0.5 && r.box.right <= chart.right + 0.5, `${labels}: the callout stays in the chart`).to.equal(true);
        const others: Named[] = [
          ...$$(el, '.heading, .subheading, .legend li').map((e) => ({name: e.className || e.localName, box: e.getBoundingClientRect()})),
          ...svgTexts(el),
        ];
        expect(others.length, labels).to.be.at.least(8);
        const touching = callout.flatMap((c) => others.filter((o) => meetings([c, o], 1).length).map((o) => `${labels}: ${c.name} touches ${o.name}`));
        expect(touching.join('; ')).to.equal('');
      }
    });
  }
});
