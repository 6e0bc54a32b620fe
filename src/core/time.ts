/**
 * Dates and times on the x axis. An x value of a date axis is a count of milliseconds since
 * 1970-01-01T00:00Z; dates are read and shown in UTC, so no time zone moves a point.
 */
import {civilFromDays, readIsoDate, trimmed} from './iso-date.js';

/** Calendar units of time ticks and of the precision of data, finest first. */
export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year';

const MINUTE = 6e4;
const HOUR = 36e5;
const DAY = 864e5;

/** Milliseconds of a UTC calendar date; unlike `Date.UTC`, years 0–99 are not moved to 1900–1999. */
export function utc(year: number, month = 0, day = 1, hour = 0, minute = 0, second = 0, ms = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}

/**
 * Reads an ISO 8601 date (`2020-04-20`), month (`2020-04`) or date and time (`2020-04-20T14:30Z`)
 * as milliseconds since the epoch, in UTC: a time without an offset is UTC too, never local time.
 * A bare year (`2020`) is read only when `bareYear` is true. A `Date` gives its time, or its
 * calendar day when it is at local midnight (as dates made in local time are). Impossible
 * dates (`2021-02-30`) and anything else give `null`.
 */
export function toTime(value: unknown, bareYear = false): number | null {
  if (value instanceof Date) {
    const t = value.getTime();
    if (!Number.isFinite(t)) return null;
    // A Date made at local midnight (new Date(2020, 3, 20), d3's timeParse) means that calendar
    // day: read in UTC it would move to the day before east of Greenwich.
    const local = !value.getHours() && !value.getMinutes() && !value.getSeconds() && !value.getMilliseconds();
    return local ? utc(value.getFullYear(), value.getMonth(), value.getDate()) : t;
  }
  return typeof value === 'string' ? readIsoDate(trimmed(value), bareYear) : null;
}

/** Whether a cell looks like a date: a `Date`, or a string in ISO form with at least a month. */
export function isDateCell(value: unknown): boolean {
  return value instanceof Date || (typeof value === 'string' && toTime(value) !== null);
}

/** The coarsest unit that every time in `xs` falls on (all on 1 January: `year`; on the 1st: `month` …). */
export function timePrecision(xs: Iterable<number>): TimeUnit {
  const list = Array.isArray(xs) ? (xs as readonly number[]) : [...xs];
  let level = 0;
  // Arithmetic instead of a Date per x (100,000 of them for a daily series), in an indexed loop:
  // it runs once per chart, mostly before the engine optimizes it.
  for (let i = 0; i < list.length; i++) {
    const x = list[i];
    // The common case first: a midnight once the calendar no longer matters.
    if (level >= 2 && x % DAY === 0) continue;
    // Whole ms, as a Date keeps them. The remainders are negative before 1970, which changes
    // none of the tests against zero.
    const t = Math.trunc(x);
    const ms = t % DAY;
    let fineness = ms % MINUTE ? 5 : ms % HOUR ? 4 : ms ? 3 : 0;
    // The calendar is read only while no x has fallen on a day other than the 1st.
    if (!fineness && level < 2) {
      const {month, day} = civilFromDays(Math.floor(t / DAY));
      fineness = day !== 1 ? 2 : month !== 1 ? 1 : 0;
    }
    if (fineness > level && (level = fineness) === 5) break;
  }
  return UNITS[level];
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** A cached `Intl.DateTimeFormat` in UTC. */
function dtf(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, {...options, timeZone: 'UTC'})));
  return f;
}


/** The calendar units, coarsest first (also read by `timePrecision`). */
const UNITS: TimeUnit[] = ['year', 'month', 'day', 'hour', 'minute', 'second'];
/** How each of `UNITS` is written in a date. */
const STYLES = ['numeric', 'short', 'numeric', '2-digit', '2-digit', '2-digit'];

/**
 * Intl options that write a date from unit `from` down to `unit` ("Apr" is month to month, "20 Apr
 * 2020" year to day); minutes always come with hours, on a 24-hour clock.
 */
function parts(unit: TimeUnit, from: TimeUnit = 'year'): Intl.DateTimeFormatOptions {
  const options: Record<string, string> = {hourCycle: 'h23'};
  let last = Math.max(UNITS.indexOf(unit), UNITS.indexOf(from));
  if (last === 3) last = 4;
  for (let i = UNITS.indexOf(from); i <= last; i++) options[UNITS[i]] = STYLES[i];
  return options;
}

/** Formatters of x values of a date axis, for one locale. */
export interface TimeFormats {
  /** A datum's date at the data's precision, as shown in tooltips and the table ("20 Apr 2020"). */
  value(x: number): string;
  /** The same in words for screen readers ("20 April 2020"). */
  spoken(x: number): string;
  /** ISO 8601 at the data's precision ("2020-04-20"), as written in the CSV download. */
  csv(x: number): string;
  /**
   * A tick label at an interval's unit: the year with the first tick and at each new year
   * ("Jan 2020", "Apr", "Jul"), the date at each new day for times.
   */
  tick(x: number, unit: TimeUnit, first: boolean): string;
}

/**
 * Formats dates in UTC with `Intl.DateTimeFormat` for `locale`, at `precision` (the coarsest unit
 * the data fall on, see {@link timePrecision}).
 */
export function createTimeFormats(locale: string, precision: TimeUnit): TimeFormats {
  const f = (options: Intl.DateTimeFormatOptions) => (x: number) => {
    const d = new Date(x);
    return Number.isFinite(d.getTime()) ? dtf(locale, options).format(d) : String(x);
  };
  const level = UNITS.indexOf(precision);
  return {
    // Times say their zone: UTC.
    value: f({...parts(precision), timeZoneName: level > 2 ? 'short' : undefined}),
    spoken: f({...parts(precision), month: level ? 'long' : undefined, timeZoneName: level > 2 ? 'long' : undefined}),
    csv(x) {
      const d = new Date(x);
      if (!Number.isFinite(d.getTime())) return String(x);
      // toISOString writes years beyond 0–9999 with a sign and six digits: 3 characters more.
      const s = d.toISOString();
      // Whole dates (2001-01-01, not 2001), so that the file reads back as dates.
      return s.slice(0, [10, 10, 10, 16, 16, 19][level] + s.length - 24) + (level > 2 ? 'Z' : '');
    },
    tick(x, unit, first) {
      if (unit === 'year') return f(parts('year'))(x);
      const d = new Date(x);
      const date = unit === 'month' || unit === 'day';
      // The first tick, and each tick that starts a year (or a day, for times), says which.
      const starts = date ? !d.getUTCMonth() && (unit === 'month' || d.getUTCDate() === 1) : x % DAY === 0;
      return f(parts(unit, first || starts ? (date ? 'year' : 'month') : date ? 'month' : 'hour'))(x);
    },
  };
}

/** One day, ms. */
export const DAY_MS = DAY;
