/**
 * The chart's dimensions: room above the frame (annotation rows, value labels), below it (x tick
 * labels), left of it (y tick labels) and right of it (direct labels).
 */
import type {Frame} from './types.js';

/** Vertical space of a chart, px. @internal */
export interface VerticalSpace {
  /** Height of a line of tick or annotation labels. */
  lineHeight: number;
  /** Rows of annotation labels above the frame: 0, 1 or 2. */
  annotationRows: number;
  /** Top and bottom of the frame, and its height. */
  top: number;
  bottom: number;
  frameHeight: number;
  /** Most y ticks the frame's height calls for. */
  tickCount: number;
}

/**
 * Vertical space for a chart `height` px tall with `fontSize` px labels: annotation labels on top
 * (one row, or two when there are several), a line for value labels when data are highlighted,
 * x tick labels below. @internal
 */
export function verticalSpace(height: number, fontSize: number, annotationCount: number, valueLabels: boolean): VerticalSpace {
  const lineHeight = Math.round(fontSize * 1.3);
  const annotationRows = Math.min(2, annotationCount);
  const labelRoom = valueLabels ? lineHeight : 0;
  const top = Math.ceil(fontSize / 2) + 2 + annotationRows * lineHeight + (annotationRows ? 2 : 0) + labelRoom;
  const frameHeight = Math.max(0, height - top - (lineHeight + 8));
  // About one gridline per 50 px, 2 to 6 of them: a quiet grid.
  const tickCount = Math.max(2, Math.min(6, Math.floor(frameHeight / 50)));
  return {lineHeight, annotationRows, top, bottom: top + frameHeight, frameHeight, tickCount};
}

/**
 * The frame of a chart `width` px wide: left of it the widest y tick label (`labelWidth` px) and a
 * gap, at most half the width; right of it `marginRight` px (default 4). @internal
 */
export function frameOf(width: number, space: VerticalSpace, labelWidth: number, marginRight = 4): Frame {
  const left = Math.min(Math.ceil(labelWidth) + 8, Math.floor(width / 2));
  const right = Math.min(marginRight, Math.max(0, width - left));
  return {left, top: space.top, right: Math.max(left, width - right), bottom: space.bottom};
}
