// Property-based tests of the pure core (fast-check): whatever the rows, sizes, bounds, locales and
// formats, the pipeline keeps its promises. Each generated cell carries the number it stands for,
// worked out here without toNumber(), so that the expected results do not come from the code tested.
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {
  ChartDataError,
  createFormats,
  describeSeries,
  layoutChart,
  normalizeData,
  parseCsv,
  type Annotation,
  type MarkType,
  type NormalizedData,
  type NumberFormatOptions,
  type Series,
} from '../../src/core/index.js';
import {definedValues, insanities} from './helpers.js';

/** Text that must never reach a reader: a non-finite number (Intl writes Infinity as ∞) or a missing value. */
const BAD_TEXT = /NaN|Infinity|∞|undefined/;

// Show the failed assertion with the counterexample.
fc.configureGlobal({includeErrorInReport: true});

// ---------------------------------------------------------------------------------------------
// Generators

/** A generated cell and the number it stands for (`null`: no number, so a gap or a skipped row). */
interface Cell {
  cell: unknown;
  num: number | null;
}

/** A generated row, with the cells it was made of (a missing key is an `undefined` cell). */
interface Row {
  row: unknown;
  year: Cell;
  value: Cell;
}

const EXTREMES = [0, -0, 1e300, -1e300, 1e-300, -1e-300, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE];

/** Any number: small integers, every double (NaN, ±Infinity and -0 included), huge and tiny magnitudes. */
const anyNumber = fc.oneof(
  {arbitrary: fc.integer({min: -1_000_000, max: 1_000_000}), weight: 4},
  {arbitrary: fc.double(), weight: 3},
  {arbitrary: fc.constantFrom(...EXTREMES, NaN, Infinity, -Infinity), weight: 2}
);

/** Years: mostly a narrow range (so that many repeat, in any order), else any number. */
const yearNumber = fc.oneof({arbitrary: fc.integer({min: 1995, max: 2005}), weight: 5}, {arbitrary: anyNumber, weight: 2});

/** Spreadsheet spellings of a finite number; `num` is what JavaScript's own parser reads from the plain form. */
function numericString(v: number, variant: number): Cell {
  const s = String(v); // shortest round-trip form ("-0" prints as "0")
  switch (variant) {
    case 1:
      return {cell: ` ${s}\t`, num: Number(s)};
    case 2:
      return v < 0 ? {cell: '\u2212' + String(-v), num: v} : {cell: '+' + s, num: Number(s)};
    case 3:
      if (Number.isSafeInteger(v) && Math.abs(v) >= 1000) return {cell: v.toLocaleString('en-US'), num: v}; // "-1,234,567"
      break;
    case 4:
      return {cell: v.toExponential(), num: Number(v.toExponential())};
  }
  return {cell: s, num: Number(s)};
}

/** Strings that are not numbers: words, blanks, hex, misgrouped digits, overflowing exponents. */
const JUNK = ['', '   ', 'n/a', '-', '–', '.', 'NaN', 'Infinity', '-Infinity', '1e999', '-1e999', '0x10', '12abc', '1,23', '12,34,567', '1.2.3', 'e5', '--1', 'null', 'undefined'];
const junk = fc
  .oneof(fc.constantFrom(...JUNK), fc.string({maxLength: 6}).map((s) => `${s}x`)) // a trailing letter is never numeric
  .map((cell): Cell => ({cell, num: null}));

/** A cell holding a number, a numeric string, a junk string, null or undefined. */
const cellOf = (numbers: fc.Arbitrary<number>): fc.Arbitrary<Cell> =>
  fc.oneof(
    {arbitrary: numbers.map((v): Cell => ({cell: v, num: Number.isFinite(v) ? v : null})), weight: 5},
    {arbitrary: fc.tuple(numbers.filter(Number.isFinite), fc.nat(4)).map(([v, k]) => numericString(v, k)), weight: 3},
    {arbitrary: junk, weight: 2},
    {arbitrary: fc.constantFrom<Cell>({cell: null, num: null}, {cell: undefined, num: null}), weight: 1}
  );

const MISSING: Cell = {cell: undefined, num: null};

/** `[year, value]` pairs and `{year, value}` objects (in either key order, or missing a key). */
const rowArb: fc.Arbitrary<Row> = fc.tuple(cellOf(yearNumber), cellOf(anyNumber), fc.nat(6)).map(([year, value, shape]): Row => {
  if (shape <= 2) return {row: [year.cell, value.cell], year, value};
  if (shape === 3) return {row: {year: year.cell, value: value.cell}, year, value};
  if (shape === 4) return {row: {value: value.cell, year: year.cell}, year, value};
  if (shape === 5) return {row: {year: year.cell}, year, value: MISSING};
  return {row: {value: value.cell}, year: MISSING, value};
});

