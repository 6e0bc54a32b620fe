import {expect} from '@open-wc/testing';
import {createFormats, validFormatSpecifier, validLocale, withUnit} from '../../src/core/index.js';

const BILLIONS = [0, 1e11, 2e11, 3e11];
/** SI prefixes d3's `s` type would put after a number: none of them may appear for raw amounts. */
const SI_SUFFIX = /\d\s?[kMGTP]$/;

describe('withUnit()', () => {
  it('withUnit() joins short and symbolic units tightly and words with a space', () => {
    expect(withUnit('3,077', '', 'mn')).to.equal('3,077mn');
    expect(withUnit('245', '$', 'bn')).to.equal('$245bn');
    expect(withUnit('12', '', '%')).to.equal('12%');
    expect(withUnit('45', '', 'million TIV')).to.equal('45 million TIV');
    expect(withUnit('45', '', ' TIV')).to.equal('45 TIV');
    expect(withUnit('45', '€')).to.equal('€45');
    expect(withUnit('45')).to.equal('45');
  });
});

describe('validLocale() / validFormatSpecifier()', () => {
  it('validLocale() canonicalizes good tags and returns undefined for bad ones, without throwing', () => {
    expect(validLocale('de-de')).to.equal('de-DE');
    expect(validLocale('en')).to.equal('en');
    for (const bad of ['not a locale!!', 'xx-!!', '', null, undefined, '12']) {
      expect(validLocale(bad), String(bad)).to.equal(undefined);
    }
  });

  it('validFormatSpecifier() accepts d3-format specifiers and rejects others, without throwing', () => {
    expect(validFormatSpecifier('.2s')).to.equal('.2s');
    expect(validFormatSpecifier(',.1f')).to.equal(',.1f');
    for (const bad of ['nonsense', '%%', '.2f%d', '', null, undefined]) {
      expect(validFormatSpecifier(bad), String(bad)).to.equal(undefined);
    }
  });
});

