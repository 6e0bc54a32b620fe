/**
 * The script-tag embed holds its final height while its data load: the demo article (both charts
 * from `src`, the classic script in the head) with its data files held back by the test server
 * (scripts/site-pages.mjs) until the charts have drawn their loading state. Nothing below a chart
 * moves when the data arrive: the positions of the article's blocks, in every engine, and the
 * layout shifts Chromium reports from the start of the page (Firefox and WebKit report none).
 */
import {expect, oneEvent} from '@open-wc/testing';
import '../../src/index.js';
import {chartsIn, layoutShiftsSoFar, openFrame, positions, reportsLayoutShifts} from '../helpers/frames.js';

describe('the article page while its data load', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const width of [375, 1280]) {
    it(`at ${width} px: the charts hold their height, nothing below them moves when the data arrive`, async () => {
      const gate = `article-${width}-${Math.random().toString(36).slice(2)}`;
      frame = await openFrame(`/test-fixtures/article.html?gate=${gate}`, width);
      const charts = chartsIn(frame);
      expect(charts.map((c) => c.localName)).to.deep.equal(['tiv-trend', 'spend-compare']);
      await Promise.all(charts.map((c) => c.updateComplete));
      // The data are held back: each chart shows its loading state.
      for (const chart of charts) {
        expect(chart.shadowRoot!.querySelector('.plot [role="status"]')?.textContent, chart.localName).to.match(/Loading/);
        expect(chart.shadowRoot!.querySelector('svg.chart')).to.equal(null);
      }
      const blocks = 'article > *';
      const before = positions(frame, blocks);

      const drawn = Promise.all(charts.map((c) => oneEvent(c, 'chart-render')));
      await fetch(`/test-fixtures/release?gate=${gate}`);
      await drawn;
      await Promise.all(charts.map((c) => c.updateComplete));
      expect(charts.map((c) => !!c.shadowRoot!.querySelector('svg.chart'))).to.deep.equal([true, true]);
      // What the data brought: the value label's row, the controls, the ratio.
      expect(charts[0].shadowRoot!.querySelector('.value-label')).to.not.equal(null);
      expect(charts[1].shadowRoot!.querySelector('.ratio-value')?.textContent).to.equal('3.7×');
      const after = positions(frame, blocks);
      // Chromium's count from the start of the page (which shifts the page: after the positions).
      if (reportsLayoutShifts()) expect(await layoutShiftsSoFar(frame), 'layout shifts').to.deep.equal([]);
      expect(after, 'the tops and bottoms of the article\'s blocks').to.deep.equal(before);
    });
  }
});

