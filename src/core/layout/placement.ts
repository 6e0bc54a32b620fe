/**
 * Placement: where every text in the plot goes (value labels, annotation labels, direct labels and
 * the numbered markers of notes), so that no two touch and none is crossed by a rule or leaves its
 * bounds (the axes are outside them).
 *
 * One `Placement` per layout takes the labels one after the other. Each label comes with spots,
 * the positions it may take, in order of preference, nearest its mark first (see `shiftedSpots`:
 * moved apart vertically, step by step). A label takes the first spot where its box is free:
 * inside its bounds, clear of every box and rule placed before it (by a gap), clear of the chart's
 * lines (a label over a line hides data, halo or not), and its own rule (an annotation's) clear of
 * every box placed before it. Of the free spots, it takes the one that moves it least. When no
 * spot is free, a label that may be shortened is tried again shortened with an ellipsis, with room
 * after it for the marker of the note that gives its whole text; when still none is free, the
 * caller drops it to a note under the chart, with a numbered marker in the plot (placed the same
 * way). A label that comes with the mark it labels gets a leader line
 * back to it when placed away from it: a leader keeps clear of every text placed before and
 * after, and never crosses another leader. Several labels that belong together in one order
 * (the values of several series at one x) are placed all or none (`placeAll`).
 *
 * Pure and DOM-free; text is measured by the injected `measure`.
 */
import {truncateText} from './text.js';
import type {MeasureText} from './types.js';

/** A rectangle, px from the svg's top left. @internal */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A vertical rule (an annotation's), px. @internal */
export interface Rule {
  x: number;
  top: number;
  bottom: number;
}

/** A straight line between two points, px. @internal */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where a label may go: its baseline's start, middle or end (SVG's `text-anchor`), px. @internal */
export interface Spot {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /**
   * How far the spot is from the label's best one, in px moved (see `shiftedSpots`): of its free
   * spots, a label takes the one of least cost. Spots without a cost are taken in order.
   */
  cost?: number;
}

/** A label to place. @internal */
export interface PlacementRequest {
  text: string;
  /** Where it may go, the preferred first. */
  spots: readonly Spot[];
  /** Whether it may be shortened with an ellipsis (names may; numbers never are). */
  shorten: boolean;
  /**
   * px kept after the text when it is shortened, in its box: room for the marker of the note that
   * gives its whole text (the placed label then starts at its box's left).
   */
  noteRoom?: number;
  /** Where its box must stay. */
  bounds: Box;
  /** Measures its text (its font and weight); default the placement's. */
  measure?: MeasureText;
  /** A rule drawn with it at `x`, from the top of its box down to `bottom` (an annotation's). */
  rule?: {x: number; bottom: number};
  /**
   * The mark it labels, at (`x`, `y`): a leader line joins the label to it when the label's box
   * is over `LEADER_FROM` px away, from `from` px out of the mark (its ring or its end). A mark
   * with a length (a column, from `y` to `to`) is as near as its nearest end or side.
   */
  mark?: LabelledMark;
  /**
   * Whether it may cover the chart's lines. Only a note's marker may, and only when no spot clear
   * of them is free: a small numbered circle over a line hides less than a note whose number the
   * chart does not show.
   */
  overLines?: boolean;
}

/** A label as placed: its text (perhaps shortened), baseline spot and box. @internal */
export interface Placed extends Spot {
  text: string;
  box: Box;
  /** Its rule, when it has one. */
  rule?: Rule;
  /** Its leader line back to its mark, when it was placed away from it. */
  leader?: Segment;
}

/** Space kept between two texts, and between a text and a rule, px. */
export const TEXT_GAP = 2;

/** The radius of the numbered marker of a note, for a font of `fontSize` px: within a text's box (1.02 em tall). @internal */
export const markerRadius = (fontSize: number): number => Math.floor(fontSize * 0.5);

/** Whether `a` and `b` come closer than `gap` px. @internal */
export const boxesMeet = (a: Box, b: Box, gap = TEXT_GAP): boolean =>
  a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;

/** Whether the segment from (x1, y1) to (x2, y2) runs through `box`. @internal */
export function segmentMeets(x1: number, y1: number, x2: number, y2: number, box: Box): boolean {
  const lo = Math.max(Math.min(x1, x2), box.left);
  const hi = Math.min(Math.max(x1, x2), box.right);
  if (lo > hi) return false;
  const yAt = (x: number) => (x2 === x1 ? y1 : y1 + ((y2 - y1) * (x - x1)) / (x2 - x1));
  const [ya, yb] = x2 === x1 ? [y1, y2] : [yAt(lo), yAt(hi)];
  return Math.max(ya, yb) >= box.top && Math.min(ya, yb) <= box.bottom;
}

