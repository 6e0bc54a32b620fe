import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {nearestIndex, positionsAt, type ChartLayout, type DatumPosition, type Series} from '../core/index.js';
import type {Size} from './size-controller.js';
import {placeAboveFinger, placeAtAnchor, type PlotPoint, type ViewportBox} from './tooltip-placement.js';

export type {PlotPoint} from './tooltip-placement.js';

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

/** A pointer's or finger's tooltip before the chart changes (see {@link TooltipController.hold}). */
export interface HeldTooltip {
  /** The x value shown. */
  x: number;
  /** A finger's tooltip: the finger's offset from the datum's x and its height in the plot (px). */
  touch?: {dx: number; y: number};
}

/**
 * Hover state of a chart and its tooltip, as a reactive controller: the x under the pointer (or
 * touch) or the keyboard focus, the series of the keyboard-focused point, the data at that x and
 * the point the tooltip is anchored to (both computed before the host renders, never during), and
 * the tooltip's placement after each update, sized by a ResizeObserver. While the tooltip shows
 * under the pointer, Escape anywhere in the window dismisses it (WCAG 1.4.13).
 *
 * Touch: a tap shows the nearest datum and the tooltip stays after the finger lifts, until the
 * next tap on the plot (which moves it), a tap outside the chart, or Escape; a finger dragged
 * along the plot scrubs through the data (the plot's `touch-action: pan-y` leaves vertical
 * scrolling to the page). A touch tooltip sits above the finger (else beside or below it, never
 * over it), inside the viewport; after a change of the chart's size or layout, or of the
 * viewport's (a phone turned), it is placed again by its datum, inside the viewport then.
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
  /** Aborts the window's listeners (Escape, a tap outside the chart). */
  private _window?: AbortController;
  /**
   * The finger of a touch tooltip, in plot px, and where the plot was in the viewport then;
   * `viewport` is undefined after a change, to be read again when the tooltip is placed.
   */
  private _touch?: {finger: PlotPoint; viewport?: ViewportBox};

  constructor(
    private readonly _host: TooltipHost,
    private readonly _source: TooltipSource
  ) {
    _host.addController(this);
  }

  /** Shows the tooltip at `x`, with the focus ring on series `seriesIndex` when given. */
  show(x: number | undefined, seriesIndex?: number) {
    this._touch = undefined;
    this.x = x;
    this.seriesIndex = x === undefined ? undefined : seriesIndex;
    this._host.requestUpdate();
  }

  /** Hides the tooltip and the focus ring. */
  hide() {
    this.show(undefined);
    this._listenToWindow(false);
  }

  /** The tooltip the pointer (or a finger) shows, before the chart changes; `undefined` when none does or the keyboard's does. */
  hold(): HeldTooltip | undefined {
    const {x, seriesIndex} = this;
    if (x === undefined || seriesIndex !== undefined) return undefined;
    const touch = this._touch;
    const layout = this._source.drawn()?.layout;
    return {x, touch: touch && layout ? {dx: touch.finger.x - layout.xScale(x), y: touch.finger.y} : undefined};
  }

  /**
   * After the chart changed while `held` showed: when its x is still drawn, the tooltip shows it
   * again, placed beside the datum at the new geometry (a finger's stays after the finger lifted,
   * placed as for a finger moved with its datum, inside the plot's height, in the viewport as it is
   * now); when its x is gone, the tooltip is hidden.
   */
  resume(held: HeldTooltip) {
    const layout = this._source.drawn()?.layout;
    if (!layout || layout.xs[nearestIndex(layout.xs, held.x)] !== held.x) {
      this.hide();
      return;
    }
    this.show(held.x);
    const touch = held.touch;
    if (touch) this._touch = {finger: {x: layout.xScale(held.x) + touch.dx, y: Math.min(touch.y, layout.height)}};
    this._listenToWindow(true);
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
    if (event.pointerType === 'touch') {
      // (The plot's box, read with the pointer's position: no layout is forced while drawing.)
      this._touch = {finger: {x: event.clientX - box.left, y: event.clientY - box.top}, viewport: viewportAround(box)};
    }
    this._listenToWindow(true);
  };

  /** The pointer left: the tooltip goes, unless the keyboard holds a point or a finger put it there. */
  onLeave = () => {
    if (this._touch) return;
    if (this.seriesIndex === undefined) this.show(undefined);
    this._listenToWindow(false);
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
    this._touch = undefined;
    this._listenToWindow(false);
    this._observer?.disconnect();
    this._tip = undefined;
  }

  /**
   * Keeps the tooltip inside the plot (and so the viewport): beside its anchor, clamped to the
   * edges; a touch tooltip above the finger, inside the viewport (see tooltip-placement.ts). Its
   * size comes from a ResizeObserver, after the browser's own layout and before the paint, so
   * placing it never forces a layout; a new point with a tooltip of the same size is placed at
   * once from the size known.
   */
  private _place() {
    const tip = this._host.renderRoot.querySelector<HTMLElement>('.tooltip') ?? undefined;
    if (tip !== this._tip) this._observe(tip);
    const anchor = this.anchor;
    const plot = this._source.plotSize();
    const size = this._tipSize;
    if (!tip || !anchor || !plot || !size) return;
    const touch = this._touch;
    // After a change, where the plot is in the viewport is read again (one layout, once per change).
    if (touch && !touch.viewport) touch.viewport = viewportAround((tip.parentElement ?? tip).getBoundingClientRect());
    const {left, top} = touch?.viewport ? placeAboveFinger(touch.finger, size, plot, touch.viewport) : placeAtAnchor(anchor, size, plot);
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

  /** Listens (or stops listening) to the window for Escape, a tap outside the chart and a change of its size. */
  private _listenToWindow(on: boolean) {
    if (on === !!this._window || typeof window === 'undefined') return;
    if (!on) {
      this._window?.abort();
      this._window = undefined;
      return;
    }
    this._window = new AbortController();
    const {signal} = this._window;
    window.addEventListener('keydown', this._onWindowKey, {signal});
    window.addEventListener('pointerdown', this._onWindowPointer, {signal, capture: true});
    window.addEventListener('resize', this._onWindowResize, {signal});
  }

  /** The viewport changed (a phone turned): a finger's tooltip is placed again in the new viewport. */
  private _onWindowResize = () => {
    if (!this._touch) return;
    this._touch.viewport = undefined;
    this._place();
  };

  private _onWindowKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || this.x === undefined || this.seriesIndex !== undefined) return;
    this.hide();
  };

  /** A tap (or click) outside the chart hides a tooltip that a finger left behind. */
  private _onWindowPointer = (event: PointerEvent) => {
    if (!this._touch || event.composedPath().includes(this._host.renderRoot)) return;
    this.hide();
  };
}

/** Where a plot box (`box`, its client rect) is in the viewport, and the viewport's size (without a scrollbar). */
function viewportAround(box: {left: number; top: number}): ViewportBox {
  return {left: box.left, top: box.top, width: document.documentElement.clientWidth || window.innerWidth, height: window.innerHeight};
}
