/**
 * Every text in the plot, placed in one `Placement`, in this order: the y labels drawn in the plot
 * (inline, or a top label whose unit reaches over it) and the highlighted points are kept clear;
 * direct labels (fixed beside the ends of their lines); annotation labels with their
 * rules; value labels; then the numbered markers of the labels that had no room, whose text goes
 * to notes under the chart.
 */
import type {Columns} from '../columns.js';
import type {Annotation, Series, XType} from '../types.js';
import type {Vertex} from './decimate.js';
import {layoutAnnotations, rowBaseline, type AnnotationContext} from './annotations.js';
import {placeDirectLabels} from './direct-labels.js';
import {px} from './pixels.js';
import {markerRadius, Placement, segmentMeets, shiftedSpots, type Box, type Spot} from './placement.js';
import type {AnnotationMark, CurveType, DirectLabel, DirectLabelOptions, Frame, LabelNote, MeasureText, PointMark, ValueLabel} from './types.js';
import {valueLabelsOf, type ValueLabelRequest} from './value-labels.js';

/** What the plot's texts are placed in. @internal */
export interface PlotLabelContext {
  series: readonly Series[];
  /** The data (NaN: a gap), for the ends of lines that direct labels name. */
  columns: readonly Columns[];
  /** The vertices of every line as drawn (see `MarkGeometry.lineVertices`): no label crosses them. */
  lines: readonly (readonly Vertex[])[];
  curve: CurveType;
  X: (x: number) => number;
  Y: (y: number) => number;
  step: number;
  frame: Frame;
  xLo: number;
  xHi: number;
  xs: readonly number[];
  xType?: XType;
  width: number;
  fontSize: number;
  lineHeight: number;
  /** Rows of annotation labels above the frame. */
  rows: number;
  /** Measures regular text (annotation labels) and bold text (value and direct labels). */
  measure: MeasureText;
  measureBold: MeasureText;
  formatValue: (value: number) => string;
  formatX: (x: number) => string;
  points: readonly PointMark[];
  valueLabels: readonly ValueLabelRequest[];
  annotations: readonly Annotation[];
  directLabels?: DirectLabelOptions;
  /** Where warnings go (an annotation outside the x domain). */
  warnings: string[];
  /** The boxes of texts drawn where they are, which every label keeps clear of (the y labels). */
  fixed: readonly Box[];
}

/** The plot's texts as placed. @internal */
export interface PlotLabels {
  valueLabels: ValueLabel[];
  annotations: AnnotationMark[];
  directLabels?: DirectLabel[];
  notes: LabelNote[];
}

/** px a text keeps from the middle of a line: half the line's 2.5 px stroke, and a little. */
const LINE_CLEARANCE = 2;

type Point = readonly [number, number];

/** The runs of two or more vertices between gaps. */
function runsOf(vertices: readonly Vertex[]): Point[][] {
  const runs: Point[][] = [[]];
  for (const v of vertices) {
    if (v) runs[runs.length - 1].push(v);
    else runs.push([]);
  }
  return runs.filter((run) => run.length > 1);
}

/**
 * Whether a box comes within `LINE_CLEARANCE` px of a line drawn through `lines` (the vertices of
 * each, x ascending, `undefined` at gaps; decimated as drawn), joined as `curve` joins them:
 * straight; a step (across, then up or down); or a monotone curve, which stays within the box of
 * its two ends (d3's `curveMonotoneX` never overshoots). Only the segments under the box's x span
 * are looked at, the first found by binary search. @internal
 */
export function linesMeet(lines: readonly (readonly Vertex[])[], curve: CurveType): (box: Box) => boolean {
  const runs = lines.flatMap(runsOf);
  const meets = (x1: number, y1: number, x2: number, y2: number, b: Box): boolean => {
    if (curve === 'step') return segmentMeets(x1, y1, x2, y1, b) || segmentMeets(x2, y1, x2, y2, b);
    if (curve === 'monotone') return x1 <= b.right && x2 >= b.left && Math.min(y1, y2) <= b.bottom && Math.max(y1, y2) >= b.top;
    return segmentMeets(x1, y1, x2, y2, b);
  };
  return (box) => {
    const b = {left: box.left - LINE_CLEARANCE, right: box.right + LINE_CLEARANCE, top: box.top - LINE_CLEARANCE, bottom: box.bottom + LINE_CLEARANCE};
    return runs.some((run) => {
      // The first vertex at or right of the box's left edge.
      let lo = 0;
      let hi = run.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (run[mid][0] < b.left) lo = mid + 1;
        else hi = mid;
      }
      for (let i = Math.max(1, lo); i < run.length && run[i - 1][0] <= b.right; i++) if (meets(...run[i - 1], ...run[i], b)) return true;
      return false;
    });
  };
}

/**
 * The marker of note `number`: a circle placed at the first free of `centres`, or none. With
 * `ruleTo`, the marker sits on top of a rule at its x down to that y, which must be free too.
 * A marker that finds no free centre takes the first free of `far` (see {@link farCentres}),
 * clear of the lines, then over them: every note's number is in the chart, nearest its mark.
 */
