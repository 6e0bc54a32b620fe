import {unionXs} from './normalize.js';
import {linearScale, niceDomain} from './scale.js';
import {areaPath, linePath, type Vertex} from './path.js';
import type {ValueFormats} from './format.js';
import {DAY_MS, timeIntervals, timeTicks, type TimeUnit} from './time.js';
import {columnsOf, datumOf, indexOfX, keptColumns, toColumns, type Columns} from './columns.js';
import {placeLabels} from './compare.js';
import type {Annotation, Datum, MarkType, Series, XType} from './types.js';

/** Measures the rendered width of a tick-sized text, in px. */
export type MeasureText = (text: string) => number;

export interface LayoutOptions {
  /** Outer size of the plot in px (the svg's viewBox). */
  width: number;
  height: number;
  mark: MarkType;
  /** Formats tick values and labels. */
  formats: Pick<ValueFormats, 'ticks' | 'value'>;
  /** Formats an x value (a year) for tick labels; default: the integer without grouping. */
  formatX?: (x: number) => string;
  /** `date` when x values are times in ms (UTC): ticks then fall on years, months, days or hours. */
  xType?: XType;
  /**
   * Formats a tick of a date axis at the unit of its interval; `first` is true for the first tick
   * (which then carries the year). Default: the ISO date. See `createTimeFormats`.
   */
  formatTimeTick?: (x: number, unit: TimeUnit, first: boolean) => string;
  /** Lower / upper end of the y domain requested by the author. */
  yMin?: number;
  yMax?: number;
  /** Text measurer for tick labels; defaults to an estimate of 0.6 em per character. */
  measureText?: MeasureText;
  /** Font size of tick and annotation labels, px. Default 12. */
  fontSize?: number;
  annotations?: readonly Annotation[];
  /** x values whose marks are emphasised (in every series). */
  highlight?: ReadonlySet<number>;
  /** Extra room kept on the right of the frame, px (for direct labels). */
  marginRight?: number;
  /**
   * Every x of `series`, ascending and distinct, when already known (`NormalizedData.xs`), so
   * that it is not gathered again; by default taken from the series.
   */
  xs?: readonly number[];
}

export interface Tick {
  value: number;
  label: string;
  /** x (for x ticks) or y (for y ticks) in px. */
  position: number;
  /** Where the label is drawn (may be nudged to stay inside the svg). */
  labelPosition: number;
}

export interface ColumnMark {
  seriesIndex: number;
  datum: Datum & {y: number};
  x: number;
  y: number;
  width: number;
  height: number;
  highlight: boolean;
}

export interface PointMark {
  seriesIndex: number;
  datum: Datum & {y: number};
  cx: number;
  cy: number;
  /** `isolated` points have no neighbour to join; `highlight` ones are emphasised. */
  kind: 'isolated' | 'highlight';
}

export interface PathMark {
  seriesIndex: number;
  d: string;
}

