/**
 * `layoutChart`: the whole layout of a chart, step by step: dimensions → y scale → frame → x scale
 * → marks → value labels → annotations → ticks. It knows no mark by name: what differs between
 * marks is in their modules (see `registry.ts`).
 */
import {ChartDataError, type MarkType, type Series} from '../types.js';
import {columnsOf, type Columns} from '../columns.js';
import {unionXs} from '../normalize.js';
import {drawableAnnotations} from './annotations.js';
import {frameOf, rowContentOf, verticalSpace, type VerticalSpace} from './dimensions.js';
import {logYScale} from './log-scale.js';
import {finite, px} from './pixels.js';
import {placePlotLabels} from './plot-labels.js';
import {drawnMark, markOf, MARKS} from './registry.js';
import {estimateTextWidth} from './text.js';
import {xTicks, yTicks} from './ticks.js';
import type {ChartLayout, CurveType, LayoutOptions, YAxisType, YScaleType} from './types.js';
import {xScaleOf} from './x-scale.js';
import {topLabelReach, yAxisLabels, yLabelBoxes} from './y-labels.js';
import {linearYScale, type YScale} from './y-scale.js';

/**
 * The data as columns, with the values a log scale cannot show (zero and below) turned into gaps,
 * with a warning.
 */
function drawableColumns(series: readonly Series[], yScaleType: YScaleType, warnings: string[]): Columns[] {
  const columns = series.map(columnsOf);
  if (yScaleType !== 'log') return columns;
  let dropped = 0;
  const positive = columns.map(({x, y}) => ({
    x,
    y: y.map((v) => {
      if (!(v <= 0)) return v;
      dropped++;
      return NaN;
    }),
  }));
  if (dropped) {
    warnings.push(`${dropped} ${dropped === 1 ? 'value is' : 'values are'} zero or negative, which a log scale cannot show: drawn as gaps.`);
  }
  return positive;
}

/** The y scale of data from `extent[0]` to `extent[1]` (`undefined`: no value), over the frame's height. */
function yScaleFor(type: MarkType, extent: [number, number] | undefined, options: LayoutOptions, space: VerticalSpace): YScale {
  const bounds = {yMin: options.yMin, yMax: options.yMax};
  const range: [number, number] = [space.bottom, space.top];
  if (options.yScaleType !== 'log') return linearYScale(extent ?? [], type, bounds, range);
  if (!extent) {
    throw new ChartDataError('no-values', 'There is no value above zero to draw: a log scale can only show values above zero.');
  }
  return logYScale(extent, bounds, range, space.tickCount);
}

/** The curves and y scales `LayoutOptions` may name; the first of each is the default. */
const CURVE_TYPES: readonly CurveType[] = ['linear', 'monotone', 'step'];
const Y_SCALE_TYPES: readonly YScaleType[] = ['linear', 'log'];
const Y_AXIS_TYPES: readonly YAxisType[] = ['left', 'inline'];

/**
 * The mark, y scale and curve that `options` name. A name the layout does not know (possible from
 * plain JavaScript, which no type checks) is replaced, with a warning: the mark by `line`, the
 * others by their defaults.
 */
function namedOptions(options: LayoutOptions, warnings: string[]): {type: MarkType; yScaleType: YScaleType; curve: CurveType; yAxis: YAxisType} {
  const named = <T>(option: string, value: unknown, known: readonly T[], fallback: T): T => {
    if (value === undefined || known.includes(value as T)) return (value as T | undefined) ?? fallback;
    warnings.push(`${option}: ${JSON.stringify(value)} is not one of ${known.join(', ')}; using ${String(fallback)}.`);
    return fallback;
  };
  const type = named('mark', options.mark, Object.keys(MARKS) as MarkType[], 'line');
  return {
    type,
    yScaleType: named('yScaleType', options.yScaleType, Y_SCALE_TYPES, 'linear'),
    curve: named('curve', options.curve, CURVE_TYPES, 'linear'),
    yAxis: named('yAxis', options.yAxis, Y_AXIS_TYPES, 'left'),
  };
}

/** How many values lie outside the domain (cut off at the frame), counted only when the author set y-min or y-max. */
function countOutside(columns: readonly Columns[], extent: [number, number] | undefined, domain: [number, number], options: LayoutOptions): number {
  // Without an author's bounds, only values beyond float range, such as ±1e308, can fall outside
  // the domain, which is kept finite: they are not what the author cut off.
  if (options.yMin === undefined && options.yMax === undefined) return 0;
  if (!extent || (extent[0] >= domain[0] && extent[1] <= domain[1])) return 0;
  let outside = 0;
  for (const c of columns) for (const v of c.y) if (v < domain[0] || v > domain[1]) outside++;
  return outside;
}

/**
 * Lays out a chart of one or more series: scales, ticks, marks, value labels, annotations.
 * Pure: the same input gives the same geometry, with no DOM access. Every coordinate is finite
 * and every width and height is zero or more, whatever the size or data.
 * @throws {ChartDataError} code `no-values` on a log scale when no value is above zero.
 */
