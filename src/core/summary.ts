import {columnsOf, datumOf} from './columns.js';
import type {ValueFormats} from './format.js';
import {messagesFor} from './messages.js';
import type {Annotation, Datum, Series} from './types.js';

type Defined = Datum & {y: number};

/** Extremes and ends of a series (ties: the earliest year). `undefined` when it has no value. */
export function seriesStats(s: Series) {
  const {y} = columnsOf(s);
  // Indices of the first, last, highest and lowest value.
  let first = -1;
  let last = -1;
  let max = -1;
  let min = -1;
  let count = 0;
  for (let i = 0; i < y.length; i++) {
    const v = y[i];
    if (Number.isNaN(v)) continue;
    count++;
    if (first < 0) first = max = min = i;
    last = i;
    if (v > y[max]) max = i;
    if (v < y[min]) min = i;
  }
  if (first < 0) return undefined;
  const at = (i: number) => datumOf(s, i) as Defined;
  return {first: at(first), last: at(last), max: at(max), min: at(min), count, gaps: y.length - count};
}

/**
 * Resolves a `highlight` value into the x values to emphasise: a list of years separated by
 * commas or spaces (read by `parseX`; on a date axis, ISO dates), and the keywords `max`, `min`,
 * `last` (`first` too), taken from the first series.
 */
export function resolveHighlight(
  spec: string | undefined | null,
  series: readonly Series[],
  parseX: (token: string) => number | null = (t) => (/^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null)
): Set<number> {
  const out = new Set<number>();
  if (!spec || series.length === 0) return out;
  const stats = seriesStats(series[0]);
  for (const token of spec.split(/[\s,]+/)) {
    const t = token.trim().toLowerCase();
    if (!t) continue;
    if (stats && /^(max|min|first|last)$/.test(t)) out.add(stats[t as 'max' | 'min' | 'first' | 'last'].x);
    else {
      const x = parseX(t);
      if (x !== null) out.add(x);
    }
  }
  return out;
}

/**
 * Describes series in words for assistive technology: years covered, maximum and minimum with
 * their years, latest value, change from first to last (in per cent when `relativeChange` is not
 * false and the first value is positive), and annotations, in the language of `options.locale`
 * (English, German, French or Spanish; English otherwise).
 */
export function describeSeries(
  series: readonly Series[],
  formats: Pick<ValueFormats, 'spoken' | 'number'>,
  annotations: readonly Annotation[] = [],
  formatX: (x: number) => string = String,
  options: {relativeChange?: boolean; locale?: string; dates?: boolean} = {}
): string {
  const m = messagesFor(options.locale);
  const sentences: string[] = [];
  const several = series.length > 1;
  for (const s of series) {
    const st = seriesStats(s);
    const name = several ? `${s.label}: ` : '';
    if (!st) {
      sentences.push(`${name}${m.seriesNoData}`);
      continue;
    }
    const v = formats.spoken;
    const X = formatX;
    if (st.count === 1) {
      sentences.push(`${name}${m.oneValue(v(st.last.y), X(st.last.x), !several)}`);
      continue;
    }
    const parts = [`${name}${m.range(X(st.first.x), X(st.last.x))}`, m.extremes(v(st.max.y), X(st.max.x), v(st.min.y), X(st.min.x))];
    const change = st.last.y - st.first.y;
    // A percentage change means something only from a positive base to a non-negative value, and
    // not for values that are themselves percentages.
    // From a tiny base (5e-324) the percentage overflows: then only the direction is told.
    const ratio = Math.abs((change / st.first.y) * 100);
    const percent =
      change !== 0 && options.relativeChange !== false && st.first.y > 0 && st.last.y >= 0 && Number.isFinite(ratio)
        ? formats.number(ratio, 0)
        : undefined;
    const trend = m.trend(change > 0 ? 'up' : change < 0 ? 'down' : 'unchanged', percent);
    parts.push(m.latest(X(st.last.x), v(st.last.y), trend, v(st.first.y), X(st.first.x)));
    if (st.gaps > 0) parts.push(m.noDataFor(st.gaps, options.dates));
    sentences.push(parts.join(' '));
  }
  // Notes as drawn: with a label, within the data's x values (ranges in order).
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    const xs = columnsOf(s).x;
    if (xs.length) [lo, hi] = [Math.min(lo, xs[0]), Math.max(hi, xs[xs.length - 1])];
  }
  for (const a of annotations) {
    if (!a.label.trim()) continue;
    if (a.year !== undefined) {
      if (a.year >= lo && a.year <= hi) sentences.push(m.noteAt(formatX(a.year), a.label));
    } else if (a.from !== undefined && a.to !== undefined) {
      const from = Math.min(a.from, a.to);
      const to = Math.max(a.from, a.to);
      if (to >= lo && from <= hi) sentences.push(m.noteFor(formatX(from), formatX(to), a.label));
    }
  }
  return sentences.join(' ');
}
