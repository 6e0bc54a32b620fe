import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {tickStep, ticks} from 'd3-array';
import {scaleLinear, scaleUtc} from 'd3-scale';
import {
  ChartDataError,
  createFormats,
  datumPositions,
  layoutChart,
  niceDomain,
  normalizeData,
  positionsAt,
} from '../../src/core/index.js';
import {dataErrorOf, insanities, layOut, yearly} from './helpers.js';


/**
 * A domain [lo, hi] of some magnitude, lo below hi: its start and width in thousandths of a power
 * of ten (subnormal ends, which the layout's float-range guards handle, are tested in layout.test.ts).
 */
const domains = fc
  .tuple(fc.integer({min: -10, max: 10}), fc.integer({min: -1000, max: 1000}), fc.integer({min: 1, max: 2000}))
  .map(([e, start, width]) => [(start / 1000) * 10 ** e, (start / 1000) * 10 ** e + (width / 1000) * 10 ** (e + 1)] as [number, number]);

describe('our scale code against d3 as the oracle', () => {
  it('niceDomain() holds the domain and, where d3 nice() keeps to the tick count, lies within it (never overshoots it)', () => {
    fc.assert(
      fc.property(domains, fc.integer({min: 1, max: 10}), ([lo, hi], count) => {
        const [a, b] = niceDomain([lo, hi], count);
        // Both round to whole multiples of the step, within a few units in the last place
        // (ours writes small steps as whole fractions: 7.08e-9 where d3 has 7.0799999999999995e-9).
        const ulps = (hi - lo) * 1e-9;
        expect(a).to.be.at.most(lo + ulps);
        expect(b).to.be.at.least(hi - ulps);
        const [dlo, dhi] = scaleLinear().domain([lo, hi]).nice(count).domain();
        if ((dhi - dlo) / tickStep(dlo, dhi, count) <= count + 1e-9) {
          expect(a, `${lo}..${hi} by ${count}`).to.be.at.least(dlo - ulps);
          expect(b, `${lo}..${hi} by ${count}`).to.be.at.most(dhi + ulps);
        }
      }),
      {numRuns: 2000}
    );
    // The case in the docstring: d3 overshoots to 200.
    expect(niceDomain([-36.98, 145.31], 6)).to.deep.equal([-50, 150]);
    expect(scaleLinear().domain([-36.98, 145.31]).nice(6).domain()).to.deep.equal([-50, 200]);
  });

  it('year ticks: where the interval measured labels allow is a d3 step (1, 2, 5 × 10^k), the ticks are d3-array ticks', () => {
    const years = Array.from({length: 120}, (_, i) => 1901 + i);
    const series = [yearly(years.map((y) => y % 50), 1901)];
    const seen = new Set<number>();
    for (let width = 160; width <= 2400; width += 40) {
      // The first and last years, with multiples of the interval between them (see ticks.ts).
      const all = layOut(series, {mark: 'line', width}).xTicks.map((t) => t.value);
      expect([all[0], all.at(-1)], `width ${width}`).to.deep.equal([1901, 2020]);
      const values = all.slice(1, -1);
      if (values.length < 2) continue;
      const interval = values[1] - values[0];
      seen.add(interval);
      // 25 is ours: d3's steps are 1, 2 and 5 × 10^k.
      if (interval % 25 === 0 && interval % 50 !== 0) continue;
      // d3's ticks, less those at the ends and those whose labels would touch the ends' labels.
      const d3 = ticks(1901, 2020, (2020 - 1901) / interval);
      const from = d3.indexOf(values[0]);
      expect(values, `width ${width}`).to.deep.equal(d3.slice(from, from + values.length));
      expect(from, `width ${width}`).to.be.within(0, 2);
      expect(d3.length - (from + values.length), `width ${width}`).to.be.within(0, 2);
    }
    expect(seen.size, [...seen].join(', ')).to.be.at.least(4);
  });

  it('a date axis maps each time exactly as d3 scaleUtc does', () => {
    const days = Array.from({length: 400}, (_, i) => ({date: new Date(Date.UTC(2019, 0, 1) + i * 2 * 864e5).toISOString().slice(0, 10), v: i % 17}));
    const data = normalizeData(days);
    const l = layoutChart(data.series, {width: 640, height: 300, mark: 'line', xType: 'date', xs: data.xs, formats: createFormats({}, [0, 16])});
    const utc = scaleUtc()
      .domain([new Date(data.xs[0]), new Date(data.xs[data.xs.length - 1])])
      .range([l.frame.left, l.frame.right]);
    for (const x of data.xs) expect(l.xScale(x)).to.equal(Math.round(utc(new Date(x)) * 100) / 100);
  });

  it('maps what d3 cannot place (NaN, undefined) to 0 px, never NaN', () => {
    const l = layOut([yearly([1, 2, 3])], {mark: 'line'});
    expect(l.yScale(NaN)).to.equal(0);
    expect(l.xScale(NaN)).to.equal(0);
    expect(insanities([l.yScale(Infinity), l.yScale(-Infinity), l.xScale(Infinity)])).to.deep.equal([]);
  });
});

