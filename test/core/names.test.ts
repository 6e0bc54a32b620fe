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
      ['china_spend', 'China spend'],
      ['share_of_GDP', 'Share of GDP'],
    ];
    for (const [column, name] of cases) expect(readableName(column), column).to.equal(name);
  });

  it('readableName() upper-cases short names of letters alone: "tiv" is "TIV", "gdp" is "GDP", but not "x1"', () => {
    expect(readableName('tiv')).to.equal('TIV');
    expect(readableName('gdp')).to.equal('GDP');
    expect(readableName('Öl')).to.equal('ÖL');
    expect(readableName('x1')).to.equal('X1');
    expect(readableName('rate')).to.equal('Rate');
    expect(readableName('usa')).to.equal('USA');
  });

  it('readableName() keeps the capitals of a name a person capitalised: "Saudi Arabia", "Guinea-Bissau", "GDP_Growth"', () => {
    const cases: [string, string][] = [
      ['Saudi Arabia', 'Saudi Arabia'],
      ['United  States', 'United States'],
      ['Guinea-Bissau', 'Guinea-Bissau'],
      ['GDP_Growth', 'GDP Growth'],
      ['ArmsExports', 'Arms Exports'],
    ];
    for (const [column, name] of cases) expect(readableName(column), column).to.equal(name);
  });
});

describe('normalizeData() seriesLabel', () => {
  it('labels the one series by seriesLabel, else by its column made readable; value stays value', () => {
    const rows = [{year: 2001, arms_exports: 5}];
    expect(normalizeData(rows).series[0].label).to.equal('Arms exports');
    expect(normalizeData(rows, {seriesLabel: ' Deliveries '}).series[0].label).to.equal('Deliveries');
    expect(normalizeData(rows, {seriesLabel: '  '}).series[0].label).to.equal('Arms exports');
    expect(normalizeData([[2001, 5]]).series[0].label).to.equal('value');
  });

  it('names several series by their keys made readable, unless the series spec labels them', () => {
    const rows = [{year: 2001, china_spend: 1, russia_spend: 2, usa: 3}];
    expect(normalizeData(rows, {multi: true, seriesLabel: 'x'}).series.map((s) => s.label)).to.deep.equal(['China spend', 'Russia spend', 'USA']);
    const spec = [{key: 'usa'}, {key: 'china_spend', label: 'China'}];
    expect(normalizeData(rows, {multi: true, series: spec}).series.map((s) => s.label)).to.deep.equal(['USA', 'China']);
    // Long rows: the series' names are data, made readable the same way ("Saudi Arabia" as written).
    const long = [{series: 'china', year: 2001, value: 1}, {series: 'Saudi Arabia', year: 2001, value: 2}];
    expect(normalizeData(long, {multi: true}).series.map((s) => s.label)).to.deep.equal(['China', 'Saudi Arabia']);
    // The keys stay as in the data (the ratio and the series spec name them).
    expect(normalizeData(rows, {multi: true}).series.map((s) => s.key)).to.deep.equal(['china_spend', 'russia_spend', 'usa']);
  });
});
