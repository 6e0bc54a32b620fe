// Reading numbers as spreadsheets write them: delimiters sniffed, percent and currency signs,
// grouping, decimal commas in semicolon files decided by the whole column, and messages that
// name the first cell that could not be read.
import {expect} from '@open-wc/testing';
import {columnsOf, normalizeData, parseCsv, sniffDelimiter, toNumber} from '../../src/core/index.js';
import {dataErrorOf} from './helpers.js';

/** The values of the first series of a CSV, NaN for gaps. */
const valuesOf = (csv: string) => columnsOf(normalizeData(parseCsv(csv)).series[0]).y;

describe('sniffDelimiter()', () => {
  it('sniffDelimiter() tells commas, semicolons and tabs apart by the lines that split evenly', () => {
    expect(sniffDelimiter('year,value\n2001,5\n')).to.equal(',');
    expect(sniffDelimiter('year;value\n2001;4,1\n2002;5\n')).to.equal(';');
    expect(sniffDelimiter('year\tvalue\n2001\t4,1\n')).to.equal('\t');
    // Quoted cells hide their delimiters.
    expect(sniffDelimiter('year,value\n2001,"4,1"\n2002,"5;2"\n')).to.equal(',');
    // A comma in a semicolon file's header splits as evenly as its decimal commas: the cells that are numbers decide.
    expect(sniffDelimiter('year;Spending, bn\n2001;4,1\n2002;5,3\n')).to.equal(';');
    // One column, or nothing, is comma-separated; a line too short or too long does not change the delimiter.
    expect(sniffDelimiter('value\n4\n5\n')).to.equal(',');
    expect(sniffDelimiter('')).to.equal(',');
    expect(sniffDelimiter('year,value\n2001\n2002,6,extra\n')).to.equal(',');
  });

  it('parseCsv() reads semicolon- and tab-separated files by their sniffed delimiter', () => {
    expect(parseCsv('year;value\n2001;4,1\n')).to.deep.equal([{year: '2001', value: '4,1'}]);
    expect(parseCsv('\uFEFFyear\tvalue\r\n2001\t4.1\r\n')).to.deep.equal([{year: '2001', value: '4.1'}]);
  });
});

describe('toNumber() as spreadsheets write numbers', () => {
  it('toNumber() reads percent and currency signs, before or after the number, with the sign either side', () => {
    const cases: [string, number][] = [
      ['4.1%', 4.1],
      ['4.1 %', 4.1],
      ['\u22124.1%', -4.1],
      ['$4.1', 4.1],
      ['-$4.1', -4.1],
      ['$-4.1', -4.1],
      ['US$ 1,234.5', 1234.5],
      ['€12', 12],
      ['12 €', 12],
      ['£2,890', 2890],
    ];
    for (const [cell, n] of cases) expect(toNumber(cell), cell).to.equal(n);
  });

  it('toNumber() reads the grouping of locales: commas, points, spaces and apostrophes in groups of three', () => {
    expect(toNumber('2 890.5')).to.equal(2890.5);
    expect(toNumber('2\u00a0890')).to.equal(2890);
    expect(toNumber('2\u2019890.5')).to.equal(2890.5);
    expect(toNumber('2.890,5', ',')).to.equal(2890.5);
    expect(toNumber('1.234.567', ',')).to.equal(1234567);
    expect(toNumber('2\u202f890,5 €', ',')).to.equal(2890.5);
    expect(toNumber('4,1', ',')).to.equal(4.1);
    expect(toNumber('\u22124,1', ',')).to.equal(-4.1);
  });

  it('toNumber() gives null for signs alone, two signs, mixed grouping and decimal commas read with a point', () => {
    for (const cell of ['%', '$', '-$-4', '--4', '4,1', '1,234.567.8', '1 234,567', '4.1 mn', '$$4', '4%%']) {
      expect(toNumber(cell), cell).to.equal(null);
    }
    for (const cell of ['4.1', '1,234.5', '1.23.4']) expect(toNumber(cell, ','), cell).to.equal(null);
  });
});

describe('normalizeData(): infinite values in a CSV', () => {
  it('"Infinity", "-inf" and "∞" are gaps named in a warning, as infinite numbers in JSON are; "NaN" and "n/a" are gaps by intent', () => {
    const n = normalizeData(parseCsv('year,value\n2001,1\n2002,Infinity\n2003,NaN\n2004,-inf\n2005,\u221e\n2006,n/a\n'));
    expect(n.series[0].data.map((d) => d.y)).to.deep.equal([1, null, null, null, null, null]);
    expect(n.warnings).to.deep.equal([
      '3 values of "value" could not be read and are shown as gaps: "Infinity" is not a finite number, which a chart cannot draw (leave a cell empty for a gap).',
    ]);
  });
});

