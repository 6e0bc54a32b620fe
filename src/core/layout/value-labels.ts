/**
 * Value labels of highlighted data: placed at the end of their mark, then moved apart where labels
 * of several series would overlap.
 */
import {px} from './pixels.js';
import {placeLabels} from './text.js';
import type {Frame, MeasureText, ValueLabel} from './types.js';

/** A value label a mark asks for. @internal */
export interface ValueLabelRequest {
  seriesIndex: number;
  value: number;
  /** Centre of the mark, px. */
  x: number;
  /** The end of the mark (the value's y), px. */
  y: number;
  /** Whether the label goes below that end (a negative column) rather than above it. */
  below: boolean;
  /**
   * For columns, the y of their other end (px): a label that would leave the frame or the svg flips
   * to the far side of it. `null` for points, whose labels flip to the other side of the point.
   */
  base: number | null;
}

/** The chart around the labels. @internal */
export interface ValueLabelContext {
  frame: Frame;
  width: number;
  height: number;
  fontSize: number;
  measure: MeasureText;
  format: (value: number) => string;
}

/** One label at the end of its mark, kept inside the frame's left edge and the svg. */
function placeLabel(r: ValueLabelRequest, {frame, width, height, fontSize, measure, format}: ValueLabelContext): ValueLabel {
  const text = format(r.value);
  const tw = measure(text);
  let ly = r.below ? r.y + fontSize + 2 : r.y - 6;
  if (ly > frame.bottom - 2) ly = (r.base ?? r.y) - 6;
  if (ly - fontSize < 0) ly = r.base === null ? r.y + fontSize + 6 : r.base + fontSize + 2;
  const lx = Math.min(Math.max(r.x, frame.left + tw / 2 + 2), width - tw / 2 - 1);
  return {
    seriesIndex: r.seriesIndex,
    x: px(tw >= width ? width / 2 : lx),
    y: px(Math.max(fontSize, Math.min(height - 2, ly))),
    text,
    anchor: 'middle',
  };
}

/**
 * Value labels for `requests`. Labels of several series at one x (or close ones) that would
 * overlap are moved apart vertically, as few px as needed, within the svg. @internal
 */
export function valueLabelsOf(requests: readonly ValueLabelRequest[], context: ValueLabelContext): ValueLabel[] {
  const {fontSize, height, measure} = context;
  const labels = requests.map((r) => placeLabel(r, context));
  const boxes = labels.map((label) => ({label, w: measure(label.text)})).sort((a, b) => a.label.x - b.label.x);
  for (let i = 0, j = 1; i < boxes.length; i = j++) {
    // A run of labels whose boxes overlap horizontally.
    while (j < boxes.length && boxes[j].label.x - boxes[j - 1].label.x < (boxes[j].w + boxes[j - 1].w) / 2 + 2) j++;
    const run = boxes.slice(i, j);
    // Text boxes from baseline − font size to baseline; centres moved apart.
    const centres = run.length > 1 && placeLabels(run.map(({label}) => ({y: label.y - fontSize / 2, height: fontSize + 2})), 0, height);
    if (centres) run.forEach(({label}, k) => (label.y = px(centres[k] + fontSize / 2)));
  }
  return labels;
}
