import {expect} from '@open-wc/testing';
import {
  columnsOf,
  createFormats,
  layoutChart,
  normalizeData,
  positionsAt,
  seriesDatumAt,
  seriesStats,
  type Datum,
  type Series,
} from '../../src/core/index.js';

const formats = createFormats({});
const lay = (series: Series[]) => layoutChart(series, {width: 400, height: 200, mark: 'column', formats});
const heights = (series: Series[]) => lay(series).columns.map((c) => [c.datum.x, c.height > 0]);

describe('columns of normalized series', () => {
  it('normalizeData() keeps each series as x and y columns, with NaN for a gap, and its data read from them', () => {
    const model = normalizeData([
      {year: 2001, value: 3},
      {year: 2000, value: '1,200'},
      {year: 2002, value: null},
    ]);
    const s = model.series[0];
    expect(columnsOf(s).x).to.deep.equal([2000, 2001, 2002]);
    expect(columnsOf(s).y.slice(0, 2)).to.deep.equal([1200, 3]);
    expect(Number.isNaN(columnsOf(s).y[2])).to.equal(true);
    expect(s.data).to.deep.equal([
      {x: 2000, y: 1200},
      {x: 2001, y: 3},
      {x: 2002, y: null},
    ]);
    // The same array at each read, and the series reads as plain data (spread, JSON).
    expect(s.data).to.equal(s.data);
    expect(JSON.parse(JSON.stringify(s))).to.deep.equal({key: 'value', label: 'value', data: [{x: 2000, y: 1200}, {x: 2001, y: 3}, {x: 2002, y: null}]});
    expect(model.xs).to.deep.equal([2000, 2001, 2002]);
  });

  it('a copy of a normalized series with other data is drawn from those data, not the original columns', () => {
    const [s] = normalizeData([2000, 2001, 2002, 2003].map((year) => ({year, value: year - 1999}))).series;
    const copy: Series = {...s, data: s.data.filter((d) => d.x === 2002)};
    expect(heights([copy])).to.deep.equal([[2002, true]]);
    expect(columnsOf(copy).x).to.deep.equal([2002]);
    expect(seriesDatumAt(copy, 2001)).to.equal(undefined);
    expect(seriesStats(copy)!.first).to.deep.equal({x: 2002, y: 3});
  });

  it('setting the data of a normalized series replaces its columns', () => {
    const [s] = normalizeData([{year: 2000, value: 1}, {year: 2001, value: 2}]).series;
    s.data = [{x: 1990, y: 5}];
    expect(s.data).to.deep.equal([{x: 1990, y: 5}]);
    expect(columnsOf(s).x).to.deep.equal([1990]);
    expect(heights([s])).to.deep.equal([[1990, true]]);
  });

  it('seriesDatumAt() finds a datum by x in columns, in sorted data and in unsorted data made by hand', () => {
    const [normalized] = normalizeData([{year: 2000, value: 1}, {year: 2001, value: null}]).series;
    expect(seriesDatumAt(normalized, 2000)).to.deep.equal({x: 2000, y: 1});
    expect(seriesDatumAt(normalized, 2001)).to.deep.equal({x: 2001, y: null});
    expect(seriesDatumAt(normalized, 1999)).to.equal(undefined);
    const data: Datum[] = [{x: 2003, y: 1}, {x: 2001, y: 2}];
    const byHand: Series = {key: 'k', label: 'k', data};
    expect(seriesDatumAt(byHand, 2001)).to.equal(data[1]);
  });

  it('a series made by hand keeps its own datum objects in marks and positions; non-finite values are gaps', () => {
    const data: Datum[] = [{x: 2000, y: 1}, {x: 2001, y: Infinity}, {x: 2002, y: 3}];
    const series: Series[] = [{key: 'k', label: 'k', data}];
    const l = lay(series);
    expect(l.columns.map((c) => c.datum)).to.deep.equal([data[0], data[2]]);
    expect(l.columns[0].datum).to.equal(data[0]);
    expect(positionsAt(l, series, 2002)[0].datum).to.equal(data[2]);
    expect(positionsAt(l, series, 2001)).to.deep.equal([]);
  });

  it('createFormats() skips gaps (NaN) in the values that set its precision and abbreviation', () => {
    expect(createFormats({}, [NaN, 1.25, NaN]).value(2)).to.equal('2');
    expect(createFormats({}, [NaN, 2_500_000]).value(2_500_000)).to.equal('2.5mn');
    expect(createFormats({}, [NaN]).value(3.5)).to.equal('4');
  });
});
