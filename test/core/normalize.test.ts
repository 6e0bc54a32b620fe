import {expect} from '@open-wc/testing';
import {columnsOf, normalizeData, parseCsv, toNumber, type Series} from '../../src/core/index.js';
import {dataErrorOf} from './helpers.js';

const pairs = (s: Series) => s.data.map((d) => [d.x, d.y]);

describe('toNumber()', () => {
  it('toNumber() keeps finite numbers and turns NaN / Infinity into null', () => {
    expect(toNumber(2890)).to.equal(2890);
    expect(toNumber(-0.5)).to.equal(-0.5);
    expect(toNumber(NaN)).to.equal(null);
    expect(toNumber(Infinity)).to.equal(null);
    expect(toNumber(-Infinity)).to.equal(null);
  });

  it('toNumber() reads spreadsheet strings: thousands separators, Unicode minus, spaces, exponents', () => {
    expect(toNumber('2,890')).to.equal(2890);
    expect(toNumber('1,234,567.5')).to.equal(1234567.5);
    expect(toNumber('\u221218')).to.equal(-18);
    expect(toNumber('\u22122,890')).to.equal(-2890);
    expect(toNumber('  42 ')).to.equal(42);
    expect(toNumber('+5')).to.equal(5);
    expect(toNumber('.5')).to.equal(0.5);
    expect(toNumber('1e3')).to.equal(1000);
  });

  it('toNumber() gives null for blanks, words, hex, misgrouped digits and non-strings', () => {
    for (const v of ['', '   ', 'n/a', '–', '0x10', '12abc', '1,23', '12,34,567', 'Infinity', 'NaN', '1e999', null, undefined, true, {}, [5]]) {
      expect(toNumber(v), JSON.stringify(v)).to.equal(null);
    }
  });
});

