/**
 * Direct labels: the name of each line at the height of its last value, right of the frame, moved
 * apart vertically where they would overlap (`placeLabels`). Placed first of the chart's texts:
 * annotation and value labels then keep clear of them.
 */
import type {Columns} from '../columns.js';
import type {Series} from '../types.js';
import {px} from './pixels.js';
import {textBox, type Placement} from './placement.js';
import {placeLabels, truncateText} from './text.js';
import type {DirectLabel, DirectLabelOptions, Frame, MeasureText} from './types.js';

/** Space between the frame and a label, px. @internal */
export const DIRECT_LABEL_GAP = 4;
/** The swatch before each label and the space after it, px. @internal */
export const DIRECT_LABEL_SWATCH = 18;

/** The last value drawn of a series' columns (NaN: a gap, or ≤ 0 on a log scale) and its x. */
function lastDrawn({x, y}: Columns): {x: number; y: number} | undefined {
  for (let i = y.length - 1; i >= 0; i--) if (!Number.isNaN(y[i])) return {x: x[i], y: y[i]};
  return undefined;
}

/** What direct labels are placed in. @internal */
export interface DirectLabelContext {
  series: readonly Series[];
  columns: readonly Columns[];
  /** The last x of the chart. */
  lastX: number;
  Y: (y: number) => number;
  frame: Frame;
  width: number;
  measure: MeasureText;
  placement: Placement;
}

/**
 * One label per series with a value drawn, at the height of its last one, right of the frame,
 * moved apart so that none overlap; each is then kept clear by `placement`. `undefined` when
 * `options.strict` and they would mislead or not fit (see `DirectLabelOptions`). @internal
 */
export function placeDirectLabels(options: DirectLabelOptions, context: DirectLabelContext): DirectLabel[] | undefined {
  const {lineHeight, strict} = options;
  const {frame, width, measure, placement} = context;
  const ends = context.columns.map((c, seriesIndex) => {
    const last = lastDrawn(c);
    return {seriesIndex, text: context.series[seriesIndex]?.label ?? '', anchorY: last ? context.Y(last.y) : NaN, lastX: last?.x};
  });
  const drawn = ends.filter((e) => Number.isFinite(e.anchorY));
  if (strict && ends.some((e) => e.lastX !== context.lastX)) return undefined;
  const placed = placeLabels(
    drawn.map((e) => ({y: e.anchorY, height: lineHeight})),
    0,
    frame.bottom
  );
  if (!placed && strict) return undefined;
  const x = frame.right + DIRECT_LABEL_GAP;
  if (strict && !drawn.every((e) => x + DIRECT_LABEL_SWATCH + measure(e.text) <= width)) return undefined;
  const labels = drawn.map((e, i) => ({
    seriesIndex: e.seriesIndex,
    text: truncateText(e.text, Math.max(0, width - x - DIRECT_LABEL_SWATCH), measure),
    anchorY: e.anchorY,
    y: px(placed ? placed[i] : (i + 0.5) * lineHeight),
    x,
  }));
  // The text is drawn with its middle at y (dy 0.32 em): its baseline is 0.32 em below.
  for (const l of labels) placement.block(textBox({x, y: l.y + placement.fontSize * 0.32, anchor: 'start'}, DIRECT_LABEL_SWATCH + measure(l.text), placement.fontSize));
  return labels;
}
