/**
 * The known failure kinds of ../shared/cases/README.md that concern <tiv-trend>, one `describe`
 * per kind, named after it. Each checks the kind's main input and its variants.
 */
import {expect} from '@open-wc/testing';
import {$, $$, badValues, columnBoxes, expectNoPageErrors, frames, lineVertices, mount, nextChartEvent, settledAtSize, tableRows, tickLabels, tickValue, visibleText, xLabels, yOf} from '../helpers/chart.js';

expectNoPageErrors();

describe('empty data', () => {
  const base = `heading="Arms imports, Country A" subheading="TIV, millions" unit="mn" source="Source: test data"`;
  async function expectEmpty(markup: string) {
    const {el, errors} = await mount(markup);
    expect(badValues(el)).to.deep.equal([]);
    const status = $(el, '.plot [role="status"]');
    expect(status, 'a status message in the plot area').to.exist;
    expect(status!.textContent).to.match(/no data/i);
    expect($$(el, 'rect.column, path, circle, .x-axis text, .y-axis text').length).to.equal(0);
    const text = visibleText(el);
    expect(text).not.to.match(/auto|NaN|undefined|null|Infinity/);
    expect(text).to.include('Arms imports, Country A').and.include('Source: test data');
    expect(errors.length).to.equal(1);
    expect(errors[0].detail.code).to.be.a('string').and.not.equal('');
    expect(errors[0].detail.message).to.be.a('string').and.not.equal('');
    await expect(el).to.be.accessible();
    return el;
  }
  for (const mark of ['column', 'line', 'area']) {
    it(`data="[]" with mark="${mark}"`, () => expectEmpty(`<tiv-trend ${base} mark="${mark}" data="[]"></tiv-trend>`));
  }
  it('a child script with []', () => expectEmpty(`<tiv-trend ${base}><script type="application/json">[]</script></tiv-trend>`));
  // A file's message names the file, so an empty file is told apart from a chart given no data.
  for (const [file, says] of [
    ['header-only.csv', 'has no rows'],
    ['empty.csv', 'is empty'],
    ['empty.json', 'has no rows'],
  ]) {
    it(`a data file with no rows (${file}): the message names the file`, async () => {
      const el = await expectEmpty(`<tiv-trend ${base} src="/test-fixtures/${file}"></tiv-trend>`);
      expect($(el, '.plot [role="status"]')!.textContent).to.equal(`No data to show: /test-fixtures/${file} ${says}.`);
    });
  }
  it('a child table with a header row and no data rows', () =>
    expectEmpty(`<tiv-trend ${base}><table><tr><th>Year</th><th>TIV</th></tr></table></tiv-trend>`));
  it('the data property set to []', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const el = document.createElement('tiv-trend');
    el.heading = 'Arms imports, Country A';
    el.data = [];
    const next = nextChartEvent(host);
    host.append(el);
    const e = await next;
    expect(e?.type).to.equal('chart-error');
    expect($(el, '.plot [role="status"]')).to.exist;
    host.remove();
  });
  it('a chart that drew data and is then given []', async () => {
    const {el, host, errors} = await mount(`<tiv-trend ${base} data='[{"year":2020,"value":5},{"year":2021,"value":7}]'></tiv-trend>`);
    expect(columnBoxes(el).length).to.equal(2);
    const next = nextChartEvent(host);
    el.setAttribute('data', '[]');
    await next;
    expect($$(el, 'rect.column, .x-axis text, .y-axis text').length).to.equal(0);
    expect($(el, '.plot [role="status"]')).to.exist;
    expect(errors.length).to.equal(1);
  });
});

