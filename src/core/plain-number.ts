/**
 * Numbers written as `Intl.NumberFormat` writes them for English, without Intl: the first
 * `Intl.NumberFormat` of a page costs 15 to 30 ms in Chromium (ICU's start-up), longer than the
 * rest of a chart's first draw, and a chart in English needs none to paint. Other locales, and
 * numbers this reader does not cover, go to Intl. `test/core/plain-number.test.ts` holds it
 * against the browser's Intl.
 */

/** Locales (lower case) whose numbers Intl writes "-1,234.5": a hyphen-minus, commas every three digits, a point. */
const PLAIN_LOCALES = new Set(['en', 'en-us', 'en-gb']);

/**
 * Whether `locale`'s numbers are written by {@link plainNumber} (its grouping, decimal point and
 * minus sign are English's).
 * @internal
 */
export function hasPlainNumbers(locale: string): boolean {
  return PLAIN_LOCALES.has(locale.toLowerCase());
}

/**
 * `v` as `new Intl.NumberFormat('en', {maximumFractionDigits: digits, minimumFractionDigits: 0,
 * useGrouping: grouping})` writes it: rounded half away from zero on the number's shortest
 * decimal form (1.005 → "1.01", as Intl, where `toFixed` gives "1.00"), trailing zeros dropped,
 * "-0" for a negative that rounds to zero. `undefined` where Intl's output is not reproduced:
 * not finite, or written with an exponent by `String` (below 1e-6 or from 1e21).
 * @internal
 */
export function plainNumber(v: number, digits: number, grouping = true): string | undefined {
  if (!Number.isFinite(v)) return undefined;
  const text = String(Math.abs(v));
  if (text.includes('e')) return undefined;
  const point = text.indexOf('.');
  let whole = point < 0 ? text : text.slice(0, point);
  let fraction = point < 0 ? '' : text.slice(point + 1);
  if (fraction.length > digits) {
    const roundUp = fraction.charCodeAt(digits) >= 53; // '5'
    fraction = fraction.slice(0, digits);
    if (roundUp) [whole, fraction] = increment(whole, fraction);
  }
  fraction = fraction.replace(/0+$/, '');
  const sign = v < 0 || Object.is(v, -0) ? '-' : '';
  return sign + (grouping ? group(whole) : whole) + (fraction ? '.' + fraction : '');
}

/** `whole.fraction` plus one unit of the fraction's last digit, as digit strings. */
function increment(whole: string, fraction: string): [string, string] {
  const digits = (whole + fraction).split('');
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') digits[i--] = '0';
  if (i >= 0) digits[i] = String(Number(digits[i]) + 1);
  else digits.unshift('1');
  const cut = digits.length - fraction.length;
  return [digits.slice(0, cut).join(''), digits.slice(cut).join('')];
}

/** Whole-number digits with a comma every three from the right. */
function group(whole: string): string {
  let out = '';
  for (let end = whole.length; end > 0; end -= 3) out = whole.slice(Math.max(0, end - 3), end) + (out ? ',' + out : '');
  return out;
}
