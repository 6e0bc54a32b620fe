import {DIRECT_LABEL_SWATCH, type MeasureText} from '../core/index.js';

/**
 * Room on the right of the frame for direct labels (px): the widest label, its swatch and gaps.
 * The labels themselves are placed by the layout (`LayoutOptions.directLabels`).
 * @internal
 */
export function directLabelRoom(labels: readonly string[], measure: MeasureText): number {
  return Math.max(...labels.map((text) => measure(text))) + DIRECT_LABEL_SWATCH + 6;
}
