import {expect} from '@open-wc/testing';
import {columnsOf, createFormats, layoutChart, normalizeData, parseCsv} from '../../src/core/index.js';
import {stepTicks, yStep} from '../../src/core/layout/y-scale.js';
import {insanities, yearly} from './helpers.js';

// Numbers at the edges of what a chart writes: past the largest abbreviation, near the end of float
// range, next to zero, and written with a point the page's language groups thousands with. The
// elements' side is test/elements/number-edges.test.ts.

const MINUS = '\u2212';

describe('numbers past 999tn', () => {
  it('amounts are abbreviated up to 999tn; from 10¹⁵ written in scientific notation, and so is every number from a million beside them', () => {
    expect(createFormats({}, [9.99e14]).value(9.99e14)).to.equal('999tn');
    expect(createFormats({}, [9.5e14]).ticks([0, 5e14, 1e15], 2)).to.deep.equal(['0', '500', '1,000tn']);
    const f = createFormats({}, [2e20, 5e14, 999999, 3]);
    expect(f.value(2e20)).to.equal('2E20');
    expect(f.value(-2e20)).to.equal(`${MINUS}2E20`);
    expect(f.value(5e14)).to.equal('5E14');
    expect(f.value(1.5e6)).to.equal('1.5E6');
    expect(f.value(999999)).to.equal('999,999');
    expect(f.value(3)).to.equal('3');
    expect(f.ticks([0, 5e19, 1e20, 1.5e20, 2e20])).to.deep.equal(['0', '5E19', '1E20', '1.5E20', '2E20']);
    expect(f.spoken(2e20)).to.equal('2 times ten to the power of 20');
    expect(f.spoken(-1.5e20)).to.equal('minus 1.5 times ten to the power of 20');
    expect(createFormats({prefix: '$'}, [2e20]).value(-2e20)).to.equal(`${MINUS}$2E20`);
    expect(createFormats({unit: '%'}, [2e15]).value(2e15)).to.equal('2E15%');
    expect(createFormats({locale: 'de'}, [2.5e20]).value(2.5e20)).to.equal('2,5E20');
  });

  it('every y label of raw amounts from 1 to 10²⁵ writes at most seven digits', () => {
    for (let exponent = 0; exponent <= 25; exponent++) {
      for (const mantissa of [1, 1.23, 2.5, 4.9, 9.99]) {
        const top = mantissa * Math.pow(10, exponent);
        for (const values of [[0, top], [-top, top / 3]]) {
          const step = yStep(Math.min(...values), Math.max(...values))!;
          const ticks = stepTicks(Math.floor(Math.min(...values) / step) * step, Math.ceil(Math.max(...values) / step) * step, step);
          for (const label of createFormats({}, values).ticks(ticks, ticks.length - 1)) {
            expect(label.replace(/\D/g, '').length, `${label} of ${values}`).to.be.at.most(7);
          }
        }
      }
    }
  });
});

describe('a y domain near the end of float range', () => {
  it('holds the data, has finite ends and ticks, and keeps 0 as a labelled tick', () => {
    const cases: [number[][], 'column' | 'line' | 'stacked'][] = [
      [[[0, 1e308]], 'column'],
      [[[-1e308, 1e308]], 'column'],
      [[[Number.MAX_VALUE, -Number.MAX_VALUE]], 'line'],
      [[[1e308, 5], [1e308, 6]], 'stacked'],
    ];
    for (const [columns, mark] of cases) {
      const l = layoutChart(columns.map((ys, i) => yearly(ys, 2000, `s${i}`)), {width: 375, height: 300, mark, formats: createFormats({}, columns.flat())});
      const what = `${mark} ${columns}`;
      expect(insanities(l), what).to.deep.equal([]);
      const [lo, hi] = l.yDomain;
      expect(Number.isFinite(lo) && Number.isFinite(hi), what).to.equal(true);
      expect(lo, what).to.be.at.most(Math.min(0, ...columns.flat()));
      expect(hi, what).to.be.at.least(Math.max(...columns.flat()));
      const zero = l.yTicks.find((t) => t.value === 0);
      expect(zero?.label, what).to.equal('0');
      // Every column lies inside the frame.
      for (const c of l.columns) {
        expect(c.y, what).to.be.at.least(l.frame.top - 0.5);
        expect(c.y + c.height, what).to.be.at.most(l.frame.bottom + 0.5);
      }
    }
  });
});

