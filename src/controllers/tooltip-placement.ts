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

/** Room (px) kept between a finger's touch point and a tooltip above it: a fingertip is about this tall above it. */
export const FINGER_CLEARANCE = 36;
/** Room (px) kept between a finger's touch point and a tooltip beside it: half a finger's width (about 40 px), and a little more. */
export const FINGER_MARGIN = 24;

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
 * A tooltip for a touch at `finger`, inside the viewport and the visible part of the plot's width,
 * never over the finger: above it, clear of the fingertip ({@link FINGER_CLEARANCE}), centred on
 * it, so the hand never covers it; it may rise above the plot box (over the heading) but not above
 * the viewport. With no room above, beside the finger ({@link FINGER_MARGIN} away), on the side
 * with more room first, its bottom level with the touch point; with no room beside either, below
 * the finger. A tooltip that fits nowhere (larger than the room on every side) goes above or
 * below, whichever has more room, inside the viewport.
 * @internal
 */
export function placeAboveFinger(finger: PlotPoint, size: Size, plot: Size, viewport: ViewportBox): TooltipPosition {
  // The visible part of the plot's width, and the viewport's top and bottom, in plot px.
  const minLeft = Math.max(0, -viewport.left);
  const maxRight = Math.max(minLeft, Math.min(plot.width, viewport.width - viewport.left));
  const minTop = -viewport.top;
  const maxBottom = viewport.height - viewport.top;
  const {width, height} = size;
  const centred = clamp(finger.x - width / 2, minLeft, Math.max(minLeft, maxRight - width));
  const level = clamp(finger.y - height, minTop, Math.max(minTop, maxBottom - height));
  const above = {left: centred, top: finger.y - FINGER_CLEARANCE - height};
  const below = {left: centred, top: finger.y + FINGER_CLEARANCE};
  const right = {left: finger.x + FINGER_MARGIN, top: level};
  const left = {left: finger.x - FINGER_MARGIN - width, top: level};
  const beside = maxRight - finger.x >= finger.x - minLeft ? [right, left] : [left, right];
  const fits = (p: TooltipPosition) => p.left >= minLeft && p.left + width <= maxRight && p.top >= minTop && p.top + height <= maxBottom;
  const fitting = [above, ...beside, below].find(fits);
  if (fitting) return fitting;
  const roomAbove = finger.y - minTop;
  const roomBelow = maxBottom - finger.y;
  return {left: centred, top: clamp(roomAbove >= roomBelow ? above.top : below.top, minTop, Math.max(minTop, maxBottom - height))};
}
