import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {nearestIndex, positionsAt, type ChartLayout, type DatumPosition, type Series} from '../core/index.js';
import type {Size} from './size-controller.js';

/** A point in plot px. */
export interface PlotPoint {
  x: number;
  y: number;
}

/** What the tooltip controller needs of its host. */
export interface TooltipHost extends ReactiveControllerHost {
  /** Where the tooltip (`.tooltip`) is rendered. */
  readonly renderRoot: ParentNode;
}

/** Where the tooltip controller reads the chart drawn. */
export interface TooltipSource {
  /** The layout drawn and the series laid out in it; `undefined` while nothing is drawn. */
  drawn(): {layout: ChartLayout; series: readonly Series[]} | undefined;
  /** The plot box's size (px), which the tooltip stays inside. */
  plotSize(): Size | undefined;
}

/**
 * Hover state of a chart and its tooltip, as a reactive controller: the x under the pointer (or
 * touch) or the keyboard focus, the series of the keyboard-focused point, the data at that x and
 * the point the tooltip is anchored to (both computed before the host renders, never during), and
 * the tooltip's placement inside the plot after each update, sized by a ResizeObserver. While the
 * tooltip shows under the pointer, Escape anywhere in the window dismisses it (WCAG 1.4.13).
 *
 * Bind {@link onPointer} to `pointermove` and `pointerdown` of the chart's `<svg>`, and
 * {@link onLeave} to its `pointerleave`.
 */
export class TooltipController implements ReactiveController {
  /** The x value (year or time) under the pointer or keyboard focus; `undefined`: no tooltip. */
  x?: number;
  /** Series of the keyboard-focused point (focus ring), when navigating with the keyboard. */
  seriesIndex?: number;
  /** The data at {@link x}, one per series with a value there (updated before each render). */
  positions: DatumPosition[] = [];
  /**
   * Where the tooltip points (updated before each render): above the highest value at {@link x};
   * at a gap (no value in any series), mid-frame.
   */
  anchor?: PlotPoint;

  /** The tooltip element observed, and its border-box size as last observed (px). */
  private _tip?: HTMLElement;
  private _tipSize?: Size;
  private _observer?: ResizeObserver;
  /** Aborts the window's Escape listener. */
  private _escape?: AbortController;

  constructor(
    private readonly _host: TooltipHost,
    private readonly _source: TooltipSource
  ) {
    _host.addController(this);
  }

  /** Shows the tooltip at `x`, with the focus ring on series `seriesIndex` when given. */
  show(x: number | undefined, seriesIndex?: number) {
    this.x = x;
    this.seriesIndex = x === undefined ? undefined : seriesIndex;
    this._host.requestUpdate();
  }

  /** Hides the tooltip and the focus ring. */
  hide() {
    this.show(undefined);
    this._listenForEscape(false);
  }

  /** Pointer (mouse, pen, touch) over the svg: the tooltip moves to the nearest x. */
  onPointer = (event: PointerEvent) => {
    const layout = this._source.drawn()?.layout;
    const svg = event.currentTarget as Element | null;
    if (!layout || !svg || layout.xs.length === 0) return;
    const box = svg.getBoundingClientRect();
    const scale = box.width > 0 ? layout.width / box.width : 1;
    // The nearest x (binary search: a million points answer as fast as ten).
    this.show(layout.xs[nearestIndex(layout.xs, (event.clientX - box.left) * scale, layout.xScale)]);
    this._listenForEscape(true);
  };

  /** The pointer left: the tooltip goes, unless the keyboard holds a point. */
  onLeave = () => {
    if (this.seriesIndex === undefined) this.show(undefined);
    this._listenForEscape(false);
  };

  hostUpdate() {
    const drawn = this._source.drawn();
    const x = this.x;
    if (!drawn || x === undefined) {
      this.positions = [];
      this.anchor = undefined;
      return;
    }
    const {layout, series} = drawn;
    this.positions = positionsAt(layout, series, x);
    const {frame} = layout;
    this.anchor = this.positions.length
      ? {x: this.positions[0].x, y: Math.min(...this.positions.map((p) => p.y))}
      : {x: layout.xScale(x), y: (frame.top + frame.bottom) / 2};
  }

  hostUpdated() {
    this._place();
  }

  hostDisconnected() {
    this._listenForEscape(false);
    this._observer?.disconnect();
    this._tip = undefined;
  }

  /**
   * Keeps the tooltip inside the plot (and so the viewport): beside its anchor, clamped to the
   * edges. Its size comes from a ResizeObserver, after the browser's own layout and before the
   * paint, so placing it never forces a layout; a new point with a tooltip of the same size is
   * placed at once from the size known.
   */
  private _place() {
    const tip = this._host.renderRoot.querySelector<HTMLElement>('.tooltip') ?? undefined;
    if (tip !== this._tip) this._observe(tip);
    const anchor = this.anchor;
    const plot = this._source.plotSize();
    const size = this._tipSize;
    if (!tip || !anchor || !plot || !size) return;
    const left = Math.max(0, Math.min(anchor.x - size.width / 2, plot.width - size.width));
    const above = anchor.y - size.height - 10;
    const top = above >= 0 ? above : Math.min(anchor.y + 12, Math.max(0, plot.height - size.height));
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  /** Observes the size of a new tooltip element (or none). */
  private _observe(tip: HTMLElement | undefined) {
    this._observer ??= new ResizeObserver(([entry]) => {
      const box = entry.borderBoxSize?.[0];
      // (Browsers without borderBoxSize: the tooltip's own size, read after the layout.)
      const target = entry.target as HTMLElement;
      this._tipSize = {width: box?.inlineSize ?? target.offsetWidth, height: box?.blockSize ?? target.offsetHeight};
      this._place();
    });
    if (this._tip) this._observer.unobserve(this._tip);
    if (tip) this._observer.observe(tip);
    this._tip = tip;
    this._tipSize = undefined;
  }

  private _listenForEscape(on: boolean) {
    if (on === !!this._escape || typeof window === 'undefined') return;
    if (!on) {
      this._escape?.abort();
      this._escape = undefined;
      return;
    }
    this._escape = new AbortController();
    window.addEventListener('keydown', this._onWindowKey, {signal: this._escape.signal});
  }

  private _onWindowKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || this.x === undefined || this.seriesIndex !== undefined) return;
    this.hide();
  };
}
