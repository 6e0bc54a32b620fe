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
  /** Label of a number (a year); on a date axis, of the first and last x (the date at the data's precision). */
  format: (x: number) => string;
  measure: MeasureText;
  /** Least space between neighbouring labels, px. Default 8. */
  gap?: number;
  /** On a date axis (x values in ms): the label of a tick at the unit of its interval; `first` for the first tick. */
  formatTime?: (x: number, unit: TimeUnit, first: boolean) => string;
}

/**
 * x ticks, newsroom style: the first and the last x are labelled, so that a reader sees where the
 * data begin and end, with the multiples of a nice interval between them (1, 2, 5, 10, 20, 25, 50 …
 * years; with `formatTime` calendar units in UTC, seconds … days, weeks, months, years). The
 * interval is the smallest whose multiples' labels, measured, do not touch one another; a
 * multiple whose label would touch an end's label is left out, never the end. An end's label is
 * `format(x)` (on a date axis the date at the data's precision, as the tooltip writes it: "18
 * Aug 2026"); the multiples' are `format(x)`, or `formatTime(x, unit of the interval, false)`. Each
 * label is centred on its tick, or moved inward only as far as keeps it inside the svg. When the
 * two ends' labels do not fit side by side, only the first x is labelled.
 */
export function xTicks(xs: readonly number[], options: XTickOptions): Tick[] {
  const {scale, width, format, measure, gap = 8, formatTime} = options;
  if (xs.length === 0) return [];
  const lo = xs[0];
  const hi = xs[xs.length - 1];
  // An end's tick and the left and right of its label: centred on it, moved inward only as far
  // as keeps it inside the svg.
  const end = (value: number) => {
    const label = format(value);
    const w = measure(label);
    const p = scale(value);
    const at = w >= width ? width / 2 : Math.min(Math.max(p, w / 2), width - w / 2);
    return {tick: {value, label, position: px(p), labelPosition: px(at)}, left: at - w / 2, right: at + w / 2};
  };
  const first = end(lo);
  const last = end(hi);
  if (lo === hi || last.left < first.right + gap) return [first.tick];
  /**
   * The ends with the `multiples` between them, or `undefined` when two multiples' labels touch
   * (the interval is too small). Lazily, so that a too-small interval stops at its first overlap.
   */
  const between = (multiples: Iterable<number>, label: (x: number) => string): Tick[] | undefined => {
    const ticks: Tick[] = [first.tick];
    let previous = -Infinity;
    for (const value of multiples) {
      if (value <= lo || value >= hi) continue;
      const text = label(value);
      const half = measure(text) / 2;
      const p = scale(value);
      if (p - half < previous + gap) return undefined;
      previous = p + half;
      // Clear of both ends' labels, a multiple's label lies inside the svg, centred on its tick.
      if (p - half >= first.right + gap && p + half + gap <= last.left) ticks.push({value, label: text, position: px(p), labelPosition: px(p)});
    }
    ticks.push(last.tick);
    return ticks;
  };
  const least = Math.max(minStep(xs), (hi - lo) / 1000);
  if (formatTime) {
    for (const interval of timeIntervals(least)) {
      const ticks = between(timeTicks(lo, hi, interval), (x) => formatTime(x, interval.unit, false));
      if (ticks) return ticks;
    }
  } else {
    // A few irregular years (2019, 2021, 2023): label each one when they fit.
    const own = xs.length <= 12 && between(xs, format);
    if (own && own.length === xs.length) return own;
    for (const interval of intervals(least)) {
      const multiples = function* () {
        for (let v = Math.ceil(lo / interval - 1e-9) * interval; v <= hi + 1e-9; v += interval) {
          const rounded = Math.round(v * 1e6) / 1e6; // overflows to ±Infinity beyond ±1.8e302
          yield (Number.isFinite(rounded) ? rounded : v) + 0; // + 0 turns -0 into 0
        }
      };
      const ticks = between(multiples(), format);
      if (ticks) return ticks;
    }
  }
  return [first.tick, last.tick];
}
