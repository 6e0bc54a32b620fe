import {expect} from '@open-wc/testing';
import {ChartDataError, parseCsv, parseDataText, parseJson, recordsFromMatrix, stripBom} from '../../src/core/index.js';
import {dataErrorOf} from './helpers.js';

const CSV = 'year,value\n2019,1450\n2020,980\n2021,1210\n';
const ROWS = [
  {year: '2019', value: '1450'},
  {year: '2020', value: '980'},
  {year: '2021', value: '1210'},
];

describe('stripBom()', () => {
  it('stripBom() removes a leading byte-order mark only', () => {
    expect(stripBom('\uFEFFyear')).to.equal('year');
    expect(stripBom('year')).to.equal('year');
    expect(stripBom('a\uFEFFb')).to.equal('a\uFEFFb');
    expect(stripBom('')).to.equal('');
  });
});

describe('parseCsv()', () => {
  it('parseCsv() maps each row to an object keyed by the header, values as strings', () => {
    expect(parseCsv(CSV)).to.deep.equal(ROWS);
  });

  it('parseCsv() byte-order mark in data: a leading U+FEFF gives the same rows as without it', () => {
    const withBom = parseCsv('\uFEFF' + CSV);
    expect(withBom).to.deep.equal(parseCsv(CSV));
    expect(Object.keys(withBom[0])).to.deep.equal(['year', 'value']);
  });

  it('parseCsv() byte-order mark in data: a BOM before a quoted header is ignored too', () => {
    expect(parseCsv('\uFEFF"year","value"\n2019,1450\n')).to.deep.equal([{year: '2019', value: '1450'}]);
  });

  it('parseCsv() skips blank lines, whitespace-only lines and the trailing newline', () => {
    expect(parseCsv('year,value\n\n2019,1450\n   \n2020,980\n\n2021,1210\n\n')).to.deep.equal(ROWS);
  });

  it('parseCsv() reads Windows (CRLF) line endings with blank lines', () => {
    expect(parseCsv('year,value\r\n2019,1450\r\n\r\n2020,980\r\n2021,1210\r\n')).to.deep.equal(ROWS);
  });

  it('parseCsv() reads quoted fields with commas, doubled quotes and line breaks', () => {
    const rows = parseCsv('year,label,value\n2001,"Su-27, ""Flanker""",2890\n2002,"two\nlines","2,890"\n');
    expect(rows).to.deep.equal([
      {year: '2001', label: 'Su-27, "Flanker"', value: '2890'},
      {year: '2002', label: 'two\nlines', value: '2,890'},
    ]);
  });

  it('parseCsv() trims header names and names blank header cells "column N"', () => {
    const rows = parseCsv(' year , value ,\n2001,5,x\n');
    expect(rows).to.deep.equal([{year: '2001', value: '5', 'column 3': 'x'}]);
  });

  it('parseCsv() fills short rows with empty strings and drops cells past the header', () => {
    expect(parseCsv('year,value\n2001\n2002,6,extra\n')).to.deep.equal([
      {year: '2001', value: ''},
      {year: '2002', value: '6'},
    ]);
  });

  it('parseCsv() malformed CSV: a quoted cell that never closes is an invalid-data error naming its line and text, not rows lost without a word', () => {
    const error = dataErrorOf(() => parseCsv('year,value\n2019,1\n2020,"unterminated\n2021,3\n'));
    expect(error.code).to.equal('invalid-data');
    expect(error.message).to.contain('line 3').and.contain('"unterminated').and.not.contain('2021');
    // Semicolons and CRLF, a quote left open on the header line, and one after closed and doubled quotes.
    expect(dataErrorOf(() => parseCsv('year;value\r\n2019;"4,1"\r\n2020;"5,2\r\n')).message).to.contain('line 3').and.contain('"5,2');
    expect(dataErrorOf(() => parseCsv('"year,value\n2019,1\n')).message).to.contain('line 1');
    expect(dataErrorOf(() => parseCsv('year,label,value\n2001,"a ""b""",1\n2002,"c""\n')).message).to.contain('line 3');
  });

  it('parseCsv() malformed CSV: closed quotes, doubled quotes, line breaks in a quoted cell and quotes inside an unquoted cell are no error', () => {
    expect(parseCsv('year,label,value\n2001,"two\nlines ""x""",1\n2002,5" disk,2\n2003,"",3\n')).to.deep.equal([
      {year: '2001', label: 'two\nlines "x"', value: '1'},
      {year: '2002', label: '5" disk', value: '2'},
      {year: '2003', label: '', value: '3'},
    ]);
  });

  it('parseCsv() returns no rows for empty text or a header alone', () => {
    expect(parseCsv('')).to.deep.equal([]);
    expect(parseCsv('\uFEFF')).to.deep.equal([]);
    expect(parseCsv('year,value\n')).to.deep.equal([]);
  });
});

