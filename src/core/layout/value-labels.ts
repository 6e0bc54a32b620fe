/**
 * Value labels of highlighted data, placed by the chart's `Placement`: at the end of their mark
 * where there is room, else moved apart vertically (with a leader line back to the mark when
 * moved away from it), else dropped to a note under the chart. Numbers are never shortened.
 */
import {px} from './pixels.js';
import {shiftedSpots, TEXT_GAP, type Box, type LabelledMark, type Placed, type Placement, type PlacementRequest, type Spot} from './placement.js';
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

/** The labels' bounds, font and how they are measured. */
interface Room {
  bounds: Box;
  fontSize: number;
  measure: MeasureText;
  format: (value: number) => string;
  placement: Placement;
}

/**
 * The mark a label belongs to, for its leader line: a point's ring (8 px out), or a column from
 * its end to its base (a label across the base, as a negative column's is when there is no room
 * below it, stands at its own column and needs no leader through it).
 */
const markOf = (r: ValueLabelRequest): LabelledMark => (r.base === null ? {x: r.x, y: r.y, from: 8} : {x: r.x, y: r.y, to: r.base, from: 1});

/** The points of several series at one x (groups of two or more), in the order of `order`. */
function groupsAtX(order: readonly ValueLabelRequest[]): Map<ValueLabelRequest, ValueLabelRequest[]> {
  const byX = new Map<number, ValueLabelRequest[]>();
  for (const r of order) if (r.base === null) byX.set(r.x, [...(byX.get(r.x) ?? []), r]);
  const groups = new Map<ValueLabelRequest, ValueLabelRequest[]>();
  for (const group of byX.values()) if (group.length > 1) for (const r of group) groups.set(r, group);
  return groups;
}

/**
 * The labels of the points of several series at one x (`group`, topmost first), moved apart
 * vertically as a column beside them in the order of the points (`placeLabels`), all or none:
 * left or right of them, the column moved up or down as one where it has
 * no room. In that order their leader lines cannot cross. `undefined`: no column has room.
 */
function placeColumn(group: readonly ValueLabelRequest[], room: Room): Placed[] | undefined {
  const {bounds, fontSize, measure, format, placement} = room;
  const height = Math.ceil(fontSize * 1.02) + TEXT_GAP;
  const centres = placeLabels(
    group.map((r) => ({y: r.y, height})),
    bounds.top,
    bounds.bottom
  );
  if (!centres) return undefined;
  const step = Math.round(fontSize * 0.65);
  const texts = group.map((r) => format(r.value));
  // The middle of a text box is 0.29 em above its baseline.
  const column = (side: 'end' | 'start', shift: number): PlacementRequest[] =>
    group.map((r, i) => ({
      text: texts[i],
      spots: [{x: side === 'end' ? r.x - 11 : r.x + 11, y: centres[i] + shift + fontSize * 0.29, anchor: side}],
      shorten: false,
      bounds,
      measure,
      mark: markOf(r),
    }));
  for (let k = 0; k <= 8; k++) {
    for (const shift of k ? [-k * step, k * step] : [0]) {
      for (const requests of [column('end', shift), column('start', shift)]) {
        const placed = placement.placeAll(requests);
        if (placed) return placed;
      }
    }
  }
  return undefined;
}

/** The value label of `r` as `placed`, with its leader line when it has one. */
function labelOf(r: ValueLabelRequest, placed: Placed): ValueLabel {
  const label: ValueLabel = {seriesIndex: r.seriesIndex, xValue: r.xValue, x: px(placed.x), y: px(placed.y), text: placed.text, anchor: placed.anchor};
  if (r.total) label.total = true;
  const l = placed.leader;
  if (l) label.leader = {x1: px(l.x1), y1: px(l.y1), x2: px(l.x2), y2: px(l.y2)};
  return label;
}

/**
 * Places the value labels of `requests`, topmost mark first. The points of several series at one
 * x are labelled as a column in their order where it has room (`placeColumn`), else one by one,
 * each below the one before (so that they keep the order of their points).
 * Each label keeps its series' index; one moved away from its mark gets a leader line, which
 * crosses no other text or leader. @returns the labels placed and those dropped (for notes).
 * @internal
 */
export function valueLabelsOf(requests: readonly ValueLabelRequest[], context: ValueLabelContext): {labels: ValueLabel[]; dropped: DroppedLabel[]} {
  const {frame, width, fontSize, format, measure, placement} = context;
  // Labels stay over the plot and what is above it: never over an axis (left or below).
  const bounds: Box = {left: frame.left, top: 0, right: width, bottom: frame.bottom};
  const room: Room = {bounds, fontSize, measure, format, placement};
  const labels = new Map<ValueLabelRequest, ValueLabel>();
  const dropped: DroppedLabel[] = [];
  const order = [...requests].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups = groupsAtX(order);
  // Of each group placed one by one, the baseline of its lowest label so far: the next stands below it.
  const lowest = new Map<readonly ValueLabelRequest[], number>();
  for (const r of order) {
    if (labels.has(r)) continue;
    const group = groups.get(r);
    if (group && !lowest.has(group)) {
      const placed = placeColumn(group, room);
      if (placed) {
        group.forEach((g, i) => labels.set(g, labelOf(g, placed[i])));
        continue;
      }
      lowest.set(group, -Infinity);
    }
    const text = format(r.value);
    // A label centred on its mark near the plot's left or right edge is moved inside it (by at
    // most half its width: it still stands over its mark).
    const half = measure(text) / 2;
    const below = (group && lowest.get(group)) ?? -Infinity;
    const spots = spotsOf(r, fontSize)
      .map((s) => (s.anchor === 'middle' ? {...s, x: Math.max(bounds.left + half, Math.min(bounds.right - half, s.x))} : s))
      .filter((s) => s.y >= below);
    const placed = placement.place({text, spots, shorten: false, bounds, measure, mark: markOf(r)});
    if (placed) labels.set(r, labelOf(r, placed));
    else dropped.push({request: r, text});
    if (group && placed) lowest.set(group, placed.y);
  }
  // In the order the marks asked for them.
  return {labels: requests.flatMap((r) => labels.get(r) ?? []), dropped};
}
