import {columnsOf, valueLookup} from './columns.js';
import {ChartDataError, type Series} from './types.js';

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

const fold = (s: string) => s.trim().toLowerCase();

/** Finds a series by key or label, ignoring case. */
export function findSeries(series: readonly Series[], name: string): Series | undefined {
  return series.find((s) => s.key === name) ?? series.find((s) => fold(s.key) === fold(name) || fold(s.label) === fold(name));
}

/**
 * Computes the headline ratio between two series.
 * @param spec `"a/b"` naming the series by key or label; default the first over the second.
 * @param year the year; default the latest year in which both have a value (and `b` is not 0).
 * @returns `undefined` when there are fewer than two series and no spec.
 * @throws {ChartDataError} code `invalid-ratio` when a named series does not exist, or the year has no data for both.
 */
export function computeRatio(series: readonly Series[], spec?: string, year?: number): Ratio | undefined {
  let numerator: Series | undefined;
  let denominator: Series | undefined;
  if (spec && spec.trim()) {
    const parts = spec.split('/');
    const names = parts.map((part) => part.trim());
    if (names.length !== 2 || names.includes('')) {
      throw new ChartDataError('invalid-ratio', `ratio="${spec}" should name two series as "a/b".`);
    }
    [numerator, denominator] = parts.map((part) => findSeries(series, part));
    const missing = names.filter((_, i) => ![numerator, denominator][i]);
    if (missing.length) {
      throw new ChartDataError(
        'invalid-ratio',
        `No series named ${missing.map((m) => `"${m}"`).join(' or ')} for the ratio. The series are: ${series.map((s) => s.label).join(', ')}.`
      );
    }
  } else {
    if (series.length < 2) return undefined;
    [numerator, denominator] = series;
  }
  const numeratorColumns = columnsOf(numerator!);
  const a = valueLookup(numeratorColumns);
  const b = valueLookup(columnsOf(denominator!));
  const usable = (x: number) => a(x) !== undefined && !!b(x);
  let at = year;
  if (at === undefined) {
    // The latest year with values for both (the data may be in any order if made by hand).
    for (const x of numeratorColumns.x) if (usable(x) && (at === undefined || x > at)) at = x;
    if (at === undefined) {
      throw new ChartDataError('invalid-ratio', `${numerator!.label} and ${denominator!.label} have no year with values for both and ${denominator!.label} not 0.`);
    }
  } else if (!usable(at)) {
    throw new ChartDataError('invalid-ratio', `There is no ratio for ${at}: ${numerator!.label} or ${denominator!.label} has no value for that year.`);
  }
  const av = a(at) as number;
  const bv = b(at) as number;
  return {numerator: numerator!, denominator: denominator!, year: at, value: av / bv, a: av, b: bv};
}
