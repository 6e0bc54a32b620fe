import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {$, $$, badValues, expectNoPageErrors, frames, mount, shapeBox, tableRows, yOf} from '../helpers/chart.js';

// 2019: 30 + 12 up, −5 down; 2020: 40 up, −10 and −6 down (total 24); 2021: 20 + 8 up, b has no value.
const DATA = `data='[{"year":2019,"a":30,"b":12,"c":-5},{"year":2020,"a":40,"b":-10,"c":-6},{"year":2021,"a":20,"b":null,"c":8}]'`;
const SERIES = `series='[{"key":"a","label":"Country A"},{"key":"b","label":"Country B"},{"key":"c","label":"Country C"}]'`;
const VALUES: Record<string, (number | null)[]> = {2019: [30, 12, -5], 2020: [40, -10, -6], 2021: [20, null, 8]};

/** The page box of the segment of series `index` at `year`. */
const segment = (el: Element, index: number, year: number) => {
  const rect = $(el, `rect.column.series-${index}[data-x="${year}"]`);
  return rect ? shapeBox(rect) : undefined;
};
const summaryOf = (el: Element) => $(el, `#${$(el, 'figure')!.getAttribute('aria-describedby')}`)!.textContent!;
const live = (el: Element) => $(el, '.live')!.textContent!.trim();
const tooltip = (el: Element) => $$(el, '.tooltip > div').map((d) => d.textContent);

/** The CSV the download link holds (written when the link is about to be used). */
function csvOf(el: Element): string {
  const link = $<HTMLAnchorElement>(el, '.controls a')!;
  link.focus();
  return decodeURIComponent(link.href.replace(/^data:text\/csv;charset=utf-8,/, ''));
}

expectNoPageErrors();

