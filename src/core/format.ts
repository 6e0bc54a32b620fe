import {formatLocale, formatSpecifier, precisionFixed, type FormatLocaleObject} from 'd3-format';
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
  /** A d3-format specifier (e.g. `,.1f`, `.2s`) used instead of the default format. */
  yFormat?: string;
  /** Spoken unit for screen readers and the summary, e.g. `million TIV`; defaults from `unit` and `prefix`. */
  unitLabel?: string;
}

/** Formatters derived from {@link NumberFormatOptions} and the data. */
export interface ValueFormats {
  /** The resolved locale actually used. */
  locale: string;
  /** Formats a value as shown in tooltips, the table and labels ("$244.9bn", "3,077mn"). */
  value(v: number): string;
  /** Formats a set of tick values with one shared precision and abbreviation. */
  ticks(values: readonly number[]): string[];
  /** Formats a value in words for assistive technology ("244.9 billion US dollars"). */
  spoken(v: number): string;
  /** Formats a plain number for the locale, with `digits` fraction digits at most. */
  number(v: number, digits?: number): string;
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

const EN_ABBREVIATIONS: Record<number, string> = {1e6: 'mn', 1e9: 'bn', 1e12: 'tn'};
/** Magnitude units (lower case) and the power of a thousand each stands for. */
const MAGNITUDES: Record<string, number> = {k: 1e3, th: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12};
/** English words of the magnitudes, where Intl has none. */
const MAGNITUDE_WORDS: Record<number, string> = {1e3: 'thousand', 1e6: 'million', 1e9: 'billion', 1e12: 'trillion'};
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
  // The plural form, as for most amounts: the word Intl writes after 2 of them.
  const word = partOf(nf(locale, {notation: 'compact', compactDisplay: 'long'}), 2 * magnitude, 'compact');
  return word && !/\d/.test(word) ? word : MAGNITUDE_WORDS[magnitude];
}

const cache = new Map<string, Intl.NumberFormat>();
function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/** The locale's abbreviation for 1e6, 1e9 or 1e12 ("bn" in English, "Mrd." in German), with its leading space. */
function abbreviation(locale: string, divisor: number): string {
  if (locale.toLowerCase().startsWith('en')) return EN_ABBREVIATIONS[divisor];
  const parts = nf(locale, {notation: 'compact'}).formatToParts(divisor);
  const i = parts.findIndex((p) => p.type === 'compact');
  if (i < 0) return '';
  const lead = parts[i - 1]?.type === 'literal' ? parts[i - 1].value : '';
  return lead + parts[i].value;
}

function d3Locale(locale: string): FormatLocaleObject {
  const part = (type: string, fallback: string) => partOf(nf(locale, {useGrouping: true}), -12345.6, type) ?? fallback;
  return formatLocale({
    decimal: part('decimal', '.'),
    thousands: part('group', ','),
    grouping: [3],
    currency: ['', ''],
    minus: part('minusSign', '-'),
  });
}

/** Joins a number and a unit the way newsrooms do: "3,077mn", "12%", but "45 million TIV". */
export function withUnit(number: string, prefix = '', unit = ''): string {
  if (!unit) return prefix + number;
  // Short units, and units that start with a symbol or a space of their own, are joined tightly.
  const tight = unit.length <= 2 || /^[^\p{L}]/u.test(unit);
  return prefix + number + (tight ? '' : ' ') + unit;
}

