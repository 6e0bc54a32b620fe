/**
 * Value labels of highlighted data, placed by the chart's `Placement`: at the end of their mark
 * where there is room, else moved apart vertically (with a leader line back to the mark when
 * moved away from it), else dropped to a note under the chart. Numbers are never shortened.
 */
import {px} from './pixels.js';
import {shiftedSpots, TEXT_GAP, type Box, type Placement, type Spot} from './placement.js';
import {placeLabels} from './text.js';
import type {Frame, MeasureText, ValueLabel} from './types.js';

/** A value label a mark asks for. @internal */
export interface ValueLabelRequest {
  seriesIndex: number;
  /** The datum's x value (a year, or a time in ms): named by a note when the label is dropped. */
  xValue: number;
  value: number;
  /** A stacked column's total, not one series' value. */
  total?: boolean;
  /** Centre of the mark, px. */
  x: number;
  /** The end of the mark (the value's y), px. */
  y: number;
  /** Whether the label goes below that end (a negative column or area value) rather than above it. */
  below: boolean;
  /**
   * For columns, the y of their other end (px): a label with no room at the value's end may go to
   * the far side of it. `null` for points.
   */
  base: number | null;
}

/** The chart around the labels. @internal */
export interface ValueLabelContext {
  frame: Frame;
  width: number;
  fontSize: number;
  format: (value: number) => string;
  /** Measures a label (they are bold). */
  measure: MeasureText;
  /** Where the labels go (with the boxes and rules already placed). */
  placement: Placement;
}

/** A value label with no room in the plot: its note's text and the mark it belongs to (px). @internal */
export interface DroppedLabel {
  request: ValueLabelRequest;
  text: string;
}

/** Distance from a point to the label's box beyond which a leader line joins them, px. */
const LEADER_FROM = 11;

/** Where a label may go around its mark, nearest first: the mark's end, then beside or beyond it. */
function spotsOf(r: ValueLabelRequest, fontSize: number): Spot[] {
  const cap = fontSize * 0.8;
  if (r.base !== null) {
    // A column: beyond its end, then across its base (the far side), then just inside its end.
    const beyond: Spot = {x: r.x, y: r.below ? r.y + cap + 4 : r.y - 5, anchor: 'middle', cost: 0};
    const across: Spot = {x: r.x, y: r.below ? r.base - 5 : r.base + cap + 4, anchor: 'middle', cost: 3};
    const within: Spot = {x: r.x, y: r.below ? r.y - 5 : r.y + cap + 4, anchor: 'middle', cost: 6};
    const moved = shiftedSpots([beyond], Math.round(fontSize * 0.65), 8).slice(1);
    return [beyond, across, within, ...moved];
  }
  // A highlighted point (a ring 7 px in radius): above or below it, then beside it, right or left.
  const mid = r.y + cap / 2 - 1;
  const [above, below, left, right]: Spot[] = [
    {x: r.x, y: r.y - 12, anchor: 'middle'},
    {x: r.x, y: r.y + cap + 11, anchor: 'middle'},
    {x: r.x - 11, y: mid, anchor: 'end'},
    {x: r.x + 11, y: mid, anchor: 'start'},
  ];
  // Small costs keep the order of preference among spots the same distance away.
  const base = (r.below ? [below, above, left, right] : [above, below, left, right]).map((s, i) => ({...s, cost: i}));
  return shiftedSpots(base, Math.round(fontSize * 0.65), 8);
}

/**
 * For the points of several series at one x: their labels moved apart vertically as a column
 * (`placeLabels`), in the order of the points, as a spot on the left of them and one on the right.
 */
function stackedSpots(order: readonly ValueLabelRequest[], {fontSize, bounds}: {fontSize: number; bounds: Box}): Map<ValueLabelRequest, Spot[]> {
  const groups = new Map<number, ValueLabelRequest[]>();
  for (const r of order) if (r.base === null) groups.set(r.x, [...(groups.get(r.x) ?? []), r]);
  const spots = new Map<ValueLabelRequest, Spot[]>();
  const height = Math.ceil(fontSize * 1.02) + TEXT_GAP;
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const centres = placeLabels(
      group.map((r) => ({y: r.y, height})),
      bounds.top,
      bounds.bottom
    );
    // The middle of a text box is 0.29 em above its baseline.
    group.forEach((r, i) => {
      const y = (centres?.[i] ?? r.y) + fontSize * 0.29;
      spots.set(r, [
        {x: r.x - 11, y, anchor: 'end'},
        {x: r.x + 11, y, anchor: 'start'},
      ]);
    });
  }
  return spots;
}

/** The point of `box` nearest to (x, y). */
function nearestOn(box: Box, x: number, y: number): [number, number] {
  return [Math.min(Math.max(x, box.left), box.right), Math.min(Math.max(y, box.top), box.bottom)];
}

/**
 * Places the value labels of `requests`, topmost mark first (labels at one x then stack down in
 * the order of their marks). Each keeps its series' index; a label moved away from its mark gets
 * a leader line. @returns the labels placed and those dropped (for notes). @internal
 */
export function valueLabelsOf(requests: readonly ValueLabelRequest[], context: ValueLabelContext): {labels: ValueLabel[]; dropped: DroppedLabel[]} {
  const {frame, width, fontSize, format, measure, placement} = context;
  // Labels stay over the plot and what is above it: never over an axis (left or below).
  const bounds: Box = {left: frame.left, top: 0, right: width, bottom: frame.bottom};
  const labels = new Map<ValueLabelRequest, ValueLabel>();
  const dropped: DroppedLabel[] = [];
  const order = [...requests].sort((a, b) => a.y - b.y || a.x - b.x);
  const stacked = stackedSpots(order, {fontSize, bounds});
  for (const r of order) {
    const text = format(r.value);
    // Points of several series at one x: first in a column beside them, in their order, then
    // wherever is nearest.
    const column = stacked.get(r);
    // A label centred on its mark near the plot's left or right edge is moved inside it (by at
    // most half its width: it still stands over its mark).
    const half = measure(text) / 2;
    const spots = spotsOf(r, fontSize).map((s) => (s.anchor === 'middle' ? {...s, x: Math.max(bounds.left + half, Math.min(bounds.right - half, s.x))} : s));
    const placed = (column && placement.place({text, spots: column, shorten: false, bounds, measure})) ?? placement.place({text, spots, shorten: false, bounds, measure});
    if (!placed) {
      dropped.push({request: r, text});
      continue;
    }
    const label: ValueLabel = {seriesIndex: r.seriesIndex, x: px(placed.x), y: px(placed.y), text, anchor: placed.anchor};
    if (r.total) label.total = true;
    const [lx, ly] = nearestOn(placed.box, r.x, r.y);
    if (Math.hypot(lx - r.x, ly - r.y) > LEADER_FROM) {
      // From the edge of the mark's point (or the column's end) to the box's nearest point.
      const d = Math.hypot(lx - r.x, ly - r.y);
      const from = r.base === null ? 8 : 1;
      label.leader = {x1: px(r.x + ((lx - r.x) * from) / d), y1: px(r.y + ((ly - r.y) * from) / d), x2: px(lx), y2: px(ly)};
    }
    labels.set(r, label);
  }
  // In the order the marks asked for them.
  return {labels: requests.flatMap((r) => labels.get(r) ?? []), dropped};
}
