import {formatLocale, formatSpecifier, type FormatLocaleObject} from 'd3-format';
import {MOST_DIGITS, SCIENTIFIC_FROM, decimalsOf, divisorFor, largestMagnitude, tickDigitsFor, valueDigitsFor} from './number-digits.js';
import {hasPlainNumbers, plainNumber} from './plain-number.js';
import {createTimeFormats, timePrecision, type TimeUnit} from './time.js';
import type {XType} from './types.js';

/** Options shared by every number the chart shows or speaks. */
export interface NumberFormatOptions {
  /** BCP 47 tag such as `en-GB` or `de-DE`. Invalid tags fall back to `en`. */
  locale?: string;
  /** Text put before each number, e.g. `$`. */
  prefix?: string;
  /** Text put after each number, e.g. `mn`, `bn`, `%`. */
  unit?: string;
  /** A d3-format specifier (e.g. `,.1f`, `.2s`) of the y-axis ticks, used instead of the default format. */
  yFormat?: string;
  /**
   * A d3-format specifier of values (tooltips, labels, the live region, the summary, the table),
   * used instead of the default: the precision the data have, the same for every value.
   */
  valueFormat?: string;
  /** Spoken unit for screen readers and the summary, e.g. `million TIV`; defaults from `unit` and `prefix`. */
  unitLabel?: string;
}

/** Formatters derived from {@link NumberFormatOptions} and the data. */
export interface ValueFormats {
  /** The resolved locale actually used. */
  locale: string;
  /**
   * Formats a value as shown in tooltips, the table and labels ("$244.9bn", "3,077mn"): at the
   * precision the data have (84.44 stays 84.44), or in the author's `valueFormat`.
   */
  value(v: number): string;
  /**
   * A formatter of the values of a table column: as `value`, with one number of decimals for the
   * whole column, the most any of `values` has ("2.00%", "1.90%", "1.78%").
   */
  column(values: readonly number[]): (v: number) => string;
  /**
   * Formats a set of tick values with one shared precision and abbreviation. With `affixesAt`,
   * only the value at that index carries the prefix, abbreviation and unit, newsroom style
   * ("4,000mn", then "3,000"); the others are bare numbers (-1: none carries them).
   */
  ticks(values: readonly number[], affixesAt?: number): string[];
  /** Formats a value in words for assistive technology ("244.9 billion US dollars"). */
  spoken(v: number): string;
  /** Formats a plain number for the locale, with `digits` fraction digits at most (exactly, when `fixed`: "4.0"). */
  number(v: number, digits?: number, fixed?: boolean): string;
}

/** Returns `locale` when Intl accepts it, else `undefined`. Never throws. */
export function validLocale(locale: string | undefined | null): string | undefined {
  if (!locale) return undefined;
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    return undefined;
  }
}

/** Returns `specifier` when d3-format accepts it, else `undefined`. Never throws. */
export function validFormatSpecifier(specifier: string | undefined | null): string | undefined {
  if (!specifier) return undefined;
  try {
    formatSpecifier(specifier);
    return specifier;
  } catch {
    return undefined;
  }
}

/** The abbreviations English-language newsrooms write for a million, a billion and a trillion. */
const EN_ABBREVIATIONS: Record<number, string> = {1e6: 'mn', 1e9: 'bn', 1e12: 'tn'};
/** Magnitude units (lower case) and the power of a thousand each stands for. */
const MAGNITUDES: Record<string, number> = {k: 1e3, th: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12};
/** English words of the magnitudes, where Intl has none. */
const MAGNITUDE_WORDS: Record<number, string> = {1e3: 'thousand', 1e6: 'million', 1e9: 'billion', 1e12: 'trillion'};
/** Currency symbols written as a prefix, and their ISO 4217 codes (for the currency's spoken name). */
const CURRENCIES: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₽': 'RUB',
  '₹': 'INR',
};

/** The value of the first part of `type` that `format` writes for `n`. */
function partOf(format: Intl.NumberFormat, n: number, type: string): string | undefined {
  return format.formatToParts(n).find((p) => p.type === type)?.value;
}

/**
 * The spoken word of a unit: for a magnitude, the locale's word from Intl ("mn" → "million",
 * "Millionen" in German), else the English one; "per cent" for %.
 */