export function layoutChart(series: readonly Series[], options: LayoutOptions): ChartLayout {
  const warnings: string[] = [];
  const width = Math.max(0, finite(options.width));
  const height = Math.max(0, finite(options.height));
  const fontSize = options.fontSize ?? 12;
  const measure = options.measureText ?? estimateTextWidth(fontSize);
  const named = namedOptions(options, warnings);
  const yScaleType = named.yScaleType;
  const type = drawnMark(named.type, yScaleType, warnings);
  const mark = markOf(type);
  const highlight = options.highlight ?? new Set<number>();
  const xs = options.xs ?? unionXs(series);
  const columns = drawableColumns(series, yScaleType, warnings);
  const annotations = drawableAnnotations(options.annotations);

  // Dimensions, then the y scale: its tick labels set the frame's left edge.
  const space = verticalSpace(height, fontSize, rowContentOf(options));
  const extent = mark.extent(columns);
  const y = yScaleFor(type, extent, {...options, yScaleType}, space);
  warnings.push(...y.warnings);
  const outside = countOutside(columns, extent, y.domain, options);
  if (outside > 0) warnings.push(`${outside} ${outside === 1 ? 'value lies' : 'values lie'} outside y-min / y-max and ${outside === 1 ? 'is' : 'are'} cut off.`);
  const Y = (v: number) => px(y.scale(v));
  const tickValues = y.ticks.length < 2 ? [...y.domain] : y.ticks;
  const yLabels = yAxisLabels(tickValues, Y, {format: options.formats.ticks, log: yScaleType === 'log', measure, gap: space.lineHeight + 4});
  const ticks = yTicks(tickValues, yLabels.labels, Y, named.yAxis === 'inline');
  const zeroInDomain = yScaleType === 'linear' && y.domain[0] <= 0 && y.domain[1] >= 0;
  const marksWith = (labelWidth: number | undefined) => {
    const frame = frameOf(width, space, labelWidth, options.marginRight);
    const x = xScaleOf(xs, mark.columnar, frame);
    const X = (v: number) => px(x.scale(v));
    const base = yScaleType === 'log' ? frame.bottom : Y(Math.min(Math.max(0, y.domain[0]), y.domain[1]));
    const geometry = mark.geometry({series, columns, x: x.scale, X, Y, frame, step: x.step, base, highlight, xType: options.xType, curve: named.curve});
    return {frame, x, X, geometry};
  };
  // Inline labels over a line or area take no margin; columns still begin right of the widest
  // (within half the width: a long unit runs over the plot rather than squeeze it).
  const inline = named.yAxis === 'inline';
  let marks = marksWith(inline ? (mark.columnar ? Math.min(yLabels.width, Math.floor(width / 2) - 8) : undefined) : yLabels.plainWidth);
  if (!inline && ticks[yLabels.top]) {
    // The margin holds the labels without the unit; the top label's unit reaches over the plot
    // unless a mark lies under it (see y-labels.ts).
    const top = ticks[yLabels.top];
    const rules = annotations.flatMap((a) => (Number.isFinite(a.year) ? [marks.X(a.year!)] : []));
    const under = {columns: marks.geometry.columns, points: marks.geometry.points, rules};
    const reach = topLabelReach(yLabels, top, {frame: marks.frame, width, measure, fontSize}, under);
    if (reach === 'whole') marks = marksWith(yLabels.width);
    else if (reach) Object.assign(top, reach);
  }
  const {frame, x, X, geometry} = marks;

  // Every text in the plot, in one placement (see plot-labels.ts).
  // An x as the tooltip writes it: in value labels, notes, and at the ends of the x axis.
  const formatX = options.formatX ?? (options.xType === 'date' ? (t: number) => new Date(t).toISOString().slice(0, 10) : String);
  const labels = placePlotLabels({
    series,
    columns,
    lines: geometry.lineVertices,
    curve: named.curve,
    X,
    Y,
    step: x.step,
    frame,
    xLo: x.lo,
    xHi: x.hi,
    xs,
    xType: options.xType,
    width,
    fontSize,
    lineHeight: space.lineHeight,
    rows: space.annotationRows,
    measure,
    measureBold: options.measureBold ?? ((text) => measure(text) * 1.08),
    formatValue: options.formats.value,
    formatX,
    points: geometry.points,
    valueLabels: geometry.labels,
    annotations,
    directLabels: options.directLabels,
    warnings,
    fixed: yLabelBoxes(ticks, frame, named.yAxis, measure, fontSize),
  });
  const formatTime = options.xType === 'date' ? (options.formatTimeTick ?? ((t: number) => new Date(t).toISOString().slice(0, 10))) : undefined;
  return {
    mark: type,
    band: mark.band,
    columnar: mark.columnar,
    yScaleType,
    yAxis: named.yAxis,
    width,
    height,
    frame,
    // The x labels lie below the y labels' line boxes (see `X_LABEL_BASELINE`), so that the
    // first one is centred on its tick where the svg has room, even under the lowest y label.
    // At least 1 em between two of them: a quiet axis, not a row of years shoulder to shoulder.
    xTicks: xTicks(xs, {scale: X, width, format: formatX, measure, formatTime, gap: fontSize}),
    yTicks: ticks,
    yDomain: y.domain,
    baseline: zeroInDomain ? Y(0) : null,
    columns: geometry.columns,
    lines: geometry.lines,
    areas: geometry.areas,
    points: geometry.points,
    valueLabels: labels.valueLabels,
    annotations: labels.annotations,
    ...(labels.directLabels ? {directLabels: labels.directLabels} : {}),
    notes: labels.notes,
    xs,
    xScale: X,
    yScale: Y,
    step: px(x.step),
    markCount: geometry.markCount,
    vertexCount: geometry.vertexCount,
    warnings,
  };
}