describe('createFormats()', () => {
  describe('value() and ticks()', () => {
    it('createFormats() joins the unit and prefix: "3,077mn", "$245bn", "12%"', () => {
      expect(createFormats({unit: 'mn'}, [3077, 72]).value(3077)).to.equal('3,077mn');
      expect(createFormats({prefix: '$', unit: 'bn'}, [245]).value(245)).to.equal('$245bn');
      expect(createFormats({unit: '%'}, [12, 5]).value(12)).to.equal('12%');
      expect(createFormats({unit: 'million TIV'}, [45]).value(45)).to.equal('45 million TIV');
    });

    it('createFormats() ticks carry the unit and prefix too', () => {
      expect(createFormats({prefix: '$', unit: 'bn'}, [245]).ticks([0, 100, 200, 300])).to.deep.equal(['$0bn', '$100bn', '$200bn', '$300bn']);
    });

    it('createFormats() shows the data precision in value(): "$244.9bn"', () => {
      const f = createFormats({prefix: '$', unit: 'bn'}, [244.9, 180]);
      expect(f.value(244.9)).to.equal('$244.9bn');
      expect(f.value(180)).to.equal('$180bn');
    });

    it('createFormats() numbers from 10²¹ are written in scientific notation, not hundreds of digits', () => {
      const f = createFormats({}, [1, 1e308, -1e308]);
      expect(f.value(1e308)).to.equal('1E308');
      expect(f.ticks([-1e308, 0, 1e308])).to.deep.equal(['\u22121E308', '0', '1E308']);
      // Said in words, not "1 E 308" (see number-edges.test.ts).
      expect(f.spoken(-1e308)).to.equal('minus 1 times ten to the power of 308');
      expect(createFormats({}, [1.5e21]).value(1.5e21)).to.equal('1.5E21');
      expect(createFormats({unit: '%'}, [3e25]).value(3e25)).to.equal('3E25%');
      expect(createFormats({locale: 'de'}, [1e300]).value(1.234e300)).to.equal('1,23E300');
      // Below 10²¹ amounts are abbreviated as before.
      expect(createFormats({prefix: '$'}, [2.5e12]).value(2.5e12)).to.equal('$2.5tn');
    });

    it('createFormats() ticks share the precision of their step', () => {
      const f = createFormats({}, [0.3, 1.2]);
      expect(f.ticks([0, 0.5, 1, 1.5])).to.deep.equal(['0', '0.5', '1', '1.5']);
      expect(f.ticks([0, 0.05, 0.1, 0.15])).to.deep.equal(['0', '0.05', '0.1', '0.15']);
      expect(f.ticks([0, 0.2, 0.4])).to.deep.equal(['0', '0.2', '0.4']);
      expect(f.ticks([0, 1000, 2000])).to.deep.equal(['0', '1,000', '2,000']);
      // Steps of 2.5 × 10ⁿ: as many digits as the step has.
      expect(f.ticks([0, 0.25, 0.5, 0.75, 1, 1.25])).to.deep.equal(['0', '0.25', '0.5', '0.75', '1', '1.25']);
      expect(f.ticks([0, 0.025, 0.05, 0.075])).to.deep.equal(['0', '0.025', '0.05', '0.075']);
      expect(f.ticks([4.5, 4.75, 5, 5.25, 5.5])).to.deep.equal(['4.5', '4.75', '5', '5.25', '5.5']);
      expect(f.ticks([0, 2.5, 5, 7.5])).to.deep.equal(['0', '2.5', '5', '7.5']);
      expect(f.ticks([0, 25, 50, 75])).to.deep.equal(['0', '25', '50', '75']);
      expect(f.ticks([0, 2500, 5000])).to.deep.equal(['0', '2,500', '5,000']);
      expect(f.ticks([0, 0.1 + 0.2, 0.6])).to.deep.equal(['0', '0.3', '0.6']);
    });

    it('createFormats() with locale de-DE uses "," as the decimal mark and "." to group', () => {
      const f = createFormats({locale: 'de-DE'}, [1234.5, 3]);
      expect(f.locale).to.equal('de-DE');
      expect(f.value(1234.5)).to.equal('1.234,5');
      expect(f.ticks([0, 0.5, 1])).to.deep.equal(['0', '0,5', '1']);
      expect(f.number(2.75, 1)).to.equal('2,8');
    });

    it('createFormats() no SI prefix for billions: raw billions read "bn" in English, never "G"', () => {
      const f = createFormats({}, [...BILLIONS, 2.96e11]);
      const ticks = f.ticks(BILLIONS);
      expect(ticks).to.deep.equal(['0bn', '100bn', '200bn', '300bn']);
      expect(f.value(2.96e11)).to.equal('296bn');
      for (const t of [...ticks, f.value(2.96e11)]) {
        expect(t).to.not.match(SI_SUFFIX).and.not.contain('G');
      }
    });

    it('createFormats() no SI prefix for billions: raw billions read "Mrd." in de-DE, never "G"', () => {
      const f = createFormats({locale: 'de-DE'}, [...BILLIONS, 2.96e11]);
      const ticks = f.ticks(BILLIONS);
      expect(ticks).to.have.length(4);
      ticks.forEach((t, i) => expect(t).to.match(new RegExp(`^${i * 100}\\s?Mrd\\.$`)));
      expect(f.value(2.96e11)).to.match(/^296\s?Mrd\.$/);
      for (const t of [...ticks, f.value(2.96e11)]) {
        expect(t).to.not.match(SI_SUFFIX).and.not.contain('G').and.not.contain('bn');
      }
    });

    it('createFormats() no SI prefix for billions: raw dollars read "$296bn", decimals kept "$244.9bn"', () => {
      expect(createFormats({prefix: '$'}, [2.96e11]).value(2.96e11)).to.equal('$296bn');
      expect(createFormats({prefix: '$'}, [2.449e11]).value(2.449e11)).to.equal('$244.9bn');
    });

    it('createFormats() abbreviates raw millions "mn" and trillions "tn", one abbreviation for the chart', () => {
      const m = createFormats({}, [3.5e6, 2e5]);
      expect(m.value(3.5e6)).to.equal('3.5mn');
      expect(m.value(2e5)).to.equal('0.2mn');
      expect(m.ticks([0, 2e6, 4e6])).to.deep.equal(['0mn', '2mn', '4mn']);
      expect(createFormats({}, [1.2e12]).value(1.2e12)).to.equal('1.2tn');
    });

    it('createFormats() leaves amounts under a million unabbreviated', () => {
      const f = createFormats({}, [999999]);
      expect(f.value(999999)).to.equal('999,999');
      expect(f.value(3077)).to.equal('3,077');
    });

    it('createFormats() applies a valid y-format to ticks and value-format to values, as written (".2s")', () => {
      // y-format formats the ticks only (issue 14); values keep the data's precision.
      const f = createFormats({yFormat: '.2s'}, [1234567]);
      expect(f.value(1234567)).to.equal('1,234,567');
      expect(f.ticks([0, 1e6, 2e6])).to.deep.equal(['0.0', '1.0M', '2.0M']);
      const v = createFormats({valueFormat: '.2s'}, [1234567]);
      expect(v.value(1234567)).to.equal('1.2M');
      expect(v.spoken(1234567)).to.equal('1.2M');
    });

    it('createFormats() applies a value-format with the unit and the locale', () => {
      expect(createFormats({valueFormat: ',.1f', unit: '%'}, [12]).value(12)).to.equal('12.0%');
      expect(createFormats({valueFormat: ',.1f', locale: 'de-DE'}, [1234.5]).value(1234.5)).to.equal('1.234,5');
      expect(createFormats({yFormat: ',.1f', unit: '%'}, [12]).ticks([0, 12])).to.deep.equal(['0.0%', '12.0%']);
    });

    it('createFormats() falls back without throwing for an invalid locale or specifier', () => {
      let f = createFormats({locale: 'not a locale!!', yFormat: 'nonsense%%'}, [3077.5]);
      expect(f.locale).to.equal('en');
      expect(f.value(3077.5)).to.equal('3,077.5');
      expect(f.ticks([0, 1000, 2000])).to.deep.equal(['0', '1,000', '2,000']);
      expect(f.spoken(3077.5)).to.equal('3,077.5');
      f = createFormats({locale: '', yFormat: ''}, [1]);
      expect(f.locale).to.equal('en');
      expect(f.value(1)).to.equal('1');
    });

    it('createFormats() writes negative zero as "0"', () => {
      expect(createFormats({}, [1]).value(-0)).to.equal('0');
    });

    it('createFormats() ticks never throw, even for steps beyond float range', () => {
      const f = createFormats({}, [1e308]);
      const ticks = f.ticks([-1e308, 1e308]);
      expect(ticks).to.have.length(2);
      for (const t of ticks) expect(t).to.not.match(/NaN|Infinity|∞/);
      const small = createFormats({}, [5]);
      expect(small.ticks([5, 5])).to.deep.equal(['5', '5']);
      expect(small.ticks([NaN, 1])).to.have.length(2);
      expect(small.ticks([])).to.deep.equal([]);
    });
  });

  describe('spoken()', () => {
    const NO_ABBREVIATIONS = (s: string) => {
      expect(s).to.not.match(/\bbn\b|\bmn\b|\$/);
    };

    it('createFormats().spoken() says "million" for the mn unit', () => {
      const s = createFormats({unit: 'mn'}, [3077]).spoken(3077);
      expect(s).to.equal('3,077 million');
      NO_ABBREVIATIONS(s);
    });

    it('createFormats().spoken() keeps a prefix or unit named like an Object member as it is', () => {
      expect(createFormats({prefix: 'constructor '}, [5]).spoken(5)).to.equal('5 constructor');
      expect(createFormats({unit: 'constructor'}, [5]).spoken(5)).to.equal('5 constructor');
    });

    it('createFormats().spoken() says "billion US dollars" for "$" and "bn"', () => {
      const s = createFormats({prefix: '$', unit: 'bn'}, [244.9]).spoken(244.9);
      expect(s).to.equal('244.9 billion US dollars');
      NO_ABBREVIATIONS(s);
    });

    it('createFormats().spoken() says "billion" for raw billions and "million" for raw millions', () => {
      let s = createFormats({prefix: '$'}, [2.96e11]).spoken(2.96e11);
      expect(s).to.equal('296 billion US dollars');
      NO_ABBREVIATIONS(s);
      s = createFormats({}, [...BILLIONS]).spoken(3e11);
      expect(s).to.equal('300 billion');
      s = createFormats({}, [3.5e6]).spoken(3.5e6);
      expect(s).to.equal('3.5 million');
      NO_ABBREVIATIONS(s);
    });

    it('createFormats().spoken() says "per cent" for %, and uses unitLabel when given', () => {
      expect(createFormats({unit: '%'}, [12]).spoken(12)).to.equal('12 per cent');
      expect(createFormats({unit: 'mn', unitLabel: 'million TIV'}, [3077]).spoken(3077)).to.equal('3,077 million TIV');
    });

    it('createFormats().spoken() keeps an unknown unit and prefix as words', () => {
      expect(createFormats({unit: 'tonnes'}, [5]).spoken(5)).to.equal('5 tonnes');
      expect(createFormats({prefix: 'CHF '}, [5]).spoken(5)).to.equal('5 CHF');
    });
  });
});