function unitWord(locale: string, unit: string): string | undefined {
  const key = unit.trim().toLowerCase();
  if (key === '%') return 'per cent';
  const magnitude = MAGNITUDES[key];
  if (!magnitude) return undefined;
  // Intl's English words are these (and asking Intl first costs its start-up, see plain-number.ts).
  if (hasPlainNumbers(locale)) return MAGNITUDE_WORDS[magnitude];
  // The plural form, as for most amounts: the word Intl writes after 2 of them.
  const word = partOf(numberFormat(locale, {notation: 'compact', compactDisplay: 'long'}), 2 * magnitude, 'compact');
  return word && !/\d/.test(word) ? word : MAGNITUDE_WORDS[magnitude];
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** An `Intl.NumberFormat` for `locale` and `options`, made once and reused (making one is slow). */
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** The locale's abbreviation for 1e6, 1e9 or 1e12 ("bn" in English, "Mrd." in German), with its leading space. */
function abbreviation(locale: string, divisor: number): string {
  if (locale.toLowerCase().startsWith('en')) return EN_ABBREVIATIONS[divisor];
  const parts = numberFormat(locale, {notation: 'compact'}).formatToParts(divisor);
  const i = parts.findIndex((p) => p.type === 'compact');
  if (i < 0) return '';
  const lead = parts[i - 1]?.type === 'literal' ? parts[i - 1].value : '';
  return lead + parts[i].value;
}

/** The minus sign shown on screen: U+2212 where Intl writes a hyphen-minus (CSV files keep "-"). */
const MINUS = '\u2212';

/** The locale's minus sign for the screen: Intl's, with a hyphen-minus made U+2212 (English's without asking Intl). */
function minusSign(locale: string): string {
  const minus = hasPlainNumbers(locale) ? '-' : (partOf(numberFormat(locale, {}), -1, 'minusSign') ?? '-');
  return minus === '-' ? MINUS : minus;
}

/** An English number written with at least `least` fraction digits ("4" → "4.0"). */
function withFractionDigits(text: string, least: number): string {
  const point = text.indexOf('.');
  const have = point < 0 ? 0 : text.length - point - 1;
  return have >= least ? text : text + (point < 0 ? '.' : '') + '0'.repeat(least - have);
}

/** d3-format's locale for `locale`: Intl's decimal and group separators, its minus sign for the screen, groups of three digits. */
function d3Locale(locale: string): FormatLocaleObject {
  // The fallbacks are English's, which Intl need not be asked for (see plain-number.ts).
  const part = (type: string, fallback: string) => (hasPlainNumbers(locale) ? fallback : (partOf(numberFormat(locale, {useGrouping: true}), -12345.6, type) ?? fallback));
  return formatLocale({
    decimal: part('decimal', '.'),
    thousands: part('group', ','),
    grouping: [3],
    currency: ['', ''],
    minus: minusSign(locale),
  });
}

/** Joins a number and a unit the way newsrooms do: "3,077mn", "12%", but "45 million TIV". */
export function withUnit(number: string, prefix = '', unit = ''): string {
  if (!unit) return prefix + number;
  // Short units, and units that start with a symbol or a space of their own, are joined tightly.
  const tight = unit.length <= 2 || /^[^\p{L}]/u.test(unit);
  return prefix + number + (tight ? '' : ' ') + unit;
}

/**
 * The author's d3-format `specifier` in the locale's digits, or `undefined` without one. A
 * specifier can overflow where the value does not (".0%" multiplies 1e307 to Infinity): such
 * values are written by `fallback` instead of "Infinity%".
 */
function authorFormat(locale: string, specifier: string | undefined, fallback: (v: number) => string): ((v: number) => string) | undefined {
  if (!specifier) return undefined;
  const format = d3Locale(locale).format(specifier);
  return (v) => {
    const text = format(v);
    return /NaN|Infinity/.test(text) ? fallback(v) : text;
  };
}

/** What surrounds the digits of a shown value. */
interface Affixes {
  prefix: string;
  unit: string;
  /** The locale's abbreviation of the divisor ("bn", " Mrd."), or empty. */
  abbreviation: string;
  /** The locale's minus sign. */
  minus: string;
}

/**
 * `v` written by `format` with its prefix, abbreviation and unit: "$244.9bn", "3,077mn". The sign
 * goes before a prefix ("-$1,500", not "$-1,500"), and a negative value whose digits are zero
 * loses it ("$0"). Without a prefix, `format` writes the sign itself.
 */
function withAffixes(v: number, format: (n: number) => string, {prefix, unit, abbreviation, minus}: Affixes): string {
  if (v < 0 && !prefix) return withUnit(format(v) + abbreviation, '', unit);
  const digits = format(Math.abs(v));
  const text = withUnit(digits + abbreviation, prefix, unit);
  return v < 0 && digits !== format(0) ? minus + text : text;
}

/**
 * The words said after a number for `prefix`: for a currency symbol its name in the locale ("US
 * dollars"; nothing when the author's `unitLabel` says it all, or Intl does not know the
 * currency), else the prefix itself.
 */
function spokenPrefix(locale: string, prefix: string, unitLabel: string | undefined): string {
  const symbol = prefix.trim();
  // Own keys only: a prefix such as "constructor" names no currency.
  if (!Object.hasOwn(CURRENCIES, symbol)) return symbol;
  if (unitLabel) return '';
  try {
    return partOf(numberFormat(locale, {style: 'currency', currency: CURRENCIES[symbol], currencyDisplay: 'name'}), 2, 'currency') ?? '';
  } catch {
    // A currency code this browser's Intl does not know: no words.
    return '';
  }
}

/**
 * Builds the chart's number formatters.
 * @param values the values of the data (NaN, a gap, is skipped); they set the default precision
 *   and abbreviation.
 */
export function createFormats(options: NumberFormatOptions, values: readonly number[] = []): ValueFormats {
  const locale = validLocale(options.locale) ?? 'en';
  const prefix = options.prefix ?? '';
  const unit = options.unit ?? '';
  const tickSpecifier = validFormatSpecifier(options.yFormat);
  const valueSpecifier = validFormatSpecifier(options.valueFormat);
  const largest = largestMagnitude(values);
  const divisor = divisorFor(largest, unit, tickSpecifier ?? valueSpecifier);
  const valueDigits = valueDigitsFor(values, divisor);
  const minus = minusSign(locale);
  // A chart with numbers from 10¹⁵ writes every number from a million that way, so that no label
  // reads "500,000,000,000,000" beside "2E20".
  const scientificFrom = largest >= SCIENTIFIC_FROM ? 1e6 : SCIENTIFIC_FROM;

  const english = hasPlainNumbers(locale);
  const scientific = (v: number) => numberFormat(locale, {notation: 'scientific', maximumFractionDigits: 2}).format(v);
  /** `v` in the locale's digits with `digits` fraction digits (at least `least`); English without Intl (see plain-number.ts). */
  const written = (v: number, digits: number, least: number) => {
    if (Math.abs(v) >= scientificFrom) return scientific(v);
    const text = english ? plainNumber(v, digits) : undefined;
    return text !== undefined ? withFractionDigits(text, least) : numberFormat(locale, {maximumFractionDigits: digits, minimumFractionDigits: least}).format(v);
  };
  /**
   * `v` in the locale's digits with `digits` fraction digits (at least `least`), its minus sign
   * U+2212 (-0 as 0).
   */
  const plain = (v: number, digits: number, least = 0) => {
    const zero = written(0, digits, least);
    const text = written(v, digits, least);
    // A negative value that rounds to zero has no sign ("0", not "-0").
    return text.replace('-', '') === zero ? zero : text.replace('-', minus);
  };
  const tickAuthor = authorFormat(locale, tickSpecifier, (v) => plain(v, valueDigits));
  const valueAuthor = authorFormat(locale, valueSpecifier, (v) => plain(v, valueDigits));
  const affixes: Affixes = {prefix, unit, abbreviation: divisor === 1 ? '' : abbreviation(locale, divisor), minus};
  /** Values at the data's precision, or with exactly `digits` fraction digits, or in the author's format. */
  const valueNumber = (digits?: number) => valueAuthor ?? ((n: number) => plain(n / divisor, digits ?? valueDigits, digits ?? 0));
  /** Ticks with at most `digits` fraction digits, or in the author's format. */
  const tickNumber = (digits: number) => tickAuthor ?? ((n: number) => plain(n / divisor, digits));
  /**
   * Whether the default value format, at `digits` fraction digits, writes `v` as zero though it is
   * not ("0bn" for 0.001 beside billions). Float noise is zero (a stack's total of 0.1, 0.2 and
   * −0.3 is 5.6e-17): values within 10⁻¹³ of the largest. It runs for every value shown, so only
   * a value under one unit of the abbreviation, the only kind that can round to zero, is written
   * to compare (writing every value twice more made the table's values 1.7 to 2.9 times slower).
   */
  const zeroText = plain(0, 0);
  const readsZero = (v: number, digits = valueDigits) =>
    !valueAuthor && Math.abs(v) < divisor && Math.abs(v) > largest * 1e-13 && plain(Math.abs(v) / divisor, digits) === zeroText;
  /**
   * A value that the chart's format would write as zero, written unabbreviated with the fraction
   * digits of its first two significant digits ("0.001", "0.0015"), or in scientific notation
   * below a millionth ("1.5E−9"): no value reads as zero unless it is.
   */
  const unrounded = (v: number) => {
    const digits = Math.max(decimalsOf(v), 1 - Math.floor(Math.log10(Math.abs(v))));
    return digits > MOST_DIGITS ? scientific(v).replace(/-/g, minus) : plain(v, digits);
  };
  /** `v` written by `number` (at `digits` fraction digits) with its affixes, or unrounded where that reads zero. */
  const valueText = (v: number, number: (n: number) => string, digits?: number) =>
    readsZero(v, digits) ? withAffixes(v, unrounded, {...affixes, abbreviation: ''}) : withAffixes(v, number, affixes);

  const spokenUnit = options.unitLabel ?? unitWord(locale, unit) ?? unit;
  const spokenAfter = spokenPrefix(locale, prefix, options.unitLabel);
  const spokenNumber = (v: number): string => {
    // Said "minus 14.5", not "dash 14.5" or nothing for the sign.
    if (v < 0 && (readsZero(v) || plain(-v, valueDigits) !== zeroText)) return `minus ${spokenNumber(-v)}`;
    // Abbreviated amounts in the locale's words ("244.9 billion"), from Intl.
    const size = Math.abs(v);
    if (divisor !== 1 && !readsZero(size)) return numberFormat(locale, {notation: 'compact', compactDisplay: 'long', maximumFractionDigits: valueDigits}).format(size);
    const text = readsZero(size) ? unrounded(size) : valueAuthor ? valueAuthor(size) : plain(size, valueDigits);
    // Scientific notation in words: "2 times ten to the power of 20", not "2 E 20".
    return text.replace('E', ' times ten to the power of ');
  };
  const spoken = (v: number) => [spokenNumber(v), spokenUnit, spokenAfter].filter(Boolean).join(' ');

  return {
    locale,
    value: (v) => valueText(v, valueNumber()),
    column: (columnValues) => {
      const digits = valueDigitsFor(columnValues, divisor);
      const number = valueNumber(digits);
      return (v) => valueText(v, number, digits);
    },
    ticks: (tickValues, affixesAt) => {
      const number = tickNumber(tickDigitsFor(tickValues, divisor));
      return tickValues.map((v, i) => (affixesAt === undefined || i === affixesAt ? withAffixes(v, number, affixes) : number(v)));
    },
    spoken,
    number: (v, digits = 1, fixed = false) => plain(v, digits, fixed ? digits : 0),
  };
}

/** Formatters of x values: years and other numbers, or dates (see `createTimeFormats`). */
export interface XFormats {
  /** As shown in tooltips, the table and the ratio caption: "2005", "20 Apr 2020". */
  value(x: number): string;
  /** In words for screen readers: "2005", "20 April 2020". */
  spoken(x: number): string;
  /** As written in the CSV download: "2005", "2020-04-20". */
  csv(x: number): string;
  /** Tick labels of a date axis (absent for numbers). */
  tick?: (x: number, unit: TimeUnit, first: boolean) => string;
}

/**
 * Formatters of the x values `xs` of type `xType` in `locale`: years without grouping ("2005",
 * not "2,005"), other numbers as they are; dates in UTC at the precision the data have.
 */
export function createXFormats(locale: string, xType: XType = 'number', xs: Iterable<number> = []): XFormats {
  const tag = validLocale(locale) ?? 'en';
  if (xType === 'date') return createTimeFormats(tag, timePrecision(xs));
  // English years without Intl (see plain-number.ts).
  const english = hasPlainNumbers(tag);
  const year = (x: number) => (english ? plainNumber(x, 0, false) : undefined) ?? numberFormat(tag, {useGrouping: false}).format(x);
  // A year before year 0 ("−49") has the screen's minus sign, as values have; the CSV keeps "-".
  const minus = minusSign(tag);
  const value = (x: number) => (Number.isInteger(x) ? year(x) : String(x)).replace('-', minus);
  return {value, spoken: value, csv: String};
}
