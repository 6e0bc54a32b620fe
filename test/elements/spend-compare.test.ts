import {expect} from '@open-wc/testing';
import type {SpendCompare} from '../../src/spend-compare.js';
import {$, $$, badValues, columnBoxes, expectNoPageErrors, lineVertices, mount, nextChartEvent, overlaps, shapeBox, tableRows, tickLabels, tickValue, visibleText, yOf} from '../helpers/chart.js';

const MILEX = '/demo/data/milex-china-russia.csv';

async function milexRows(): Promise<{year: number; china: number; russia: number}[]> {
  const text = await (await fetch(MILEX)).text();
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [year, china, russia] = line.split(',').map(Number);
      return {year, china, russia};
    });
}

const summaryOf = (el: Element) => $(el, `#${$(el, 'figure')!.getAttribute('aria-describedby')}`)!.textContent!;
const paths = (el: Element) => $$(el, 'path.line').map((p) => p.getAttribute('d'));

expectNoPageErrors();

describe('<spend-compare>', () => {
  describe('with the real SIPRI military expenditure file', () => {
    it('draws two lines with one vertex per year and the 2020 ratio from the file', async () => {
      const rows = await milexRows();
      const {el} = await mount<SpendCompare>(
        `<spend-compare src="${MILEX}" heading="China and Russia" prefix="$" unit="bn" ratio-year="2020"
          series='[{"key":"china","label":"China"},{"key":"russia","label":"Russia"}]'></spend-compare>`,
        900
      );
      expect(badValues(el)).to.deep.equal([]);
      expect($$(el, 'path.line').length).to.equal(2);
      const china = lineVertices(el, 0);
      const russia = lineVertices(el, 1);
      expect(china.length).to.equal(rows.length);
      expect(russia.length).to.equal(rows.length);
      const y = yOf(el);
      rows.forEach((r, i) => {
        expect(china[i].y).to.be.closeTo(y(r.china), 1);
        expect(russia[i].y).to.be.closeTo(y(r.russia), 1);
      });
      const r2020 = rows.find((r) => r.year === 2020)!;
      const expected = (Math.round((r2020.china / r2020.russia) * 10) / 10).toFixed(1);
      expect($(el, '.ratio-value')!.textContent).to.equal(`${expected}×`);
      expect($(el, '.ratio-text')!.textContent).to.include('2020');
      expect(summaryOf(el)).to.include(`In 2020, China's value was ${expected} times Russia's.`);
      expect($$(el, '.direct-label text').map((t) => t.textContent)).to.deep.equal(['China', 'Russia']);
      await expect(el).to.be.accessible();
    });

    it('the table has one column per series and "no data" for gaps', async () => {
      const {el} = await mount(
        `<spend-compare data='[{"year":2019,"a":1,"b":null},{"year":2020,"a":2,"b":3}]' series='[{"key":"a","label":"Country A"},{"key":"b","label":"Country B"}]'></spend-compare>`
      );
      expect($$(el, 'table thead th').map((t) => t.textContent)).to.deep.equal(['Year', 'Country A', 'Country B']);
      expect(tableRows(el)).to.deep.equal([
        ['2019', '1', 'no data'],
        ['2020', '2', '3'],
      ]);
    });
  });

  describe('data routes', () => {
    it('wide rows, long rows, a child table and src give the same geometry', async () => {
      const rows = await milexRows();
      const wide = JSON.stringify(rows);
      const long = JSON.stringify(rows.flatMap((r) => [{series: 'china', year: r.year, value: r.china}, {series: 'russia', year: r.year, value: r.russia}]));
      const table = `<table><tr><th>year</th><th>china</th><th>russia</th></tr>${rows.map((r) => `<tr><td>${r.year}</td><td>${r.china}</td><td>${r.russia}</td></tr>`).join('')}</table>`;
      const variants = [
        `<spend-compare data='${wide}'></spend-compare>`,
        `<spend-compare data='${long}'></spend-compare>`,
        `<spend-compare>${table}</spend-compare>`,
        `<spend-compare src="${MILEX}"></spend-compare>`,
        `<spend-compare><script type="application/json">${wide}</script></spend-compare>`,
      ];
      const shapes: (string | null)[][] = [];
      for (const v of variants) {
        const {el} = await mount(v);
        shapes.push(paths(el));
      }
      expect(shapes[0].length).to.equal(2);
      shapes.forEach((s, i) => expect(s, variants[i].slice(0, 40)).to.deep.equal(shapes[0]));
    });
  });

  describe('labels', () => {
    const names = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel'];
    /** n series; `close` ones end near each other and have long names. */
    function data(n: number, close = false) {
      const rows = [];
      for (let year = 2000; year <= 2010; year++) {
        const row: Record<string, number> = {year};
        for (let i = 0; i < n; i++) row[close ? `${names[i]}, a country with a long name` : names[i]] = close ? 100 + i : 50 + i * 20 + (year - 2000) * (i + 1);
        rows.push(row);
      }
      return JSON.stringify(rows);
    }
    for (const n of [2, 4, 8]) {
      for (const close of [false, true]) {
        it(`${n} series${close ? ' ending close together' : ''}: no overlapping labels from 280 to 1200 px, else a legend`, async () => {
          const {el, host} = await mount(`<spend-compare ratio="none" data='${data(n, close)}'></spend-compare>`, 1200);
          let sawLegend = false;
          for (let w = 1200; w >= 280; w -= 115) {
            const next = nextChartEvent(host);
            host.style.width = `${w}px`;
            await next;
            const labels = $$<SVGTextElement>(el, '.direct-label text');
            const legend = $(el, '.legend');
            if (legend) {
              sawLegend = true;
              expect(labels.length, 'labels or legend, not both').to.equal(0);
              expect($$(el, '.legend li').length).to.equal(n);
            } else {
              expect(labels.length).to.equal(n);
              const boxes = labels.map((t) => t.getBBox());
              const rects = boxes.map((b) => new DOMRect(b.x, b.y, b.width, b.height));
              expect(overlaps(rects), `labels overlap at ${w}px`).to.equal(false);
              const svgBox = $<SVGSVGElement>(el, 'svg.chart')!.viewBox.baseVal;
              for (const b of boxes) expect(b.x + b.width).to.be.at.most(svgBox.width + 1);
            }
            expect(badValues(el)).to.deep.equal([]);
          }
          if (close) expect(sawLegend, 'long labels need a legend on a narrow chart').to.equal(true);
        });
      }
    }
    it('labels="legend" and labels="direct" are honoured', async () => {
      const {el} = await mount(`<spend-compare labels="legend" data='${data(2)}'></spend-compare>`);
      expect($(el, '.legend')).to.exist;
      expect($$(el, '.direct-label').length).to.equal(0);
      const {el: direct} = await mount(`<spend-compare labels="direct" data='${data(2)}'></spend-compare>`, 300);
      expect($$(direct, '.direct-label').length).to.equal(2);
    });
    it('nine series laid out again with a legend keep their warning in chart-render', async () => {
      // Short names leave room for direct labels, but one series ends a year early: a label beside
      // the last year would misstate it, so the chart is laid out again with a legend.
      const rows = [2000, 2001].map((year) => Object.fromEntries([['year', year], ...Array.from({length: 9}, (_, i) => [`s${i + 1}`, i === 0 && year === 2001 ? null : 100 + i * 10])]));
      const {el, renders} = await mount(`<spend-compare ratio="none" data='${JSON.stringify(rows)}'></spend-compare>`);
      expect($(el, '.legend'), 'the legend fallback').to.exist;
      const warnings = renders[renders.length - 1].detail.warnings as string[];
      expect(warnings).to.include('9 series: colours repeat after eight; choose up to eight with "series".');
    });
    it('series past the eighth repeat a colour with a dash and a lighter fill of their own', async () => {
      const row = (year: number) => Object.fromEntries([['year', year], ...Array.from({length: 10}, (_, i) => [`s${i + 1}`, 10 + i * 5 + year - 2000])]);
      const rows = JSON.stringify([row(2000), row(2001)]);
      const {el} = await mount(`<spend-compare ratio="none" labels="legend" data='${rows}'></spend-compare>`, 1200);
      const lines = $$(el, 'path.line').map((p) => getComputedStyle(p));
      expect(lines).to.have.length(10);
      expect(lines[8].stroke, 'the 9th takes the 1st colour').to.equal(lines[0].stroke);
      expect(lines[8].strokeDasharray).to.not.equal(lines[0].strokeDasharray);
      expect(lines[9].stroke, 'the 10th takes the 2nd colour').to.equal(lines[1].stroke);
      expect(lines[9].strokeDasharray).to.not.equal(lines[1].strokeDasharray);
      const {el: bars} = await mount(`<spend-compare mark="bar" ratio="none" data='${rows}'></spend-compare>`, 1200);
      const fill = (i: number) => getComputedStyle($$(bars, `rect.column`)[i * 2]).fillOpacity;
      expect(fill(8)).to.not.equal(fill(0));
      const {el: direct} = await mount(`<spend-compare ratio="none" labels="direct" data='${rows}'></spend-compare>`, 1200);
      const texts = $$(direct, '.direct-label text');
      expect(texts).to.have.length(10);
      for (const t of texts) expect(getComputedStyle(t).fillOpacity, 'labels keep full contrast').to.equal('1');
    });
    it('--tiv-color-mark, meant for <tiv-trend>, leaves the first series its palette colour', async () => {
      const {el} = await mount(`<spend-compare ratio="none" style="--tiv-series-1: rgb(255, 0, 0); --tiv-color-mark: rgb(9, 9, 9)" data='${data(2)}'></spend-compare>`);
      expect(getComputedStyle($$(el, 'path.line')[0]).stroke).to.equal('rgb(255, 0, 0)');
      const {el: trend} = await mount(`<tiv-trend mark="line" style="--tiv-color-mark: rgb(9, 9, 9)" data='[[2001,1],[2002,2]]'></tiv-trend>`);
      expect(getComputedStyle($(trend, 'path.line')!).stroke).to.equal('rgb(9, 9, 9)');
    });
    it('series differ by more than colour: dash patterns', async () => {
      const {el} = await mount(`<spend-compare data='${data(3)}'></spend-compare>`);
      const dashes = $$(el, 'path.line').map((p) => getComputedStyle(p).strokeDasharray);
      expect(new Set(dashes).size).to.equal(3);
    });
  });

  describe('mark="bar"', () => {
    it('draws grouped columns per year', async () => {
      const {el} = await mount(`<spend-compare mark="bar" data='[{"year":2020,"a":30,"b":12},{"year":2021,"a":33,"b":12.5}]'></spend-compare>`);
      const cols = columnBoxes(el);
      expect(cols.length).to.equal(4);
      expect($(el, '.legend')).to.exist;
      const y0 = yOf(el)(0);
      for (const c of cols) expect(c.box.bottom).to.be.closeTo(y0, 1);
      expect(badValues(el)).to.deep.equal([]);
    });
    it('with year="2021" draws one group, labelled with values', async () => {
      const {el} = await mount(`<spend-compare mark="bar" year="2021" unit="bn" data='[{"year":2020,"a":30,"b":12},{"year":2021,"a":33,"b":12.5}]'></spend-compare>`);
      const cols = columnBoxes(el);
      expect(cols.map((c) => c.x)).to.deep.equal([2021, 2021]);
      expect($$(el, '.value-label').map((t) => t.textContent)).to.deep.equal(['33bn', '12.5bn']);
      expect($$(el, '.x-axis text').map((t) => t.textContent)).to.deep.equal(['2021']);
    });
    it('with a year that has no data draws every year, as its warning says, not an empty chart', async () => {
      const {el, renders} = await mount(`<spend-compare mark="bar" year="2030" data='[{"year":2020,"a":30,"b":12},{"year":2021,"a":33,"b":12.5}]'></spend-compare>`);
      expect(renders[0].detail.marks).to.equal(4);
      expect(columnBoxes(el).map((c) => c.x)).to.deep.equal([2020, 2020, 2021, 2021]);
      expect(renders[0].detail.warnings.join()).to.include('year=2030 has no data');
    });
  });

  describe('ratio errors', () => {
    const data = `data='[{"year":2020,"a":30,"b":12},{"year":2021,"a":33,"b":null}]'`;
    for (const [name, attrs] of [
      ['a ratio naming a series that does not exist', 'ratio="a/zz"'],
      ['a ratio-year with no data', 'ratio-year="2021"'],
      ['a ratio-year outside the data', 'ratio-year="1999"'],
    ]) {
      it(`${name}: a message in the callout's place, chart-error, the chart still drawn`, async () => {
        const {el, errors} = await mount(`<spend-compare heading="H" ${attrs} ${data}></spend-compare>`);
        await nextChartEvent(el.parentElement!, 300);
        expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-ratio']);
        expect($(el, '.ratio[role="alert"]')!.textContent).to.equal(errors[0].detail.message);
        expect($$(el, 'path.line').length).to.equal(2);
      });
    }
    it('a ratio too small to show at one decimal is a bound, "<0.1×", said "less than 0.1 times", never "0.0×"', async () => {
      const {el} = await mount(`<spend-compare data='[{"year":2020,"a":3,"b":1000}]'></spend-compare>`);
      expect($(el, '.ratio-value')!.textContent).to.equal('<0.1×');
      expect($(el, '.ratio .visually-hidden')!.textContent).to.equal('less than 0.1 times');
      expect(summaryOf(el)).to.include("In 2020, A's value was less than 0.1 times B's.");
      const {el: exact} = await mount(`<spend-compare data='[{"year":2020,"a":5,"b":100}]'></spend-compare>`);
      expect($(exact, '.ratio-value')!.textContent, '0.05 shows as 0.1').to.equal('0.1×');
    });
    it('ratio="none" hides the callout', async () => {
      const {el} = await mount(`<spend-compare ratio="none" ${data}></spend-compare>`);
      expect($$(el, '.ratio').length).to.equal(0);
    });
  });

  describe('errors', () => {
    for (const [name, attr, code] of [
      ['malformed JSON', `data='[{"year":'`, 'invalid-json'],
      ['empty data', `data="[]"`, 'no-data'],
      ['a failing src', `src="/test/fixtures/missing.csv"`, 'fetch-failed'],
      ['no numeric column', `data='[{"year":2020,"a":"x"}]'`, 'no-values'],
    ]) {
      it(`${name}: message, event, heading and source kept`, async () => {
        const {el, errors} = await mount(`<spend-compare heading="Kept" source="Src" ${attr}></spend-compare>`);
        expect(errors.map((e) => e.detail.code)).to.deep.equal([code]);
        expect($(el, '.plot [role="alert"], .plot [role="status"]')).to.exist;
        expect(visibleText(el)).to.include('Kept').and.include('Src');
        expect($$(el, '.ratio').length).to.equal(0);
        await expect(el).to.be.accessible();
      });
    }
  });
});