function placeMarker(placement: Placement, number: number, centres: readonly Spot[], bounds: Box, ruleTo?: number, far?: readonly Spot[]): LabelNote['marker'] {
  const {fontSize} = placement;
  const r = markerRadius(fontSize);
  // Spots are baselines: a text box's middle is 0.29 em above its baseline.
  const baselines = (list: readonly Spot[]) => list.map((c): Spot => ({...c, y: c.y + fontSize * 0.29, anchor: 'middle'}));
  const rule = ruleTo === undefined ? undefined : {x: centres[0]?.x ?? 0, bottom: ruleTo};
  const request = {text: String(number), spots: baselines(centres), shorten: false, bounds, measure: () => 2 * r, rule};
  const further = far && {...request, spots: baselines(far)};
  const placed = placement.place(request) ?? (further && (placement.place(further) ?? placement.place({...further, overLines: true})));
  return placed && {x: px(placed.x), y: px((placed.box.top + placed.box.bottom) / 2), r};
}

/**
 * Centres for a marker with no room beside its mark: a grid around `at`, out to five marker
 * widths either side and six half rows above and below, the nearest first (by cost).
 */
function farCentres(at: Spot, r: number, lineHeight: number): Spot[] {
  const centres: Spot[] = [];
  for (let i = -5; i <= 5; i++) {
    for (let j = -6; j <= 6; j++) {
      const [dx, dy] = [i * 2.5 * r, (j * lineHeight) / 2];
      centres.push({x: at.x + dx, y: at.y + dy, anchor: 'middle', cost: Math.hypot(dx, dy)});
    }
  }
  return centres;
}

/**
 * Places the plot's texts (see the module's description): no two of them meet, none is crossed
 * by a rule, none leaves its bounds. @internal
 */
export function placePlotLabels(context: PlotLabelContext): PlotLabels {
  const {frame, width, fontSize, lineHeight, series} = context;
  const placement = new Placement(fontSize, context.measure, linesMeet(context.lines, context.curve));
  for (const box of context.fixed) placement.block(box);
  for (const p of context.points) if (p.kind === 'highlight') placement.blockMark({left: p.cx - 7.5, right: p.cx + 7.5, top: p.cy - 7.5, bottom: p.cy + 7.5});
  const lastX = context.xs[context.xs.length - 1];
  const directContext = {series, columns: context.columns, lastX, Y: context.Y, frame, width, measure: context.measureBold, placement};
  const directLabels = context.directLabels && placeDirectLabels(context.directLabels, directContext);

  const annotationContext: AnnotationContext = {...context, placement};
  const annotated = layoutAnnotations(context.annotations, annotationContext, context.warnings);
  const values = valueLabelsOf(context.valueLabels, {frame, width, fontSize, format: context.formatValue, measure: context.measureBold, placement});

  // Notes in x order, each with a marker beside what it belongs to.
  const many = series.length > 1;
  const dropped = [
    ...values.dropped.map(({request: r, text}) => ({
      x: r.x,
      text: `${context.formatX(r.xValue)}${many && !r.total ? `, ${series[r.seriesIndex]?.label ?? ''}` : ''}: ${text}`,
      centres: shiftedSpots([{x: r.x + 14, y: r.y, anchor: 'middle'}, {x: r.x - 14, y: r.y, anchor: 'middle'}, {x: r.x, y: r.y - 14, anchor: 'middle'}, {x: r.x, y: r.y + 14, anchor: 'middle'}], lineHeight / 2, 4),
      around: {x: r.x, y: r.y, anchor: 'middle'} as Spot,
      onRule: [] as Spot[],
      mark: undefined as AnnotationMark | undefined,
      shortened: undefined as Box | undefined,
    })),
    ...annotated.dropped.map(({index, annotation: a, shortened}) => {
      const mark = annotated.marks[index];
      const when = Number.isFinite(a.year) ? context.formatX(a.year!) : `${context.formatX(Math.min(a.from!, a.to!))}–${context.formatX(Math.max(a.from!, a.to!))}`;
      // On top of its rule in a row of labels, else (or for a range) in the frame beside its start.
      const rows = Array.from({length: context.rows}, (_, row) => rowBaseline(row, fontSize, lineHeight) - fontSize * 0.29);
      const onRule = mark.kind === 'rule' ? rows.map((y): Spot => ({x: mark.x, y, anchor: 'middle'})) : [];
      const centres = shiftedSpots([{x: mark.x + 10, y: frame.top + 10, anchor: 'middle'}], lineHeight / 2, 4);
      return {x: mark.x, text: `${when}: ${a.label}`, centres, around: centres[0], onRule, mark, shortened};
    }),
  ].sort((a, b) => a.x - b.x);
  const bounds: Box = {left: frame.left, top: 0, right: width, bottom: frame.bottom};
  const notes = dropped.map((d, i): LabelNote => {
    // A shortened label kept room for its marker at its end.
    const s = d.shortened;
    if (s) return {number: i + 1, text: d.text, marker: {x: px(s.right - markerRadius(fontSize)), y: px((s.top + s.bottom) / 2), r: markerRadius(fontSize)}};
    const onRule = d.onRule.length ? placeMarker(placement, i + 1, d.onRule, {...bounds, left: 0, bottom: frame.top}, frame.top) : undefined;
    const marker = onRule ?? placeMarker(placement, i + 1, d.centres, bounds, undefined, farCentres(d.around, markerRadius(fontSize), lineHeight));
    // A dropped rule begins under its marker when the marker sits on it.
    if (d.mark && onRule) d.mark.ruleTop = px(onRule.y + onRule.r);
    return marker ? {number: i + 1, text: d.text, marker} : {number: i + 1, text: d.text};
  });
  return {valueLabels: values.labels, annotations: annotated.marks, directLabels, notes};
}