describe('single data point', () => {
  function expectPoint(el: Element, year: number) {
    const pts = $$(el, 'circle.point').filter((c) => c.getAttribute('data-x') === String(year));
    expect(pts.length, `one point for ${year}`).to.equal(1);
    const c = pts[0];
    expect(Number(c.getAttribute('r'))).to.be.at.least(2);
    const style = getComputedStyle(c);
    expect(style.fill).not.to.equal('none');
    expect(Number(style.opacity)).to.be.greaterThan(0);
    const box = c.getBoundingClientRect();
    const grid = $$(el, '.grid line').map((l) => l.getBoundingClientRect().top);
    const cy = box.top + box.height / 2;
    expect(cy).to.be.within(Math.min(...grid) - 0.5, Math.max(...grid) + 0.5);
  }
  it('one value on a line', async () => {
    const {el, renders} = await mount(`<tiv-trend heading="Arms exports, Country B" unit="mn" mark="line" data='[{"year":2019,"value":1430}]'></tiv-trend>`);
    expect(badValues(el)).to.deep.equal([]);
    expectPoint(el, 2019);
    expect($$(el, 'circle.point').length).to.equal(1);
    expect(xLabels(el)).to.deep.equal(['2019']);
    const ticks = tickLabels(el).map((l) => tickValue(l));
    expect(new Set(ticks).size).to.be.at.least(2);
    expect(Math.min(...ticks)).to.be.below(1430);
    expect(Math.max(...ticks)).to.be.above(1430);
    expect(renders[0].detail.marks).to.equal(1);
    expect(tableRows(el)).to.deep.equal([['2019', '1,430mn']]);
  });
  it('one value on an area', async () => {
    const {el} = await mount(`<tiv-trend unit="mn" mark="area" data='[{"year":2019,"value":1430}]'></tiv-trend>`);
    expectPoint(el, 2019);
    // The unit is on the top label only.
    expect(tickLabels(el)).to.include('0');
    expect(tickLabels(el).at(-1)).to.match(/mn$/);
  });
  it('a value isolated between gaps', async () => {
    const data = '[{"year":2014,"value":800},{"year":2015,"value":900},{"year":2016,"value":null},{"year":2017,"value":1100},{"year":2018,"value":null},{"year":2019,"value":1300},{"year":2020,"value":1430}]';
    const {el} = await mount(`<tiv-trend unit="mn" mark="line" data='${data}'></tiv-trend>`);
    expectPoint(el, 2017);
    expect(badValues(el)).to.deep.equal([]);
  });
});

describe('all values zero', () => {
  const data = '[{"year":2018,"value":0},{"year":2019,"value":0},{"year":2020,"value":0},{"year":2021,"value":0}]';
  for (const mark of ['column', 'line', 'area']) {
    it(`mark="${mark}"`, async () => {
      const {el, errors, renders} = await mount(`<tiv-trend heading="Arms exports, Country C" unit="mn" mark="${mark}" data='${data}'></tiv-trend>`);
      expect(badValues(el)).to.deep.equal([]);
      expect(errors.length).to.equal(0);
      expect($$(el, '[role="status"], [role="alert"]').length).to.equal(0);
      expect(tickLabels(el)).to.include('0');
      expect(tickLabels(el).at(-1)).to.match(/mn$/);
      const plot = $(el, 'svg.chart')!.getBoundingClientRect();
      for (const t of $$(el, '.grid line')) expect(t.getBoundingClientRect().top).to.be.within(plot.top, plot.bottom);
      const y0 = yOf(el)(0);
      if (mark === 'column') {
        expect(renders[0].detail.marks).to.equal(4);
        for (const c of columnBoxes(el)) {
          expect(c.box.height).to.be.at.most(1);
          expect(c.box.bottom).to.be.closeTo(y0, 1);
        }
      } else {
        for (const v of lineVertices(el)) expect(v.y).to.be.closeTo(y0, 1);
        if (mark === 'area') expect($(el, 'path.area')!.getBoundingClientRect().height).to.be.at.most(1);
      }
      expect(tableRows(el).map((r) => r[1])).to.deep.equal(['0mn', '0mn', '0mn', '0mn']);
      const summary = $(el, 'figure')!.getAttribute('aria-describedby');
      expect($(el, `#${summary}`)!.textContent).to.include('0 million');
    });
  }
});

describe('negative values below the baseline', () => {
  const data = '[{"year":2019,"value":4},{"year":2020,"value":-18},{"year":2021,"value":7},{"year":2022,"value":-3}]';
  it('columns hang from and stand on the zero baseline', async () => {
    const {el} = await mount(`<tiv-trend heading="Change in arms imports, Country E" unit="%" mark="column" data='${data}'></tiv-trend>`);
    expect(badValues(el)).to.deep.equal([]);
    const ticks = tickLabels(el).map((l) => tickValue(l));
    expect(Math.max(...ticks)).to.be.at.least(7);
    expect(Math.min(...ticks)).to.be.at.most(-18);
    expect(ticks).to.include(0);
    const y0 = yOf(el)(0);
    expect($(el, '.baseline')!.getBoundingClientRect().top).to.be.closeTo(y0, 1);
    const cols = Object.fromEntries(columnBoxes(el).map((c) => [c.x, c.box]));
    for (const year of [2020, 2022]) expect(cols[year].top).to.be.closeTo(y0, 1);
    for (const year of [2019, 2021]) expect(cols[year].bottom).to.be.closeTo(y0, 1);
    expect(cols[2020].height / cols[2021].height).to.be.closeTo(18 / 7, (18 / 7) * 0.03);
    expect(cols[2019].height / cols[2022].height).to.be.closeTo(4 / 3, (4 / 3) * 0.03);
    expect(tableRows(el).map((r) => r[1])).to.deep.equal(['4%', '\u221218%', '7%', '\u22123%']);
  });
  it('an area spans from y(7) to y(-18)', async () => {
    const {el} = await mount(`<tiv-trend unit="%" mark="area" data='${data}'></tiv-trend>`);
    const y = yOf(el);
    const box = $(el, 'path.area')!.getBoundingClientRect();
    expect(box.top).to.be.closeTo(y(7), 1);
    expect(box.bottom).to.be.closeTo(y(-18), 1);
  });
});