describe('a value that is not zero', () => {
  it('never reads as zero beside billions: unabbreviated, with the digits it needs', () => {
    const f = createFormats({}, [1e9, 0.001, 2e9]);
    expect(f.value(1e9)).to.equal('1bn');
    expect(f.value(0.001)).to.equal('0.001');
    expect(f.value(-0.001)).to.equal(`${MINUS}0.001`);
    expect(f.value(0.0015)).to.equal('0.0015');
    expect(f.value(1)).to.equal('1');
    expect(f.value(0)).to.equal('0bn');
    const column = f.column([1e9, 0.001, 2.5e9]);
    expect([1e9, 0.001, 2.5e9].map(column)).to.deep.equal(['1.0bn', '0.001', '2.5bn']);
    expect(f.spoken(0.001)).to.equal('0.001');
    expect(f.spoken(-0.001)).to.equal('minus 0.001');
    expect(f.spoken(2e9)).to.equal('2 billion');
    expect(createFormats({prefix: '$', unit: 'bn'}, [1e3, 0.0001]).value(-0.0001)).to.equal(`${MINUS}$0.0001bn`);
    expect(createFormats({prefix: '$'}, [1e9, 0.001]).value(-0.001)).to.equal(`${MINUS}$0.001`);
  });

  it('below a millionth, in scientific notation; float noise stays zero; an author\'s format is the author\'s', () => {
    const f = createFormats({}, [5, 1e-9]);
    expect(f.value(1e-9)).to.equal(`1E${MINUS}9`);
    expect(f.value(-1.5e-9)).to.equal(`${MINUS}1.5E${MINUS}9`);
    expect(f.spoken(1e-9)).to.equal(`1 times ten to the power of ${MINUS}9`);
    // A stack's total of 0.1, 0.2 and −0.3 is 5.6e-17, not a value.
    expect(createFormats({}, [0.1, 0.2, 0.3]).value(0.1 + 0.2 - 0.3)).to.equal('0');
    expect(createFormats({}, [1e9, 0.1, 0.2, 0.3]).spoken(0.3 - 0.1 - 0.2)).to.equal('0');
    expect(createFormats({valueFormat: ',.0f'}, [1e9, 0.001]).value(0.001)).to.equal('0');
  });
});

