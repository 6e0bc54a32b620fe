// How many fraction digits a chart's numbers get, and which abbreviation (mn, bn, tn) or notation
// they are written in: read from the data and the tick step. The formatters that use them are in
// format.ts.
import {precisionFixed} from 'd3-format';

/**
 * The most fraction digits a value is shown with by default.
 * @internal
 */
export const MOST_DIGITS = 6;

/**
 * Fraction digits of a finite number as written in the data: the fewest that give it back (84.44:
 * 2), where float noise is not a digit (0.1 + 0.2 has 1), at most {@link MOST_DIGITS}.
 * @internal
 */
export function decimalsOf(v: number): number {
  const tolerance = 1e-9 * Math.max(1, Math.abs(v));
  for (let digits = 0; digits < MOST_DIGITS; digits++) {
    const scale = Math.pow(10, digits);
    if (Math.abs(Math.round(v * scale) / scale - v) <= tolerance) return digits;
  }
  return MOST_DIGITS;
}

/**
 * The largest absolute value of `values` (NaN, a gap, is never the largest), 0 for none.
 * @internal
 */
export function largestMagnitude(values: readonly number[]): number {
  let largest = 0;
  for (const v of values) if (Math.abs(v) > largest) largest = Math.abs(v);
  return largest;
}

/**
 * Numbers from 10¹⁵ are written in scientific notation ("2E20"): past 999tn, the largest
 * abbreviation, it no longer helps, and "200,000,000tn" would run off a phone's chart.
 * @internal
 */
export const SCIENTIFIC_FROM = 1e15;

/**
 * The power of a thousand that amounts are shown in ("244.9bn": 1e9), or 1 for none. Only raw
 * amounts from a million to below 10¹⁵ are abbreviated (not those with a unit or a format of the
 * author's), with one abbreviation for the whole chart, chosen by the largest.
 * @internal
 */
export function divisorFor(largest: number, unit: string, specifier: string | undefined): number {
  // From 10¹⁵ numbers are written in scientific notation (see `written` in createFormats, format.ts).
  if (specifier || unit.trim() || largest < 1e6 || largest >= SCIENTIFIC_FROM) return 1;
  if (largest >= 1e12) return 1e12;
  if (largest >= 1e9) return 1e9;
  return 1e6;
}

/**
 * Fraction digits of a shown value: as many as the data have (divided by `divisor`: 84.44 keeps
 * 2, 3,077 none), at most 2 for abbreviated amounts ("244.9bn"), else at most {@link MOST_DIGITS}.
 * @internal
 */
export function valueDigitsFor(values: readonly number[], divisor: number): number {
  const most = divisor !== 1 ? 2 : MOST_DIGITS;
  // Reading stops at the most: a random walk of 100,000 values needs one value, not 100,000
  // conversions to text.
  let digits = 0;
  for (let i = 0; i < values.length && digits < most; i++) {
    if (Number.isFinite(values[i])) digits = Math.max(digits, decimalsOf(values[i] / divisor));
  }
  return Math.min(digits, most);
}

/**
 * Fraction digits that tell ticks apart: those of their step, whose first digit is 1, 2, 2.5 or
 * 5 (see niceStep): a step of 0.25 needs two ("0.25", "0.75", not "0.3", "0.8"), one of 0.5 or
 * 0.2 one. One tick, or a step that is zero, NaN or beyond float range (ticks of ±1e308), has no
 * precision: whole numbers.
 * @internal
 */
export function tickDigitsFor(ticks: readonly number[], divisor: number): number {
  const step = ticks.length > 1 ? Math.abs(ticks[1] - ticks[0]) / divisor : 1;
  if (!Number.isFinite(step) || step <= 0) return 0;
  // d3's precisionFixed counts the digits of the step's first digit only (0.25 → 1).
  const digits = precisionFixed(step);
  const secondDigit = Math.round(step * Math.pow(10, digits + 1)) % 10;
  return Math.min(20, secondDigit === 0 ? digits : digits + 1);
}