const smallRows = fc.array(rowArb, {maxLength: 60, size: 'medium'});
const largeRows = fc.array(rowArb, {maxLength: 10_000, size: 'max'});

/** Whether normalizeData reads the first row as a header: a pair of strings that are not numbers. */
const hasHeader = (rows: readonly Row[]) =>
  Array.isArray(rows[0]?.row) && [rows[0].year, rows[0].value].every((c) => typeof c.cell === 'string' && c.num === null);

/** normalizeData's series for some rows, or none when it throws a ChartDataError. */
function seriesOf(rows: readonly Row[], key = 'value'): Series[] {
  try {
    return normalizeData(rows.map((r) => r.row)).series.map((s) => ({...s, key, label: key}));
  } catch (e) {
    if (e instanceof ChartDataError) return [];
    throw e;
  }
}

/** One to three normalized series (of up to 60 rows each); none when normalizeData throws. */
const smallSeries = fc.array(smallRows, {minLength: 1, maxLength: 3}).map((list) => list.flatMap((rows, i) => seriesOf(rows, `s${i}`)));
const largeSeries = largeRows.map((rows) => seriesOf(rows));

const LOCALES = ['xx-!!', '', 'de-DE', 'ar', 'en-IN', 'fr', 'en', 'en-GB', 'ja', 'hi-IN', 'es', 'not a locale!!', undefined];
/** Author text (prefixes, units): common ones and random ones without the words the checks look for. */
const authorText = (common: readonly string[]) =>
  fc.oneof(fc.constantFrom(...common), fc.string({maxLength: 8}).filter((s) => !BAD_TEXT.test(s)), fc.constant(undefined));
const PREFIXES = ['', '$', 'US$', '€', '£', '¥', '₽', '₹', 'CHF ', ' $ '];
const UNITS = ['', 'mn', 'bn', 'tn', 'k', 'th', 'm', 'mln', 'b', 'B', '%', 'million TIV', ' TIV', 'km²', ' '];
const Y_FORMATS = [',.1f', '.2s', '$,.2f', '.0%', ',d', 'd', '.3e', '+,.2r', 'x', '#b', '.1~f', '>10,.0f', '(.2f', 'g', 'n', 'c', '~s', '.30f'];
const BAD_Y_FORMATS = ['zz', '.-1f', ',,', '%%', 'f.2', '1.2.3', ' ', 'abc', '.2q', ''];
const formatOptions: fc.Arbitrary<NumberFormatOptions> = fc.record({
  locale: fc.constantFrom(...LOCALES),
  prefix: authorText(PREFIXES),
  unit: authorText(UNITS),
  yFormat: fc.oneof(fc.constantFrom(...Y_FORMATS, ...BAD_Y_FORMATS), fc.string({maxLength: 6}), fc.constant(undefined)),
  unitLabel: fc.option(fc.constantFrom('million TIV', 'billion US dollars', 'per cent'), {nil: undefined}),
});

/** Finite numbers, huge, tiny and negative ones included. */
const finiteNumber = fc.oneof(
  fc.integer({min: -1_000_000, max: 1_000_000}),
  fc.double({noNaN: true, noDefaultInfinity: true}),
  fc.constantFrom(...EXTREMES, 0.1, 0.5, 2.5, 1e6, 3.2e9, 7e12, 1e21)
);

const label = fc.oneof(fc.constantFrom('Crimea annexed', 'War', '', 'A very long annotation label that will not fit'), fc.string({maxLength: 12}).filter((s) => !BAD_TEXT.test(s)));
/** Annotations at any position, non-finite ones included (layoutChart drops them). */
const anyAnnotations: fc.Arbitrary<Annotation[]> = fc.array(
  fc.oneof(fc.record({year: yearNumber, label}), fc.record({from: yearNumber, to: yearNumber, label})),
  {maxLength: 4}
);
/** Annotations as an element passes them on: finite years only. */
const finiteAnnotations: fc.Arbitrary<Annotation[]> = fc.array(
  fc.oneof(fc.record({year: finiteNumber, label}), fc.record({from: finiteNumber, to: finiteNumber, label})),
  {maxLength: 3}
);

// ---------------------------------------------------------------------------------------------
// 1. normalizeData()

/** What normalizeData must make of rows without a header: the last value of each numeric year, and how many rows repeat a year. */
function expectedOf(rows: readonly Row[]) {
  const values = new Map<number, number | null>(); // like the code, one key for 0 and -0
  let repeats = 0;
  for (const {year, value} of rows) {
    if (year.num === null) continue;
    if (values.has(year.num)) repeats++;
    values.set(year.num, value.num);
  }
  return {values, repeats};
}

