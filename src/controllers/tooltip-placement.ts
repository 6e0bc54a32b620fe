import type {Size} from './size-controller.js';

/** A point in plot px (from the plot box's top left corner). */
export interface PlotPoint {
  x: number;
  y: number;
}

/** Where the plot box was in the viewport, and the viewport's size, when a finger touched it (CSS px). */
export interface ViewportBox {
  /** The plot box's left and top edges, from the viewport's. */
  left: number;
  top: number;
  /** The viewport's width (without a scrollbar) and height. */
  width: number;
  height: number;
}

/** A tooltip's top left corner, in plot px. */
export interface TooltipPosition {
  left: number;
  top: number;
}

/** Room (px) kept between a finger's touch point and the tooltip: a fingertip is about this tall above it. */
export const FINGER_CLEARANCE = 36;

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

/**
 * A tooltip beside a datum `anchor` (pointer and keyboard): centred above it, else below it,
 * clamped to the plot box.
 * @internal
 */
export function placeAtAnchor(anchor: PlotPoint, size: Size, plot: Size): TooltipPosition {
  const left = Math.max(0, Math.min(anchor.x - size.width / 2, plot.width - size.width));
  const above = anchor.y - size.height - 10;
  const top = above >= 0 ? above : Math.min(anchor.y + 12, Math.max(0, plot.height - size.height));
  return {left, top};
}

/**
 * A tooltip for a touch at `finger`: above the finger, clear of the fingertip, so the hand never
 * covers it; horizontally centred on the finger inside the plot and the viewport. It may rise
 * above the plot box (over the heading) but never above the viewport; when there is no room
 * above, it goes beside the finger on the side with more room, its bottom level with the touch
 * point. Never below the finger, where the hand is.
 * @internal
 */
export function placeAboveFinger(finger: PlotPoint, size: Size, plot: Size, viewport: ViewportBox): TooltipPosition {
  // The visible part of the plot's width, and the viewport's top and bottom, in plot px.
  const minLeft = Math.max(0, -viewport.left);
  const maxRight = Math.max(minLeft, Math.min(plot.width, viewport.width - viewport.left));
  const minTop = -viewport.top;
  const maxBottom = viewport.height - viewport.top;
  const above = finger.y - FINGER_CLEARANCE - size.height;
  if (above >= minTop) {
    return {left: clamp(finger.x - size.width / 2, minLeft, Math.max(minLeft, maxRight - size.width)), top: above};
  }
  const top = clamp(finger.y - size.height, minTop, Math.max(minTop, maxBottom - size.height));
  const roomRight = maxRight - finger.x;
  const roomLeft = finger.x - minLeft;
  const left =
    roomRight >= roomLeft
      ? Math.min(finger.x + FINGER_CLEARANCE / 2, Math.max(minLeft, maxRight - size.width))
      : Math.max(minLeft, finger.x - FINGER_CLEARANCE / 2 - size.width);
  return {left, top};
}
