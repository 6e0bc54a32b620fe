import {expect} from '@open-wc/testing';
import {ChartDataError, computeRatio, createFormats, largestShare, messagesFor, normalizeData, ratioFigures, registerMessages, type Series} from '../../src/core/index.js';
import {de} from '../../src/messages/de.js';
import {yearly} from './helpers.js';

const milex = () =>
  normalizeData(
    [
      {year: 2019, china: 240, russia: 65},
      {year: 2020, china: 258, russia: 70},
      {year: 2021, china: 270, russia: null},
    ],
    {multi: true}
  ).series;

const ratioError = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).to.be.instanceOf(ChartDataError);
    return (e as ChartDataError).message;
  }
  throw new Error('no error');
};

describe('computeRatio()', () => {
  it('computeRatio() takes the latest year of the data, and never an earlier one in its place', () => {
    const r = computeRatio(milex().map((s) => ({...s, data: s.data.slice(0, 2)})))!;
    expect([r.numerator.key, r.denominator.key, r.year, r.a, r.b]).to.deep.equal(['china', 'russia', 2020, 258, 70]);
    expect(r.value).to.be.closeTo(258 / 70, 1e-12);
    // Russia has no value in 2021, the latest year: an error naming both, not the ratio of 2020.
    expect(ratioError(() => computeRatio(milex()))).to.equal('There is no ratio for 2021: Russia has no value for that year. Set ratio-year to choose a year with both.');
  });

  it('computeRatio() takes a year and a spec naming the series by key or label, in any case', () => {
    const r = computeRatio(milex(), 'Russia / CHINA', 2019)!;
    expect([r.numerator.key, r.year, r.value]).to.deep.equal(['russia', 2019, 65 / 240]);
  });

  it('computeRatio() explains a year without both values, a zero denominator and unknown series', () => {
    expect(ratioError(() => computeRatio(milex(), undefined, 2021))).to.equal('There is no ratio for 2021: Russia has no value for that year.');
    expect(ratioError(() => computeRatio(milex(), undefined, 1990))).to.equal('There is no ratio for 1990: China and Russia have no value for that year.');
    const zero: Series[] = [
      {key: 'a', label: 'a', data: [{x: 1, y: 5}, {x: 2, y: 6}]},
      {key: 'b', label: 'b', data: [{x: 1, y: 2}, {x: 2, y: 0}]},
    ];
    // A zero denominator in the latest year is reported, not replaced by year 1.
    expect(ratioError(() => computeRatio(zero))).to.equal('There is no ratio for 2: b is 0 in that year, and a ratio cannot divide by 0.');
    expect(computeRatio(zero, undefined, 1)).to.deep.include({year: 1, value: 2.5});
    expect(ratioError(() => computeRatio(milex(), 'china/france'))).to.equal('No series named "france" for the ratio. The series are: China, Russia.');
    expect(computeRatio(milex().slice(0, 1))).to.equal(undefined);
  });

  it('computeRatio() reads series made by hand, and data edited after they were read', () => {
    const series = milex();
    series[1].data[2].y = 90;
    expect(computeRatio(series)!.year).to.equal(2021);
    const byHand: Series[] = [
      {key: 'a', label: 'a', data: [{x: 1, y: 6}, {x: 2, y: Infinity}]},
      {key: 'b', label: 'b', data: [{x: 1, y: 3}, {x: 2, y: 1}]},
    ];
    // Infinity is no value: year 2 has no ratio, and is not replaced by year 1.
    expect(ratioError(() => computeRatio(byHand))).to.equal('There is no ratio for 2: a has no value for that year. Set ratio-year to choose a year with both.');
    expect(computeRatio(byHand, undefined, 1)).to.deep.include({year: 1, value: 2});
  });

  it('computeRatio() finds the latest year of series made by hand in descending or mixed order', () => {
    const descending: Series[] = [
      {key: 'a', label: 'a', data: [{x: 2021, y: 30}, {x: 2019, y: 10}, {x: 2020, y: 20}]},
      {key: 'b', label: 'b', data: [{x: 2019, y: 5}, {x: 2021, y: 3}, {x: 2020, y: 4}]},
    ];
    expect(computeRatio(descending)).to.deep.include({year: 2021, value: 10});
    expect(computeRatio(descending, undefined, 2020)).to.deep.include({year: 2020, value: 5});
  });
});

describe('largestShare()', () => {
  it('names the largest value of the latest year with a value, and its share of the total', () => {
    // 2021: only China has a value, and that is the latest year.
    expect(largestShare(milex())).to.equal(undefined);
    const share = largestShare(milex().map((s) => ({...s, data: s.data.filter((d) => d.x < 2021)})))!;
    expect(share.series.key).to.equal('china');
    expect([share.year, share.value, share.total]).to.deep.equal([2020, 258, 328]);
    expect(share.fraction).to.be.closeTo(258 / 328, 1e-12);
  });

  it('takes the latest year of any series, and the first of equal values', () => {
    const share = largestShare([yearly([1, 5], 2000, 'a'), yearly([2, 5, 5], 1999, 'b'), yearly([9], 1990, 'c')])!;
    expect([share.series.key, share.year, share.total]).to.deep.equal(['a', 2001, 10]);
  });

  it('no share where it would mislead: a negative value, a total of 0, one value, no value', () => {
    expect(largestShare([yearly([6], 2000, 'a'), yearly([-2], 2000, 'b')])).to.equal(undefined);
    expect(largestShare([yearly([0], 2000, 'a'), yearly([0], 2000, 'b')])).to.equal(undefined);
    expect(largestShare([yearly([6], 2000, 'a'), yearly([null], 2000, 'b')])).to.equal(undefined);
    expect(largestShare([yearly([null], 2000, 'a'), yearly([], 2000, 'b')])).to.equal(undefined);
    expect(largestShare([])).to.equal(undefined);
  });
});

describe('ratioFigures()', () => {
  const figures = (value: number, locale = 'en') => {
    const formats = createFormats({locale});
    return ratioFigures(value, (v) => formats.number(v, 1, true), messagesFor(locale));
  };

  it('shows one decimal, and a bound for a ratio that is not 0 but would show as 0.0', () => {
    expect(figures(3.7)).to.deep.equal({shown: '3.7', spoken: '3.7'});
    expect(figures(0.05)).to.deep.equal({shown: '0.1', spoken: '0.1'});
    expect(figures(0)).to.deep.equal({shown: '0.0', spoken: '0.0'});
    expect(figures(0.003)).to.deep.equal({shown: '<0.1', spoken: 'less than 0.1'});
    expect(figures(-0.003)).to.deep.equal({shown: '>−0.1', spoken: 'more than −0.1'});
  });

  it('in the locale\'s digits and words', () => {
    registerMessages('de', de);
    expect(figures(0.003, 'de')).to.deep.equal({shown: '<0,1', spoken: 'weniger als 0,1'});
  });
});