export interface ValueLabel {
  seriesIndex: number;
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface AnnotationMark {
  kind: 'rule' | 'range';
  /** Rule position, or range start, px. */
  x: number;
  /** Range end, px (equal to `x` for rules). */
  x2: number;
  label: string;
  /** Label as drawn, possibly shortened with an ellipsis. */
  shownLabel: string;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

/** A datum's position, for tooltips and keyboard navigation. See {@link positionsAt}. */
export interface DatumPosition {
  seriesIndex: number;
  datum: Datum & {y: number};
  x: number;
  y: number;
}

export interface Frame {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Geometry of a whole chart, in px; plain data, ready to be drawn. */
export interface ChartLayout {
  width: number;
  height: number;
  frame: Frame;
  xTicks: Tick[];
  yTicks: Tick[];
  yDomain: [number, number];
  /** The y position of the zero baseline, when zero is in the domain. */
  baseline: number | null;
  columns: ColumnMark[];
  lines: PathMark[];
  areas: PathMark[];
  points: PointMark[];
  valueLabels: ValueLabel[];
  annotations: AnnotationMark[];
  /** Every x value drawn, ascending (the union over the series). */
  xs: readonly number[];
  /** x position of an x value, px (rounded to 0.01 px, as the marks are); for bars, the group's centre. */
  xScale: (x: number) => number;
  /** y position of a value, px (rounded to 0.01 px). */
  yScale: (y: number) => number;
  /** Step between neighbouring x values, px. */
  step: number;
  /** Number of data drawn (columns, or defined vertices), before decimation. */
  markCount: number;
  /**
   * Vertices of the line and area paths after M4 decimation (the first, last, lowest and highest
   * datum of each half-pixel column, when a series has over two data per pixel), over all series.
   */
  vertexCount: number;
  warnings: string[];
}

const finite = (n: number) => (Number.isFinite(n) ? n : 0);
/**
 * Farthest a coordinate may lie from the origin, px. Values outside an author's y-min / y-max are
 * drawn unclamped and cut off by the element; without a limit, one near ±1.8e308 would overflow
 * to Infinity when rounded (× 100 here, and again in d3-path).
 */
const PX_LIMIT = 1e7;
const px = (n: number) => Math.round(Math.min(PX_LIMIT, Math.max(-PX_LIMIT, finite(n))) * 100) / 100;
const defined = (d: Datum): d is Datum & {y: number} => Number.isFinite(d.y);

/** Estimates text width at `fontSize`: 0.6 em per character. */
export const estimateTextWidth = (fontSize: number): MeasureText => (text) => text.length * fontSize * 0.6;

/** Shortens `text` with an ellipsis until `measure` says it fits in `max` px. */
export function truncateText(text: string, max: number, measure: MeasureText): string {
  if (measure(text) <= max) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join('') + '…') <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '…' : chars.slice(0, lo).join('').trimEnd() + '…';
}

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
 * The y domain: the data's extent, widened to zero for columns, bars and areas, adjusted by the
 * author's `yMin` / `yMax`, padded when it has no extent, and made nice.
 */
export function yDomain(
  values: readonly number[],
  mark: MarkType,
  options: {yMin?: number; yMax?: number; tickCount?: number} = {},
  warnings: string[] = []
): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) [lo, hi] = [0, 1];
  const zero = mark !== 'line';
  let {yMin, yMax} = options;
  // Bounds that are not finite numbers are unset.
  if (!Number.isFinite(yMin)) yMin = undefined;
  if (!Number.isFinite(yMax)) yMax = undefined;
  if (yMin !== undefined && yMax !== undefined && yMin >= yMax) {
    warnings.push(`y-min (${yMin}) is not below y-max (${yMax}); both are ignored.`);
    yMin = yMax = undefined;
  }
  if ((yMin ?? lo) > (yMax ?? hi)) {
    // Only one bound is set here (both were compared above), and it lies beyond every value.
    warnings.push(`${yMin !== undefined ? `y-min (${yMin}) is above` : `y-max (${yMax}) is below`} every value; it is ignored.`);
    yMin = yMax = undefined;
  }
  lo = yMin ?? lo;
  hi = yMax ?? hi;
  if (zero && (lo > 0 || hi < 0)) {
    // An unset bound reads as 0 here: neither above nor below zero.
    if ((yMin ?? 0) > 0 || (yMax ?? 0) < 0) {
      warnings.push(`The y domain of a ${mark} chart always includes zero; y-min / y-max were widened to it.`);
    }
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
    // The widened bound is zero now; returning the author's value would drop zero again.
    if ((yMin ?? 0) > 0) yMin = 0;
    if ((yMax ?? 0) < 0) yMax = 0;
  }
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    if (zero && lo === 0) hi = 1;
    else [lo, hi] = [lo - pad, hi + pad];
  }
  // d3's ticks need 10^-exponent of the tick step to be finite: spans under 1e-300 (subnormal
  // values) make it throw, spans beyond Number.MAX_VALUE make every position NaN.
  const spans = (a: number, b: number) => b - a > 1e-300 && Number.isFinite(b - a);
  if (!spans(lo, hi)) {
    // Magnitudes beyond float range: fall back to a safe span (at most Number.MAX_VALUE wide).
    const m = Math.min(Math.max(Math.abs(lo), Math.abs(hi)), Number.MAX_VALUE / 2);
    [lo, hi] = m > 1e-300 ? [-m, m] : [0, 1];
  }
  let [nlo, nhi] = niceDomain([lo, hi], options.tickCount ?? 5);
  if (!spans(nlo, nhi)) [nlo, nhi] = [lo, hi]; // nice() rounded past float range
  const out: [number, number] = [yMin ?? nlo, yMax ?? nhi];
  return spans(out[0], out[1]) ? out : [nlo, nhi];
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

