/**
 * Corner collisions: no two tick labels touch, at any width. Every x and y tick label of each
 * chart is held apart from every other (the corner where the lowest y label meets the first x
 * label included) at 320, 375, 768 and 1280 px, and in a sweep from 280 to 1400 px.
 */
import {expect} from '@open-wc/testing';
import {$$, cleanup, mount, nextChartEvent, pageErrors} from '../helpers/chart.js';

const years = (n: number, from = 1992) => Array.from({length: n}, (_, i) => from + i);
const tiv = JSON.stringify(years(30).map((year, i) => ({year, value: [82, 405, 1144, 1254, 3077, 2890, 1200, 140][i % 8] + i})));
const negatives = JSON.stringify(years(12, 2010).map((year, i) => ({year, value: -14.5 + i * 2.2})));
const daily = JSON.stringify(Array.from({length: 400}, (_, i) => ({date: new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10), value: 40 + Math.sin(i / 20) * 30 + i / 10})));
const spending = JSON.stringify(years(30).map((year, i) => ({year, china: 20 + i * 8.4, russia: 14 + i * 2.1})));

const CHARTS: Record<string, string> = {
  'columns with a unit': `<tiv-trend unit="mn" data='${tiv}'></tiv-trend>`,
  'a line from the left edge': `<tiv-trend mark="line" prefix="$" unit="bn" data='${tiv}'></tiv-trend>`,
  'an area below zero': `<tiv-trend mark="area" unit="%" data='${negatives}'></tiv-trend>`,
  'a daily date axis': `<tiv-trend mark="line" x-key="date" data='${daily}'></tiv-trend>`,
  'a log scale': `<tiv-trend mark="line" y-scale="log" prefix="$" data='${tiv}'></tiv-trend>`,
  'two lines': `<spend-compare prefix="$" unit="bn" data='${spending}'></spend-compare>`,
  'grouped bars': `<spend-compare mark="bar" prefix="$" unit="bn" data='${spending}'></spend-compare>`,
};

/** Pairs of tick labels that touch or overlap (boxes within 1 px of each other), by their text. */
function touching(el: Element): string[] {
  const labels = $$(el, '.x-axis text, .y-axis text').map((t) => ({text: t.textContent ?? '', box: t.getBoundingClientRect()}));
  const pairs: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i].box;
      const b = labels[j].box;
      if (a.left < b.right + 1 && b.left < a.right + 1 && a.top < b.bottom + 1 && b.top < a.bottom + 1) pairs.push(`"${labels[i].text}" and "${labels[j].text}"`);
    }
  }
  return pairs;
}

/** Sets the container's width and waits for the chart's next drawing when the width changes it. */
async function resize(host: HTMLElement, el: Element, width: number) {
  const drawn = nextChartEvent(host, 1000);
  host.style.width = `${width}px`;
  await drawn;
  await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
}

describe('no two tick labels touch, at any width', () => {
  afterEach(cleanup);
  after(() => expect(pageErrors).to.deep.equal([]));

  for (const [name, markup] of Object.entries(CHARTS)) {
    it(`${name}: at 320, 375, 768 and 1280 px, and from 280 to 1400 px`, async function () {
      this.timeout(60000);
      const {el, host} = await mount(markup, 320);
      const found: string[] = [];
      const widths = [320, 375, 768, 1280, ...Array.from({length: 1 + (1400 - 280) / 16}, (_, i) => 280 + i * 16)];
      for (const width of widths) {
        await resize(host, el, width);
        expect($$(el, '.x-axis text').length, `x labels at ${width} px`).to.be.greaterThan(1);
        for (const pair of touching(el)) found.push(`${width} px: ${pair}`);
      }
      expect(found.length, found.slice(0, 6).join("; ")).to.equal(0);
    });
  }
});