describe('column and area domain includes zero', () => {
  it('all negative columns hang from a 0 tick at the top', async () => {
    const {el} = await mount(`<tiv-trend unit="mn" mark="column" data='[{"year":2020,"value":-200},{"year":2021,"value":-300},{"year":2022,"value":-150}]'></tiv-trend>`);
    const ticks = tickLabels(el).map((l) => tickValue(l));
    expect(Math.max(...ticks)).to.equal(0);
    const y0 = yOf(el)(0);
    const cols = Object.fromEntries(columnBoxes(el).map((c) => [c.x, c.box]));
    for (const c of Object.values(cols)) expect(c.top).to.be.closeTo(y0, 1);
    expect(cols[2021].height / cols[2022].height).to.be.closeTo(2, 0.06);
  });
  it('an all-negative area has an edge at y(0)', async () => {
    const {el} = await mount(`<tiv-trend unit="mn" mark="area" data='[{"year":2020,"value":-200},{"year":2021,"value":-300},{"year":2022,"value":-150}]'></tiv-trend>`);
    const box = $(el, 'path.area')!.getBoundingClientRect();
    const y0 = yOf(el)(0);
    expect(Math.min(Math.abs(box.top - y0), Math.abs(box.bottom - y0))).to.be.at.most(1);
  });
  for (const mark of ['column', 'area']) {
    it(`values far above zero (${mark}) stand on a 0 tick at the bottom`, async () => {
      const {el} = await mount(`<tiv-trend unit="mn" mark="${mark}" data='[{"year":2020,"value":1000},{"year":2021,"value":1100},{"year":2022,"value":1050}]'></tiv-trend>`);
      const ticks = tickLabels(el).map((l) => tickValue(l));
      expect(Math.min(...ticks)).to.equal(0);
      const y0 = yOf(el)(0);
      if (mark === 'column') {
        const cols = Object.fromEntries(columnBoxes(el).map((c) => [c.x, c.box]));
        for (const c of Object.values(cols)) expect(c.bottom).to.be.closeTo(y0, 1);
        expect(cols[2021].height / cols[2020].height).to.be.closeTo(1.1, 0.033);
      } else {
        expect($(el, 'path.area')!.getBoundingClientRect().bottom).to.be.closeTo(y0, 1);
      }
    });
  }
  it('y-min above zero is widened to zero for columns, with a warning', async () => {
    const {el, renders} = await mount(`<tiv-trend mark="column" y-min="900" data='[[2020,1000],[2021,1100]]'></tiv-trend>`);
    expect(tickLabels(el).map((l) => tickValue(l))).to.include(0);
    expect(renders[0].detail.warnings.join(' ')).to.match(/zero/);
  });
});

