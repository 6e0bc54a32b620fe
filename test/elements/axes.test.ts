import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {$, $$, cleanup, expectNoPageErrors, mount, shapeBox, tableRows, tickLabels} from '../helpers/chart.js';

const MINUS = '\u2212';
const WIDTHS = [320, 375, 768, 1280];
const MILEX = `<spend-compare src="/demo/data/milex-china-russia.csv" series='[{"key":"china","label":"China"},{"key":"russia","label":"Russia"}]'
  ratio-year="2020" prefix="$" unit="bn"></spend-compare>`;
const TIV = `<tiv-trend src="/demo/data/tiv-russia-china.csv" unit="mn"></tiv-trend>`;
const live = (el: Element) => $(el, '.live')!.textContent!.trim();

expectNoPageErrors();

describe('axes and numbers a graphics desk would sign off', () => {
  afterEach(cleanup);

  it('the y domain and ticks are the same at 320, 375, 768 and 1280 px; the unit is on the top label only', async () => {
    for (const [markup, expected] of [
      [MILEX, ['0', '50', '100', '150', '200', '$250bn']],
      // Five intervals of 1,000 would leave 23 % of the axis empty above 3,077: seven of 500.
      [TIV, ['0', '500', '1,000', '1,500', '2,000', '2,500', '3,000', '3,500mn']],
    ] as const) {
      for (const width of WIDTHS) {
        const {el} = await mount(markup, width);
        expect(tickLabels(el), `${el.localName} at ${width}`).to.deep.equal(expected);
      }
    }
  });

  it('5.55 % tops the axis at 6 %, and −14.5 to 10 spans −15 to 10, with minus signs', async () => {
    const {el} = await mount(`<tiv-trend unit="%" data='[[2016,3.2],[2017,4.1],[2018,5.55]]'></tiv-trend>`, 375);
    expect(tickLabels(el)).to.deep.equal(['0', '2', '4', '6%']);
    const growth = await mount(`<tiv-trend mark="line" unit="%" data='[[2016,3.2],[2017,-14.5],[2018,10]]'></tiv-trend>`, 375);
    expect(tickLabels(growth.el)).to.deep.equal([`${MINUS}15`, `${MINUS}10`, `${MINUS}5`, '0', '5', '10%']);
  });

  for (const width of WIDTHS) {
    it(`at ${width} px y-axis="inline" gives a line the whole width, its labels on their gridlines with a halo`, async () => {
      const {el} = await mount(MILEX.replace('<spend-compare', '<spend-compare y-axis="inline"'), width);
      const svg = $(el, 'svg.chart')!.getBoundingClientRect();
      const line = $(el, 'path.line')!.getBoundingClientRect();
      expect(line.left - svg.left).to.be.at.most(6);
      const labels = $$<SVGTextElement>(el, '.y-axis.inline text');
      expect(labels.length).to.equal(6);
      const grid = $$(el, '.grid line');
      for (const [i, label] of labels.entries()) {
        // The text's own box (Firefox's getBoundingClientRect also counts the halo's stroke).
        const box = shapeBox(label);
        expect(box.left - svg.left).to.be.below(2);
        // Above its gridline, not across it.
        expect(box.bottom).to.be.at.most(shapeBox(grid[i]).top + 1);
        expect(getComputedStyle(label).paintOrder).to.match(/^stroke/);
      }
      // The labels are drawn over the marks.
      const order = $$(el, 'svg.chart > g > *').map((n) => n.getAttribute('class') ?? '');
      expect(order.indexOf('y-axis inline')).to.be.above(order.indexOf('marks'));
      const left = await mount(MILEX, width);
      expect($(left.el, 'path.line')!.getBoundingClientRect().left - $(left.el, 'svg.chart')!.getBoundingClientRect().left).to.be.above(20);
    });
  }

  it('y-axis="inline" columns still begin right of the widest label', async () => {
    const {el} = await mount(TIV.replace('<tiv-trend', '<tiv-trend y-axis="inline"'), 375);
    const widest = Math.max(...$$(el, '.y-axis text').map((t) => t.getBoundingClientRect().right));
    expect(Math.min(...$$(el, 'rect.column').map((c) => c.getBoundingClientRect().left))).to.be.above(widest);
  });

  it('y-format formats the ticks; value-format the tooltip, live region, summary and table; by default values keep their precision', async () => {
    const data = `data='[[2019,84.44],[2020,-3.5],[2021,120]]'`;
    const {el} = await mount(`<tiv-trend mark="line" prefix="$" y-format=",.1f" heading="Prices" ${data}></tiv-trend>`, 375);
    // −50 to 150 would leave 38 % of the axis empty: −25 to 125 leaves 18 %.
    expect(tickLabels(el).at(-1)).to.equal('$125.0');
    expect(tableRows(el)).to.deep.equal([
      ['2019', '$84.44'],
      ['2020', `${MINUS}$3.50`],
      ['2021', '$120.00'],
    ]);
    const summary = $(el, `#${$(el, 'figure')!.getAttribute('aria-describedby')}`)!.textContent!;
    expect(summary).to.include('84.44');
    expect(summary).to.include('minus 3.5');
    $<SVGElement>(el, 'svg.chart')!.focus();
    await sendKeys({press: 'ArrowRight'});
    expect(live(el)).to.include('84.44');
    expect($(el, '.tooltip')!.textContent).to.include('$84.44');

    const formatted = await mount(`<tiv-trend mark="line" prefix="$" value-format=",.0f" ${data}></tiv-trend>`, 375);
    expect(tableRows(formatted.el)[0]).to.deep.equal(['2019', '$84']);
    expect(tickLabels(formatted.el).at(-1)).to.equal('$125');
  });

  it('a table column has one number of decimals; the CSV keeps the data and ASCII minus', async () => {
    const {el} = await mount(`<spend-compare data='[{"year":2019,"a":2,"b":-1.5},{"year":2020,"a":1.9,"b":3},{"year":2021,"a":1.78,"b":4}]' unit="%"></spend-compare>`, 375);
    expect(tableRows(el)).to.deep.equal([
      ['2019', '2.00%', `${MINUS}1.5%`],
      ['2020', '1.90%', '3.0%'],
      ['2021', '1.78%', '4.0%'],
    ]);
    const link = $<HTMLAnchorElement>(el, '[part=download]')!;
    link.dispatchEvent(new Event('focus'));
    const csv = decodeURIComponent(link.href.split(',').slice(1).join(','));
    expect(csv).to.include('2019,2,-1.5');
  });

  it('an invalid y-axis or value-format falls back with a warning', async () => {
    const {renders} = await mount(`<tiv-trend y-axis="middle" value-format="%%%" data='[[2019,1],[2020,2]]'></tiv-trend>`);
    const warnings = renders[0].detail.warnings.join(' ');
    expect(warnings).to.include('y-axis="middle" is not left or inline; using left.');
    expect(warnings).to.include('value-format="%%%" is not a d3-format specifier; using the default format.');
  });
});

