/**
 * Candidate ticks of a date axis: calendar intervals in UTC from d3-time, finest first. Which
 * candidate is drawn (the finest whose labels do not overlap) is decided in `ticks.ts`.
 */
import {unixDay, utcHour, utcMinute, utcMonday, utcMonth, utcSecond, utcYear, type CountableTimeInterval, type TimeInterval as D3TimeInterval} from 'd3-time';
import type {TimeUnit} from '../time.js';

/** A tick interval: every `step` units (a `day` step of 7 is a week starting on Monday). */
export interface TimeInterval {
  unit: TimeUnit;
  step: number;
}

/** Lengths of the units below a day, and average lengths of months and years, in ms. */
const UNIT_MS: Record<TimeUnit, number> = {second: 1e3, minute: 6e4, hour: 36e5, day: 864e5, month: 2629746e3, year: 31556952e3};

/** Candidate tick intervals from the finest that is at least `minMs` long, finest first. */
export function* timeIntervals(minMs: number): Generator<TimeInterval> {
  const steps: [TimeUnit, number[]][] = [
    ['second', [1, 5, 15, 30]],
    ['minute', [1, 5, 15, 30]],
    ['hour', [1, 3, 6, 12]],
    ['day', [1, 2, 7]],
    ['month', [1, 3, 6]],
  ];
  for (const [unit, list] of steps) for (const step of list) if (UNIT_MS[unit] * step >= minMs * 0.999) yield {unit, step};
  // Years: 1, 2, 5, 10, 20, 25, 50, 100 …
  for (let p = 1; p < 1e6; p *= 10) {
    for (const m of [1, 2, 2.5, 5]) {
      const step = m * p;
      if (Number.isInteger(step) && UNIT_MS.year * step >= minMs * 0.999) yield {unit: 'year', step};
    }
  }
}

const UNIT_INTERVALS: Record<TimeUnit, CountableTimeInterval> = {
  second: utcSecond,
  minute: utcMinute,
  hour: utcHour,
  // Days counted from 1970-01-01 (d3's utcDay counts from the 1st of each month): every second
  // day stays every second day across months.
  day: unixDay,
  month: utcMonth,
  year: utcYear,
};

/**
 * The d3-time interval of `interval`: multiples of `step` units (months and years counted from
 * year 0, so that 3 months fall on quarters), weeks on Mondays. `null` for a step d3 cannot take.
 * (Not exported: the package's types would then need d3-time's, which users need not install.)
 */
function timeInterval({unit, step}: TimeInterval): D3TimeInterval | null {
  if (unit === 'day' && step === 7) return utcMonday;
  return UNIT_INTERVALS[unit].every(step);
}

/** Tick values of `interval` from `lo` to `hi` (ms, both included), lazily: one at a time. */
export function* timeTicks(lo: number, hi: number, interval: TimeInterval): Generator<number> {
  const every = timeInterval(interval);
  if (!every || !(lo <= hi)) return;
  // Lazily, so that a too-fine interval over 40 years stops at its first overlapping label.
  for (let t = every.ceil(new Date(lo)); t.getTime() <= hi; t = every.offset(t, 1)) yield t.getTime();
}