describe('unsorted years', () => {
  const rows: [number, number][] = [[2005, 310], [2001, 220], [2003, 180], [2002, 260], [2004, 240]];
  const objects = JSON.stringify(rows.map(([year, value]) => ({year, value})));
  const sorted = [...rows].sort((a, b) => a[0] - b[0]);
  const variants: [string, string][] = [
    ['objects', `<tiv-trend unit="mn" mark="line" data='${objects}'></tiv-trend>`],
    ['pairs', `<tiv-trend unit="mn" mark="line" data='${JSON.stringify(rows)}'></tiv-trend>`],
    ['a src CSV file', `<tiv-trend unit="mn" mark="line" src="/test-fixtures/unsorted.csv"></tiv-trend>`],
    ['a child table', `<tiv-trend unit="mn" mark="line"><table><tr><th>Year</th><th>Exports</th></tr>${rows.map(([y, v]) => `<tr><td>${y}</td><td>${v}</td></tr>`).join('')}</table></tiv-trend>`],
    ['an area', `<tiv-trend unit="mn" mark="area" data='${objects}'></tiv-trend>`],
  ];
  for (const [name, markup] of variants) {
    it(`line vertices run in year order (${name})`, async () => {
      const {el} = await mount(markup);
      expect(badValues(el)).to.deep.equal([]);
      const v = lineVertices(el);
      expect(v.length).to.equal(5);
      for (let i = 1; i < v.length; i++) expect(v[i].x).to.be.greaterThan(v[i - 1].x);
      const y = yOf(el);
      v.forEach((p, i) => expect(p.y, String(sorted[i][0])).to.be.closeTo(y(sorted[i][1]), 1));
      expect(tableRows(el)).to.deep.equal(sorted.map(([yr, val]) => [String(yr), `${val}mn`]));
      const summary = $(el, `#${$(el, 'figure')!.getAttribute('aria-describedby')}`)!.textContent!;
      expect(summary).to.match(/^2001 to 2005/);
      expect(summary).to.include('Latest, 2005: 310 million');
    });
  }
  it('columns run in year order, and highlight="last" marks 2005 only', async () => {
    const {el} = await mount(`<tiv-trend unit="mn" mark="column" highlight="last" data='${objects}'></tiv-trend>`);
    const cols = columnBoxes(el);
    expect(cols.map((c) => c.x)).to.deep.equal([2001, 2002, 2003, 2004, 2005]);
    const y0 = yOf(el);
    cols.forEach((c, i) => expect(c.box.top).to.be.closeTo(y0(sorted[i][1]), 1));
    expect($$(el, 'rect.column.highlight').map((r) => r.getAttribute('data-x'))).to.deep.equal(['2005']);
  });
});

describe('no SI prefix for billions', () => {
  const data = JSON.stringify([[2019, 1.2e9], [2020, 2.5e9], [2021, 4.5e9], [2022, 3.1e9]]);
  for (const locale of ['en', 'de-DE']) {
    it(`raw dollar amounts in ${locale}`, async () => {
      const {el} = await mount(`<tiv-trend mark="column" prefix="$" locale="${locale}" data='${data}'></tiv-trend>`);
      expect(badValues(el)).to.deep.equal([]);
      const ticks = tickLabels(el);
      const everything = [...ticks, ...tableRows(el).flat(), $(el, `#${$(el, 'figure')!.getAttribute('aria-describedby')}`)!.textContent!].join(' ');
      expect(everything).not.to.match(/\d\s?G\b/);
      expect(everything.toLowerCase()).not.to.include('giga');
      const abbr = locale === 'en' ? 'bn' : 'Mrd.';
      // The abbreviation is on the top label only, which reads in billions.
      expect(ticks.at(-1)).to.include(abbr);
      expect(tickValue(ticks.at(-1)!, locale, true)).to.equal(5e9);
      const values = $$(el, '.grid line').length;
      expect(values).to.equal(ticks.length);
      // Each label read back equals its tick: ticks are evenly spaced on the grid.
      // The axis reads in billions: the top label says so, the others are bare numbers.
      const nums = ticks.map((t) => tickValue(t, locale) * 1e9);
      const ys = $$(el, '.grid line').map((l) => l.getBoundingClientRect().top);
      const perPx = (nums[1] - nums[0]) / (ys[1] - ys[0]);
      nums.forEach((n, i) => expect(n).to.be.closeTo(nums[0] + (ys[i] - ys[0]) * perPx, Math.abs(perPx) * 1.5));
    });
  }
  it('a y-format set by the page is applied as written', async () => {
    const {el} = await mount(`<tiv-trend mark="column" y-format=".2s" data='${data}'></tiv-trend>`);
    expect(tickLabels(el).some((t) => /G$/.test(t))).to.equal(true);
  });
});

describe('byte-order mark in data', () => {
  const expectThree = async (markup: string) => {
    const {el, errors} = await mount(markup);
    expect(errors.length).to.equal(0);
    expect(badValues(el)).to.deep.equal([]);
    expect(columnBoxes(el).map((c) => c.x)).to.deep.equal([2019, 2020, 2021]);
    expect(tableRows(el).map((r) => r[1])).to.deep.equal(['1,450mn', '980mn', '1,210mn']);
    expect(el.shadowRoot!.textContent).not.to.include('\uFEFF');
  };
  it('a CSV file that starts with EF BB BF', () => expectThree(`<tiv-trend unit="mn" src="/test-fixtures/bom.csv"></tiv-trend>`));
  it('the same with the header year,tiv', () => expectThree(`<tiv-trend unit="mn" src="/test-fixtures/bom-tiv.csv"></tiv-trend>`));
  it('a JSON file that starts with EF BB BF', () => expectThree(`<tiv-trend unit="mn" src="/test-fixtures/bom.json"></tiv-trend>`));
  it('a data attribute starting with U+FEFF', () =>
    expectThree(`<tiv-trend unit="mn" data="&#xFEFF;[[2019,1450],[2020,980],[2021,1210]]"></tiv-trend>`));
  it('a child script starting with U+FEFF', () =>
    expectThree(`<tiv-trend unit="mn"><script type="application/json">\uFEFF[[2019,1450],[2020,980],[2021,1210]]</script></tiv-trend>`));
});