describe('normalizeData(): decimal separators decided by the whole column', () => {
  it('a semicolon file with decimal commas reads them ("4,1" is 4.1, "1.234,5" is 1234.5)', () => {
    expect(valuesOf('year;value\n2001;4,1\n2002;1.234,5\n2003;12\n')).to.deep.equal([4.1, 1234.5, 12]);
  });

  it('"1,234" is 1234 in a comma file and 1.234 in a semicolon file whose column has nothing that says otherwise', () => {
    expect(valuesOf('year,value\n2001,"1,234"\n2002,"2,345"\n')).to.deep.equal([1234, 2345]);
    expect(valuesOf('year;value\n2001;1,234\n2002;2,345\n')).to.deep.equal([1.234, 2.345]);
  });

  it('in a semicolon file a column written with decimal points is read with them ("1,234" beside "4.5" is 1234)', () => {
    expect(valuesOf('year;value\n2001;1,234\n2002;4.5\n2003;2,000.25\n')).to.deep.equal([1234, 4.5, 2000.25]);
    // Each column decides for itself.
    const n = normalizeData(parseCsv('year;a;b\n2001;1,234;1,234\n2002;4,5;4.5\n'), {multi: true});
    expect(n.series.map((s) => columnsOf(s).y)).to.deep.equal([
      [1.234, 4.5],
      [1234, 4.5],
    ]);
  });

  it('a tab file decides by the column too, with a decimal point when nothing says otherwise', () => {
    expect(valuesOf('year\tvalue\n2001\t4,1\n2002\t1,234\n')).to.deep.equal([4.1, 1.234]);
    expect(valuesOf('year\tvalue\n2001\t1,234\n2002\t2,345\n')).to.deep.equal([1234, 2345]);
  });

  it('percent, currency and grouped values in a file are numbers', () => {
    expect(valuesOf('year,value\n2001,4.1%\n2002,"$2,890"\n2003,−1.5 %\n')).to.deep.equal([4.1, 2890, -1.5]);
    expect(valuesOf('year;value\n2001;4,1 %\n2002;2.890,5 €\n')).to.deep.equal([4.1, 2890.5]);
  });

  it('a value written the other way than most of its column is a gap, with a warning that names it', () => {
    const n = normalizeData(parseCsv('year;value\n2001;4,1\n2002;5,2\n2003;6.3\n'));
    expect(columnsOf(n.series[0]).y.map((v) => (Number.isNaN(v) ? null : v))).to.deep.equal([4.1, 5.2, null]);
    expect(n.warnings).to.deep.equal([
      '1 value of "value" could not be read and is shown as a gap: values like "6.3" use a decimal point, but most of the column uses decimal commas; write every value of a column one way.',
    ]);
  });

  it('cells without digits ("n/a", "–") are gaps without a warning; cells with digits and words are warned about', () => {
    const n = normalizeData(parseCsv('year,value\n2001,5\n2002,n/a\n2003,–\n2004,7 mn\n2005,8 mn\n'));
    expect(n.warnings).to.deep.equal([
      '2 values of "value" could not be read and are shown as gaps: "7 mn" has words beside the number; put units in the unit attribute and leave only the number.',
    ]);
  });
});

describe('normalizeData(): a column that cannot be read names its first cell and the likely cause', () => {
  it('decimal commas in a comma-separated file', () => {
    const e = dataErrorOf(() => normalizeData(parseCsv('year,value\n2001,"4,1"\n2002,"5,2"\n')));
    expect(e.code).to.equal('no-values');
    expect(e.message).to.equal(
      'No row has a number in "value". In row 1 (year 2001), values like "4,1" look like decimal commas; write them with a decimal point (4.1), or separate the cells with semicolons, as spreadsheets do where the comma is the decimal separator.'
    );
  });

  it('decimal commas in JSON rows', () => {
    const e = dataErrorOf(() => normalizeData([{year: 2001, value: '4,1'}]));
    expect(e.message).to.match(/^No row has a number in "value"\. In row 1 \(year 2001\), values like "4,1" look like decimal commas;/);
  });

  it('units beside the numbers, words alone, and dates', () => {
    expect(dataErrorOf(() => normalizeData(parseCsv('year,tiv\n2001,\n2002,4.1 mn\n'))).message).to.equal(
      'No row has a number in "tiv". In row 2 (year 2002), "4.1 mn" has words beside the number; put units in the unit attribute and leave only the number.'
    );
    expect(dataErrorOf(() => normalizeData(parseCsv('year,value\n2001,n/a\n'))).message).to.equal(
      'No row has a number in "value". In row 1 (year 2001), "n/a" is not a number (leave a cell empty for a gap).'
    );
    expect(dataErrorOf(() => normalizeData(parseCsv('year,value\n2001,2020-04-01\n'))).message).to.match(/"2020-04-01" looks like a date or a range, not a number\.$/);
    // Empty cells alone: nothing to name.
    expect(dataErrorOf(() => normalizeData(parseCsv('year,value\n2001,\n'))).message).to.equal('No row has a number in "value".');
  });
});