/** Whether `leader` runs through `box` or comes within `gap` px of it. @internal */
export const leaderMeets = (leader: Segment, box: Box, gap = TEXT_GAP / 2): boolean =>
  segmentMeets(leader.x1, leader.y1, leader.x2, leader.y2, {left: box.left - gap, right: box.right + gap, top: box.top - gap, bottom: box.bottom + gap});

/** Whether segments `a` and `b` cross or touch. @internal */
export function segmentsCross(a: Segment, b: Segment): boolean {
  // The side of the line through p–q on which r lies: its sign.
  const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  const d1 = side(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
  const d2 = side(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
  const d3 = side(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
  const d4 = side(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
  // Collinear segments cross only where their extents overlap.
  if (d1 === 0 && d2 === 0 && d3 === 0 && d4 === 0) {
    const overlap = (p1: number, p2: number, q1: number, q2: number) => Math.max(Math.min(p1, p2), Math.min(q1, q2)) <= Math.min(Math.max(p1, p2), Math.max(q1, q2));
    return overlap(a.x1, a.x2, b.x1, b.x2) && overlap(a.y1, a.y2, b.y1, b.y2);
  }
  return d1 * d2 <= 0 && d3 * d4 <= 0;
}

/** Distance from a mark to its label's box beyond which a leader line joins them, px. @internal */
export const LEADER_FROM = 11;

/** The point of `box` nearest to (x, y). */
function nearestOn(box: Box, x: number, y: number): [number, number] {
  return [Math.min(Math.max(x, box.left), box.right), Math.min(Math.max(y, box.top), box.bottom)];
}

/**
 * A labelled mark: a point at (`x`, `y`), or a vertical mark from `y` to `to` at `x` (a column's
 * centre line). A leader starts `from` px out of it. @internal
 */
export interface LabelledMark {
  x: number;
  y: number;
  from: number;
  to?: number;
}

/**
 * The leader line from `mark` (`from` px out of its point nearest the box) to the nearest point of
 * `box`, or none when the box is within `LEADER_FROM` px of the mark: a label just beyond either
 * end of a column needs none. @internal
 */
export function leaderTo(box: Box, mark: LabelledMark): Segment | undefined {
  // The mark's point nearest the box: on a column's centre line, the y nearest the box's rows.
  const [top, bottom] = [Math.min(mark.y, mark.to ?? mark.y), Math.max(mark.y, mark.to ?? mark.y)];
  const my = Math.min(Math.max((box.top + box.bottom) / 2, top), bottom);
  const [lx, ly] = nearestOn(box, mark.x, my);
  const d = Math.hypot(lx - mark.x, ly - my);
  if (d <= LEADER_FROM) return undefined;
  return {x1: mark.x + ((lx - mark.x) * mark.from) / d, y1: my + ((ly - my) * mark.from) / d, x2: lx, y2: ly};
}

/** Whether `rule` runs through `box` or comes within `gap` px of it. @internal */
export const ruleMeets = (rule: Rule, box: Box, gap = TEXT_GAP): boolean =>
  rule.x > box.left - gap && rule.x < box.right + gap && rule.top < box.bottom && rule.bottom > box.top;

/**
 * The box of a text `width` px wide on the baseline at `spot`, for a font of `fontSize` px: from
 * the ascenders (0.8 em above the baseline) to the descenders (0.22 em below it). @internal
 */
export function textBox(spot: Spot, width: number, fontSize: number): Box {
  const left = spot.anchor === 'start' ? spot.x : spot.anchor === 'end' ? spot.x - width : spot.x - width / 2;
  return {left, right: left + width, top: spot.y - fontSize * 0.8, bottom: spot.y + fontSize * 0.22};
}

/** Whether `inner` lies within `outer`. */
const inside = (inner: Box, outer: Box): boolean =>
  inner.left >= outer.left - 0.01 && inner.right <= outer.right + 0.01 && inner.top >= outer.top - 0.01 && inner.bottom <= outer.bottom + 0.01;

/**
 * `spots` each followed, in order of distance, by copies moved up and down by `step` px, up to
 * `count` steps each way: the spots a label takes to move apart from others vertically. @internal
 */
export function shiftedSpots(spots: readonly Spot[], step: number, count: number): Spot[] {
  const out = [...spots];
  for (let k = 1; k <= count; k++) {
    for (const s of spots) {
      const cost = (s.cost ?? 0) + k * step;
      out.push({...s, y: s.y - k * step, cost}, {...s, y: s.y + k * step, cost});
    }
  }
  return out;
}

/** The texts placed in one chart, and what they must keep clear of. @internal */
export class Placement {
  /** Texts placed or kept clear (rules too keep clear of them). */
  private readonly _boxes: Box[] = [];
  /** Marks that texts keep clear of (a rule may run through them). */
  private readonly _marks: Box[] = [];
  private readonly _rules: Rule[] = [];
  /** Leader lines: texts keep clear of them, and other leaders never cross them. */
  private readonly _leaders: Segment[] = [];

  /**
   * @param fontSize - Font size of the labels, px.
   * @param measure - Measures a label's width, px (the default font).
   * @param crossesLine - Whether a box comes near a line of the chart (no label may).
   */
  constructor(
    readonly fontSize: number,
    readonly measure: MeasureText,
    private readonly _crossesLine: (box: Box) => boolean = () => false
  ) {}

  /** Keeps the text in `box` (a direct label) clear of every label and rule placed after. */
  block(box: Box) {
    this._boxes.push(box);
  }

  /** Keeps the mark in `box` (a highlighted point) clear of every label placed after; rules may cross it. */
  blockMark(box: Box) {
    this._marks.push(box);
  }

  /** Keeps `rule` clear of every label placed after. */
  blockRule(rule: Rule) {
    this._rules.push(rule);
  }

  /**
   * Whether `box` (with its `rule` and `leader`) is free: inside `bounds`, clear of every box,
   * rule and leader placed and of the chart's lines; its rule and leader clear of every box
   * placed, its leader crossing no other.
   */
  isFree(box: Box, bounds: Box, rule?: Rule, leader?: Segment, overLines = false): boolean {
    if (!inside(box, bounds)) return false;
    if (this._boxes.some((b) => boxesMeet(b, box)) || this._marks.some((b) => boxesMeet(b, box))) return false;
    if (this._rules.some((r) => ruleMeets(r, box)) || this._leaders.some((l) => leaderMeets(l, box))) return false;
    if (rule && this._boxes.some((b) => ruleMeets(rule, b))) return false;
    if (leader && (this._boxes.some((b) => leaderMeets(leader, b)) || this._leaders.some((l) => segmentsCross(l, leader)))) return false;
    // Last: the costliest test.
    return overLines || !this._crossesLine(box);
  }

  /**
   * Places `request` at its free spot of least cost, shortened if it must and may
   * be; the placed label (its rule and leader too) is kept clear of every later one.
   * `undefined`: no spot is free, even shortened (the caller drops it to a note).
   */
  place(request: PlacementRequest): Placed | undefined {
    const measure = request.measure ?? this.measure;
    for (const text of this._versions(request, measure)) {
      const width = measure(text) + (text === request.text ? 0 : (request.noteRoom ?? 0));
      const fits = request.spots
        .map((spot) => {
          const box = textBox(spot, width, this.fontSize);
          const rule = request.rule && {x: request.rule.x, top: box.top, bottom: request.rule.bottom};
          const leader = request.mark && leaderTo(box, request.mark);
          return {spot, box, rule, leader};
        })
        .filter(({box, rule, leader}) => this.isFree(box, request.bounds, rule, leader, request.overLines));
      const best = this._best(fits);
      if (!best) continue;
      this._boxes.push(best.box);
      if (best.rule) this._rules.push(best.rule);
      if (best.leader) this._leaders.push(best.leader);
      // A shortened text starts at its box's left, its note's marker after it.
      const {x, y, anchor} = text !== request.text && request.noteRoom ? {...best.spot, x: best.box.left, anchor: 'start' as const} : best.spot;
      return {x, y, anchor, text, box: best.box, rule: best.rule, leader: best.leader};
    }
    return undefined;
  }

  /**
   * Places every one of `requests` in order, or none of them (what was placed of them is taken
   * back): labels that only make sense together, such as a column of values in their marks' order.
   */
  placeAll(requests: readonly PlacementRequest[]): Placed[] | undefined {
    const kept = [this._boxes.length, this._rules.length, this._leaders.length];
    const placed: Placed[] = [];
    for (const request of requests) {
      const one = this.place(request);
      if (!one) {
        this._boxes.length = kept[0];
        this._rules.length = kept[1];
        this._leaders.length = kept[2];
        return undefined;
      }
      placed.push(one);
    }
    return placed;
  }

  /** Of the free spots (in order of preference): the first of least cost. */
  private _best<T extends {spot: Spot}>(fits: readonly T[]): T | undefined {
    let best: T | undefined;
    let least = Infinity;
    // Ties keep the earlier spot.
    for (const fit of fits) if ((fit.spot.cost ?? 0) < least - 0.01) [best, least] = [fit, fit.spot.cost ?? 0];
    return best;
  }

  /** The text, then (when it may be shortened) shorter versions of it: three quarters, half and a third of its width. */
  private _versions(request: PlacementRequest, measure: MeasureText): string[] {
    const versions = [request.text];
    if (!request.shorten) return versions;
    const full = measure(request.text);
    for (const share of [0.75, 0.5, 0.33]) {
      const short = truncateText(request.text, full * share, measure);
      // An ellipsis alone, or a letter and one, says nothing: the note below says it all.
      if ([...short].length > 3 && !versions.includes(short)) versions.push(short);
    }
    return versions;
  }
}
