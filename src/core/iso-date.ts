/**
 * Strict ISO 8601 dates read without a regular expression or a `Date` per value.
 *
 * Ours on purpose: `Date.parse` reads `2020-04-20` as UTC but `2020-04-20T14:30` as local time,
 * accepts `2021-02-30` (as 2 March) and reads many forms that are not ISO 8601, and d3-time-format
 * (`isoParse`) is `Date.parse` again for most inputs. A date axis needs one strict reading, in UTC,
 * and reading 100,000 dates of a CSV must cost about what reading 100,000 numbers does: so the
 * digits are read one by one, and days are counted with integer arithmetic (the proleptic Gregorian
 * calendar of `Date`, year 0 included).
 * @internal
 * @module
 */

const DAY = 864e5;
const HOUR = 36e5;
const MINUTE = 6e4;
/** The largest distance from the epoch a `Date` holds, ms (±275,760 years). */
const MAX_TIME = 8.64e15;

const PLUS = 0x2b;
const MINUS = 0x2d;
const COLON = 0x3a;

/**
 * The number written by the `count` digits of `s` from `at`, or -1 when one of them is not an
 * ASCII digit (or the string ends first).
 */
function digitsAt(s: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    // charCodeAt past the end is NaN, which fails the test too.
    const digit = s.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Whether `year` has a 29 February (proleptic Gregorian; year 0 is a leap year). */
const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days from 1970-01-01 to a calendar date (`month` 1–12, `day` 1–31) of the proleptic Gregorian
 * calendar, for any year (H. Hinnant's `days_from_civil`: years counted from 1 March, so that the
 * leap day is the last day of a year, in eras of 400 years).
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The calendar date (`month` 1–12, `day` 1–31) of a count of days from 1970-01-01; the inverse of {@link daysFromCivil}. */
export function civilFromDays(days: number): {year: number; month: number; day: number} {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return {year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1};
}

/** Whether `s[i]` is whitespace as `trim()` and a regular expression's `\s` know it (ASCII first, the rest rarely). */
function isSpace(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(s[i]));
}

/** `s.trim()`, without making a string when there is nothing to trim (the usual case, 100,000 times). */
export function trimmed(s: string): string {
  return s.length && !isSpace(s, 0) && !isSpace(s, s.length - 1) ? s : s.trim();
}

/**
 * The time of the end of `s` from `at`: nothing, `Z`, or an offset `±hh`, `±hhmm` or `±hh:mm`
 * (after optional whitespace), as ms to subtract from the local time; `null` if `s` goes on
 * otherwise.
 */
function readOffset(s: string, at: number): number | null {
  let i = at;
  while (i < s.length && isSpace(s, i)) i++;
  if (i === s.length) return 0;
  const c = s.charCodeAt(i);
  if (s[i] === 'Z' || s[i] === 'z') return i + 1 === s.length ? 0 : null;
  if (c !== PLUS && c !== MINUS) return null;
  const hours = digitsAt(s, i + 1, 2);
  if (hours < 0) return null;
  i += 3;
  let minutes = 0;
  if (i < s.length) {
    if (s.charCodeAt(i) === COLON) i++;
    minutes = digitsAt(s, i, 2);
    if (minutes < 0 || i + 2 !== s.length) return null;
  }
  return (c === MINUS ? -1 : 1) * (hours * HOUR + minutes * MINUTE);
}

/**
 * Reads the time of day that follows a date in `s` from `at` (`T` or a space, then `hh:mm`,
 * optional `:ss` with an optional fraction of 1–9 digits after `.` or `,`, then an optional zone)
 * as ms from midnight and the zone's offset; `null` if it is not one. Hours up to 24 are read
 * (24:00 is the end of the day), minutes and seconds up to 59.
 */
function readTimeOfDay(s: string, at: number): {ms: number; offset: number} | null {
  const t = s[at];
  if (t !== 'T' && t !== 't' && t !== ' ') return null;
  const hour = digitsAt(s, at + 1, 2);
  const minute = s.charCodeAt(at + 3) === COLON ? digitsAt(s, at + 4, 2) : -1;
  if (hour < 0 || minute < 0 || hour > 24 || minute > 59) return null;
  let i = at + 6;
  let second = 0;
  let fraction = 0;
  if (s.charCodeAt(i) === COLON) {
    second = digitsAt(s, i + 1, 2);
    if (second < 0 || second > 59) return null;
    i += 3;
    if (s[i] === '.' || s[i] === ',') {
      // 1 to 9 digits, of which the first three are the milliseconds (truncated, not rounded).
      const from = i + 1;
      for (i = from; i < from + 9 && digitsAt(s, i, 1) >= 0; i++);
      if (i === from) return null;
      const msDigits = Math.min(i - from, 3);
      fraction = digitsAt(s, from, msDigits) * 10 ** (3 - msDigits);
    }
  }
  const offset = readOffset(s, i);
  return offset === null ? null : {ms: ((hour * 60 + minute) * 60 + second) * 1000 + fraction, offset};
}

/**
 * Milliseconds since the epoch of an ISO 8601 date in `s` (already trimmed), in UTC: `YYYY-MM`,
 * `YYYY-MM-DD`, or a date and time (see {@link readTimeOfDay}); a time without an offset is UTC
 * too. Years are four digits, or a sign and six (`+012020`). A bare year (`2020`) is read only
 * when `bareYear` is true. Impossible dates (`2021-02-30`, month 13) and dates a `Date` cannot
 * hold give `null`.
 */
export function readIsoDate(s: string, bareYear: boolean): number | null {
  const first = s.charCodeAt(0);
  const signed = first === PLUS || first === MINUS;
  const digits = signed ? digitsAt(s, 1, 6) : digitsAt(s, 0, 4);
  if (digits < 0) return null;
  const year = first === MINUS ? -digits : digits;
  let i = signed ? 7 : 4;
  let month = 1;
  let day = 1;
  let timeOfDay = 0;
  let offset = 0;
  if (i === s.length) {
    if (!bareYear) return null;
  } else {
    month = s.charCodeAt(i) === MINUS ? digitsAt(s, i + 1, 2) : -1;
    if (month < 1 || month > 12) return null;
    i += 3;
    if (i < s.length) {
      day = s.charCodeAt(i) === MINUS ? digitsAt(s, i + 1, 2) : -1;
      if (day < 1 || day > daysInMonth(year, month)) return null;
      i += 3;
      if (i < s.length) {
        const time = readTimeOfDay(s, i);
        if (!time) return null;
        timeOfDay = time.ms;
        offset = time.offset;
      }
    }
  }
  const midnight = daysFromCivil(year, month, day) * DAY;
  const local = midnight + timeOfDay;
  // As `Date` does: out of its range is no time (the offset may then move it a few hours beyond).
  if (Math.abs(midnight) > MAX_TIME || Math.abs(local) > MAX_TIME) return null;
  return local - offset;
}
