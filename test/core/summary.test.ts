import {expect} from '@open-wc/testing';
import {createFormats, createXFormats, describeSeries, messagesFor, normalizeData, parseCsv, registerMessages, resolveHighlight, seriesStats, type Series} from '../../src/core/index.js';
import {de} from '../../src/messages/de.js';
import {definedValues, yearly} from './helpers.js';

/** The SIPRI fixture: Russian arms exports to China, 1992–2021, million TIV. */
async function fixture(): Promise<Series[]> {
  const response = await fetch(new URL('../fixtures/tiv-russia-china.csv', import.meta.url));
  return normalizeData(parseCsv(await response.text())).series;
}

const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);

describe('seriesStats()', () => {
  it('seriesStats() finds first, last, max, min, count and gaps, skipping nulls', () => {
    const st = seriesStats(yearly([null, 4, 9, null, -2, 6, null]))!;
    expect(st.first).to.deep.equal({x: 2001, y: 4});
    expect(st.last).to.deep.equal({x: 2005, y: 6});
    expect(st.max).to.deep.equal({x: 2002, y: 9});
    expect(st.min).to.deep.equal({x: 2004, y: -2});
    expect(st.count).to.equal(4);
    expect(st.gaps).to.equal(3);
  });

  it('seriesStats() breaks ties by the earliest year', () => {
    const st = seriesStats(yearly([5, 2, 5, 2]))!;
    expect(st.max.x).to.equal(2000);
    expect(st.min.x).to.equal(2001);
  });

  it('seriesStats() is undefined for a series without values', () => {
    expect(seriesStats(yearly([null, null]))).to.equal(undefined);
    expect(seriesStats(yearly([]))).to.equal(undefined);
  });
});

describe('resolveHighlight()', () => {
  const series = [yearly([3, 9, 1, 4, null], 2001, 'a'), yearly([100, -100], 2001, 'b')];

  it('resolveHighlight() max / min / last / first give the years of the first series', () => {
    expect(sorted(resolveHighlight('max', series))).to.deep.equal([2002]);
    expect(sorted(resolveHighlight('min', series))).to.deep.equal([2003]);
    expect(sorted(resolveHighlight('first', series))).to.deep.equal([2001]);
  });

  it('resolveHighlight() last is the last year with a value, not a trailing gap', () => {
    expect(sorted(resolveHighlight('last', series))).to.deep.equal([2004]);
  });

  it('resolveHighlight() reads years separated by commas and spaces, mixed with keywords, in any case', () => {
    expect(sorted(resolveHighlight('2001, 2005  2004', series))).to.deep.equal([2001, 2004, 2005]);
    expect(sorted(resolveHighlight(' MAX,Last 2001 ', series))).to.deep.equal([2001, 2002, 2004]);
    expect(sorted(resolveHighlight('max max 2002', series))).to.deep.equal([2002]);
  });

  it('resolveHighlight() ignores unknown words and gives an empty set for no spec or no series', () => {
    expect(sorted(resolveHighlight('biggest, 20x1, 2003', series))).to.deep.equal([2003]);
    expect(resolveHighlight('', series).size).to.equal(0);
    expect(resolveHighlight(null, series).size).to.equal(0);
    expect(resolveHighlight(undefined, series).size).to.equal(0);
    expect(resolveHighlight('max 2001', []).size).to.equal(0);
  });

  it('resolveHighlight() leaves out a year no series has (before, after or between the data\'s), keeps one with a gap', () => {
    expect(sorted(resolveHighlight('1999, 2030, 2002', series))).to.deep.equal([2002]);
    expect(sorted(resolveHighlight('2001.5', series))).to.deep.equal([]);
    // 2005 is a gap in a (null), and a year of the data.
    expect(sorted(resolveHighlight('2005', series))).to.deep.equal([2005]);
  });

  it('resolveHighlight() keeps years but skips keywords when the first series has no values', () => {
    expect(sorted(resolveHighlight('max, 2001', [yearly([null, null])]))).to.deep.equal([2001]);
  });
});

