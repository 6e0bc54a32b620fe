import type {ReactiveControllerHost} from 'lit';
import type {ChartLayout, NormalizedData, Series} from '../core/index.js';
import {KeyboardController, type HeldPoint} from './keyboard.js';
import type {Size} from './size-controller.js';
import {TooltipController, type HeldTooltip, type TooltipHost} from './tooltip.js';

/** Where a chart's interaction reads the chart drawn (the element's model controller has these fields). @internal */
export interface DrawnChart {
  /** The geometry drawn; `undefined` while nothing is. */
  readonly layout?: ChartLayout;
  /** The series laid out in {@link layout}. */
  readonly layoutSeries: readonly Series[];
  /** The normalized data, whose series the keyboard moves between. */
  readonly model?: NormalizedData;
}

/** What the reader pointed at before the chart changed (see {@link PlotInteraction.hold}). @internal */
export interface HeldInteraction {
  keyboard?: HeldPoint;
  pointer?: HeldTooltip;
}

/**
 * Pointer, touch and keyboard over a chart's plot: the tooltip and keyboard controllers, wired
 * to the chart drawn, and the continuity of what the reader points at across a change of the
 * chart (data, locale, size, mark, labels, fonts). The element calls {@link hold} before it
 * computes the chart again and {@link resume} once it is laid out:
 * - a point the keyboard holds stays focused at the same x and series, or the nearest that
 *   remain (see {@link KeyboardController.resume});
 * - else a pointer's or finger's tooltip stays while its x is still drawn, placed beside its
 *   datum at the new geometry, and goes when its x has gone (see {@link TooltipController.resume}).
 * Between the two, no tooltip is shown: a compute that fails leaves none.
 * @internal
 */
export class PlotInteraction {
  readonly tooltip: TooltipController;
  readonly keyboard: KeyboardController;

  constructor(
    host: TooltipHost & ReactiveControllerHost,
    chart: DrawnChart,
    options: {plotSize: () => Size | undefined; describe: (seriesIndex: number, x: number) => string}
  ) {
    this.tooltip = new TooltipController(host, {
      drawn: () => (chart.layout ? {layout: chart.layout, series: chart.layoutSeries} : undefined),
      plotSize: options.plotSize,
    });
    this.keyboard = new KeyboardController(host, this.tooltip, {
      points: () => {
        const {layout, model} = chart;
        return layout ? {xs: layout.xs, seriesCount: model?.series.length ?? 0, seriesKeys: model?.series.map((s) => s.key)} : undefined;
      },
      describe: options.describe,
    });
  }

  /** Before the chart changes: what the keyboard and the pointer point at; the tooltip is hidden meanwhile. */
  hold(): HeldInteraction {
    const held = {keyboard: this.keyboard.hold(), pointer: this.tooltip.hold()};
    this.tooltip.hide();
    return held;
  }

  /** After the chart changed: the keyboard's point, else the pointer's tooltip, shown again where it remains. */
  resume(held: HeldInteraction) {
    if (held.pointer && !held.keyboard) this.tooltip.resume(held.pointer);
    else this.keyboard.resume(held.keyboard);
  }
}
