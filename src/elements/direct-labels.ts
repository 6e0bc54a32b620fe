import {placeLabels, seriesStats, truncateText, type ChartLayout, type Datum, type MeasureText, type NormalizedData, type Series} from '../core/index.js';

/**
 * A direct label at the end of a line.
 * @internal
 */
export interface DirectLabel {
  seriesIndex: number;
  text: string;
  /** Where the line ends, px. */
  anchorY: number;
  /** Where the label is drawn, px. */
  x: number;
  y: number;
}

/** Space between the frame and a label, px. */
const GAP = 4;
/** The swatch before each label and the space after it, px. */
const SWATCH = 18;

/**
 * Room on the right of the frame for direct labels (px): the widest label, its swatch and gaps.
 * @internal
 */
export function directLabelRoom(labels: readonly string[], measure: MeasureText): number {
  return Math.max(...labels.map((text) => measure(text))) + SWATCH + 6;
}

/** The last datum of `series` that a layout on `yScaleType` draws: on a log scale, values of zero or less are gaps. */
function lastDrawn(series: Series, yScaleType: ChartLayout['yScaleType']): (Datum & {y: number}) | undefined {
  if (yScaleType !== 'log') return seriesStats(series)?.last;
  for (let i = series.data.length - 1; i >= 0; i--) {
    const datum = series.data[i];
    if (datum.y !== null && datum.y > 0) return {x: datum.x, y: datum.y};
  }
  return undefined;
}

/**
 * Places one label per series at the height of its last value drawn (none for a series with
 * nothing drawn), right of the frame, pushed apart so that none overlap. When `strict`, gives up (`undefined`) where a label would mislead or not
 * fit: a series that ends before the last x (a label beside the last x would say it has a value
 * there), labels that cannot be pushed apart, or a label wider than the room. Otherwise labels
 * that cannot be placed are stacked from the top, and each is cut with an ellipsis to fit (the
 * table and the summary keep the whole name).
 * @param lineHeight - Height of one label, px.
 * @internal
 */
export function placeDirectLabels(
  layout: Pick<ChartLayout, 'yScale' | 'yScaleType' | 'frame' | 'width'>,
  model: Pick<NormalizedData, 'series' | 'xs'>,
  options: {lineHeight: number; measure: MeasureText; strict: boolean}
): DirectLabel[] | undefined {
  const {lineHeight, measure, strict} = options;
  const ends = model.series.map((s, seriesIndex) => {
    const last = lastDrawn(s, layout.yScaleType);
    return {seriesIndex, text: s.label, anchorY: last ? layout.yScale(last.y) : NaN, lastX: last?.x};
  });
  const drawn = ends.filter((e) => Number.isFinite(e.anchorY));
  const lastX = model.xs[model.xs.length - 1];
  if (strict && ends.some((e) => e.lastX !== lastX)) return undefined;
  const placed = placeLabels(
    drawn.map((e) => ({y: e.anchorY, height: lineHeight})),
    0,
    layout.frame.bottom
  );
  if (!placed && strict) return undefined;
  const x = layout.frame.right + GAP;
  if (strict && !drawn.every((e) => x + SWATCH + measure(e.text) <= layout.width)) return undefined;
  return drawn.map((e, i) => ({
    seriesIndex: e.seriesIndex,
    text: truncateText(e.text, Math.max(0, layout.width - x - SWATCH), measure),
    anchorY: e.anchorY,
    y: placed ? placed[i] : (i + 0.5) * lineHeight,
    x,
  }));
}