describe('a point that groups thousands in the page\'s language', () => {
  const csv = 'year,tiv,share\n2001,2.890,0.5\n2002,450,0.25\n2003,-1.011,1.5\n';
  const german = 'Values of "tiv" like "2.890" are read as 2.89; in German "." groups thousands: write 2890 if that is meant.';

  it('is read as a decimal point, and a German page hears how', () => {
    const n = normalizeData(parseCsv(csv), {locale: 'de'});
    expect(columnsOf(n.series[0]).y).to.deep.equal([2.89, 450, -1.011]);
    expect(n.warnings).to.deep.equal([german]);
    expect(normalizeData(parseCsv(csv), {locale: 'pt-BR'}).warnings[0]).to.include('in Brazilian Portuguese "." groups thousands');
    expect(normalizeData(parseCsv(csv.replace('2.890', '"€2.890"')), {locale: 'it'}).warnings).to.deep.equal([
      'Values of "tiv" like "€2.890" are read as 2.89; in Italian "." groups thousands: write €2890 if that is meant.',
    ]);
  });

  it('says nothing where the language groups otherwise, or a column has another point', () => {
    for (const locale of [undefined, 'en', 'en-GB', 'fr', 'de-CH', 'ja']) {
      expect(normalizeData(parseCsv(csv), {locale}).warnings, String(locale)).to.deep.equal([]);
    }
    expect(normalizeData(parseCsv(csv.replace('450', '4.5')), {locale: 'de'}).warnings).to.deep.equal([]);
    expect(normalizeData(parseCsv(csv.replace('2.890', '12.3456')), {locale: 'de'}).warnings).to.deep.equal([]);
    expect(normalizeData(parseCsv(csv.replace('2.890', '1234.567')), {locale: 'de'}).warnings).to.deep.equal([]);
    // A semicolon file reads "2.890" as 2890 in the first place.
    const semicolons = normalizeData(parseCsv('year;tiv\n2001;2.890\n2002;450\n'), {locale: 'de'});
    expect(columnsOf(semicolons.series[0]).y).to.deep.equal([2890, 450]);
    expect(semicolons.warnings).to.deep.equal([]);
  });

  it('says nothing of a column of decimals: every number with three decimals, or a whole number past 999', () => {
    // SIPRI's spending in billions of US dollars, three decimals in every cell (demo/data/milex-china-russia.csv).
    const spending = 'year,china,russia\n1992,27.509,47.154\n1993,25.297,41.221\n1994,24.341,38.968\n';
    const n = normalizeData(parseCsv(spending), {locale: 'de'});
    expect(columnsOf(n.series[0]).y).to.deep.equal([27.509, 25.297, 24.341]);
    expect(n.warnings).to.deep.equal([]);
    // "4500" is a thousand written without a point: this file does not group with ".".
    expect(normalizeData(parseCsv(csv.replace('450', '4500')), {locale: 'de'}).warnings).to.deep.equal([]);
    // A gap among them changes nothing; "-72" beside "-1.011" still warns.
    expect(normalizeData(parseCsv(csv.replace('450', '')), {locale: 'de'}).warnings).to.deep.equal([]);
    expect(normalizeData(parseCsv(csv.replace('450', '-72')), {locale: 'de'}).warnings).to.have.length(1);
  });

  it('says nothing where the point cannot group thousands or the column reads better with decimals', () => {
    // A whole number beside three-decimal values of its own scale: 30 beside 27.509 (not beside 27509).
    for (const whole of ['0', '30', '-25']) {
      const spending = `year,china\n1992,27.509\n1993,${whole}\n1994,24.341\n`;
      expect(normalizeData(parseCsv(spending), {locale: 'de'}).warnings, whole).to.deep.equal([]);
    }
    // "0.500" is never German grouping.
    expect(normalizeData(parseCsv('year,v\n2001,450\n2002,0.500\n'), {locale: 'de'}).warnings).to.deep.equal([]);
    expect(normalizeData(parseCsv('year,v\n2001,1\n2002,0.250\n'), {locale: 'de'}).warnings).to.deep.equal([]);
  });

  it('reads a German-looking column of a million rows', () => {
    const rows = Array.from({length: 1_000_000}, (_, i) => ({year: i, v: i % 2 ? '450' : '2.890'}));
    expect(normalizeData(rows, {locale: 'de'}).warnings).to.have.length(1);
  });

  it('speaks only of the columns drawn', () => {
    const extra = 'year,value,other\n2001,5,450\n2002,6,2.890\n';
    expect(normalizeData(parseCsv(extra), {locale: 'de'}).warnings).to.deep.equal([]);
    const wide = 'year,a,b\n2001,5,450\n2002,6,2.890\n';
    expect(normalizeData(parseCsv(wide), {locale: 'de', multi: true, series: [{key: 'a'}]}).warnings).to.deep.equal([]);
    expect(normalizeData(parseCsv(wide), {locale: 'de', multi: true}).warnings).to.deep.equal([
      'Values of "b" like "2.890" are read as 2.89; in German "." groups thousands: write 2890 if that is meant.',
    ]);
    // Long rows: the value column.
    const long = 'series,year,value\nA,2001,450\nA,2002,2.890\n';
    expect(normalizeData(parseCsv(long), {locale: 'de', multi: true}).warnings).to.have.length(1);
  });

  it('names "1.234.567" as thousands grouped with points, not as decimal commas', () => {
    const n = normalizeData(parseCsv('year,v\n2001,1.234.567\n2002,5\n'));
    expect(n.warnings.join(' ')).to.include('values like "1.234.567" group thousands with "."; write them without it (1234567)');
    expect(n.warnings.join(' ')).to.not.include('decimal commas');
  });
});