describe('failure kinds for <spend-compare>', () => {
  it('empty data', async () => {
    const {el, errors} = await mount(`<spend-compare heading="Spending" data="[]"></spend-compare>`);
    expect($(el, '.plot [role="status"]')!.textContent).to.match(/no data/i);
    expect(errors.length).to.equal(1);
    expect($$(el, 'path, rect.column, .y-axis text').length).to.equal(0);
  });

  it('single data point', async () => {
    const {el} = await mount(
      `<spend-compare heading="Spending, Country A and Country B" prefix="$" unit="bn" ratio="none"
        series='[{"key":"a","label":"Country A"},{"key":"b","label":"Country B"}]'
        data='[{"year":2018,"a":50,"b":null},{"year":2019,"a":60,"b":20},{"year":2020,"a":70,"b":null}]'></spend-compare>`
    );
    const b = $$(el, 'circle.point.series-1');
    expect(b.length).to.equal(1);
    expect(b[0].getAttribute('data-x')).to.equal('2019');
    expect(Number(b[0].getAttribute('r'))).to.be.at.least(2);
    expect(badValues(el)).to.deep.equal([]);
  });

  for (const year of ['', 'year="2021"']) {
    it(`negative values below the baseline (bars${year ? ', one year' : ''})`, async () => {
      const {el} = await mount(
        `<spend-compare unit="%" mark="bar" ratio="none" ${year}
          series='[{"key":"a","label":"Country A"},{"key":"b","label":"Country B"}]'
          data='[{"year":2021,"a":6,"b":-15},{"year":2022,"a":-4,"b":9}]'></spend-compare>`
      );
      expect(badValues(el)).to.deep.equal([]);
      const y0 = yOf(el)(0);
      const boxes = $$(el, 'rect.column').map((r) => ({
        v: Number(r.getAttribute('data-x')),
        cls: r.getAttribute('class')!,
        box: shapeBox(r),
      }));
      const values: Record<string, number> = {'2021-0': 6, '2021-1': -15, '2022-0': -4, '2022-1': 9};
      const perUnit = boxes[0].box.height / Math.abs(values[`${boxes[0].v}-${boxes[0].cls.includes('series-1') ? 1 : 0}`]);
      for (const b of boxes) {
        const v = values[`${b.v}-${b.cls.includes('series-1') ? 1 : 0}`];
        if (v < 0) expect(b.box.top).to.be.closeTo(y0, 1);
        else expect(b.box.bottom).to.be.closeTo(y0, 1);
        expect(b.box.height).to.be.closeTo(Math.abs(v) * perUnit, Math.abs(v) * perUnit * 0.03 + 0.5);
      }
      expect(boxes.length).to.equal(year ? 2 : 4);
    });
  }

  it('column and area domain includes zero (grouped bars, all negative)', async () => {
    const {el} = await mount(
      `<spend-compare unit="mn" mark="bar" ratio="none" series='[{"key":"a","label":"Country A"},{"key":"b","label":"Country B"}]'
        data='[{"year":2021,"a":-120,"b":-80},{"year":2022,"a":-90,"b":-100}]'></spend-compare>`
    );
    const ticks = tickLabels(el).map((l) => tickValue(l));
    expect(Math.max(...ticks)).to.equal(0);
    const y0 = yOf(el)(0);
    const heights = columnBoxes(el).map((c) => {
      expect(c.box.top).to.be.closeTo(y0, 1);
      return c.box.height;
    });
    const values = [120, 80, 90, 100];
    heights.forEach((h, i) => expect(h / heights[0]).to.be.closeTo(values[i] / values[0], 0.03));
  });

  it('unsorted years (long rows, interleaved)', async () => {
    const {el} = await mount(
      `<spend-compare prefix="$" unit="bn" series='[{"key":"a","label":"Country A"},{"key":"b","label":"Country B"}]'
        data='[{"series":"a","year":2003,"value":30},{"series":"b","year":2001,"value":10},{"series":"a","year":2001,"value":20},{"series":"b","year":2003,"value":12},{"series":"a","year":2002,"value":25},{"series":"b","year":2002,"value":11}]'></spend-compare>`
    );
    for (const i of [0, 1]) {
      const v = lineVertices(el, i);
      expect(v.length).to.equal(3);
      for (let k = 1; k < v.length; k++) expect(v[k].x).to.be.greaterThan(v[k - 1].x);
    }
    expect($(el, '.ratio-value')!.textContent).to.equal('2.5×');
    expect($(el, '.ratio-text')!.textContent).to.include('2003');
  });

  for (const locale of ['en', 'de-DE']) {
    it(`no SI prefix for billions (${locale})`, async () => {
      const {el} = await mount(
        `<spend-compare prefix="$" locale="${locale}" series='[{"key":"a","label":"Country A"},{"key":"b","label":"Country B"}]'
          data='[{"year":2019,"a":240000000000,"b":65000000000},{"year":2021,"a":270000000000,"b":66000000000},{"year":2023,"a":296000000000,"b":109000000000}]'></spend-compare>`
      );
      const text = [visibleText(el), summaryOf(el), tableRows(el).flat().join(' ')].join(' ');
      expect(text).not.to.match(/\d\s?G\b/);
      expect(text.toLowerCase()).not.to.include('giga');
      // The abbreviation is on the top label only.
      expect(tickLabels(el).at(-1)).to.include(locale === 'en' ? 'bn' : 'Mrd.');
      expect($(el, '.ratio-value')!.textContent).to.equal(locale === 'en' ? '2.7×' : '2,7×');
      expect($(el, '.ratio-text')!.textContent).to.include('2023');
    });
  }
});
