// CSV files as spreadsheets in other locales save them, read by the elements: a semicolon file with
// decimal commas and percent signs draws as the same numbers written plainly; decimal commas in a
// comma-separated file give a message that names the first cell and the cause.
import {expect} from '@open-wc/testing';
import type {TivTrend} from '../../src/tiv-trend.js';
import {$, columnBoxes, expectNoPageErrors, mount, tableRows} from '../helpers/chart.js';

describe('CSV files from spreadsheets in other locales', () => {
  expectNoPageErrors();

  it('<tiv-trend> draws a semicolon file with decimal commas and percent signs as the plain numbers', async () => {
    const {el, errors} = await mount<TivTrend>(`<tiv-trend src="/test/fixtures/inflation-de-semicolon.csv" unit="%"></tiv-trend>`, 640);
    expect(errors).to.deep.equal([]);
    const {el: plain} = await mount<TivTrend>(`<tiv-trend unit="%" data='[[2019,1.4],[2020,0.5],[2021,3.1],[2022,6.9],[2023,5.9]]'></tiv-trend>`, 640);
    const heights = (chart: Element) => columnBoxes(chart).map((c) => c.box.height);
    expect(heights(el)).to.have.length(5);
    // The same columns, to a fraction of a pixel (engines round layout boxes differently).
    heights(el).forEach((h, i) => expect(h).to.be.closeTo(heights(plain)[i], 0.5));
    expect(tableRows(el).map((row) => row.slice(0, 2))).to.deep.equal([
      ['2019', '1.4%'],
      ['2020', '0.5%'],
      ['2021', '3.1%'],
      ['2022', '6.9%'],
      ['2023', '5.9%'],
    ]);
  });

  it('<tiv-trend> shows why decimal commas in a comma-separated file are not read, and fires chart-error', async () => {
    const {el, errors} = await mount<TivTrend>(`<tiv-trend heading="Inflation" src="/test/fixtures/inflation-decimal-commas.csv"></tiv-trend>`, 640);
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['no-values']);
    const message = $(el, '.plot [role="alert"]')!.textContent!.trim();
    expect(message).to.equal(errors[0].detail.message);
    expect(message).to.include('In row 1 (year 2019), values like "1,4" look like decimal commas; write them with a decimal point (1.4)');
    // The heading stays.
    expect($(el, 'figure')!.textContent).to.include('Inflation');
  });
});
