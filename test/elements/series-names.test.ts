// <spend-compare> without a `series` attribute (or a series without a label) names its series by
// their keys made readable, as <tiv-trend> names its one series: "china_spend" is "China spend".
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {SpendCompare} from '../../src/spend-compare.js';
import {$, $$, csvHeader, expectNoPageErrors, mount, tableHeaders as headers} from '../helpers/chart.js';

const DATA = JSON.stringify([
  {year: 2019, china_spend: 240, russia_spend: 65, usa: 730},
  {year: 2020, china_spend: 252, russia_spend: 61.7, usa: 778},
]);

const summary = (el: Element) => $(el, 'figure > p[part="summary"]')!.textContent!;
const live = (el: Element) => $(el, '.live')!.textContent!.trim();
const tooltip = (el: Element) => $(el, '.tooltip')!.textContent!;

describe('<spend-compare> series named by their keys made readable', () => {
  expectNoPageErrors();

  it('direct labels, the table, the CSV, the tooltip, the live region and the summary say "China spend", not "china_spend"', async () => {
    const {el} = await mount<SpendCompare>(`<spend-compare ratio="china_spend/russia_spend" labels="direct" prefix="$" unit="bn" data='${DATA}'></spend-compare>`, 900);
    expect($$(el, '.direct-label text').map((t) => t.textContent)).to.have.members(['China spend', 'Russia spend', 'USA']);
    expect(headers(el)).to.deep.equal(['Year', 'China spend', 'Russia spend', 'USA']);
    expect(csvHeader(el)).to.equal('year,China spend,Russia spend,USA');
    expect(summary(el)).to.include('China spend').and.include('Russia spend');
    expect(summary(el)).not.to.include('_spend');
    // The ratio still finds its series by key.
    expect($(el, '.ratio-value')!.textContent).to.equal('4.1×');
    $<SVGElement>(el, 'svg.chart')!.focus();
    await sendKeys({press: 'End'});
    expect(live(el)).to.include('China spend').and.not.include('china_spend');
    expect(tooltip(el)).to.include('China spend').and.include('USA').and.not.include('_spend');
  });

  it('the legend names them too, and a series spec without a label names its series the same way', async () => {
    const {el} = await mount<SpendCompare>(
      `<spend-compare labels="legend" series='[{"key":"usa"},{"key":"china_spend","label":"China"}]' data='${DATA}'></spend-compare>`
    );
    expect($$(el, '.legend li').map((li) => li.textContent!.trim())).to.deep.equal(['USA', 'China']);
    expect(headers(el)).to.deep.equal(['Year', 'USA', 'China']);
  });

  it('long rows: series names from the data are made readable ("china" is "China"), capitals a person wrote are kept', async () => {
    const long = JSON.stringify([
      {country: 'china', year: 2020, value: 252},
      {country: 'Saudi Arabia', year: 2020, value: 57.5},
      {country: 'china', year: 2021, value: 270},
      {country: 'Saudi Arabia', year: 2021, value: 55.6},
    ]);
    const {el} = await mount<SpendCompare>(`<spend-compare labels="legend" data='${long}'></spend-compare>`);
    expect($$(el, '.legend li').map((li) => li.textContent!.trim())).to.deep.equal(['China', 'Saudi Arabia']);
  });
});

describe('<spend-compare> series that names a key the data lacks', () => {
  expectNoPageErrors();

  // A misspelt key once drew the other series alone, with no ratio and no word on the page.
  it('shows an alert naming the key and the data\'s series, fires missing-column, keeps heading and source', async () => {
    const series = JSON.stringify([{key: 'china_spnd', label: 'China'}, {key: 'usa'}]);
    const {el, errors} = await mount<SpendCompare>(`<spend-compare heading="H" source="S" series='${series}' data='${DATA}'></spend-compare>`, 375);
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['missing-column']);
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent).to.include('"china_spnd"').and.include('china_spend, russia_spend, usa');
    expect($$(el, 'path.line, rect.column')).to.have.length(0);
    expect($(el, '.heading')!.textContent).to.equal('H');
    expect($(el, '.source')!.textContent).to.include('S');
  });
});
