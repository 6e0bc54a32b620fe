/**
 * Annotation marks: rules at an x and ranges over a span of x, with their labels packed in up to
 * two rows above the frame.
 */
import type {Annotation} from '../types.js';
import {px} from './pixels.js';
import {truncateText} from './text.js';
import type {AnnotationMark, Frame, MeasureText} from './types.js';

/** What placing annotations needs to know of the chart. @internal */
export interface AnnotationContext {
  /** An x value to px (rounded). */
  X: (x: number) => number;
  /** px between neighbouring x values: a range covers half a step beyond its ends. */
  step: number;
  frame: Frame;
  /** The x domain's ends (x values): a rule beyond them lies outside the chart. */
  xLo: number;
  xHi: number;
  width: number;
  measure: MeasureText;
  fontSize: number;
  lineHeight: number;
  /** Rows of labels above the frame (see `verticalSpace`). */
  rows: number;
}

/** The annotations that can be drawn: a rule with a finite `year`, or a range with finite `from` and `to`. @internal */
export const drawableAnnotations = (annotations: readonly Annotation[] = []): Annotation[] =>
  annotations.filter((a) => Number.isFinite(a.year) || (Number.isFinite(a.from) && Number.isFinite(a.to)));

/**
 * Annotation marks in x order. Their labels sit in up to two rows above the frame: each label takes
 * the first row where it does not run into the label before it, and is shortened with an ellipsis
 * when no row has room. An annotation outside the x domain is left out with a warning. @internal
 */
export function layoutAnnotations(annotations: readonly Annotation[], context: AnnotationContext, warnings: string[]): AnnotationMark[] {
  const {X, step, frame, xLo, xHi, width, measure, fontSize, lineHeight} = context;
  const annotationMarks: AnnotationMark[] = [];
  const rowEnds = new Array<number>(context.rows).fill(-Infinity);
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
  return annotationMarks;
}
