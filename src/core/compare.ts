import {columnsOf, valueLookup} from './columns.js';
import {seriesStats} from './summary.js';
import {ChartDataError, type Series} from './types.js';
import type {Messages} from './messages.js';

/** The ratio of two series in one year: `numerator.y / denominator.y`. */
export interface Ratio {
  numerator: Series;
  denominator: Series;
  year: number;
  /** The unrounded ratio. */
  value: number;
  a: number;
  b: number;
}

/** A name as compared: trimmed, in lower case. */
const fold = (s: string) => s.trim().toLowerCase();

/** Finds a series by key or label, ignoring case. */
export function findSeries(series: readonly Series[], name: string): Series | undefined {
  return series.find((s) => s.key === name) ?? series.find((s) => fold(s.key) === fold(name) || fold(s.label) === fold(name));
}

/**
 * Computes the headline ratio between two series.
 * @param spec `"a/b"` naming the series by key or label; default the first over the second.
 * @param year the year; default the latest year in which either series has a value. A year
 *   without a value of both, or with a denominator of 0, is an error: the ratio is never taken
 *   silently from an earlier year.
 * @returns `undefined` when there are fewer than two series and no spec.
 * @throws {ChartDataError} code `invalid-ratio` when a named series does not exist, the year lacks
 *   a value of either series, or the denominator is 0 in it; the message names the year and series.
 */
export function computeRatio(series: readonly Series[], spec?: string, year?: number): Ratio | undefined {
  const pair = ratioSeries(series, spec);
  if (!pair) return undefined;
  const [numerator, denominator] = pair;
  const numeratorColumns = columnsOf(numerator);
  const denominatorColumns = columnsOf(denominator);
  const a = valueLookup(numeratorColumns);
  const b = valueLookup(denominatorColumns);
  const either = (x: number) => a(x) !== undefined || b(x) !== undefined;
  const at = year ?? latest([...numeratorColumns.x, ...denominatorColumns.x], either);
  if (at === undefined) {
    throw new ChartDataError('invalid-ratio', `${numerator.label} and ${denominator.label} have no values for a ratio.`);
  }
  const missing = [a(at) === undefined ? numerator.label : '', b(at) === undefined ? denominator.label : ''].filter(Boolean);
  if (missing.length) {
    const choose = year === undefined ? ' Set ratio-year to choose a year with both.' : '';
    throw new ChartDataError('invalid-ratio', `There is no ratio for ${at}: ${missing.join(' and ')} ${missing.length > 1 ? 'have' : 'has'} no value for that year.${choose}`);
  }
  const av = a(at) as number;
  const bv = b(at) as number;
  if (bv === 0) {
    throw new ChartDataError('invalid-ratio', `There is no ratio for ${at}: ${denominator.label} is 0 in that year, and a ratio cannot divide by 0.`);
  }
  return {numerator, denominator, year: at, value: av / bv, a: av, b: bv};
}

/**
 * A ratio as the callout shows it (`number`: one decimal, "3.7") and in words: a ratio that is not
 * 0 but would show as "0.0" is a bound instead, "<0.1" ("less than 0.1"), or ">−0.1" ("more than
 * −0.1") below 0, in the locale's digits.
 * @internal
 */
export function ratioFigures(value: number, number: (v: number) => string, messages: Pick<Messages, 'lessThan' | 'moreThan'>): {shown: string; spoken: string} {
  if (value === 0 || Math.abs(value) >= 0.05) return {shown: number(value), spoken: number(value)};
  const bound = number(value > 0 ? 0.1 : -0.1);
  return value > 0 ? {shown: `<${bound}`, spoken: messages.lessThan(bound)} : {shown: `>${bound}`, spoken: messages.moreThan(bound)};
}

/**
 * The numerator and denominator of a ratio: the series `spec` names (`"a/b"`), else the first
 * two; `undefined` when there are fewer than two series and no spec.
 * @throws {ChartDataError} code `invalid-ratio` when `spec` does not name two series that exist.
 */
function ratioSeries(series: readonly Series[], spec: string | undefined): [Series, Series] | undefined {
  if (!spec || !spec.trim()) return series.length < 2 ? undefined : [series[0], series[1]];
  const parts = spec.split('/');
  const names = parts.map((part) => part.trim());
  if (names.length !== 2 || names.includes('')) {
    throw new ChartDataError('invalid-ratio', `ratio="${spec}" should name two series as "a/b".`);
  }
  const numerator = findSeries(series, parts[0]);
  const denominator = findSeries(series, parts[1]);
  if (!numerator || !denominator) {
    const missing: string[] = [];
    if (!numerator) missing.push(`"${names[0]}"`);
    if (!denominator) missing.push(`"${names[1]}"`);
    throw new ChartDataError('invalid-ratio', `No series named ${missing.join(' or ')} for the ratio. The series are: ${series.map((s) => s.label).join(', ')}.`);
  }
  return [numerator, denominator];
}

/** The latest of `xs` for which `usable` is true (the data may be in any order if made by hand). */
function latest(xs: readonly number[], usable: (x: number) => boolean): number | undefined {
  let latest: number | undefined;
  for (const x of xs) if (usable(x) && (latest === undefined || x > latest)) latest = x;
  return latest;
}

/** The series with the largest share of a year's total (see {@link largestShare}). */
export interface Share {
  series: Series;
  year: number;
  /** Its value, and the total of every series' value in that year. */
  value: number;
  total: number;
  /** `value / total`, from 0 to 1. */
  fraction: number;
}

/**
 * The series with the largest share of the total in the latest year with a value (the first of
 * equal ones), as a stacked column shows it. `undefined` where a share would mislead: fewer than
 * two values that year, or a negative one (a share of a total that nets out losses is not a part
 * of a whole, and a stack drawn on both sides of zero has no one total to read), or a total of 0.
 * @internal
 */
export function largestShare(series: readonly Series[]): Share | undefined {
  const lookups = series.map((s) => valueLookup(columnsOf(s)));
  const lastXs = series.flatMap((s) => seriesStats(s)?.last.x ?? []);
  if (lastXs.length === 0) return undefined;
  const year = Math.max(...lastXs);
  let total = 0;
  let count = 0;
  let largest: {series: Series; value: number} | undefined;
  for (const [i, s] of series.entries()) {
    const value = lookups[i](year);
    if (value === undefined) continue;
    if (value < 0) return undefined;
    total += value;
    count++;
    if (!largest || value > largest.value) largest = {series: s, value};
  }
  if (!largest || count < 2 || total <= 0) return undefined;
  return {...largest, year, total, fraction: largest.value / total};
}
