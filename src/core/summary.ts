import {columnsOf, datumOf} from './columns.js';
import type {ValueFormats} from './format.js';
import {messagesFor, type Messages} from './messages.js';
import type {Annotation, Datum, Series} from './types.js';

type Defined = Datum & {y: number};

/** The data a summary names, from {@link seriesStats}. */
export interface SeriesStats {
  first: Defined;
  last: Defined;
  /** The highest value (the earliest of equal ones). */
  max: Defined;
  /** The lowest value (the earliest of equal ones). */
  min: Defined;
  /** Number of values. */
  count: number;
  /** Number of x values without a value. */
  gaps: number;
}

/** Extremes and ends of a series (ties: the earliest year). `undefined` when it has no value. */
export function seriesStats(s: Series): SeriesStats | undefined {
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

/** The keywords of `highlight`: each names one datum of {@link SeriesStats}. */
const HIGHLIGHT_KEYWORDS = ['max', 'min', 'first', 'last'] as const;
type HighlightKeyword = (typeof HIGHLIGHT_KEYWORDS)[number];
const isHighlightKeyword = (token: string): token is HighlightKeyword => (HIGHLIGHT_KEYWORDS as readonly string[]).includes(token);

/**
 * Resolves a `highlight` value into the x values to emphasise: a list of years separated by
 * commas or spaces (read by `parseX`; on a date axis, ISO dates), and the keywords `max`, `min`,
 * `last` (`first` too), taken from the first series. A year no series has is left out: there is
 * nothing to emphasise there, and no room is kept for its label.
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
    if (stats && isHighlightKeyword(t)) out.add(stats[t].x);
    else {
      const x = parseX(t);
      if (x !== null && series.some((s) => columnsOf(s).x.includes(x))) out.add(x);
    }
  }
  return out;
}

/** Options of {@link describeSeries}. */
export interface DescribeOptions {
  /** `false` for values that are themselves percentages: the change is then told without one. */
  relativeChange?: boolean;
  /** The language of the words (a BCP 47 locale); English by default. */
  locale?: string;
  /** Whether the x values are dates (the gaps are then counted as dates, not years). */
  dates?: boolean;
  /** Whether one series is named in the description as several are ("Arms exports: From 1992…"). */
  named?: boolean;
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
  options: DescribeOptions = {}
): string {
  const messages = messagesFor(options.locale);
  const several = series.length > 1 || !!options.named;
  const sentences = series.map((s) => describeOne(s, several, formats, formatX, options, messages));
  sentences.push(...noteSentences(series, annotations, formatX, messages));
  return sentences.join(' ');
}

/** The sentences about one series (after its name, when there are several). */
function describeOne(
  s: Series,
  several: boolean,
  formats: Pick<ValueFormats, 'spoken' | 'number'>,
  formatX: (x: number) => string,
  options: DescribeOptions,
  messages: Messages
): string {
  const stats = seriesStats(s);
  const name = several ? `${s.label}: ` : '';
  if (!stats) return `${name}${messages.seriesNoData}`;
  const {spoken} = formats;
  const {first, last, max, min} = stats;
  if (stats.count === 1) return `${name}${messages.oneValue(spoken(last.y), formatX(last.x), !several)}`;
  const change = last.y - first.y;
  const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'unchanged';
  const trend = messages.trend(direction, percentChange(first.y, last.y, formats, options.relativeChange));
  const parts = [
    `${name}${messages.range(formatX(first.x), formatX(last.x))}`,
    messages.extremes(spoken(max.y), formatX(max.x), spoken(min.y), formatX(min.x)),
    messages.latest(formatX(last.x), spoken(last.y), trend, spoken(first.y), formatX(first.x)),
  ];
  if (stats.gaps > 0) parts.push(messages.noDataFor(stats.gaps, options.dates));
  return parts.join(' ');
}

/**
 * The change from `first` to `last` in per cent, formatted, or `undefined` where a percentage
 * means nothing: no change, values that are themselves percentages (`relativeChange` false), a
 * base that is not positive or a negative result, or a percentage that overflows (from a tiny base
 * such as 5e-324: then only the direction is told).
 */
function percentChange(first: number, last: number, formats: Pick<ValueFormats, 'number'>, relativeChange?: boolean): string | undefined {
  const change = last - first;
  const percent = Math.abs((change / first) * 100);
  const meaningful = change !== 0 && relativeChange !== false && first > 0 && last >= 0 && Number.isFinite(percent);
  return meaningful ? formats.number(percent, 0) : undefined;
}

/** The notes as drawn: those with a label, within the data's x values (ranges in order). */
function noteSentences(series: readonly Series[], annotations: readonly Annotation[], formatX: (x: number) => string, messages: Messages): string[] {
  const [lo, hi] = xExtent(series);
  const sentences: string[] = [];
  for (const a of annotations) {
    if (!a.label.trim()) continue;
    if (a.year !== undefined) {
      if (a.year >= lo && a.year <= hi) sentences.push(messages.noteAt(formatX(a.year), a.label));
    } else if (a.from !== undefined && a.to !== undefined) {
      const from = Math.min(a.from, a.to);
      const to = Math.max(a.from, a.to);
      if (to >= lo && from <= hi) sentences.push(messages.noteFor(formatX(from), formatX(to), a.label));
    }
  }
  return sentences;
}

/** The lowest and highest x over the series, from the ends of each one's x column; `[Infinity, -Infinity]` without data. */
function xExtent(series: readonly Series[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    const xs = columnsOf(s).x;
    if (xs.length === 0) continue;
    lo = Math.min(lo, xs[0]);
    hi = Math.max(hi, xs[xs.length - 1]);
  }
  return [lo, hi];
}
