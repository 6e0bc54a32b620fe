/**
 * The y tick labels as boxes: every other text in the plot keeps clear of them (see plot-labels.ts).
 */
import {textBox, type Box} from './placement.js';
import type {Frame, MeasureText, Tick, YAxisType} from './types.js';

/** Gap between the end of a y label in the margin and the frame, px (the renderer's). @internal */
export const Y_LABEL_GAP = 6;

/** The box of the label of `tick` as drawn (see `renderYLabels`), for a font of `fontSize` px. */
function yLabelBox(tick: Tick, frame: Frame, yAxis: YAxisType, width: number, fontSize: number): Box {
  // Inline labels sit on their baseline (labelPosition); labels in the margin are centred on their tick (dy 0.32 em).
  if (yAxis === 'inline') return textBox({x: 0, y: tick.labelPosition, anchor: 'start'}, width, fontSize);
  return textBox({x: Math.max(0, frame.left - Y_LABEL_GAP), y: tick.labelPosition + fontSize * 0.32, anchor: 'end'}, width, fontSize);
}

/** The boxes of the y labels shown (inline over the plot, or in the margin). @internal */
export function yLabelBoxes(ticks: readonly Tick[], frame: Frame, yAxis: YAxisType, measure: MeasureText, fontSize: number): Box[] {
  return ticks.filter((t) => t.label).map((t) => yLabelBox(t, frame, yAxis, measure(t.label), fontSize));
}
