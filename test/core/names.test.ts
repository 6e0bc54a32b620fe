import {expect} from '@open-wc/testing';
import {normalizeData} from '../../src/core/index.js';
import {readableName} from '../../src/core/data/names.js';

describe('readableName()', () => {
  it('readableName() splits words at underscores, hyphens and case changes, and capitalises the first', () => {
    const cases: [string, string][] = [
      ['arms_exports', 'Arms exports'],
      ['armsExports', 'Arms exports'],
      ['arms-exports', 'Arms exports'],
      [' military  spending ', 'Military spending'],
      ['GDP_growth', 'GDP growth'],
      ['SIPRI TIV', 'SIPRI TIV'],
      ['value', 'Value'],
      ['Russia', 'Russia'],
      ['column 3', 'Column 3'],
      ['_', '_'],
      ['Spending (US$ bn)', 'Spending (US$ bn)'],
      ['window.__x_y', 'window.__x_y'],
    ];
    for (const [column, name] of cases) expect(readableName(column), column).to.equal(name);
  });

  it('readableName() upper-cases short names of letters alone: "tiv" is "TIV", "gdp" is "GDP", but not "x1"', () => {
    expect(readableName('tiv')).to.equal('TIV');
    expect(readableName('gdp')).to.equal('GDP');
    expect(readableName('Öl')).to.equal('ÖL');
    expect(readableName('x1')).to.equal('X1');
    expect(readableName('rate')).to.equal('Rate');
  });
});

describe('normalizeData() seriesLabel', () => {
  it('labels the one series by seriesLabel, else by its column made readable; value stays value', () => {
    const rows = [{year: 2001, arms_exports: 5}];
    expect(normalizeData(rows).series[0].label).to.equal('Arms exports');
    expect(normalizeData(rows, {seriesLabel: ' Deliveries '}).series[0].label).to.equal('Deliveries');
    expect(normalizeData(rows, {seriesLabel: '  '}).series[0].label).to.equal('Arms exports');
    expect(normalizeData([[2001, 5]]).series[0].label).to.equal('value');
    // Several series keep their keys (or the labels of the series spec).
    expect(normalizeData([{year: 2001, china: 1, russia_fed: 2}], {multi: true, seriesLabel: 'x'}).series.map((s) => s.label)).to.deep.equal(['china', 'russia_fed']);
  });
});