/**
 * x ticks: the smallest nice interval (1, 2, 5, 10, 20, 25, 50 … years) whose labels, measured,
 * do not overlap, each label kept inside `[0, width]`. With `formatTime` the values are times in
 * ms and the intervals calendar units in UTC (seconds … days, weeks, months, years), labelled by
 * `formatTime(x, unit, first)`.
 */
export function xTicks(
  xs: readonly number[],
  scale: (x: number) => number,
  width: number,
  format: (x: number) => string,
  measure: MeasureText,
  gap = 8,
  formatTime?: (x: number, unit: TimeUnit, first: boolean) => string
): Tick[] {
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
      // The label's centre, kept inside the svg.
      const at = w >= width ? width / 2 : Math.min(Math.max(p, w / 2), width - w / 2);
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

/** Median distance between neighbouring values of ascending `xs` (of at most 1,001 evenly spread ones). */
function medianStep(xs: readonly number[]): number {
  const n = xs.length - 1;
  if (n < 1) return 1;
  const every = Math.ceil(n / 1001);
  const d = new Float64Array(Math.ceil(n / every));
  for (let i = 0, j = 1; j <= n; i++, j += every) d[i] = xs[j] - xs[j - 1];
  return d.sort()[d.length >> 1];
}

/**
 * Lays out a chart of one or more series: scales, ticks, marks, annotations.
 * Pure: the same input gives the same geometry, with no DOM access. Every coordinate is finite
 * and every width and height is zero or more, whatever the size or data.
 */
export function layoutChart(series: readonly Series[], options: LayoutOptions): ChartLayout {
  const warnings: string[] = [];
  const width = Math.max(0, finite(options.width));
  const height = Math.max(0, finite(options.height));
  const fontSize = options.fontSize ?? 12;
  const measure = options.measureText ?? estimateTextWidth(fontSize);
  const formatX = options.formatX ?? String;
  const mark = options.mark;
  const highlight = options.highlight ?? new Set<number>();

  const xs = options.xs ?? unionXs(series);
  // The data as columns (NaN for a gap): no object per datum is read or made.
  const cols = series.map(columnsOf);
  // The extent is all the y domain needs: two numbers, not a copy of 100,000 values.
  let lowest = Infinity;
  let highest = -Infinity;
  for (const c of cols) {
    for (const v of c.y) {
      // NaN (a gap) fails both comparisons.
      if (v < lowest) lowest = v;
      if (v > highest) highest = v;
    }
  }
  const values = lowest <= highest ? [lowest, highest] : [];

  // Vertical space: annotation labels on top, x tick labels below.
  const annotations = (options.annotations ?? []).filter((a) => Number.isFinite(a.year) || (Number.isFinite(a.from) && Number.isFinite(a.to)));
  const lineHeight = Math.round(fontSize * 1.3);
  // Annotation labels get one row, or two when there are several.
  const annotationRows = Math.min(2, annotations.length);
  // Value labels of highlighted data need a line above the highest mark.
  const labelRoom = highlight.size > 0 ? lineHeight : 0;
  const top = Math.ceil(fontSize / 2) + 2 + annotationRows * lineHeight + (annotationRows ? 2 : 0) + labelRoom;
  const bottom = lineHeight + 8;
  const frameHeight = Math.max(0, height - top - bottom);
  // About one gridline per 50 px, 2 to 6 of them: a quiet grid.
  const tickCount = Math.max(2, Math.min(6, Math.floor(frameHeight / 50)));

  // d3's tick count is a hint: ask for fewer until at most tickCount + 1 ticks come back, with the
  // domain made nice for the same count so that its ends are ticks.
  let domain: [number, number] = [0, 1];
  let tickValues: number[] = [];
  let domainWarnings: string[] = [];
  for (let count = tickCount; count >= 1; count--) {
    domainWarnings = [];
    domain = yDomain(values, mark, {yMin: options.yMin, yMax: options.yMax, tickCount: count}, domainWarnings);
    tickValues = linearScale(domain, [0, 1]).ticks(count);
    if (tickValues.length <= tickCount + 1) break;
  }
  warnings.push(...domainWarnings);
  // The automatic domain holds every value (clamping only guards float overflow); data outside
  // an author's y-min / y-max is drawn unclamped and cut off at the frame by the element's clip.
  const y = linearScale(domain, [top + frameHeight, top], options.yMin === undefined && options.yMax === undefined);
  // Data outside an author's y-min / y-max is cut off at the frame (the element clips it).
  // (Without them, only values beyond float range, such as ±1e308, can fall outside the domain,
  // which is kept finite: they are not what the author cut off.)
  let outside = 0;
  if ((options.yMin !== undefined || options.yMax !== undefined) && (lowest < domain[0] || highest > domain[1])) {
    for (const c of cols) for (const v of c.y) if (v < domain[0] || v > domain[1]) outside++;
  }
  if (outside > 0) warnings.push(`${outside} ${outside === 1 ? 'value lies' : 'values lie'} outside y-min / y-max and ${outside === 1 ? 'is' : 'are'} cut off.`);
  if (tickValues.length < 2) tickValues = [domain[0], domain[1]];
  const tickLabels = options.formats.ticks(tickValues);
  const labelWidth = tickLabels.reduce((m, l) => Math.max(m, measure(l)), 0);
  const left = Math.min(Math.ceil(labelWidth) + 8, Math.floor(width / 2));
  const right = Math.min(options.marginRight ?? 4, Math.max(0, width - left));
  const frame: Frame = {left, top, right: Math.max(left, width - right), bottom: top + frameHeight};
  const yTicks: Tick[] = tickValues.map((value, i) => ({
    value,
    label: tickLabels[i],
    position: px(y(value)),
    labelPosition: px(y(value)),
  }));

  // x scale: columns and bars get half a step of room at each end.
  const stepUnit = minStep(xs);
  const columnar = mark === 'column' || mark === 'bar';
  const padUnits = columnar || xs.length < 2 ? stepUnit / 2 : 0;
  const xLo = (xs[0] ?? 0) - padUnits;
  const xHi = (xs[xs.length - 1] ?? 1) + padUnits;
  const x = linearScale(xLo === xHi ? [xLo - 0.5, xHi + 0.5] : [xLo, xHi], [frame.left, frame.right]);
  const step = Math.abs(finite(x(xLo + stepUnit) - x(xLo)));
  const X = (v: number) => px(x(v));
  const Y = (v: number) => px(y(v));
  const zeroInDomain = domain[0] <= 0 && domain[1] >= 0;
  const baseline = zeroInDomain ? Y(0) : null;
  const base = Y(Math.min(Math.max(0, domain[0]), domain[1]));

  const columns: ColumnMark[] = [];
  const lines: PathMark[] = [];
  const areas: PathMark[] = [];
  const points: PointMark[] = [];
  const valueLabels: ValueLabel[] = [];
  let markCount = 0;
  let vertexCount = 0;

  const groupWidth = step > 4 ? step * (mark === 'bar' ? 0.8 : 0.72) : step;
  const n = Math.max(1, series.length);
  const frameWidth = frame.right - frame.left;
  series.forEach((s, seriesIndex) => {
    const {x: dx, y: dy} = cols[seriesIndex];
    const count = dx.length;
    // The datum of a mark (only the data that get a mark of their own need an object).
    const datum = (i: number) => datumOf(s, i) as Datum & {y: number};
    // Bars of the series side by side within a group: the centre of this series' bar.
    const w = mark === 'bar' ? groupWidth / n : groupWidth;
    const centre = (v: number) => (mark === 'bar' ? x(v) - groupWidth / 2 + w * seriesIndex + w / 2 : x(v));
    // A value label for a highlighted datum, at index i.
    const label = (i: number) => {
      const v = dy[i];
      const text = options.formats.value(v);
      const yv = Y(v);
      const tw = measure(text);
      // Above the end of a positive column or a point, below a negative column; flipped to the
      // other side of the baseline (or point) when that would leave the frame or the svg.
      let ly = v >= 0 || mark === 'line' ? yv - 6 : yv + fontSize + 2;
      if (ly > frame.bottom - 2) ly = columnar ? base - 6 : yv - 6;
      if (ly - fontSize < 0) ly = columnar ? base + fontSize + 2 : yv + fontSize + 6;
      const lx = Math.min(Math.max(centre(dx[i]), frame.left + tw / 2 + 2), width - tw / 2 - 1);
      valueLabels.push({
        seriesIndex,
        x: px(tw >= width ? width / 2 : lx),
        y: px(Math.max(fontSize, Math.min(height - 2, ly))),
        text,
        anchor: 'middle',
      });
    };
    if (columnar) {
      const inner = mark === 'bar' && w > 3 ? w * 0.9 : w;
      // More columns than pixels: one rect per pixel column and sign, from the baseline to the
      // farthest value in it (what the columns would cover), instead of a rect per datum.
      const merge = inner < 1 && count > frameWidth;
      let col = NaN;
      // Index and screen y of the farthest datum above (up) and below (down) the baseline.
      let up = -1;
      let upY = 0;
      let down = -1;
      let downY = 0;
      // A column of datum i from the baseline to screen y yv.
      const column = (i: number, left: number, yv: number, width: number, highlight: boolean) =>
        columns.push({seriesIndex, datum: datum(i), x: left, y: Math.min(yv, base), width, height: px(Math.abs(yv - base)), highlight});
      const flush = () => {
        if (up >= 0) column(up, px(col), upY, 1, false);
        if (down >= 0) column(down, px(col), downY, 1, false);
        up = down = -1;
      };
      for (let i = 0; i < count; i++) {
        const v = dy[i];
        if (Number.isNaN(v)) continue;
        markCount++;
        const cx = centre(dx[i]);
        const yv = Y(v);
        const lit = highlight.size > 0 && highlight.has(dx[i]);
        if (merge && !lit) {
          const c = Math.floor(cx);
          if (c !== col) {
            flush();
            col = c;
          }
          if (yv < base && (up < 0 || yv < upY)) {
            up = i;
            upY = yv;
          } else if (yv > base && (down < 0 || yv > downY)) {
            down = i;
            downY = yv;
          }
          continue;
        }
        column(i, px(cx - inner / 2), yv, px(Math.max(0, inner)), lit);
        if (lit) label(i);
      }
      flush();
    } else {
      // Breaks at gaps (null) and at jumps in x over 3× the usual step (and over a week for dates).
      const limit = Math.max(medianStep(dx) * 3, options.xType === 'date' ? 7 * DAY_MS : 0);
      const vertices = lineVertices(cols[seriesIndex], X, Y, limit, count > 2 * frameWidth);
      for (const v of vertices) if (v) vertexCount++;
      if (mark === 'area') {
        const dArea = areaPath(vertices, base);
        if (dArea) areas.push({seriesIndex, d: dArea});
      }
      const d = linePath(vertices);
      if (d) lines.push({seriesIndex, d});
      // Points for data joined to no neighbour, and for highlighted data. Whether a datum is joined
      // to the next one is carried to the next step: one look ahead per datum.
      let joinedBefore = false;
      for (let i = 0; i < count; i++) {
        if (Number.isNaN(dy[i])) {
          joinedBefore = false;
          continue;
        }
        markCount++;
        const joinedAfter = i + 1 < count && !Number.isNaN(dy[i + 1]) && dx[i + 1] - dx[i] <= limit;
        const isolated = !joinedBefore && !joinedAfter;
        joinedBefore = joinedAfter;
        const lit = highlight.size > 0 && highlight.has(dx[i]);
        if (isolated || lit) {
          points.push({seriesIndex, datum: datum(i), cx: X(dx[i]), cy: Y(dy[i]), kind: isolated ? 'isolated' : 'highlight'});
        }
        if (lit) label(i);
      }
    }
  });

  // Value labels of several series at one x (or close ones) that would overlap are moved apart
  // vertically, as few px as needed, within the svg.
  const labelBoxes = valueLabels.map((l) => ({label: l, w: measure(l.text)})).sort((a, b) => a.label.x - b.label.x);
  for (let i = 0, j = 1; i < labelBoxes.length; i = j++) {
    // A run of labels whose boxes overlap horizontally.
    while (j < labelBoxes.length && labelBoxes[j].label.x - labelBoxes[j - 1].label.x < (labelBoxes[j].w + labelBoxes[j - 1].w) / 2 + 2) j++;
    const run = labelBoxes.slice(i, j);
    // Text boxes from baseline − font size to baseline; centres moved apart.
    const centres = run.length > 1 && placeLabels(run.map(({label}) => ({y: label.y - fontSize / 2, height: fontSize + 2})), 0, height);
    if (centres) run.forEach(({label}, k) => (label.y = px(centres[k] + fontSize / 2)));
  }

  // Annotation labels sit in up to two rows above the frame: each label takes the first row where
  // it does not run into the label before it, and is shortened with an ellipsis when no row has room.
  const annotationMarks: AnnotationMark[] = [];
  const rowEnds = new Array<number>(annotationRows).fill(-Infinity);
  const sorted = [...annotations].sort((a, b) => (a.year ?? a.from ?? 0) - (b.year ?? b.from ?? 0));
  for (const a of sorted) {
    const isRule = Number.isFinite(a.year);
    const x1 = isRule ? X(a.year as number) : Math.max(frame.left, X(Math.min(a.from!, a.to!)) - step / 2);
    const x2 = isRule ? x1 : Math.min(frame.right, X(Math.max(a.from!, a.to!)) + step / 2);
    const outsideX = isRule ? (a.year as number) < xLo || (a.year as number) > xHi : x2 < frame.left || x1 > frame.right;
    if (outsideX) {
      warnings.push(`The annotation "${a.label}" lies outside the years shown.`);
      continue;
    }
    const full = measure(a.label);
    const startX = x1 + (isRule ? 4 : 2);
    // A label that fits between its marker and the right edge starts at the marker; one that does
    // not (near the right edge) ends at the marker instead. It takes the first row with room.
    const end = full > width - startX;
    let row = rowEnds.findIndex((rowEnd) => (end ? x1 - 4 - full >= Math.max(0, rowEnd + 8) : startX >= rowEnd + 8));
    // No row has room for the whole label: it starts in the row that ends first (of at most two)
    // and is shortened.
    const atEnd = row >= 0 && end;
    if (row < 0) row = rowEnds[1] < rowEnds[0] ? 1 : 0;
    const labelX = atEnd ? x1 - 4 : Math.max(startX, rowEnds[row] + 8);
    const shownLabel = truncateText(a.label, atEnd ? labelX : Math.max(0, width - labelX), measure);
    rowEnds[row] = atEnd ? x1 : labelX + measure(shownLabel);
    annotationMarks.push({
      kind: isRule ? 'rule' : 'range',
      x: px(x1),
      x2: px(x2),
      label: a.label,
      shownLabel,
      labelX: px(Math.min(labelX, width)),
      labelY: px(Math.ceil(fontSize / 2) + 2 + row * lineHeight + fontSize - 2),
      anchor: atEnd ? 'end' : 'start',
    });
  }

  const formatTime = options.xType === 'date' ? (options.formatTimeTick ?? ((t: number) => new Date(t).toISOString().slice(0, 10))) : undefined;
  const xTickList = xTicks(xs, X, width, formatX, measure, 8, formatTime);
  return {
    width,
    height,
    frame,
    xTicks: xTickList,
    yTicks,
    yDomain: domain,
    baseline,
    columns,
    lines,
    areas,
    points,
    valueLabels,
    annotations: annotationMarks,
    xs,
    xScale: X,
    yScale: Y,
    step: px(step),
    markCount,
    vertexCount,
    warnings,
  };
}

/**
 * Vertices of a line through `data` (sorted by x), with `undefined` at gaps: null values and jumps
 * in x over `limit`. With `decimate`, M4: of each run of data in one column of 1 / `perPixel` px
 * only the first, last, lowest and highest are kept, in their order (`X` and `Y` are scales:
 * monotonic, so the lowest and highest values are the extremes on screen). The line then covers the same
 * pixels as through every datum: in Chromium, with the charts' 2.5 px anti-aliased stroke, no
 * pixel gains or loses ink, and edge shades differ by less than half (tested).
 */
export function lineVertices(
  data: readonly Datum[] | Columns,
  X: (x: number) => number,
  Y: (y: number) => number,
  limit = Infinity,
  decimate = false,
  perPixel = 2
): Vertex[] {
  const out: Vertex[] = [];
  const {x: xs, y: ys} = Array.isArray(data) ? toColumns(data as readonly Datum[]) : (data as Columns);
  // The current pixel column's first, lowest, highest and last datum, as indices (and the lowest
  // and highest value): no allocation per datum, and Y only for the data kept.
  let col = NaN;
  let open = false;
  let first = 0, low = 0, high = 0, last = 0, lowValue = 0, highValue = 0;
  // The index of the last vertex kept, so that a datum that is, say, both first and lowest is kept once.
  let kept = -1;
  const keep = (i: number) => {
    if (i === kept) return;
    kept = i;
    out.push([X(xs[i]), Y(ys[i])]);
  };
  const flush = () => {
    if (!open) return;
    open = false;
    // first ≤ the extremes ≤ last: in index order without sorting, each once.
    keep(first);
    keep(Math.min(low, high));
    keep(Math.max(low, high));
    keep(last);
  };
  const gap = () => {
    flush();
    if (out.length && out[out.length - 1] !== undefined) out.push(undefined);
  };
  for (let i = 0; i < xs.length; i++) {
    if (i > 0 && xs[i] - xs[i - 1] > limit) gap();
    const v = ys[i];
    if (Number.isNaN(v)) {
      gap();
      continue;
    }
    if (!decimate) {
      out.push([X(xs[i]), Y(v)]);
      continue;
    }
    const c = Math.floor(X(xs[i]) * perPixel);
    if (!open || c !== col) {
      flush();
      col = c;
      open = true;
      first = low = high = last = i;
      lowValue = highValue = v;
      continue;
    }
    last = i;
    if (v < lowValue) {
      low = i;
      lowValue = v;
    } else if (v > highValue) {
      high = i;
      highValue = v;
    }
  }
  flush();
  if (out[out.length - 1] === undefined) out.pop();
  return out;
}

/** The datum at `x` in data sorted by x (binary search), or `undefined`. */
export function datumAt(data: readonly Datum[], x: number): Datum | undefined {
  let lo = 0;
  let hi = data.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = data[mid].x;
    if (v === x) return data[mid];
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  // Unsorted data (from a caller of the core): a linear search.
  return data.length && data[0].x > data[data.length - 1].x ? data.find((d) => d.x === x) : undefined;
}

/**
 * The datum of `series` at `x`, or `undefined`: found by binary search in the columns a series
 * keeps (see `columnSeries`), else with {@link datumAt} in its data.
 */
export function seriesDatumAt(series: Series, x: number): Datum | undefined {
  const c = keptColumns(series);
  if (!c) return datumAt(series.data, x);
  const i = indexOfX(c.x, x);
  return i < 0 ? undefined : datumOf(series, i);
}

/** Index of the value of ascending `xs` nearest to `value` (−1 when empty). */
export function nearestIndex(xs: readonly number[], value: number, scale: (x: number) => number = (v) => v): number {
  let lo = 0;
  let hi = xs.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (scale(xs[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && Math.abs(scale(xs[lo - 1]) - value) <= Math.abs(scale(xs[lo]) - value) ? lo - 1 : lo;
}

/** Positions of the data at `x`, one per series that has a value there. */
export function positionsAt(layout: Pick<ChartLayout, 'xScale' | 'yScale'>, series: readonly Series[], x: number): DatumPosition[] {
  const out: DatumPosition[] = [];
  series.forEach((s, seriesIndex) => {
    const datum = seriesDatumAt(s, x);
    if (datum && defined(datum)) out.push({seriesIndex, datum, x: layout.xScale(x), y: layout.yScale(datum.y)});
  });
  return out;
}

/** Positions of every datum with a value, series by series, in x order. */
export function datumPositions(layout: Pick<ChartLayout, 'xScale' | 'yScale'>, series: readonly Series[]): DatumPosition[] {
  return series.flatMap((s, seriesIndex) =>
    s.data.filter(defined).map((datum) => ({seriesIndex, datum, x: layout.xScale(datum.x), y: layout.yScale(datum.y)}))
  );
}