function checkNormalize(rows: readonly Row[]) {
  let out: NormalizedData | undefined;
  try {
    out = normalizeData(rows.map((r) => r.row));
  } catch (e) {
    if (!(e instanceof ChartDataError)) throw new Error(`normalizeData threw ${String(e)}, not a ChartDataError`, {cause: e});
  }
  if (out) {
    const allXs = new Set<number>();
    for (const s of out.series) {
      s.data.forEach((d, i) => {
        expect(Number.isFinite(d.x), `x ${d.x} is finite`).to.equal(true);
        if (i > 0) expect(d.x > s.data[i - 1].x, `x ${d.x} after ${s.data[i - 1].x}: sorted, each x once`).to.equal(true);
        expect(d.y === null || Number.isFinite(d.y), `y ${d.y} is finite or null`).to.equal(true);
        allXs.add(d.x);
      });
    }
    expect(out.xs).to.deep.equal([...allXs].sort((a, b) => a - b));
  }
  // A header row renames the columns; the general promises above cover it.
  if (hasHeader(rows)) return;

  const {values, repeats} = expectedOf(rows);
  if (![...values.values()].some((v) => v !== null)) {
    expect(out, 'no row has a numeric year and value: a ChartDataError').to.equal(undefined);
    return;
  }
  if (!out) return expect.fail('normalizeData threw although a row has a numeric year and a numeric value');
  expect(out.series.map((s) => s.key)).to.deep.equal(['value']);
  const data = out.series[0].data;
  expect(data.map((d) => d.x)).to.deep.equal([...values.keys()].sort((a, b) => a - b));
  for (const d of data) {
    const want = values.get(d.x);
    expect(Object.is(d.y, want), `value at ${d.x}: got ${d.y}, want ${want}`).to.equal(true);
  }
  const repeatWarnings = out.warnings.filter((w) => /repeat/.test(w));
  if (repeats > 0) {
    expect(repeatWarnings, `${repeats} repeated years`).to.have.length(1);
    expect(repeatWarnings[0]).to.include(`${repeats} ${repeats === 1 ? 'row repeats' : 'rows repeat'}`);
  } else {
    expect(repeatWarnings, 'no repeated year').to.deep.equal([]);
  }
}

// ---------------------------------------------------------------------------------------------
// 2. layoutChart()

const MARKS: MarkType[] = ['column', 'line', 'area', 'bar'];
const ZERO_BASED: MarkType[] = ['column', 'area', 'bar'];
const SIZES: [number, number][] = [
  [0, 0],
  [1, 1],
  [40, 30],
  [320, 200],
  [1200, 500],
];
const bound = fc.option(fc.oneof(fc.integer({min: -1000, max: 1000}), anyNumber), {nil: undefined});
/** Numbers in a path's `d`, in any notation ("1e+21" too); anything else that is not a path command shows up as junk. */
const PATH_NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

interface LayoutCase {
  series: Series[];
  mark: MarkType;
  size: [number, number];
  yMin?: number;
  yMax?: number;
  formatOptions: NumberFormatOptions;
  highlightEvery: number;
  annotations: Annotation[];
}

const layoutCase = (series: fc.Arbitrary<Series[]>): fc.Arbitrary<LayoutCase> =>
  fc.record({
    series,
    mark: fc.constantFrom(...MARKS),
    size: fc.constantFrom(...SIZES),
    yMin: bound,
    yMax: bound,
    formatOptions,
    highlightEvery: fc.integer({min: 0, max: 5}),
    annotations: anyAnnotations,
  });

function checkLayout(c: LayoutCase) {
  const [width, height] = c.size;
  const xs = [...new Set(c.series.flatMap((s) => s.data.map((d) => d.x)))];
  const highlight = new Set(c.highlightEvery ? xs.filter((_, i) => i % c.highlightEvery === 0) : []);
  const l = layoutChart(c.series, {
    width,
    height,
    mark: c.mark,
    formats: createFormats(c.formatOptions, definedValues(c.series)),
    yMin: c.yMin,
    yMax: c.yMax,
    highlight,
    annotations: c.annotations,
  });
  expect(insanities(l), 'non-finite numbers, NaN text or negative sizes').to.deep.equal([]);
  for (const p of [...l.lines, ...l.areas]) {
    expect(p.d, 'path characters').to.match(/^[MLZHVCSQTAmlzhvcsqta\d.,eE+\- ]*$/);
    for (const n of p.d.match(PATH_NUMBER) ?? []) expect(Number.isFinite(Number(n)), `path number ${n}`).to.equal(true);
  }
  expect(l.frame.right >= l.frame.left && l.frame.bottom >= l.frame.top, 'frame has no negative size').to.equal(true);
  expect(l.markCount, 'markCount').to.equal(c.series.reduce((n, s) => n + s.data.filter((d) => d.y !== null).length, 0));
  expect(l.yDomain[0] < l.yDomain[1], `y domain ${l.yDomain} is increasing`).to.equal(true);
  if (ZERO_BASED.includes(c.mark)) {
    expect(l.yDomain[0] <= 0 && l.yDomain[1] >= 0, `${c.mark} y domain ${l.yDomain} includes 0`).to.equal(true);
  }
}