describe('log y scale', () => {
  const decades = [yearly([3, 30, 300, 3000, 30000])];

  it('maps each power of ten the same distance apart, over the same domain at every height, with ticks at powers of ten or 1-2-5 steps', () => {
    const domains = new Set<string>();
    for (const height of [120, 300, 600, 1200]) {
      const l = layOut(decades, {mark: 'line', yScaleType: 'log', height});
      const where = `height ${height}`;
      expect(l.yScaleType).to.equal('log');
      const [a, b, c] = [l.yScale(10), l.yScale(100), l.yScale(1000)];
      expect(a - b, where).to.be.closeTo(b - c, 0.02);
      // The data (3 to 30,000) widened to the nearest 1, 2 or 5 × a power of ten.
      expect(l.yDomain, where).to.deep.equal([2, 50000]);
      domains.add(l.yDomain.join());
      const values = l.yTicks.map((t) => t.value);
      // At most one gridline per 50 px or so (as the linear ticks), at least two.
      expect(values.length, where).to.be.within(2, Math.max(2, Math.min(6, Math.floor((l.frame.bottom - l.frame.top) / 50))) + 1);
      for (const v of values) {
        const m = v / 10 ** Math.floor(Math.log10(v) + 1e-9);
        expect([1, 2, 5].some((k) => Math.abs(m - k) < 1e-9), `${where}: tick ${v}`).to.equal(true);
        expect(v, where).to.be.within(l.yDomain[0], l.yDomain[1]);
      }
      for (const t of l.yTicks) expect(t.position, where).to.be.within(l.frame.top, l.frame.bottom);
      expect(l.baseline, where).to.equal(null);
    }
    expect([...domains], 'one domain at every height').to.have.length(1);
  });

  it('gives data within one 1-2-5 step (101 to 103) a nice linear domain and ticks, not a sliver of 100 to 200', () => {
    const l = layOut([yearly([101, 102, 103])], {mark: 'line', yScaleType: 'log', height: 300});
    expect(l.yDomain[0]).to.be.at.least(100);
    expect(l.yDomain[1]).to.be.at.most(104);
    const top = l.yScale(103);
    const bottom = l.yScale(101);
    expect(bottom - top, 'the data span most of the frame').to.be.above((l.frame.bottom - l.frame.top) / 2);
    expect(l.yTicks.length).to.be.at.least(3);
  });

  it('uses 1-2-5 steps where there is room and thins to powers of ten where there is not', () => {
    const tall = layOut([yearly([2, 9, 4])], {mark: 'line', yScaleType: 'log', height: 400});
    expect(tall.yTicks.map((t) => t.value)).to.deep.equal([2, 5, 10]);
    const wide = layOut([yearly([1e-3, 1, 1e9])], {mark: 'line', yScaleType: 'log', height: 300});
    for (const t of wide.yTicks) expect(Math.log10(t.value) % 1, String(t.value)).to.be.closeTo(0, 1e-9);
    expect(wide.yTicks.length).to.be.at.most(6);
  });

  it('labels ticks with the chart format', () => {
    const l = layoutChart(decades, {width: 400, height: 300, mark: 'line', yScaleType: 'log', formats: createFormats({unit: 'mn'}, [3, 30000])});
    // The unit on the top label only.
    for (const [i, t] of l.yTicks.entries()) expect(t.label).to.match(i === l.yTicks.length - 1 ? /^[\d,.]+mn$/ : /^[\d,.]+$/);
    // Log ticks have no common step: each is written at the precision it needs.
    const small = layOut([yearly([0.02, 0.3, 0.9])], {mark: 'line', yScaleType: 'log'});
    expect(small.yTicks.map((t) => t.label)).to.deep.equal(['0.02', '0.05', '0.1', '0.2', '0.5', '1']);
  });

  it('draws values of zero and below as gaps, with a warning, and anchors no tooltip at them', () => {
    const series = [yearly([10, 0, 100, -5, 1000])];
    const l = layOut(series, {mark: 'line', yScaleType: 'log'});
    expect(l.warnings).to.include('2 values are zero or negative, which a log scale cannot show: drawn as gaps.');
    expect(l.markCount).to.equal(3);
    expect(l.points.filter((p) => p.kind === 'isolated')).to.have.length(3);
    expect(positionsAt(l, series, 2001)).to.deep.equal([]);
    expect(datumPositions(l, series).map((p) => p.datum.y)).to.deep.equal([10, 100, 1000]);
    expect(insanities(l)).to.deep.equal([]);
  });

  it('with no value above zero, throws no-values saying why', () => {
    for (const values of [[0, -1, -5], [null, null], []]) {
      const error = dataErrorOf(() => layOut([yearly(values)], {mark: 'line', yScaleType: 'log'}));
      expect(error).to.be.instanceOf(ChartDataError);
      expect(error.code).to.equal('no-values');
      expect(error.message).to.contain('log scale').and.to.contain('above zero');
    }
  });

  it('draws columns, areas, bars and stacked columns as a line, with a warning', () => {
    for (const mark of ['column', 'area', 'bar', 'stacked'] as const) {
      const l = layOut([yearly([1, 10, 100], 2000, 'a'), yearly([5, 50, 500], 2000, 'b')], {mark, yScaleType: 'log'});
      expect(l.mark, mark).to.equal('line');
      expect(l.band, mark).to.equal(false);
      expect(l.columns, mark).to.have.length(0);
      expect(l.areas, mark).to.have.length(0);
      expect(l.lines, mark).to.have.length(2);
      expect(l.warnings, mark).to.deep.equal([`mark="${mark}" is drawn from a zero baseline, which a log scale does not have; it is drawn as a line.`]);
    }
  });

  it('uses a y-min and y-max above zero as given, and ignores one at or below zero with a warning', () => {
    const given = layOut(decades, {mark: 'line', yScaleType: 'log', yMin: 1, yMax: 1e5});
    expect(given.yDomain).to.deep.equal([1, 1e5]);
    expect(given.warnings).to.deep.equal([]);
    const zero = layOut(decades, {mark: 'line', yScaleType: 'log', yMin: 0});
    expect(zero.yDomain).to.deep.equal(layOut(decades, {mark: 'line', yScaleType: 'log'}).yDomain);
    expect(zero.warnings).to.have.length(1);
    expect(zero.warnings[0]).to.contain('y-min (0)').and.to.contain('ignored');
  });

  it('one value, tiny and huge values: a domain with extent, every number finite', () => {
    for (const values of [[100], [7, 7], [5e-324, 1e-320], [Number.MAX_VALUE, 1e300], [1e-300, 1e300]]) {
      for (const height of [0, 40, 300]) {
        const l = layOut([yearly(values)], {mark: 'line', yScaleType: 'log', height});
        expect(insanities(l), `${values} ${height}`).to.deep.equal([]);
        expect(l.yDomain[0], `${values}`).to.be.below(l.yDomain[1]);
        expect(l.yDomain[0], `${values}`).to.be.above(0);
      }
    }
  });

  it('names a mark, y scale or curve it does not know (from plain JavaScript) in a warning, and uses the default', () => {
    const l = layOut([yearly([1, 2, 4])], {mark: 'pie' as never, yScaleType: 'LOG' as never, curve: 'spline' as never});
    expect(l.warnings).to.deep.equal([
      'mark: "pie" is not one of column, line, area, bar, stacked; using line.',
      'yScaleType: "LOG" is not one of linear, log; using linear.',
      'curve: "spline" is not one of linear, monotone, step; using linear.',
    ]);
    expect([l.mark, l.yScaleType]).to.deep.equal(['line', 'linear']);
    expect(layOut([yearly([1, 2, 4])], {mark: 'line', yScaleType: 'log', curve: 'step'}).warnings).to.deep.equal([]);
  });
});
