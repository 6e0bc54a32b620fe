/**
 * The keyboard's point survives a change of the chart: data, locale, size, mark or labels change
 * while a point is focused, and the point stays (or moves to the nearest that remains), its
 * focus ring and tooltip are drawn again, a changed value is announced once, and the next key
 * moves on from there.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {$, change, cleanup, mount, pageErrors} from '../helpers/chart.js';

type Chart = HTMLElement & {data: unknown; updateComplete: Promise<unknown>};

const rows = (values: {a: number; b: number; c: number}[]) => values.map((v, i) => ({year: 2015 + i, ...v}));
const spending = rows([
  {a: 10, b: 4, c: 2},
  {a: 12, b: 5, c: 2.5},
  {a: 15, b: 6, c: 3},
  {a: 17, b: 6.5, c: 3.2},
  {a: 20, b: 7.5, c: 3.5},
]);

const live = (el: Element) => $(el, '.live')!.textContent!.trim();
const tooltipText = (el: Element) => $(el, '.tooltip')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const ring = (el: Element) => $(el, '.focus-ring');

/** Counts the live region's text changes (each one is an announcement). */
function announcements(el: Element) {
  const said: string[] = [];
  const observer = new MutationObserver(() => said.push(live(el)));
  observer.observe($(el, '.live')!, {childList: true, characterData: true, subtree: true});
  return {said, stop: () => observer.disconnect()};
}

async function focusAt(el: Element, keys: string[]) {
  $<SVGSVGElement>(el, 'svg.chart')!.focus();
  for (const key of keys) await sendKeys({press: key});
  await (el as Chart).updateComplete;
}

describe('the keyboard point survives a change of the chart', () => {
  afterEach(cleanup);
  after(() => expect(pageErrors).to.deep.equal([]));

  it('new data: the same year and series stay focused, the new value is announced once, the next key moves on', async () => {
    const {el, host} = await mount<Chart>(`<spend-compare heading="Spending" data='${JSON.stringify(spending)}'></spend-compare>`, 375);
    await focusAt(el, ['End', 'ArrowLeft', 'ArrowDown']);
    expect(live(el)).to.match(/^2018: 6\.5\b.*\bb\b|^2018.*6\.5/i);
    const said = announcements(el);
    await change(el, host, () => (el.data = spending.map((r) => (r.year === 2018 ? {...r, b: 9.25} : r))));
    expect(tooltipText(el)).to.contain('2018');
    expect(ring(el), 'the focus ring is drawn again').to.exist;
    await waitUntil(() => said.said.length > 0, 'the new value is announced');
    expect(live(el)).to.contain('9.25');
    // The same data once more, and a resize: nothing new to say.
    await change(el, host, () => (el.data = spending.map((r) => (r.year === 2018 ? {...r, b: 9.25} : r))));
    await change(el, host, () => ((host as HTMLElement).style.width = '768px'));
    expect(said.said, 'announced once').to.have.length(1);
    said.stop();
    await sendKeys({press: 'ArrowLeft'});
    await el.updateComplete;
    expect(live(el), 'the next key moves on from the held point').to.match(/^2017\b/);
    expect(live(el)).to.contain('6');
  });

  it('a year that went away: the nearest year; a series that went away: the nearest that remains', async () => {
    const {el, host} = await mount<Chart>(`<spend-compare data='${JSON.stringify(spending)}'></spend-compare>`, 375);
    await focusAt(el, ['End', 'ArrowLeft', 'ArrowDown', 'ArrowDown']);
    expect(live(el)).to.match(/^2018\b/);
    expect(live(el)).to.contain('C');
    // 2018 and series c go: 2019 is as near as 2017 (either will do), series b (named B) is the last left.
    await change(el, host, () => (el.data = spending.filter((r) => r.year !== 2018).map(({c: _c, ...r}) => r)));
    expect(live(el)).to.match(/^(2017|2019)\b/);
    expect(live(el)).to.match(/\bB\b/);
    expect(ring(el)).to.exist;
    // Series are found again by key, not by place: with "b" first, the point stays on "b".
    const before = live(el).slice(0, 4);
    await change(el, host, () => (el.data = spending.map(({year, b}) => ({year, b, a: 1}))));
    expect(live(el)).to.match(new RegExp(`^${before}\\b`));
    expect(live(el)).to.match(/\bB\b/);
  });

  for (const [from, to] of [
    [1280, 375],
    [375, 320],
    [320, 768],
    [768, 1280],
  ]) {
    it(`a resize from ${from} to ${to} px keeps the point, its ring and its tooltip, with nothing announced`, async () => {
      const {el, host} = await mount<Chart>(`<tiv-trend mark="line" data='${JSON.stringify(spending.map(({year, a}) => ({year, value: a})))}'></tiv-trend>`, from);
      await focusAt(el, ['Home', 'ArrowRight', 'ArrowRight']);
      const said = announcements(el);
      await change(el, host, () => ((host as HTMLElement).style.width = `${to}px`));
      expect(ring(el)).to.exist;
      expect(tooltipText(el)).to.match(/^2017: /);
      const ringBox = ring(el)!.getBoundingClientRect();
      const point = $(el, `.hover circle.point`)!.getBoundingClientRect();
      expect(Math.abs(ringBox.left + ringBox.width / 2 - (point.left + point.width / 2)), 'the ring is on the point at the new size').to.be.below(1);
      expect(said.said).to.deep.equal([]);
      said.stop();
      await sendKeys({press: 'ArrowRight'});
      await el.updateComplete;
      expect(live(el)).to.match(/^2018\b/);
    });
  }

  it('a new locale, mark or label mode keeps the point; the locale announces it in the new language', async () => {
    const {el, host} = await mount<Chart>(`<spend-compare labels="direct" data='${JSON.stringify(spending)}'></spend-compare>`, 768);
    await focusAt(el, ['End', 'ArrowDown']);
    const said = announcements(el);
    await change(el, host, () => el.setAttribute('mark', 'bar'));
    expect(ring(el)?.localName, 'the ring rings the column').to.equal('rect');
    expect(tooltipText(el)).to.contain('2019');
    await change(el, host, () => el.setAttribute('labels', 'legend'));
    expect(ring(el)).to.exist;
    expect(said.said).to.deep.equal([]);
    await change(el, host, () => el.setAttribute('locale', 'de'));
    await waitUntil(() => said.said.length === 1, `announced in German: ${JSON.stringify(said.said)} ${live(el)}`);
    expect(live(el)).to.match(/^2019\b/);
    expect(live(el), 'in German').to.contain('7,5');
    said.stop();
    await sendKeys({press: 'ArrowUp'});
    await el.updateComplete;
    expect(live(el)).to.match(/\bA\b/);
  });
});
