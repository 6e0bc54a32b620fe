// English numbers written without Intl (src/core/plain-number.ts) must be exactly what the
// browser's Intl writes, for every number, number of fraction digits and English locale it covers.
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {hasPlainNumbers, plainNumber} from '../../src/core/plain-number.js';
import {createFormats, createXFormats} from '../../src/core/index.js';

const intl = (locale: string, v: number, digits: number, grouping = true) =>
  new Intl.NumberFormat(locale, {maximumFractionDigits: digits, minimumFractionDigits: 0, useGrouping: grouping}).format(v);
const LOCALES = ['en', 'en-US', 'en-GB'];

describe('plainNumber()', () => {
  it('covers English only: en, en-US, en-GB (not en-IN, en-ZA or de)', () => {
    for (const l of LOCALES) expect(hasPlainNumbers(l), l).to.equal(true);
    for (const l of ['en-IN', 'en-ZA', 'en-CH', 'de', 'fr-CA']) expect(hasPlainNumbers(l), l).to.equal(false);
  });

  it('rounds half away from zero on the shortest decimal form, as Intl does', () => {
    const cases: [number, number][] = [
      [1.005, 2], [1.45, 1], [2.5, 0], [-2.5, 0], [9.995, 2], [999999.5, 0], [-0.001, 2], [0.5, 0], [-0.5, 0],
      [1234567.891, 1], [0, 0], [-0, 0], [99.95, 1], [0.000001, 4], [123456789.125, 2], [1e20, 0], [5e-7, 6],
    ];
    for (const [v, d] of cases) {
      for (const locale of LOCALES) expect(plainNumber(v, d) ?? intl(locale, v, d), `${v}, ${d} digits, ${locale}`).to.equal(intl(locale, v, d));
      expect(plainNumber(v, d, false) ?? intl('en', v, d, false), `${v} without grouping`).to.equal(intl('en', v, d, false));
    }
  });

  it('leaves to Intl what it does not write (infinities, NaN, exponents)', () => {
    for (const v of [Infinity, -Infinity, NaN, 1e21, -1e308, 1e-7]) expect(plainNumber(v, 2), String(v)).to.equal(undefined);
  });

  it('equals Intl for any double, digits 0 to 20, grouped or not (property)', () => {
    const value = fc.oneof(
      fc.double({noNaN: true, noDefaultInfinity: true}),
      fc.integer({min: -1e9, max: 1e9}).map((n) => n / 1000),
      fc.integer({min: -1e6, max: 1e6}).map((n) => n + 0.5),
      fc.double({min: -1e7, max: 1e7, noNaN: true})
    );
    fc.assert(
      fc.property(value, fc.integer({min: 0, max: 20}), fc.boolean(), fc.constantFrom(...LOCALES), (v, d, grouping, locale) => {
        const expected = intl(locale, v, d, grouping);
        expect(plainNumber(v, d, grouping) ?? expected).to.equal(expected);
      }),
      {numRuns: 20000}
    );
  });

  it('charts in English write the same numbers and years as before (Intl)', () => {
    const values = [0, 1023.4, -56.75, 1e6 + 0.5, 2.005];
    const formats = createFormats({locale: 'en-GB', unit: 'mn', prefix: '$'}, values);
    // Values keep the precision of the data, negatives have the minus sign U+2212 (issue 14).
    expect(values.map(formats.value)).to.deep.equal(['$0mn', '$1,023.4mn', '\u2212$56.75mn', '$1,000,000.5mn', '$2.005mn']);
    expect(formats.spoken(1e6)).to.equal('1,000,000 million US dollars');
    expect(formats.number(1234.56)).to.equal('1,234.6');
    const years = createXFormats('en', 'number', [1992, -5, 2021]);
    expect([1992, -5, 2021, 1992.5, -0.5].map(years.value)).to.deep.equal(['1992', '\u22125', '2021', '1992.5', '\u22120.5']);
    expect(years.csv(-5)).to.equal('-5');
  });
});