describe('normalizeData()', () => {
  describe('input shapes', () => {
    it('normalizeData() reads objects {year, value}', () => {
      const n = normalizeData([
        {year: 2001, value: 2890},
        {year: 2002, value: 2536},
      ]);
      expect(n.xLabel).to.equal('year');
      expect(n.series).to.have.length(1);
      expect(n.series[0].key).to.equal('value');
      expect(n.series[0].label).to.equal('value');
      expect(n.series[0].color).to.equal(undefined);
      expect(pairs(n.series[0])).to.deep.equal([
        [2001, 2890],
        [2002, 2536],
      ]);
      expect(n.xs).to.deep.equal([2001, 2002]);
      expect(n.warnings).to.deep.equal([]);
    });

    it('normalizeData() reads [year, value] pairs without a header', () => {
      const n = normalizeData([
        [2001, 2890],
        [2002, 2536],
      ]);
      expect(n.xLabel).to.equal('year');
      expect(n.series[0].key).to.equal('value');
      expect(pairs(n.series[0])).to.deep.equal([
        [2001, 2890],
        [2002, 2536],
      ]);
    });

    it('normalizeData() reads [year, value] pairs with a header row, names from the header', () => {
      const n = normalizeData([
        ['\uFEFFYear', ' TIV '],
        ['2001', '2,890'],
        [2002, 2536],
      ]);
      expect(n.xLabel).to.equal('Year');
      expect(n.series[0].key).to.equal('TIV');
      expect(pairs(n.series[0])).to.deep.equal([
        [2001, 2890],
        [2002, 2536],
      ]);
    });

    it('normalizeData() finds `tiv` in `year,tiv` columns with no yKey', () => {
      const n = normalizeData(parseCsv('year,tiv\n1992,1023\n1993,1011\n'));
      expect(n.series.map((s) => s.key)).to.deep.equal(['tiv']);
      expect(pairs(n.series[0])).to.deep.equal([
        [1992, 1023],
        [1993, 1011],
      ]);
    });

    it('normalizeData() picks the first numeric column, skipping text columns, when there is no `value`', () => {
      const n = normalizeData(parseCsv('year,country,tiv,share\n2001,Russia,2890,0.3\n2002,Russia,2536,0.2\n'));
      expect(n.series.map((s) => s.key)).to.deep.equal(['tiv']);
    });

    it('normalizeData() prefers the `value` column over earlier numeric ones', () => {
      const n = normalizeData([{year: 2001, rank: 3, value: 10}]);
      expect(n.series[0].key).to.equal('value');
      expect(n.series[0].data[0].y).to.equal(10);
    });

    it('normalizeData() matches column names case-insensitively, ignoring a BOM and spaces', () => {
      const n = normalizeData([{'\uFEFFYear ': 2001, VALUE: 5}], {xKey: 'year', yKey: 'value', explicitKeys: {x: true, y: true}});
      expect(n.xLabel).to.equal('Year');
      expect(n.series[0].key).to.equal('VALUE');
      expect(pairs(n.series[0])).to.deep.equal([[2001, 5]]);
    });

    it('normalizeData() uses xKey / yKey when given', () => {
      const n = normalizeData(
        [
          {jahr: 2001, wert: 5, value: 99},
          {jahr: 2002, wert: 6, value: 99},
        ],
        {xKey: 'jahr', yKey: 'wert', explicitKeys: {x: true, y: true}}
      );
      expect(n.xLabel).to.equal('jahr');
      expect(n.series[0].key).to.equal('wert');
      expect(pairs(n.series[0])).to.deep.equal([
        [2001, 5],
        [2002, 6],
      ]);
    });

    it('normalizeData() falls back to the first column for x when no `year` column exists and xKey is implicit', () => {
      const n = normalizeData([
        {fy: 2001, amount: 5},
        {fy: 2002, amount: 6},
      ]);
      expect(n.xLabel).to.equal('fy');
      expect(n.series[0].key).to.equal('amount');
      expect(n.xs).to.deep.equal([2001, 2002]);
    });
  });

  describe('errors', () => {
    it('normalizeData() with an explicit x-key that is missing throws code missing-column naming the columns', () => {
      const error = dataErrorOf(() => normalizeData([{year: 2001, value: 1}], {xKey: 'date', explicitKeys: {x: true}}));
      expect(error.code).to.equal('missing-column');
      expect(error.message).to.contain('"date"').and.to.contain('year, value');
    });

    it('normalizeData() with an explicit y-key that is missing throws code missing-column', () => {
      const error = dataErrorOf(() => normalizeData([{year: 2001, tiv: 1}], {yKey: 'exports', explicitKeys: {y: true}}));
      expect(error.code).to.equal('missing-column');
      expect(error.message).to.contain('"exports"');
    });

    it('normalizeData() of an empty array throws code no-data', () => {
      expect(dataErrorOf(() => normalizeData([])).code).to.equal('no-data');
    });

    it('normalizeData() of a header row alone throws code no-data', () => {
      expect(dataErrorOf(() => normalizeData([['year', 'value']])).code).to.equal('no-data');
    });

    it('normalizeData() of a non-array throws code invalid-data', () => {
      for (const input of [null, undefined, 42, 'year,value\n2001,1', {year: 2001, value: 1}, {data: []}]) {
        expect(dataErrorOf(() => normalizeData(input)).code, JSON.stringify(input)).to.equal('invalid-data');
      }
    });

    it('normalizeData() of an array without any object or array row throws code invalid-data', () => {
      expect(dataErrorOf(() => normalizeData([1, 'two', null])).code).to.equal('invalid-data');
    });

    it('normalizeData() with no numeric values throws code no-values', () => {
      expect(dataErrorOf(() => normalizeData([{year: 2001, value: 'n/a'}, {year: 2002, value: ''}])).code).to.equal('no-values');
      expect(dataErrorOf(() => normalizeData([{year: 2001}, {year: 2002}])).code).to.equal('no-values');
      expect(dataErrorOf(() => normalizeData(parseCsv('year,country\n2001,Russia\n'))).code).to.equal('no-values');
      expect(dataErrorOf(() => normalizeData([{year: 2001, value: NaN}])).code).to.equal('no-values');
    });

    it('normalizeData() without any numeric year throws code no-data', () => {
      expect(dataErrorOf(() => normalizeData([{year: 'n/a', value: 1}, {year: '', value: 2}])).code).to.equal('no-data');
    });
  });

  describe('cleaning', () => {
    it('normalizeData() sorts unsorted years', () => {
      const n = normalizeData([
        {year: 2003, value: 3},
        {year: 2001, value: 1},
        {year: '2002', value: 2},
        {year: 1999, value: 0},
      ]);
      expect(pairs(n.series[0])).to.deep.equal([
        [1999, 0],
        [2001, 1],
        [2002, 2],
        [2003, 3],
      ]);
      expect(n.xs).to.deep.equal([1999, 2001, 2002, 2003]);
    });

    it('normalizeData() keeps the last row of a duplicate year and gives one warning for all duplicates', () => {
      const n = normalizeData([
        {year: 2001, value: 1},
        {year: 2002, value: 2},
        {year: 2001, value: 10},
        {year: 2002, value: 20},
        {year: 2001, value: 100},
      ]);
      expect(pairs(n.series[0])).to.deep.equal([
        [2001, 100],
        [2002, 20],
      ]);
      expect(n.warnings).to.have.length(1);
      expect(n.warnings[0]).to.match(/^3 rows repeat a year/);
    });

    it('normalizeData() turns non-numeric and blank cells into null gaps, keeping their years', () => {
      const n = normalizeData(parseCsv('year,value\n2001,5\n2002,\n2003,n/a\n2004, \n2005,7\n'));
      expect(pairs(n.series[0])).to.deep.equal([
        [2001, 5],
        [2002, null],
        [2003, null],
        [2004, null],
        [2005, 7],
      ]);
      expect(n.xs).to.deep.equal([2001, 2002, 2003, 2004, 2005]);
    });

    it('normalizeData() turns NaN and ±Infinity into null with one warning', () => {
      const n = normalizeData([
        {year: 2001, value: NaN},
        {year: 2002, value: Infinity},
        {year: 2003, value: -Infinity},
        {year: 2004, value: 4},
      ]);
      expect(pairs(n.series[0])).to.deep.equal([
        [2001, null],
        [2002, null],
        [2003, null],
        [2004, 4],
      ]);
      expect(n.warnings).to.deep.equal(['3 values were not finite and are shown as gaps.']);
    });

    it('normalizeData() parses "2,890" and "−18" (Unicode minus)', () => {
      const n = normalizeData([
        {year: '2001', value: '2,890'},
        {year: '2002', value: '\u221218'},
        {year: '2003', value: ' 1,234.5 '},
      ]);
      expect(n.series[0].data.map((d) => d.y)).to.deep.equal([2890, -18, 1234.5]);
    });

    it('normalizeData() skips rows without a numeric year, with one warning', () => {
      const n = normalizeData([
        {year: 'Total', value: 999},
        {year: 2001, value: 1},
        {year: '', value: 5},
        {year: 2002, value: 2},
      ]);
      expect(n.xs).to.deep.equal([2001, 2002]);
      expect(n.warnings).to.have.length(1);
      expect(n.warnings[0]).to.match(/^2 rows without a numeric year/);
    });

    it('normalizeData() reads plain, array and skipped rows mixed in any order, and leaves the rows as they were', () => {
      const rows: unknown[] = [{year: 2001, value: 1}, [2002, 2], 'x', {' year': 2004, value: 4}, {year: 2003, value: 3}];
      const copy = rows.slice();
      const n = normalizeData(rows);
      expect(n.xs).to.deep.equal([2001, 2002, 2003, 2004]);
      expect(columnsOf(n.series[0]).y).to.deep.equal([1, 2, 3, 4]);
      const members = [{year: 2001, constructor: 5}, {year: 2002, constructor: 6}];
      const before = members.slice();
      expect(columnsOf(normalizeData(members, {yKey: 'constructor'}).series[0]).y).to.deep.equal([5, 6]);
      rows.forEach((r, i) => expect(r).to.equal(copy[i]));
      members.forEach((r, i) => expect(r).to.equal(before[i]));
    });

    it('normalizeData() skips rows that are neither objects nor arrays, with a warning', () => {
      const n = normalizeData([{year: 2001, value: 1}, 7, null, {year: 2002, value: 2}]);
      expect(n.xs).to.deep.equal([2001, 2002]);
      expect(n.warnings).to.deep.equal(['2 rows were skipped: a row must be an object or an array.']);
      expect(normalizeData([{year: 2001, value: 1}, 'x']).warnings).to.deep.equal(['1 row was skipped: a row must be an object or an array.']);
    });
  });

  describe('multi', () => {
    it('normalizeData({multi}) makes every numeric column of wide rows a series, in column order', () => {
      const n = normalizeData(
        parseCsv('year,russia,note,china,india\n2001,5,x,7,1\n2002,6,y,,2\n'),
        {multi: true}
      );
      expect(n.series.map((s) => s.key)).to.deep.equal(['russia', 'china', 'india']);
      expect(n.series.map((s) => s.label)).to.deep.equal(['Russia', 'China', 'India']);
      expect(pairs(n.series[1])).to.deep.equal([
        [2001, 7],
        [2002, null],
      ]);
      expect(n.xs).to.deep.equal([2001, 2002]);
    });

    it('normalizeData({multi}) says which column has no value in any row and is not drawn; a column of text says nothing', () => {
      const n = normalizeData(
        [
          {year: 2020, a: 5, b: null, c: 1},
          {year: 2021, a: 6, b: '', c: 2},
        ],
        {multi: true}
      );
      expect(n.series.map((s) => s.key)).to.deep.equal(['a', 'c']);
      expect(n.warnings).to.deep.equal(['The column "b" has no value in any row, so it is not drawn as a series.']);
      const csv = normalizeData(parseCsv('year,china,russia,india\n2001,5,,1\n2002,6,,2\n'), {multi: true});
      expect(csv.warnings).to.deep.equal(['The column "russia" has no value in any row, so it is not drawn as a series.']);
      expect(normalizeData(parseCsv('year,russia,note,china\n2001,5,x,7\n2002,6,y,\n'), {multi: true}).warnings).to.deep.equal([]);
      // One series: the other columns are not candidates.
      expect(normalizeData([{year: 2020, value: 5, b: null}]).warnings).to.deep.equal([]);
    });

    it('normalizeData({multi}) reads [year, a, b] arrays with a header row as wide rows', () => {
      const n = normalizeData(
        [
          ['year', 'a', 'b'],
          [2002, 2, 20],
          [2001, 1, 10],
        ],
        {multi: true}
      );
      expect(n.series.map((s) => s.key)).to.deep.equal(['a', 'b']);
      expect(pairs(n.series[1])).to.deep.equal([
        [2001, 10],
        [2002, 20],
      ]);
    });

    it('normalizeData({multi}) reads long rows {series, year, value}, series in order of first appearance', () => {
      const n = normalizeData(
        [
          {series: 'China', year: 2002, value: '20'},
          {series: 'India', year: 2001, value: 3},
          {series: 'China', year: 2001, value: 10},
          {series: 'India', year: 2003, value: 4},
        ],
        {multi: true}
      );
      expect(n.series.map((s) => s.key)).to.deep.equal(['China', 'India']);
      expect(pairs(n.series[0])).to.deep.equal([
        [2001, 10],
        [2002, 20],
      ]);
      expect(pairs(n.series[1])).to.deep.equal([
        [2001, 3],
        [2003, 4],
      ]);
      expect(n.xs).to.deep.equal([2001, 2002, 2003]);
    });

    it('normalizeData({multi}) long rows: a duplicate year within a series keeps the last row and warns once', () => {
      const n = normalizeData(
        [
          {series: 'a', year: 2001, value: 1},
          {series: 'a', year: 2001, value: 2},
          {series: 'b', year: 2001, value: 3},
        ],
        {multi: true}
      );
      expect(pairs(n.series[0])).to.deep.equal([[2001, 2]]);
      expect(pairs(n.series[1])).to.deep.equal([[2001, 3]]);
      expect(n.warnings).to.have.length(1);
      expect(n.warnings[0]).to.match(/^1 row repeats a year/);
    });

    it('normalizeData({multi, series}) orders, renames and colours series by the spec', () => {
      const n = normalizeData(parseCsv('year,russia,china,india\n2001,5,7,1\n'), {
        multi: true,
        series: [
          {key: 'india', label: 'India', color: '#c00'},
          {key: 'RUSSIA', label: 'Russia'},
        ],
      });
      expect(n.series.map((s) => s.key)).to.deep.equal(['india', 'russia']);
      expect(n.series.map((s) => s.label)).to.deep.equal(['India', 'Russia']);
      expect(n.series[0].color).to.equal('#c00');
      expect(n.series[1]).to.not.have.property('color');
      expect(n.series[0].data).to.deep.equal([{x: 2001, y: 1}]);
      expect(n.warnings).to.deep.equal([]);
    });

    // Was a warning that kept the other series: a misspelt key then drew a chart that looked complete.
    it('normalizeData({multi, series}) throws code missing-column naming a spec key that is not in the data', () => {
      const error = dataErrorOf(() =>
        normalizeData(parseCsv('year,russia,china\n2001,5,7\n'), {
          multi: true,
          series: [{key: 'china'}, {key: 'france', label: 'France'}],
        }),
      );
      expect(error.code).to.equal('missing-column');
      expect(error.message).to.equal('The series "france" named in "series" is not in the data. Its series are: russia, china.');
    });

    it('normalizeData({multi, series}) throws code missing-column when no spec key is in the data', () => {
      const error = dataErrorOf(() => normalizeData(parseCsv('year,russia\n2001,5\n'), {multi: true, series: [{key: 'france'}, {key: 'uk'}]}));
      expect(error.code).to.equal('missing-column');
      expect(error.message).to.contain('"france" and "uk"').and.to.contain('are not in the data').and.to.contain('russia');
    });
  });

  it('normalizeData() warns of a column named twice in a header row, and reads the last one', () => {
    const model = normalizeData([['year', 'value', 'value'], [2000, 1, 2], [2001, 3, 4]]);
    expect(model.series[0].data).to.deep.equal([{x: 2000, y: 2}, {x: 2001, y: 4}]);
    expect(model.warnings).to.include('The column "value" appears more than once; the last one is used.');
  });

  it('normalizeData() says so when the rows have no keys of their own (values from getters of a class)', () => {
    class Row {
      get year() {
        return 2000;
      }
      get value() {
        return 1;
      }
    }
    const error = dataErrorOf(() => normalizeData([new Row(), new Row()]));
    expect(error.code).to.equal('invalid-data');
    expect(error.message).to.equal('The rows have no columns: no row has keys of its own, such as {"year": 2001, "value": 2890}.');
  });

  it('normalizeData() lets the first fault of the data through: a getter that throws, read before any column is judged', () => {
    // The x cells are read (to tell dates from numbers) before the value columns are chosen, so the
    // author sees the getter's error, not "No column holds numbers".
    const row = {
      get year(): number {
        throw new Error('boom');
      },
    };
    expect(() => normalizeData([row])).to.throw('boom');
    const longRow = {year: 2001, series: 'a', value: 1};
    Object.defineProperty(longRow, 'value', {enumerable: true, get: () => { throw new Error('value fault'); }});
    expect(() => normalizeData([longRow], {multi: true})).to.throw('value fault');
  });
});
