// `series-label` on <tiv-trend>: the series' name in the tooltip, the live region, the table and
// CSV headers and the summary; without it, the column's name made readable in the table and CSV.
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {TivTrend} from '../../src/tiv-trend.js';
import {$, $$, csvHeader, expectNoPageErrors, mount, nextChartEvent} from '../helpers/chart.js';

const FIXTURE = '/test/fixtures/tiv-russia-china.csv';

const live = (el: Element) => $(el, '.live')!.textContent!.trim();
const tooltip = (el: Element) => $$(el, '.tooltip > div').map((d) => d.textContent);
const summary = (el: Element) => $(el, 'figure > p[part="summary"]')!.textContent!.trim();
/** The first header cell of the series' column, without its unit. */
const header = (el: Element) => {
  const th = $(el, 'table thead th:nth-child(2)')!;
  return th.textContent!.replace(th.querySelector('.unit')?.textContent ?? '', '').trim();
};

describe('<tiv-trend series-label>', () => {
  expectNoPageErrors();

  it('names the series in the tooltip, the live region, the table, the CSV and the summary', async () => {
    const {el} = await mount<TivTrend>(`<tiv-trend src="${FIXTURE}" unit="mn" unit-label="million TIV" series-label="Arms exports" heading="Russia to China"></tiv-trend>`);
    $<SVGElement>(el, 'svg.chart')!.focus();
    await sendKeys({press: 'End'});
    expect(live(el)).to.equal('2021, Arms exports: 773 million TIV');
    expect(tooltip(el)).to.deep.equal(['2021', 'Arms exports: 773mn']);
    expect(header(el)).to.equal('Arms exports');
    expect(csvHeader(el)).to.equal('year,Arms exports');
    expect(summary(el)).to.match(/^Arms exports: /);
  });

  it('without it: the column name made readable in the table and CSV ("tiv" is "TIV"); no name in the tooltip, live region or summary', async () => {
    const {el} = await mount<TivTrend>(`<tiv-trend src="${FIXTURE}" unit="mn" unit-label="million TIV" heading="Russia to China"></tiv-trend>`);
    expect(header(el)).to.equal('TIV');
    expect(csvHeader(el)).to.equal('year,TIV');
    $<SVGElement>(el, 'svg.chart')!.focus();
    await sendKeys({press: 'End'});
    expect(live(el)).to.equal('2021: 773 million TIV');
    expect(tooltip(el)).to.deep.equal(['2021: 773mn']);
    expect(summary(el)).not.to.include('TIV:');
  });

  it('"arms_exports" heads its column "Arms exports"; a column named value is "Value" in the reader\'s language', async () => {
    const {el} = await mount<TivTrend>(`<tiv-trend data='[{"year":2020,"arms_exports":5},{"year":2021,"arms_exports":7}]'></tiv-trend>`);
    expect(header(el)).to.equal('Arms exports');
    const {el: german} = await mount<TivTrend>(`<tiv-trend locale="de" data='[[2020,5],[2021,7]]'></tiv-trend>`);
    expect(header(german)).to.equal('Wert');
  });

  it('setting, changing and removing series-label redraws the names', async () => {
    const {el, host} = await mount<TivTrend>(`<tiv-trend data='[{"year":2020,"tiv":5},{"year":2021,"tiv":7}]'></tiv-trend>`);
    let next = nextChartEvent(host);
    el.seriesLabel = 'Deliveries';
    await next;
    expect(header(el)).to.equal('Deliveries');
    expect(summary(el)).to.match(/^Deliveries: /);
    next = nextChartEvent(host);
    el.setAttribute('series-label', 'Imports');
    await next;
    expect(header(el)).to.equal('Imports');
    next = nextChartEvent(host);
    el.removeAttribute('series-label');
    await next;
    expect(header(el)).to.equal('TIV');
    expect(summary(el)).not.to.match(/^Imports/);
  });
});
