/**
 * Annotation marks: rules at an x and ranges over a span of x, with their labels in up to two rows
 * above the frame, placed by the chart's `Placement` and attached to their own marker.
 */
import {DAY_MS} from '../time.js';
import type {Annotation, XType} from '../types.js';
import {px} from './pixels.js';
import {markerRadius, TEXT_GAP, type Box, type Placement, type Spot} from './placement.js';
import type {AnnotationMark, Frame} from './types.js';

/** What placing annotations needs to know of the chart. @internal */
export interface AnnotationContext {
  /** An x value to px (rounded). */
  X: (x: number) => number;
  /** px between neighbouring x values. */
  step: number;
  frame: Frame;
  /** The x domain's ends (x values): a rule beyond them lies outside the chart. */
  xLo: number;
  xHi: number;
  xType?: XType;
  width: number;
  fontSize: number;
  lineHeight: number;
  /** Rows of labels above the frame (see `verticalSpace`). */
  rows: number;
  /** Where the labels go (with the boxes and rules already placed). */
  placement: Placement;
}

/**
 * An annotation with no room for its label, or for its whole label: it becomes a note under the
 * chart. @internal
 */
export interface DroppedAnnotation {
  /** Its index in the marks returned. */
  index: number;
  annotation: Annotation;
  /** The box of its label when shortened, which ends with room for its note's marker. */
  shortened?: Box;
}

/** The annotations that can be drawn: a rule with a finite `year`, or a range with finite `from` and `to`. @internal */
export const drawableAnnotations = (annotations: readonly Annotation[] = []): Annotation[] =>
  annotations.filter((a) => Number.isFinite(a.year) || (Number.isFinite(a.from) && Number.isFinite(a.to)));

/** The baseline of label row `row` (0 is the top one), px. @internal */
export const rowBaseline = (row: number, fontSize: number, lineHeight: number): number => Math.ceil(fontSize / 2) + 2 + row * lineHeight + fontSize - 2;

/**
 * The px span of an annotation: a rule's x, or a range from its first to its last x with half a
 * step of padding either side, but never more than half a year (half a day on a date axis), so
 * that a range spans its own years however far apart the data's are.
 */
function spanOf(a: Annotation, {X, step, frame, xType}: AnnotationContext): [number, number] {
  if (Number.isFinite(a.year)) return [X(a.year!), X(a.year!)];
  const [from, to] = [Math.min(a.from!, a.to!), Math.max(a.from!, a.to!)];
  const unit = xType === 'date' ? DAY_MS : 1;
  const pad = Math.min(step / 2, Math.abs(X(from + unit) - X(from)) / 2);
  return [Math.max(frame.left, X(from) - pad), Math.min(frame.right, X(to) + pad)];
}

/**
 * Annotation marks in x order. Each label takes the first of its spots that is free (see
 * `Placement`), row by row from the top: starting at its marker, else ending at it; then
 * shortened with an ellipsis, its whole text in a note (`dropped`, with room for the note's marker
 * after it); a label with no room even so is left to a note, its rule or range still drawn. An annotation outside the x domain is left out with a warning. @internal
 */
export function layoutAnnotations(
  annotations: readonly Annotation[],
  context: AnnotationContext,
  warnings: string[]
): {marks: AnnotationMark[]; dropped: DroppedAnnotation[]} {
  const {frame, xLo, xHi, width, fontSize, lineHeight, placement} = context;
  const marks: AnnotationMark[] = [];
  const dropped: DroppedAnnotation[] = [];
  const bounds: Box = {left: 0, top: 0, right: width, bottom: frame.top};
  const rows = Array.from({length: context.rows}, (_, row) => rowBaseline(row, fontSize, lineHeight));
  const sorted = [...annotations].sort((a, b) => (a.year ?? Math.min(a.from!, a.to!)) - (b.year ?? Math.min(b.from!, b.to!)));
  for (const a of sorted) {
    const isRule = Number.isFinite(a.year);
    const [x1, x2] = spanOf(a, context);
    const outsideX = isRule ? a.year! < xLo || a.year! > xHi : x2 < frame.left || x1 > frame.right;
    if (outsideX) {
      warnings.push(`The annotation "${a.label}" lies outside the years shown.`);
      continue;
    }
    // A rule's label starts just right of it, or ends just left of it; a range's starts at its
    // start, or ends at its end.
    const start = (y: number): Spot => ({x: x1 + (isRule ? 4 : 2), y, anchor: 'start'});
    const end = (y: number): Spot => ({x: isRule ? x1 - 4 : x2 - 2, y, anchor: 'end'});
    const spots = [...rows.map(start), ...rows.map(end)];
    const noteRoom = 2 * markerRadius(fontSize) + 2 * TEXT_GAP;
    const placed = placement.place({text: a.label, spots, shorten: true, noteRoom, bounds, rule: isRule ? {x: x1, bottom: frame.bottom} : undefined});
    const mark: AnnotationMark = {
      kind: isRule ? 'rule' : 'range',
      x: px(x1),
      x2: px(x2),
      label: a.label,
      shownLabel: placed?.text ?? '',
      labelX: px(placed?.x ?? x1),
      labelY: px(placed?.y ?? frame.top),
      anchor: placed?.anchor === 'end' ? 'end' : 'start',
      ruleTop: px(placed?.rule?.top ?? frame.top),
    };
    if (placed && placed.text !== a.label) dropped.push({index: marks.length, annotation: a, shortened: placed.box});
    if (!placed) {
      dropped.push({index: marks.length, annotation: a});
      // The rule is drawn all the same: later labels keep clear of it.
      if (isRule) placement.blockRule({x: x1, top: frame.top, bottom: frame.bottom});
    }
    marks.push(mark);
  }
  return {marks, dropped};
}