describe('recordsFromMatrix()', () => {
  it('recordsFromMatrix() keys rows by a BOM-free, trimmed header and skips blank rows', () => {
    expect(
      recordsFromMatrix([
        ['\uFEFFyear', ' value'],
        ['2001', '1'],
        [],
        [' '],
        ['2002', '2'],
      ])
    ).to.deep.equal([
      {year: '2001', value: '1'},
      {year: '2002', value: '2'},
    ]);
    expect(recordsFromMatrix([])).to.deep.equal([]);
  });
});

describe('parseJson()', () => {
  it('parseJson() parses JSON, ignoring a byte-order mark and surrounding whitespace', () => {
    expect(parseJson('\uFEFF  [{"year": 2001, "value": 2890}]\n')).to.deep.equal([{year: 2001, value: 2890}]);
  });

  it('parseJson() errors have code invalid-json and carry the parser reason', () => {
    for (const text of ['[{"year": 2001,', '{year: 2001}', '', 'year,value\n2001,1', "[{'a': 1}]"]) {
      const error = dataErrorOf(() => parseJson(text));
      expect(error, JSON.stringify(text)).to.be.instanceOf(ChartDataError);
      expect(error.code, JSON.stringify(text)).to.equal('invalid-json');
      expect(error.name).to.equal('ChartDataError');
      expect(error.message).to.match(/not valid JSON \(.+\)/s);
    }
  });
});

describe('parseDataText()', () => {
  it('parseDataText() reads JSON when the text starts with [ or {, even after a BOM and whitespace', () => {
    expect(parseDataText('\uFEFF\n [[2001, 1], [2002, 2]]')).to.deep.equal([
      [2001, 1],
      [2002, 2],
    ]);
    expect(parseDataText('{"a": 1}')).to.deep.equal({a: 1});
  });

  it('parseDataText() reads CSV otherwise, with or without a BOM', () => {
    expect(parseDataText(CSV)).to.deep.equal(ROWS);
    expect(parseDataText('\uFEFF' + CSV, 'text/csv')).to.deep.equal(ROWS);
    expect(parseDataText(CSV, 'tiv.csv')).to.deep.equal(ROWS);
  });

  it('parseDataText() treats the text as JSON when the type says json', () => {
    expect(parseDataText('  [1, 2]', 'application/json; charset=utf-8')).to.deep.equal([1, 2]);
    expect(dataErrorOf(() => parseDataText(CSV, 'application/json')).code).to.equal('invalid-json');
    expect(dataErrorOf(() => parseDataText(CSV, 'data.JSON')).code).to.equal('invalid-json');
  });

  it('parseDataText() errors on broken JSON with code invalid-json', () => {
    expect(dataErrorOf(() => parseDataText('[{"year": 2001, "value": }]')).code).to.equal('invalid-json');
  });

  it('parseDataText() rejects an HTML page with code invalid-data', () => {
    const pages = [
      '<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body>Not found</body></html>',
      '<!doctype html><html lang="en"></html>',
      '\uFEFF\n   <HTML>\r\n<head><title>Error</title></head></HTML>',
      '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n</body>\r\n</html>',
      '<!-- served by the app shell -->\n<!doctype html>\n<html><body><div id="app"></div></body></html>',
      '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code></Error>',
    ];
    for (const page of pages) {
      const error = dataErrorOf(() => parseDataText(page));
      expect(error.code, page).to.equal('invalid-data');
      expect(error.message).to.contain('HTML');
    }
  });

  it('parseDataText() keeps CSV whose cells contain angle brackets', () => {
    expect(parseDataText('label,value\n<5 years,1\n')).to.deep.equal([{label: '<5 years', value: '1'}]);
  });
});