describe('tiny and zero-size container', () => {
  const data = '[{"year":2019,"value":10},{"year":2020,"value":30},{"year":2021,"value":20}]';
  for (const mark of ['line', 'column']) {
    for (const size of ['width:40px;height:30px', 'width:0', 'width:1px']) {
      it(`${mark} at ${size}, then at 600 px`, async () => {
        const {el: w, host, renders} = await mount(
          `<div style="${size}"><tiv-trend heading="Arms imports, Country M" unit="mn" mark="${mark}" data='${data}'></tiv-trend></div>`
        );
        const el = w.querySelector('tiv-trend')!;
        expect(badValues(el)).to.deep.equal([]);
        await settledAtSize(el);
        const before = renders.length;
        await settledAtSize(el);
        expect(renders.length, 'no re-render at a fixed size').to.equal(before);
        expect($(el, 'figure')!.getAttribute('aria-labelledby')).to.be.a('string');
        const next = nextChartEvent(host);
        (w as HTMLElement).style.cssText = 'width:600px;height:auto';
        await next;
        expect($(el, 'svg.chart')!.getBoundingClientRect().width).to.be.closeTo(600, 2);
        if (mark === 'line') expect(lineVertices(el).length).to.equal(3);
        else expect(columnBoxes(el).length).to.equal(3);
        expect($(el, '.heading')!.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(badValues(el)).to.deep.equal([]);
      });
    }
  }
});

describe('server-side import and no-JavaScript fallback', () => {
  const markup = `<tiv-trend heading="Arms imports, Country U" unit="mn">
  <table>
    <caption>Arms imports, Country U (TIV, millions)</caption>
    <tr><th>Year</th><th>Imports</th></tr>
    <tr><td>2022</td><td>610</td></tr>
    <tr><td>2023</td><td>590</td></tr>
  </table>
</tiv-trend>`;
  it('without JavaScript the table stays visible', async () => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin'); // no allow-scripts: JavaScript is off
    frame.srcdoc = `<!doctype html><script src="/dist/tiv-charts.min.js"></script>${markup}`;
    frame.style.width = '640px';
    const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    expect(customElementsDefined(frame)).to.equal(false);
    for (const text of ['Arms imports, Country U (TIV, millions)', '2022', '610', '2023', '590']) {
      const cell = Array.from(doc.querySelectorAll('caption, td')).find((c) => c.textContent === text)!;
      const box = cell.getBoundingClientRect();
      expect(box.width * box.height, text).to.be.greaterThan(0);
    }
    frame.remove();
  });
  it('with JavaScript the table is drawn and hidden', async () => {
    const {el} = await mount(markup);
    const cols = columnBoxes(el);
    expect(cols.map((c) => c.x)).to.deep.equal([2022, 2023]);
    expect(cols[0].box.height / cols[1].box.height).to.be.closeTo(610 / 590, 0.01);
    expect(el.querySelector('table')!.getBoundingClientRect().height).to.equal(0);
    expect(tableRows(el)).to.deep.equal([['2022', '610mn'], ['2023', '590mn']]);
  });
  it('the data property set before the element is defined is kept', async () => {
    const inert = document.implementation.createHTMLDocument('');
    const el = inert.createElement('tiv-trend') as HTMLElement & {data?: unknown};
    expect(el instanceof customElements.get('tiv-trend')!).to.equal(false);
    el.data = [{year: 2022, value: 610}, {year: 2023, value: 590}];
    const host = document.createElement('div');
    host.style.width = '640px';
    document.body.append(host);
    const next = nextChartEvent(host);
    host.append(document.adoptNode(el));
    await next;
    await frames(1);
    expect(columnBoxes(el).map((c) => c.x)).to.deep.equal([2022, 2023]);
    host.remove();
  });
});

function customElementsDefined(frame: HTMLIFrameElement): boolean {
  return !!(frame.contentWindow as Window & typeof globalThis).customElements?.get('tiv-trend');
}