describe('describeSeries()', () => {
  it('describeSeries() mentions the first and last year, max and min with years, and the latest value (fixture)', async () => {
    const series = await fixture();
    const formats = createFormats({unit: 'mn'}, definedValues(series));
    const text = describeSeries(series, formats);
    expect(text).to.equal(
      '1992 to 2021. Highest: 3,077 million in 2005. Lowest: 72 million in 1994. ' +
        'Latest, 2021: 773 million, down 24 per cent from 1,023 million in 1992.'
    );
    expect(text).to.not.match(/\bmn\b/);
  });

  it('describeSeries() speaks units in words: "billion US dollars", never "bn" or "$"', () => {
    const s = yearly([2.449e11, 1.8e11, 2.96e11]);
    const text = describeSeries([s], createFormats({prefix: '$'}, definedValues([s])));
    expect(text).to.contain('Highest: 296 billion US dollars in 2002.');
    expect(text).to.contain('Lowest: 180 billion US dollars in 2001.');
    expect(text).to.contain('Latest, 2002: 296 billion US dollars, up 21 per cent from 244.9 billion US dollars in 2000.');
    expect(text).to.not.match(/\bbn\b|\$/);
  });

  it('describeSeries() counts gaps and says "unchanged" when the last value equals the first', () => {
    const text = describeSeries([yearly([5, null, 8, null, 5])], createFormats({}, [5, 8]));
    expect(text).to.contain('Latest, 2004: 5, unchanged from 5 in 2000.');
    expect(text).to.contain('No data for 2 years.');
    expect(describeSeries([yearly([5, null, 8])], createFormats({}, [5, 8]))).to.contain('No data for 1 year.');
  });

  it('describeSeries() describes one value, no data, and several series by label', () => {
    const f = createFormats({}, [1, 2, 3]);
    expect(describeSeries([yearly([null, 7, null])], f)).to.equal('One value, 7 in 2001.');
    expect(describeSeries([yearly([null])], f)).to.equal('no data.');
    const text = describeSeries([yearly([1, 2], 2000, 'China'), yearly([3, 1], 2000, 'India')], f);
    expect(text).to.match(/^China: 2000 to 2001\. .*up 100 per cent.* India: 2000 to 2001\. .*down 67 per cent/);
  });

  it('describeSeries() does not divide by a zero first value', () => {
    const text = describeSeries([yearly([0, 5])], createFormats({}, [0, 5]));
    expect(text).to.contain('Latest, 2001: 5, up from 0 in 2000.');
    expect(text).to.not.match(/NaN|Infinity|∞/);
  });

  it('describeSeries() adds notes for annotations and uses formatX for years', () => {
    const text = describeSeries(
      [yearly([1, 2, 3], 2019)],
      createFormats({}, [1, 2, 3]),
      [{year: 2020, label: 'Pandemic'}, {from: 2019, to: 2020, label: 'Talks'}, {label: 'No year'}],
      (x) => `FY${x}`
    );
    expect(text).to.contain('FY2019 to FY2021.');
    expect(text).to.contain('Note at FY2020: Pandemic.');
    expect(text).to.contain('Note for FY2019 to FY2020: Talks.');
    expect(text).to.not.contain('No year');
  });
});

describe('registerMessages()', () => {
  it('registerMessages() adds a language whose entries override English', async () => {
    const {registerMessages, messagesFor} = await import('../../src/core/messages.js');
    expect(messagesFor('fr-FR').lang).to.equal('en');
    registerMessages('fr', {showData: 'Afficher les données'});
    expect(messagesFor('fr-FR').showData).to.equal('Afficher les données');
    expect(messagesFor('fr-FR').hideData).to.equal('Hide data');
    expect(messagesFor('fr-FR').lang).to.equal('fr');
  });
});

describe('describeSeries() on a date axis', () => {
  const text = (rows: unknown[], locale: string) => {
    const m = normalizeData(rows);
    const x = createXFormats(locale, m.xType, m.xs);
    return describeSeries(m.series, createFormats({locale}, [1, 5, 2]), [], x.spoken, {locale, dates: true});
  };
  const days = [{year: '2008-07-01', value: 1}, {year: '2008-07-03', value: 5}, {year: '2008-07-04', value: 2}];
  const months = [{year: '2008-05-01', value: 1}, {year: '2008-07-01', value: 5}, {year: '2008-08-01', value: 2}];

  it('describeSeries() says "on" a day and "in" a month or year', () => {
    expect(text(days, 'en')).to.include('Highest: 5 on July 3, 2008. Lowest: 1 on July 1, 2008.');
    expect(text(days, 'en')).to.include('from 1 on July 1, 2008.');
    expect(text(months, 'en')).to.include('Highest: 5 in July 2008. Lowest: 1 in May 2008.');
    expect(text([{year: 2001, value: 1}, {year: 2002, value: 5}], 'en')).to.include('Highest: 5 in 2002.');
  });

  it('describeSeries() in German says "am" a day, "im" a month and "im Jahr" a year', () => {
    registerMessages('de', de);
    expect(text(days, 'de')).to.include('Höchster Wert: 5 am 3. Juli 2008. Niedrigster Wert: 1 am 1. Juli 2008.');
    expect(text(months, 'de')).to.include('Höchster Wert: 5 im Juli 2008.');
    expect(text([{year: 2001, value: 1}, {year: 2002, value: 5}], 'de')).to.include('Höchster Wert: 5 im Jahr 2002.');
    expect(messagesFor('de').ratio('3. Juli 2008', 'A', '3,7', 'B')).to.equal('Am 3. Juli 2008 war der Wert von A 3,7-mal so hoch wie der von B.');
    expect(messagesFor('de').ratio('2020', 'A', '3,7', 'B')).to.equal('Im Jahr 2020 war der Wert von A 3,7-mal so hoch wie der von B.');
  });

  it('the ratio sentence starts "On" a day and "In" a year', () => {
    expect(messagesFor('en').ratio('July 3, 2008', 'A', '3.7', 'B')).to.equal("On July 3, 2008, A's value was 3.7 times B's.");
    expect(messagesFor('en').ratio('2020', 'A', '3.7', 'B')).to.equal("In 2020, A's value was 3.7 times B's.");
  });
});