// ---------------------------------------------------------------------------------------------

describe('properties (fast-check)', () => {
  describe('normalizeData()', () => {
    it('normalizeData() of any rows: a ChartDataError or sorted data, each year once, the last finite value of each year kept, repeats warned', () => {
      fc.assert(fc.property(smallRows, checkNormalize), {numRuns: 600});
    });

    it('normalizeData() of up to 10,000 rows keeps the same promises', () => {
      fc.assert(fc.property(largeRows, checkNormalize), {numRuns: 20});
    });
  });

  describe('layoutChart()', () => {
    it('layoutChart() of any normalized series, mark, size and y bounds: finite geometry, no negative size, every value counted, zero in column / area / bar domains', () => {
      fc.assert(fc.property(layoutCase(smallSeries), checkLayout), {numRuns: 600});
    });

    it('layoutChart() of up to 10,000 rows keeps the same promises', () => {
      fc.assert(fc.property(layoutCase(largeSeries), checkLayout), {numRuns: 20});
    });
  });

  describe('createFormats()', () => {
    it('createFormats() value / ticks / spoken of finite numbers never throw nor write NaN, Infinity or undefined, for any locale, prefix, unit and y-format', () => {
      fc.assert(
        fc.property(formatOptions, fc.array(finiteNumber, {maxLength: 30}), fc.array(finiteNumber, {maxLength: 8}), (options, values, ticks) => {
          const f = createFormats(options, values);
          for (const v of [...values.slice(0, 5), ...ticks]) {
            expect(f.value(v), `value(${v})`).to.be.a('string').and.not.match(BAD_TEXT);
            expect(f.spoken(v), `spoken(${v})`).to.be.a('string').and.not.match(BAD_TEXT);
          }
          const labels = f.ticks(ticks);
          expect(labels).to.have.length(ticks.length);
          for (const t of labels) expect(t, `ticks(${ticks})`).to.be.a('string').and.not.match(BAD_TEXT);
        }),
        {numRuns: 2000}
      );
    });
  });

  describe('parseCsv()', () => {
    const PIECES = [',', ';', '\t', '\n', '\r\n', '\r', '"', '""', ' ', '\uFEFF', 'a', 'year', 'Value', '1', '-2.5', '__proto__', 'constructor'];
    const text = fc
      .tuple(
        fc.oneof(
          fc.string({unit: 'binary', maxLength: 120}),
          fc.string({unit: 'grapheme', maxLength: 60}),
          fc.array(fc.constantFrom(...PIECES), {maxLength: 60}).map((p) => p.join(''))
        ),
        fc.nat(3)
      )
      .map(([s, boms]) => '\uFEFF'.repeat(Math.max(0, boms - 1)) + s); // often a BOM of its own, or two
    const entries = (rows: Record<string, string>[]) => rows.map((r) => ({...r}));

    /** The rows and their keys, or the message of the one error parseCsv may throw: a quote that never closes. */
    const outcome = (s: string) => {
      try {
        const rows = parseCsv(s);
        return {rows: entries(rows), keys: rows.map((r) => Object.keys(r))};
      } catch (e) {
        if (e instanceof ChartDataError && e.code === 'invalid-data' && s.includes('"')) return {error: e.message};
        throw e;
      }
    };

    it('parseCsv() of any text gives rows or, for a quote that never closes, an invalid-data error; a leading byte-order mark changes nothing', () => {
      fc.assert(
        fc.property(text, (s) => {
          expect(outcome('\uFEFF' + s)).to.deep.equal(outcome(s));
        }),
        {numRuns: 2000}
      );
    });
  });

  describe('describeSeries()', () => {
    const check = (series: Series[], options: NumberFormatOptions, annotations: Annotation[], relativeChange: boolean) => {
      const formats = createFormats(options, definedValues(series));
      const text = describeSeries(series, formats, annotations, undefined, {relativeChange, locale: formats.locale});
      expect(text).to.be.a('string').and.not.match(BAD_TEXT);
    };

    it('describeSeries() of any normalized series never throws nor says NaN, Infinity or undefined', () => {
      fc.assert(fc.property(smallSeries, formatOptions, finiteAnnotations, fc.boolean(), check), {numRuns: 600});
    });

    it('describeSeries() of up to 10,000 rows keeps the same promises', () => {
      fc.assert(fc.property(largeSeries, formatOptions, finiteAnnotations, fc.boolean(), check), {numRuns: 20});
    });
  });
});