describe('a chart from src holds the height of the rows its data bring', () => {
  const host = document.createElement('div');
  before(() => document.body.append(host));
  after(() => host.remove());

  const gated = (gate: string, file: string) => `/test-fixtures/gated/${gate}/demo/data/${file}`;
  const cases = [
    ['tiv-trend, dates, an inline y axis, a highlight and an annotation', 'wti-daily-spot-price.csv', (src: string) =>
      `<tiv-trend src="${src}" mark="line" y-axis="inline" highlight="max" annotations='[{"date": "2008-07-03", "label": "Peak"}]' heading="Oil"></tiv-trend>`],
    ['tiv-trend, nothing but data', 'tiv-russia-china.csv', (src: string) => `<tiv-trend src="${src}"></tiv-trend>`],
    ['spend-compare, bars: a ratio and a legend of the series named', 'milex-china-russia.csv', (src: string) =>
      `<spend-compare src="${src}" mark="bar" series='[{"key": "china", "label": "China"}, {"key": "russia", "label": "Russia"}]'></spend-compare>`],
    ['spend-compare, stacked, no ratio: a legend of series not named', 'milex-china-russia.csv', (src: string) => `<spend-compare src="${src}" mark="stacked" ratio="none"></spend-compare>`],
    ['spend-compare, lines: a ratio, direct labels', 'milex-china-russia.csv', (src: string) => `<spend-compare src="${src}"></spend-compare>`],
  ] as const;

  for (const [title, file, markup] of cases) {
    for (const width of [375, 900]) {
      it(`${title}, ${width} px`, async () => {
        const gate = `rows-${width}-${Math.random().toString(36).slice(2)}`;
        host.style.width = `${width}px`;
        host.innerHTML = markup(gated(gate, file));
        const chart = host.firstElementChild as HTMLElement & {updateComplete: Promise<boolean>};
        await chart.updateComplete;
        expect(chart.shadowRoot!.querySelector('.plot [role="status"]')?.textContent).to.match(/Loading/);
        // The stand-ins are neither seen nor reached by the keyboard.
        const standIns = Array.from(chart.shadowRoot!.querySelectorAll('.reserved'));
        expect(standIns.length).to.be.greaterThan(0);
        for (const el of standIns) expect(getComputedStyle(el).visibility).to.equal('hidden');
        const loading = chart.getBoundingClientRect().height;

        const drawn = oneEvent(chart, 'chart-render');
        await fetch(`/test-fixtures/release?gate=${gate}`);
        await drawn;
        await chart.updateComplete;
        expect(chart.shadowRoot!.querySelector('.reserved')).to.equal(null);
        expect(chart.getBoundingClientRect().height).to.equal(loading);
      });
    }
  }
});

describe("the README's rule for charts whose script has not run yet", () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  /** The CSS block of the README that reserves the height of undefined charts. */
  async function readmeRule(): Promise<string> {
    const readme = await (await fetch('/README.md')).text();
    const rule = readme.match(/```css\n([^`]*:not\(:defined\)[^`]*)```/)?.[1];
    expect(rule, 'the README has the rule').to.be.a('string');
    return rule!;
  }

  for (const width of [375, 1280]) {
    it(`at ${width} px, the height of a chart from src before its script, while its data load and with them is the same, the first within 2 px`, async () => {
      const gate = `rule-${width}-${Math.random().toString(36).slice(2)}`;
      const src = (file: string) => `/test-fixtures/gated/${gate}/demo/data/${file}`;
      frame = await openFrame('about:blank', width, {height: 1600});
      const doc = frame.contentDocument!;
      doc.open();
      doc.write(`<!doctype html><html lang="en"><head><style>body { margin: 0; padding: 0 16px; font-family: sans-serif; } ${await readmeRule()}</style></head><body>
<tiv-trend src="${src('tiv-russia-china.csv')}" heading="Arms deliveries" subheading="TIV, millions" unit="mn" source="Source: SIPRI"></tiv-trend>
<spend-compare src="${src('milex-china-russia.csv')}" heading="Military spending" subheading="US$ billions" prefix="$" unit="bn" source="Source: SIPRI"></spend-compare>
</body></html>`);
      doc.close();
      const charts = chartsIn(frame);
      const heights = () => charts.map((c) => c.getBoundingClientRect().height);
      const undefinedHeights = heights();
      expect(undefinedHeights.every((h) => h > 300), 'the rule reserves room').to.equal(true);

      const script = doc.createElement('script');
      script.src = '/dist/tiv-charts.min.js';
      const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
      doc.head.append(script);
      await loaded;
      await Promise.all(charts.map((c) => c.updateComplete));
      const loadingHeights = heights();
      const drawn = Promise.all(charts.map((c) => oneEvent(c, 'chart-render')));
      await fetch(`/test-fixtures/release?gate=${gate}`);
      await drawn;
      await Promise.all(charts.map((c) => c.updateComplete));
      const final = heights();
      expect(loadingHeights).to.deep.equal(final);
      // The rule is in rem; the engines round the lines of the drawn chart a little differently.
      undefinedHeights.forEach((h, i) => expect(Math.abs(h - final[i]), `${charts[i].localName}: ${h} px before the script, ${final[i]} px drawn`).to.be.at.most(2));
    });
  }
});
