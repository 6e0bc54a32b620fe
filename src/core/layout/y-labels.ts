/**
 * The y tick labels: their text (the highest shown carries the unit), the room they take left of
 * the frame, where the top label goes when its unit is wider than that room, and the boxes of
 * those drawn inside the plot, which every other text keeps clear of.
 *
 * On the left axis the margin is sized by the labels without the unit, so that a long unit
 * ("800 TIV, millions") does not narrow the plot for every row: the top label's number then ends
 * where the other labels end, and its unit reaches right over the plot on its gridline, with a halo, unless a column,
 * a point or an annotation's rule lies under it (the margin then holds it whole, as before); a
 * unit too long for the plot's width is shortened with an ellipsis.
 */
import {logTickLabels} from './log-scale.js';
import {shownYLabels} from './ticks.js';
import {textBox, type Box} from './placement.js';
import {truncateText} from './text.js';
import type {ColumnMark, Frame, MeasureText, PointMark, Tick, YAxisType} from './types.js';

/** Gap between the end of a y label in the margin and the frame, px (the renderer's). @internal */
export const Y_LABEL_GAP = 6;

/** The y labels' text and widths. @internal */
export interface YAxisLabels {
  /** One per tick: '' where thinned; the highest shown carries the unit. */
  labels: string[];
  /** Index of the label with the unit (-1: none shown). */
  top: number;
  /** Width of the widest label, px. */
  width: number;
  /** Width of the widest label written without the unit (of the top one, its prefix and number count), px. */
  plainWidth: number;
  /** Width of the top label up to the end of its number (its prefix and number: "$250" of "$250bn"), px. */
  topLeadWidth: number;
}

/** How the y labels are written and measured. @internal */
export interface YLabelOptions {
  format: (ticks: readonly number[], affixesAt?: number) => string[];
  log: boolean;
  measure: MeasureText;
  /** Least distance between shown labels, px (a short frame thins them). */
  gap: number;
}

/** The y labels of ticks at `values`, placed by `Y`. @internal */
export function yAxisLabels(values: readonly number[], Y: (v: number) => number, options: YLabelOptions): YAxisLabels {
  const {format, log, measure} = options;
  // A short frame thins the labels, not the ticks; the highest label shown carries the unit.
  const shown = shownYLabels(values, Y, options.gap);
  const top = shown.lastIndexOf(true);
  const write = (affixesAt: number) => (log ? logTickLabels(values, format, affixesAt) : format(values, affixesAt)).map((l, i) => (shown[i] ? l : ''));
  const labels = write(top);
  const plain = write(-1);
  const widest = (texts: readonly string[]) => texts.reduce((m, l) => Math.max(m, measure(l)), 0);
  // The top label's prefix and number: up to the end of its number as the other labels write it.
  const at = top >= 0 ? labels[top].indexOf(plain[top]) : -1;
  const topLeadWidth = top < 0 ? 0 : measure(at >= 0 ? labels[top].slice(0, at + plain[top].length) : plain[top]);
  return {labels, top, width: widest(labels), plainWidth: Math.max(widest(plain), topLeadWidth), topLeadWidth};
}

/** The box of the label of `tick` as drawn (see `renderYLabels`), for a font of `fontSize` px. */
function yLabelBox(tick: Tick, frame: Frame, yAxis: YAxisType, width: number, fontSize: number): Box {
  // Inline labels sit on their baseline (labelPosition); labels in the margin are centred on their tick (dy 0.32 em).
  if (yAxis === 'inline') return textBox({x: tick.labelStart ?? 0, y: tick.labelPosition, anchor: 'start'}, width, fontSize);
  const y = tick.labelPosition + fontSize * 0.32;
  if (tick.labelStart !== undefined) return textBox({x: tick.labelStart, y, anchor: 'start'}, width, fontSize);
  return textBox({x: Math.max(0, frame.left - Y_LABEL_GAP), y, anchor: 'end'}, width, fontSize);
}

/**
 * Where the top label of a left axis begins when it is wider than the margin (`undefined`: it
 * fits): so that its number ends where the other labels end, its unit reaching over the plot.
 */
function topLabelStart(labels: YAxisLabels, frame: Frame, measure: MeasureText): number | undefined {
  if (labels.top < 0 || measure(labels.labels[labels.top]) <= frame.left - Y_LABEL_GAP) return undefined;
  return Math.max(0, frame.left - Y_LABEL_GAP - labels.topLeadWidth);
}

/** The chart around the top label of a left axis. @internal */
export interface TopLabelRoom {
  /** The frame with a margin sized by the labels without the unit. */
  frame: Frame;
  /** The svg's width, px. */
  width: number;
  measure: MeasureText;
  fontSize: number;
}

/**
 * Where the top label of a left axis (`top`, with the unit) goes: `undefined` when it fits the
 * margin; else reaching over the plot from `labelStart`, shortened with an ellipsis where it is
 * longer than the plot is wide (the subheading says the unit); or `'whole'` when a mark lies
 * under it and the margin can hold it whole (at most half the width: a label cut off at the
 * svg's edge would be worse than one over a mark). @internal
 */
export function topLabelReach(labels: YAxisLabels, top: Tick, room: TopLabelRoom, under: UnderLabel): {label: string; labelStart: number} | 'whole' | undefined {
  const {frame, width, measure, fontSize} = room;
  const labelStart = topLabelStart(labels, frame, measure);
  if (labelStart === undefined) return undefined;
  const label = truncateText(top.label, frame.right - labelStart, measure);
  const box = yLabelBox({...top, label, labelStart}, frame, 'left', measure(label), fontSize);
  const whole = Math.ceil(labels.width) + 8 <= Math.floor(width / 2);
  return whole && overMarks(box, under) ? 'whole' : {label, labelStart};
}

/** What lies in the plot under a label: columns, points and the x of annotation rules (px). @internal */
export interface UnderLabel {
  columns: readonly ColumnMark[];
  points: readonly PointMark[];
  rules: readonly number[];
}

/**
 * Whether `box` (a label over the plot) lies over a column, a point or a rule (which runs the
 * frame's height, through any label beside the gridlines).
 */
function overMarks(box: Box, {columns, points, rules}: UnderLabel): boolean {
  const meets = (left: number, top: number, right: number, bottom: number) => left < box.right && box.left < right && top < box.bottom && box.top < bottom;
  // A point's ring is 7.5 px in radius at most; a rule keeps a gap of 2 px from text.
  return (
    columns.some((c) => meets(c.x, c.y, c.x + c.width, c.y + c.height)) ||
    points.some((p) => meets(p.cx - 7.5, p.cy - 7.5, p.cx + 7.5, p.cy + 7.5)) ||
    rules.some((x) => x > box.left - 2 && x < box.right + 2)
  );
}

/** The boxes of the y labels shown (in the plot when inline or reaching over it, else in the margin). @internal */
export function yLabelBoxes(ticks: readonly Tick[], frame: Frame, yAxis: YAxisType, measure: MeasureText, fontSize: number): Box[] {
  return ticks.filter((t) => t.label).map((t) => yLabelBox(t, frame, yAxis, measure(t.label), fontSize));
}
