import {expect} from '@open-wc/testing';
import {
  columnsOf,
  createFormats,
  layoutChart,
  normalizeData,
  positionsAt,
  seriesDatumAt,
  seriesStats,
  valuesAt,
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

  it('once its data are read, edits to them in place are what is drawn, described and found', () => {
    const model = normalizeData([{year: 2001, value: 1}, {year: 2002, value: 2}, {year: 2003, value: 3}]);
    const [s] = model.series;
    s.data[2].y = 100;
    s.data.push({x: 2004, y: 50});
    expect(seriesStats(s)!.max).to.deep.equal({x: 2003, y: 100});
    expect(seriesStats(s)!.last).to.deep.equal({x: 2004, y: 50});
    expect(seriesDatumAt(s, 2004)).to.equal(s.data[3]);
    expect(lay([s]).columns.map((c) => c.datum)).to.deep.equal(s.data);
    expect(valuesAt(s, [2002, 2003, 2004])).to.deep.equal([2, 100, 50]);
  });

  it('marks, positions and extremes hand out the datum objects that the data hold when read, before or after', () => {
    const [s] = normalizeData([{year: 2001, value: 1}, {year: 2002, value: 5}, {year: 2003, value: 3}]).series;
    const l = lay([s]);
    const max = seriesStats(s)!.max;
    const at = positionsAt(l, [s], 2003)[0].datum;
    // Read after the layout: the same objects.
    expect(l.columns.map((c) => s.data.indexOf(c.datum))).to.deep.equal([0, 1, 2]);
    expect(max).to.equal(s.data[1]);
    expect(at).to.equal(s.data[2]);
    // And read before: the marks are the data's own objects.
    const [t] = normalizeData([{year: 2001, value: 1}]).series;
    const data = t.data;
    expect(lay([t]).columns[0].datum).to.equal(data[0]);
  });

  it('the xs of normalized data are a copy: changing them changes no series', () => {
    const model = normalizeData([{year: 2001, value: 1}, {year: 2002, value: 2}]);
    model.xs.reverse();
    expect(model.series[0].data).to.deep.equal([{x: 2001, y: 1}, {x: 2002, y: 2}]);
  });

  it('a frozen normalized series (as state stores freeze them) can be read and drawn', () => {
    const model = normalizeData([{year: 2001, value: 1}, {year: 2002, value: 2}]);
    const [s] = model.series;
    Object.freeze(s);
    expect(lay([s]).columns.length).to.equal(2);
    expect(s.data).to.deep.equal([{x: 2001, y: 1}, {x: 2002, y: 2}]);
    expect(seriesStats(s)!.max).to.equal(s.data[1]);
  });

  it('valuesAt() reads series made by hand in any order of x', () => {
    const descending: Series = {key: 'k', label: 'k', data: [{x: 2021, y: 30}, {x: 2020, y: null}, {x: 2019, y: 10}]};
    expect(valuesAt(descending, [2019, 2020, 2021])).to.deep.equal([10, null, 30]);
  });

  it('valuesAt() gives the value at each x, null for a gap or an x the series lacks', () => {
    const [s] = normalizeData([{year: 2001, value: 1}, {year: 2003, value: null}, {year: 2004, value: 4}]).series;
    expect(valuesAt(s, [2000, 2001, 2002, 2003, 2004, 2005])).to.deep.equal([null, 1, null, null, 4, null]);
    const byHand: Series = {key: 'k', label: 'k', data: [{x: 1, y: 2}, {x: 3, y: Infinity}]};
    expect(valuesAt(byHand, [1, 2, 3])).to.deep.equal([2, null, null]);
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
