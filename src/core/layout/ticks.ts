/**
 * Ticks of both axes. x ticks are thinned by measuring their labels (ours on purpose: d3's tick
 * count is a hint in ticks, blind to how wide their labels are): the finest interval whose labels
 * do not overlap wins.
 */
import {px} from './pixels.js';
import {timeIntervals, timeTicks} from './time-ticks.js';
import type {TimeUnit} from '../time.js';
import type {MeasureText, Tick} from './types.js';

/** Smallest positive distance between neighbouring values of a sorted array (1 when there is none). */
export function minStep(xs: readonly number[]): number {
  let step = Infinity;
  for (let i = 1; i < xs.length; i++) {
    const d = xs[i] - xs[i - 1];
    if (d > 0 && d < step) step = d;
  }
  return Number.isFinite(step) ? step : 1;
}

/**
 * y ticks at `values`, labelled `labels`, placed by `Y` (a value to px). An `inline` label sits
 * on its gridline (its baseline 4 px above it), else it is centred on it. @internal
 */
export function yTicks(values: readonly number[], labels: readonly string[], Y: (v: number) => number, inline = false): Tick[] {
  return values.map((value, i) => ({value, label: labels[i], position: Y(value), labelPosition: Y(value) - (inline ? 4 : 0)}));
}

/**
 * Which of the y ticks at `values` (ascending) keep their label: all when neighbouring labels are
 * at least `gap` px apart (placed by `Y`), else every second, third … counted from zero, or from
 * the top tick when zero is not a tick. Only labels thin: the ticks and their gridlines stay, so
 * that the axis is the same at every height. @internal
 */
export function shownYLabels(values: readonly number[], Y: (v: number) => number, gap: number): boolean[] {
  const zero = values.indexOf(0);
  const anchor = zero >= 0 ? zero : values.length - 1;
  const fits = (shown: boolean[]) => {
    let previous: number | undefined;
    for (let i = 0; i < values.length; i++) {
      if (!shown[i]) continue;
      const y = Y(values[i]);
      if (previous !== undefined && Math.abs(y - previous) < gap) return false;
      previous = y;
    }
    return true;
  };
  for (let every = 1; every < values.length; every++) {
    const shown = values.map((_, i) => (i - anchor) % every === 0);
    if (fits(shown)) return shown;
  }
  return values.map((_, i) => i === anchor);
}

/** Nice x tick intervals at or above `base`: 1, 2, 5 × powers of ten, plus 25. */
function* intervals(base: number): Generator<number> {
  let p = Math.pow(10, Math.floor(Math.log10(base)));
  for (let i = 0; i < 40; i++, p *= 10) {
    for (const m of [1, 2, 2.5, 5]) {
      const v = m * p;
      if (v >= base * 0.999 && !(m === 2.5 && p < 10)) yield v;
    }
  }
}

/** How x ticks are placed and labelled. */
export interface XTickOptions {
  /** x value to px. */
  scale: (x: number) => number;
  /** Width of the svg, px: every label stays inside it. */
  width: number;
  /** Label of a number (a year). */
  format: (x: number) => string;
  measure: MeasureText;
  /** Least space between neighbouring labels, px. Default 8. */
  gap?: number;
  /** On a date axis (x values in ms): the label of a tick at the unit of its interval; `first` for the first tick. */
  formatTime?: (x: number, unit: TimeUnit, first: boolean) => string;
  /**
   * Where a label may begin, px: right of the y axis's labels, which the first x label would
   * otherwise touch at the frame's bottom left corner. Default 0.
   */
  start?: number;
}

/**
 * x ticks: the smallest nice interval (1, 2, 5, 10, 20, 25, 50 … years) whose labels, measured,
 * do not overlap, each label kept inside `[start, width]`. With `formatTime` the values are times
 * in ms and the intervals calendar units in UTC (seconds … days, weeks, months, years), labelled by
 * `formatTime(x, unit, first)`.
 */
export function xTicks(xs: readonly number[], options: XTickOptions): Tick[] {
  const {scale, width, format, measure, gap = 8, formatTime} = options;
  const start = Math.min(Math.max(0, options.start ?? 0), width);
  if (xs.length === 0) return [];
  const lo = xs[0];
  const hi = xs[xs.length - 1];
  // Ticks at exactly `values`, or `undefined` when their labels would overlap.
  const place = (values: Iterable<number>, format: (x: number, index: number) => string): Tick[] | undefined => {
    const ticks: Tick[] = [];
    let prevEnd = -Infinity;
    for (const value of values) {
      const label = format(value, ticks.length);
      const w = measure(label);
      const p = scale(value);
      // The label's centre, kept inside the svg and right of `start` (a label too wide for the
      // room right of `start` may take the svg's whole width).
      const left = w <= width - start ? start : 0;
      const at = w >= width ? width / 2 : Math.min(Math.max(p, left + w / 2), width - w / 2);
      if (at - w / 2 < prevEnd + gap) return undefined;
      prevEnd = at + w / 2;
      ticks.push({value, label, position: px(p), labelPosition: px(at)});
    }
    return ticks;
  };
  const plain = (x: number) => format(x);
  if (lo !== hi) {
    const least = Math.max(minStep(xs), (hi - lo) / 1000);
    if (formatTime) {
      for (const interval of timeIntervals(least)) {
        const unit = interval.unit;
        const ticks = place(timeTicks(lo, hi, interval), (x, i) => formatTime(x, unit, i === 0));
        if (ticks?.length) return ticks;
        if (ticks) break; // no tick of this interval falls within the data; coarser ones neither
      }
    } else {
      // A few irregular years (2019, 2021, 2023): label each one when they fit.
      const own = xs.length <= 12 && place(xs, plain);
      if (own) return own;
      for (const interval of intervals(least)) {
        const first = Math.ceil(lo / interval - 1e-9) * interval;
        if (first > hi + 1e-9) break;
        // Lazily, so that a too-small interval stops at its first overlap.
        const multiples = function* () {
          for (let v = first; v <= hi + 1e-9; v += interval) {
            const rounded = Math.round(v * 1e6) / 1e6; // overflows to ±Infinity beyond ±1.8e302
            yield (Number.isFinite(rounded) ? rounded : v) + 0; // + 0 turns -0 into 0
          }
        };
        const ticks = place(multiples(), plain);
        if (ticks) return ticks;
      }
    }
  }
  // One x, or nothing fits (a very narrow chart): the first x only.
  return place([lo], plain) ?? [];
}