/** Number of fraction digits present in a finite number's shortest decimal form. */
function decimalsOf(v: number): number {
  const s = String(Math.abs(v));
  if (s.includes('e')) return 4;
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
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
  const specifier = validFormatSpecifier(options.yFormat);
  let maxAbs = 0;
  for (const v of values) if (Math.abs(v) > maxAbs) maxAbs = Math.abs(v);
  // Abbreviate only raw amounts (no unit of the author's) of a million or more, with one
  // abbreviation for the whole chart.
  const divisor = !specifier && !unit.trim() && maxAbs >= 1e6 ? (maxAbs >= 1e12 ? 1e12 : maxAbs >= 1e9 ? 1e9 : 1e6) : 1;
  const abbr = divisor === 1 ? '' : abbreviation(locale, divisor);
  const scaledMax = maxAbs / divisor;
  const cap = scaledMax >= 100 ? 1 : scaledMax >= 1 ? 2 : 4;
  // The data's own decimals, up to the cap: reading stops there (a random walk of 100,000 values
  // needs one value, not 100,000 conversions to text).
  const most = divisor === 1 ? cap : 2;
  let dataDecimals = 0;
  for (let i = 0; i < values.length && dataDecimals < most; i++) {
    if (Number.isFinite(values[i])) dataDecimals = Math.max(dataDecimals, decimalsOf(values[i] / divisor));
  }
  const valueDigits = Math.min(dataDecimals, most);
  const plain = (v: number, digits: number) =>
    nf(locale, {maximumFractionDigits: digits, minimumFractionDigits: 0}).format(Object.is(v, -0) ? 0 : v);
  const d3raw = specifier ? d3Locale(locale).format(specifier) : undefined;
  // A specifier can overflow where the value does not (".0%" multiplies 1e307 to Infinity): such
  // values get the default format instead of "Infinity%".
  const d3fmt =
    d3raw &&
    ((v: number) => {
      const text = d3raw(v);
      return /NaN|Infinity/.test(text) ? plain(v, valueDigits) : text;
    });
  const minus = partOf(nf(locale, {}), -1, 'minusSign') ?? '-';
  // The sign goes before a prefix: "-$1,500", not "$-1,500". (With a specifier nothing is
  // abbreviated: `abbr` is empty.)
  const dress = (v: number, format: (abs: number) => string) => {
    const digits = format(Math.abs(v));
    const text = withUnit(digits + abbr, prefix, unit);
    return v < 0 && prefix && digits !== format(0) ? minus + text : v < 0 && !prefix ? withUnit(format(v) + abbr, '', unit) : text;
  };
  /** Values shown with `digits` fraction digits at most, or in the author's format. */
  const shown = (digits: number) => {
    const format = d3fmt || ((a: number) => plain(a / divisor, digits));
    return (v: number) => dress(v, format);
  };

  const value = shown(valueDigits);
  const ticks = (tickValues: readonly number[]) => {
    const step = tickValues.length > 1 ? Math.abs(tickValues[1] - tickValues[0]) / divisor : 1;
    // A step that is zero, NaN or beyond float range (ticks of ±1e308) has no precision: whole numbers.
    return tickValues.map(shown(Number.isFinite(step) && step > 0 ? Math.min(20, precisionFixed(step)) : 0));
  };

  const spokenUnit = options.unitLabel ?? unitWord(locale, unit) ?? unit;
  // Own keys only: a prefix such as "constructor" names no currency.
  const currency = Object.hasOwn(CURRENCIES, prefix.trim()) ? CURRENCIES[prefix.trim()] : undefined;
  let currencyWords = '';
  if (currency && !options.unitLabel) {
    try {
      currencyWords = partOf(nf(locale, {style: 'currency', currency, currencyDisplay: 'name'}), 2, 'currency') ?? '';
    } catch {
      // A currency code this browser's Intl does not know: no words.
    }
  }
  const spoken = (v: number) => {
    let n: string;
    if (divisor !== 1) n = nf(locale, {notation: 'compact', compactDisplay: 'long', maximumFractionDigits: valueDigits}).format(v);
    else n = d3fmt ? d3fmt(v) : plain(v, valueDigits);
    const words = [n, spokenUnit, currencyWords || (currency ? '' : prefix.trim())].filter(Boolean);
    return words.join(' ');
  };
  return {locale, value, ticks, spoken, number: (v, digits = 1) => plain(v, digits)};
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
  const year = nf(tag, {useGrouping: false});
  const value = (x: number) => (Number.isInteger(x) ? year.format(x) : String(x));
  return {value, spoken: value, csv: String};
}
