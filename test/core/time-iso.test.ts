// The hand-written ISO 8601 reader (src/core/iso-date.ts) against the regular expression and
// `Date` arithmetic it replaced, kept here as the oracle, on edge cases and on random inputs.
import {expect} from '@open-wc/testing';
import {civilFromDays, daysFromCivil, daysInMonth} from '../../src/core/iso-date.js';
import {timePrecision, toTime, type TimeUnit} from '../../src/core/time.js';

const DAY = 864e5;
const HOUR = 36e5;
const MINUTE = 6e4;

/** The reading of an ISO string before src/core/iso-date.ts (tiv-charts 40151cd), as it was. */
function utcOracle(year: number, month = 0, day = 1, hour = 0, minute = 0, second = 0, ms = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}
const ISO = /^([+-]\d{6}|\d{4})(?:-(\d\d)(?:-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d{1,9}))?)?\s*(?:Z|([+-])(\d\d)(?::?(\d\d))?)?)?)?)?$/i;
function toTimeOracle(value: string, bareYear = false): number | null {
  const m = ISO.exec(value.trim());
  if (!m || (!bareYear && m[2] === undefined)) return null;
  const [year, month = 1, day = 1, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((v) => (v === undefined ? undefined : Number(v)));
  const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  if (month! < 1 || month! > 12 || day! < 1 || hour! > 24 || minute! > 59 || second! > 59) return null;
  let t = utcOracle(year!, month! - 1, day, hour, minute, second, ms);
  if (new Date(t).getUTCDate() !== day && hour! < 24) return null;
  if (m[8]) t -= (m[8] === '-' ? -1 : 1) * (Number(m[9]) * HOUR + Number(m[10] ?? 0) * MINUTE);
  return Number.isFinite(t) ? t : null;
}
function timePrecisionOracle(xs: Iterable<number>): TimeUnit {
  const units: TimeUnit[] = ['year', 'month', 'day', 'hour', 'minute', 'second'];
  let level = 0;
  for (const x of xs) {
    const d = new Date(x);
    const fineness =
      d.getUTCSeconds() || d.getUTCMilliseconds() ? 5 : d.getUTCMinutes() ? 4 : d.getUTCHours() ? 3 : d.getUTCDate() !== 1 ? 2 : d.getUTCMonth() ? 1 : 0;
    if (fineness > level && (level = fineness) === 5) break;
  }
  return units[level];
}

/** A seeded random number generator (a linear congruential one), so that a failure repeats. */
function random(seed: number) {
  const next = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const digits = (n: number) => String(Math.floor(next() * 10 ** n)).padStart(n, '0');
  const upTo = (n: number) => String(1 + Math.floor(next() * n)).padStart(2, '0');
  return {next, pick, digits, upTo};
}

/** A string that is, or nearly is, an ISO date: each part well formed, out of range or malformed. */
function isoLike(r: ReturnType<typeof random>): string {
  const {pick, digits, upTo} = r;
  const year = pick([digits(4), digits(4), `+${digits(6)}`, `-${digits(6)}`, '+275760', '-271821', '-271822', '+000000', '-000000', '0000', '2020', digits(3), digits(5)]);
  const month = pick([upTo(12), upTo(12), digits(2), '00', '13', '2']);
  const day = pick([upTo(31), upTo(28), '29', '30', '31', '00', '32', digits(2), '1']);
  const hour = pick([digits(2), '24', '23', '00', '25', '1']);
  const minute = pick([digits(2), '59', '60', '00']);
  const second = pick([digits(2), '59', '60', '00']);
  const fraction = pick(['', `.${digits(1)}`, `.${digits(3)}`, `,${digits(2)}`, `.${digits(6)}`, `.${digits(9)}`, `.${digits(10)}`, '.']);
  const zone = pick(['', 'Z', 'z', `+${digits(2)}`, `-${digits(2)}:${digits(2)}`, `+${digits(4)}`, ' Z', '\u00a0+01:00', '\tZ', '+1', '+01:', '+01:0', 'ZZ', '+0100x']);
  const depth = Math.floor(r.next() * 6);
  let s = year;
  if (depth > 0) s += pick(['-', '-', '/', '']) + month;
  if (depth > 1) s += pick(['-', '-', '.']) + day;
  if (depth > 2) s += pick(['T', 't', ' ', 'x', '  ']) + hour + pick([':', ':', '']) + minute;
  if (depth > 3) s += `:${second}${fraction}`;
  if (depth > 2) s += zone;
  return pick(['', '', '', ' ', '\u2003', '\n']) + s + pick(['', '', '', ' ', '\u3000', '\ufeff', 'x']);
}

/** Whether `s` has the hour 24 on a day its month does not have (see the test that says why). */
function hour24OnImpossibleDay(s: string): boolean {
  const m = ISO.exec(s.trim());
  return !!m && m[4] === '24' && Number(m[3]) > daysInMonth(Number(m[1]), Number(m[2]));
}

describe('ISO dates read by hand (src/core/iso-date.ts)', () => {
  it('reads 400,000 random ISO-like strings as the regular expression did', () => {
    const r = random(13);
    let accepted = 0;
    const differences: string[] = [];
    for (let i = 0; i < 200_000; i++) {
      const s = isoLike(r);
      for (const bareYear of [false, true]) {
        const expected = toTimeOracle(s, bareYear);
        if (expected !== null) accepted++;
        const actual = toTime(s, bareYear);
        if (actual !== expected && !(actual === null && hour24OnImpossibleDay(s))) differences.push(`${JSON.stringify(s)}: ${actual} instead of ${expected}`);
      }
    }
    expect(differences.slice(0, 10)).to.deep.equal([]);
    // The generator makes enough valid dates to compare (about one in 14).
    expect(accepted).to.be.greaterThan(20_000);
  });

  it('reads every day of leap, common, negative and extreme years as the regular expression did', () => {
    for (const year of [-271821, -401, -400, -100, -4, -1, 0, 1, 4, 99, 100, 1600, 1900, 1970, 2000, 2020, 2021, 2100, 9999, 10000, 275760]) {
      const y = year < 0 ? `-${String(-year).padStart(6, '0')}` : year > 9999 ? `+${String(year).padStart(6, '0')}` : String(year).padStart(4, '0');
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const s = `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(toTime(s), s).to.equal(toTimeOracle(s));
        }
      }
    }
  });

  it('reads the limits of a Date: its first and last day, and not a day beyond', () => {
    expect(toTime('-271821-04-20')).to.equal(-8.64e15);
    expect(toTime('-271821-04-19')).to.equal(null);
    expect(toTime('+275760-09-13')).to.equal(8.64e15);
    expect(toTime('+275760-09-13T00:01Z')).to.equal(null);
    // An offset may move the last moment a few hours beyond, as before.
    expect(toTime('+275760-09-13T00:00-05:00')).to.equal(8.64e15 + 5 * HOUR);
  });

  it('reads times, fractions and offsets as before', () => {
    expect(toTime('2020-04-20T14:30:15.5Z')).to.equal(Date.UTC(2020, 3, 20, 14, 30, 15, 500));
    expect(toTime('2020-04-20T14:30:15,123456789')).to.equal(Date.UTC(2020, 3, 20, 14, 30, 15, 123));
    expect(toTime('2020-04-20T14:30:15.1234567890')).to.equal(null);
    expect(toTime('2020-04-20 14:30 +0230')).to.equal(Date.UTC(2020, 3, 20, 12, 0));
    expect(toTime('2020-04-20t14:30z')).to.equal(Date.UTC(2020, 3, 20, 14, 30));
    expect(toTime('2020-04-20T24:00')).to.equal(Date.UTC(2020, 3, 21));
    expect(toTime('2020-04-20T14:30+02:')).to.equal(null);
    expect(toTime('2020-04-20T14')).to.equal(null);
    expect(toTime('+2020-04-20')).to.equal(null);
    expect(toTime('２０２０-04-20'), 'full-width digits').to.equal(null);
  });

  it('rejects the hour 24 on a day the month does not have (the regular expression let it roll over)', () => {
    // The one intended difference: 2021-02-30T24:00 was read as 3 March, a date that never was.
    expect(toTimeOracle('2021-02-30T24:00')).to.equal(Date.UTC(2021, 2, 3));
    expect(toTime('2021-02-30T24:00')).to.equal(null);
    expect(toTime('2021-02-28T24:00')).to.equal(Date.UTC(2021, 2, 1));
  });

  it('counts days as Date does, and back', () => {
    const r = random(7);
    for (let i = 0; i < 20_000; i++) {
      const days = Math.floor((r.next() - 0.5) * 2e8);
      const d = new Date(days * DAY);
      const civil = civilFromDays(days);
      expect(civil, String(days)).to.deep.equal({year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate()});
      expect(daysFromCivil(civil.year, civil.month, civil.day)).to.equal(days);
    }
  });

  it('timePrecision() finds the precision the Date getters found', () => {
    const r = random(3);
    const steps = [0, DAY, 31 * DAY, 365 * DAY, HOUR, MINUTE, 1000, 1];
    for (let i = 0; i < 20_000; i++) {
      const start = Math.floor((r.next() - 0.5) * 1.7e8) * DAY;
      const xs = Array.from({length: 1 + Math.floor(r.next() * 4)}, () => start + r.pick(steps) * Math.floor(r.next() * 40));
      expect(timePrecision(xs), xs.join()).to.equal(timePrecisionOracle(xs));
    }
    for (const xs of [[], [NaN], [Date.UTC(2001, 0, 1)], [Date.UTC(-1, 2, 1), Date.UTC(-1, 4, 1)], [-1], [1.5]]) {
      expect(timePrecision(xs), xs.join()).to.equal(timePrecisionOracle(xs));
    }
  });
});