describe('<spend-compare mark="stacked">', () => {
  it('draws a segment per value: positives stacked up from zero, negatives down, segments meeting', async () => {
    const {el, renders} = await mount(`<spend-compare mark="stacked" ratio="none" ${SERIES} ${DATA}></spend-compare>`);
    expect(badValues(el)).to.deep.equal([]);
    expect($$(el, 'rect.column').length).to.equal(8);
    expect(renders[0].detail.marks).to.equal(8);
    const y = yOf(el);
    const y0 = y(0);
    const perUnit = (y(0) - y(10)) / 10;
    for (const [year, values] of Object.entries(VALUES)) {
      // The ends of the stacks so far, above and below zero, px.
      let up = y0;
      let down = y0;
      values.forEach((v, i) => {
        const box = segment(el, i, Number(year));
        if (v === null) return expect(box, `no segment for a missing value (${year}, ${i})`).to.equal(undefined);
        expect(box!.height).to.be.closeTo(Math.abs(v) * perUnit, 1);
        if (v > 0) {
          expect(box!.bottom, `segment ${i} of ${year} sits on the one before`).to.be.closeTo(up, 1);
          up = box!.top;
        } else {
          expect(box!.top, `segment ${i} of ${year} hangs from the one before`).to.be.closeTo(down, 1);
          expect(box!.top).to.be.at.least(y0 - 1);
          down = box!.bottom;
        }
      });
    }
    // Segments of a year share their left edge and width.
    const lefts = [0, 1, 2].map((i) => segment(el, i, 2019)!.left);
    expect(new Set(lefts.map(Math.round)).size).to.equal(1);
  });

  it('names the series in a legend of boxes, not direct labels', async () => {
    const {el} = await mount(`<spend-compare mark="stacked" labels="auto" ${SERIES} ${DATA}></spend-compare>`, 1200);
    expect($$(el, '.legend li').map((li) => li.textContent!.trim())).to.deep.equal(['Country A', 'Country B', 'Country C']);
    expect($$(el, '.legend .swatch-box').length).to.equal(3);
    expect($$(el, '.legend .swatch-line').length).to.equal(0);
    expect($$(el, '.direct-label').length).to.equal(0);
  });

  it('labels a highlighted column once, with its total, above its stack', async () => {
    const {el} = await mount(`<spend-compare mark="stacked" highlight="2021" unit="bn" ${SERIES} ${DATA}></spend-compare>`);
    const labels = $$(el, '.value-label');
    expect(labels.map((t) => t.textContent)).to.deep.equal(['28bn']);
    expect(shapeBox(labels[0]).bottom).to.be.at.most(segment(el, 2, 2021)!.top);
  });

  it('the keys move between years and segments; the tooltip lists every series and the total; the focus ring rings the segment', async () => {
    const {el} = await mount(`<spend-compare mark="stacked" prefix="$" unit="bn" ${SERIES} ${DATA}></spend-compare>`);
    $<SVGElement>(el, 'svg.chart')!.focus();
    await sendKeys({press: 'Home'});
    await sendKeys({press: 'ArrowRight'});
    await frames(1);
    expect(live(el)).to.equal('2020, Country A: 40 billion US dollars');
    expect(tooltip(el)).to.deep.equal(['2020', 'Country A: $40bn', 'Country B: \u2212$10bn', 'Country C: \u2212$6bn', 'Total: $24bn']);
    const ringAround = (index: number) => {
      const ring = shapeBox($(el, 'rect.focus-ring')!);
      const box = segment(el, index, 2020)!;
      for (const side of ['left', 'right', 'top', 'bottom'] as const) expect(Math.abs(ring[side] - box[side]), side).to.be.closeTo(3, 1);
    };
    ringAround(0);
    await sendKeys({press: 'ArrowDown'});
    await frames(1);
    expect(live(el)).to.equal('2020, Country B: minus 10 billion US dollars');
    ringAround(1);
    await sendKeys({press: 'ArrowDown'});
    await frames(1);
    ringAround(2);
    expect($(el, '.tooltip .active')!.textContent).to.equal('Country C: \u2212$6bn');
    await sendKeys({press: 'ArrowRight'});
    await frames(1);
    // 2021: Country B has no value; the total is of the values there.
    expect(live(el)).to.equal('2021, Country C: 8 billion US dollars');
    expect(tooltip(el)).to.deep.equal(['2021', 'Country A: $20bn', 'Country B: no data', 'Country C: $8bn', 'Total: $28bn']);
  });

  it('one series is its own total: no total line', async () => {
    const {el} = await mount(`<spend-compare mark="stacked" data='[{"year":2020,"a":6},{"year":2021,"a":7}]'></spend-compare>`);
    $<SVGElement>(el, 'svg.chart')!.focus();
    await sendKeys({press: 'Home'});
    await frames(1);
    expect(tooltip(el)).to.deep.equal(['2020: 6']);
  });

  it('the summary names the largest share of the latest year (English)', async () => {
    const {el} = await mount(
      `<spend-compare mark="stacked" prefix="$" unit="bn" ratio="none" series='[{"key":"china","label":"China"},{"key":"russia","label":"Russia"}]'
        data='[{"year":2019,"china":240,"russia":65},{"year":2020,"china":252,"russia":61.7}]'></spend-compare>`
    );
    expect(summaryOf(el)).to.match(/In 2020, China made up the largest share: 80 per cent of the total of 313\.7 billion US dollars\.$/);
  });

  it('the summary names the largest share of the latest year (German)', async () => {
    const {el} = await mount(
      `<spend-compare mark="stacked" locale="de-DE" prefix="$" unit="Mrd." ratio="none" series='[{"key":"china","label":"China"},{"key":"russia","label":"Russland"}]'
        data='[{"year":2019,"china":240,"russia":65},{"year":2020,"china":252,"russia":61.7}]'></spend-compare>`
    );
    const summary = summaryOf(el);
    expect(summary).to.match(/Im Jahr 2020 hatte China den größten Anteil: 80 Prozent der Summe von 313,7 /);
    expect(summary).not.to.include('largest');
  });

  it('no share where it would mislead: a negative value in the latest year, or lines', async () => {
    const {el} = await mount(`<spend-compare mark="stacked" ratio="none" data='[{"year":2020,"a":6,"b":-15}]'></spend-compare>`);
    expect(summaryOf(el)).not.to.include('share');
    const {el: lines} = await mount(`<spend-compare ratio="none" data='[{"year":2020,"a":6,"b":15}]'></spend-compare>`);
    expect(summaryOf(lines)).not.to.include('share');
  });

  it('keeps the table and the CSV of the data, as bars and lines do', async () => {
    const {el: stacked} = await mount(`<spend-compare mark="stacked" heading="H" ${SERIES} ${DATA}></spend-compare>`);
    const {el: bars} = await mount(`<spend-compare mark="bar" heading="H" ${SERIES} ${DATA}></spend-compare>`);
    expect(tableRows(stacked)).to.deep.equal(tableRows(bars));
    expect(tableRows(stacked)[0]).to.deep.equal(['2019', '30', '12', '\u22125']);
    expect(csvOf(stacked)).to.equal(csvOf(bars));
    // (After the byte-order mark that spreadsheets read as UTF-8.)
    expect(csvOf(stacked).split('\n')[0]).to.equal('\uFEFFyear,Country A,Country B,Country C');
  });

  it('on a log scale is drawn as lines, with a warning in chart-render and on the console', async () => {
    const warn = console.warn;
    const printed: string[] = [];
    console.warn = (...args: unknown[]) => printed.push(args.join(' '));
    try {
      const {el, renders} = await mount(`<spend-compare mark="stacked" y-scale="log" ${SERIES} data='[{"year":2019,"a":30,"b":12,"c":5},{"year":2020,"a":40,"b":10,"c":6}]'></spend-compare>`);
      const warning = 'mark="stacked" is drawn from a zero baseline, which a log scale does not have; it is drawn as a line.';
      expect(renders[0].detail.warnings).to.include(warning);
      expect(printed.some((line) => line.includes(warning))).to.equal(true);
      expect($$(el, 'rect.column').length).to.equal(0);
      expect($$(el, 'path.line').length).to.equal(3);
      expect($$(el, '.direct-label').length, 'named as lines are, by direct labels').to.equal(3);
      expect(summaryOf(el)).not.to.include('share');
    } finally {
      console.warn = warn;
    }
  });
});
