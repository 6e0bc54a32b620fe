/**
 * Text in the layout: estimating and shortening labels to fit, and moving labels apart on one axis.
 */
import type {MeasureText} from './types.js';

/** Estimates text width at `fontSize` px: 0.6 em per character. */
export const estimateTextWidth = (fontSize: number): MeasureText => (text) => text.length * fontSize * 0.6;

/** Shortens `text` with an ellipsis until `measure` says it fits in `max` px (`…` alone at worst). */
export function truncateText(text: string, max: number, measure: MeasureText): string {
  if (measure(text) <= max) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join('') + '…') <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '…' : chars.slice(0, lo).join('').trimEnd() + '…';
}

/** A label to place at `y` (its wanted centre), `height` px tall. */
export interface LabelRequest {
  y: number;
  height: number;
}

/**
 * Places labels on one axis so that none overlap: each keeps its wanted centre where it can and
 * is pushed apart from its neighbours otherwise, all within `[min, max]` (px).
 * @returns the centres, in the order of the requests, or `undefined` when they cannot fit.
 */
export function placeLabels(requests: readonly LabelRequest[], min: number, max: number, gap = 2): number[] | undefined {
  const total = requests.reduce((s, r) => s + r.height + gap, -gap);
  if (total > max - min + 0.5) return undefined;
  const order = requests.map((r, i) => ({...r, i})).sort((p, q) => p.y - q.y);
  const top: number[] = [];
  // Downward pass: keep each label below its predecessor (which ends at `end`).
  let end = -Infinity;
  for (const r of order) {
    end = Math.max(min, r.y - r.height / 2, end + gap);
    top.push(end);
    end += r.height;
  }
  // Upward pass: pull back inside the bottom edge, each label above the next one (which starts at `next` + gap).
  let next = max;
  for (let k = order.length - 1; k >= 0; k--) {
    const limit = next - order[k].height;
    if (top[k] > limit) top[k] = limit;
    next = top[k] - gap;
  }
  const out: number[] = new Array(requests.length);
  order.forEach((r, k) => (out[r.i] = top[k] + r.height / 2));
  return out;
}