describe('the headline ratio', () => {
  afterEach(cleanup);

  it('always shows one decimal and reads "1.0 times"', async () => {
    for (const [a, shown] of [
      [3, '1.0×'],
      [12, '4.0×'],
      [11, '3.7×'],
    ] as const) {
      const {el} = await mount(`<spend-compare data='[{"year":2020,"a":1,"b":1},{"year":2021,"a":${a},"b":3}]'></spend-compare>`, 375);
      expect($(el, '.ratio-value')!.textContent).to.equal(shown);
      expect($(el, '.ratio .visually-hidden')!.textContent).to.equal(`${shown.slice(0, -1)} times`);
    }
  });

  it('a zero or missing denominator in the latest year is reported as invalid-ratio, not replaced by an earlier year', async () => {
    for (const b of ['0', 'null']) {
      const {el, errors} = await mount(`<spend-compare data='[{"year":2020,"a":4,"b":2},{"year":2021,"a":5,"b":${b}}]'></spend-compare>`, 375);
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-ratio']);
      const callout = $(el, '.ratio[role="alert"]')!;
      expect(callout.textContent).to.include('2021');
      expect($(el, '.ratio-value')).to.equal(null);
      // The chart is still drawn.
      expect($$(el, 'path.line').length).to.equal(2);
    }
  });
});

describe('the data table box', () => {
  afterEach(cleanup);

  it('at 320 px a table of ten series scrolls sideways with its year column and header corner in view', async () => {
    const keys = Array.from({length: 10}, (_, i) => `country_number_${i + 1}`);
    const rows = [2019, 2020, 2021].map((year) => Object.fromEntries([['year', year], ...keys.map((k, i) => [k, 1000 + i])]));
    const {el} = await mount(`<spend-compare heading="Ten" data='${JSON.stringify(rows)}'></spend-compare>`, 320);
    $<HTMLButtonElement>(el, '.controls button')!.click();
    await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    const box = $<HTMLElement>(el, '[part=table-wrapper]')!;
    expect(box.scrollWidth, 'the table is wider than its box').to.be.above(box.clientWidth + 100);
    box.scrollIntoView({block: 'nearest'});
    box.scrollLeft = box.scrollWidth;
    const left = box.getBoundingClientRect().left;
    const year = $$(el, 'tbody th[scope="row"]')[0];
    expect(year.textContent).to.equal('2019');
    expect(year.getBoundingClientRect().left, 'the year cell stays at the box\'s start').to.be.closeTo(left, 2);
    expect($(el, 'thead th')!.getBoundingClientRect().left, 'and the header corner').to.be.closeTo(left, 2);
    // The year cell is painted over the values that scroll under it.
    const r = year.getBoundingClientRect();
    const hit = el.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    expect(hit === year || year.contains(hit), `${hit?.localName} at the year's place`).to.equal(true);
  });

  for (const width of [320, 1280]) {
    it(`at ${width} px "Show data" on 3,000 rows opens a focusable, labelled box of at most 60% of the viewport, with a sticky header`, async () => {
      const rows = Array.from({length: 3000}, (_, i) => [2000 + i, i % 97]);
      const {el} = await mount(`<tiv-trend mark="line" heading="Long" data='${JSON.stringify(rows)}'></tiv-trend>`, width);
      $<HTMLButtonElement>(el, '.controls button')!.click();
      await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      const box = $<HTMLElement>(el, '[part=table-wrapper]')!;
      expect(box.getBoundingClientRect().height).to.be.at.most(window.innerHeight * 0.6 + 1);
      expect(box.scrollHeight).to.be.above(box.clientHeight);
      expect(box.getAttribute('tabindex')).to.equal('0');
      expect(box.getAttribute('role')).to.equal('region');
      expect(box.getAttribute('aria-label')).to.equal('Long');
      // Keyboard: the box takes focus and scrolls; the header row stays at its top.
      box.focus();
      expect(el.shadowRoot!.activeElement).to.equal(box);
      box.scrollTop = box.scrollHeight;
      const header = $(el, 'thead th')!.getBoundingClientRect();
      expect(header.top).to.be.closeTo(box.getBoundingClientRect().top, 2);
      // Every row is in the table for screen readers.
      expect($$(el, 'tbody tr').length).to.equal(3000);
    });
  }
});
