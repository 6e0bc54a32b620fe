import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Observed content-box size of an element, in whole CSS px. */
export interface Size {
  width: number;
  height: number;
}

/** The font of the observed element, read with its size. */
export interface Font {
  /** px */
  size: number;
  family: string;
}

/**
 * One ResizeObserver for every chart on the page: its single callback reads the sizes and fonts of
 * all charts that changed before any of them draws (each draw is a write), so ten charts cost one
 * style and layout pass, not ten interleaved with their drawing.
 */
let shared: ResizeObserver | undefined;
const controllers = new Map<Element, SizeController>();
function observer(): ResizeObserver {
  return (shared ??= new ResizeObserver((entries) => {
    const changed = new Set<SizeController>();
    for (const entry of entries) {
      const controller = controllers.get(entry.target);
      if (controller?.read(entry)) changed.add(controller);
    }
    for (const controller of changed) controller.host.requestUpdate();
  }));
}

/**
 * Watches the size (and font) of one element and asks the host to update when the rounded size
 * changes. Observes only while the host is connected; nothing is left behind after
 * disconnection. The observed element's size must not depend on what the host draws (use CSS
 * `aspect-ratio` or a fixed height) so that no resize loop can start.
 */
export class SizeController implements ReactiveController {
  /** The latest size; `undefined` until the first observation. */
  value: Size | undefined;
  /** The element's font, read with the size (no style read while drawing). */
  font: Font | undefined;
  /**
   * Whether {@link value} and {@link font} were assumed rather than observed: given to a server
   * render, or read from the server's markup before the first observation (see {@link assume}).
   */
  assumed = false;
  private target?: Element;
  private connected = false;

  constructor(readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts (or moves) the observation to `element`. */
  observe(element: Element | undefined) {
    if (element === this.target) return;
    this.stop();
    this.target = element;
    if (this.connected) this.start();
  }

  /**
   * Takes a size and font without observing them: where nothing can be measured (a server render)
   * or until the first observation (a server-rendered chart taken over in the browser, which
   * must first draw what the server drew).
   */
  assume(size: Size, font: Font) {
    this.value = size;
    this.font = font;
    this.assumed = true;
  }

  /**
   * Takes a new observation of the border box (the plot box's padding holds rows of labels the
   * svg draws); `true` when the rounded size changed, or the size had been assumed.
   */
  read(entry: ResizeObserverEntry): boolean {
    const box = entry.borderBoxSize?.[0];
    const seen = box ? {width: box.inlineSize, height: box.blockSize} : entry.target.getBoundingClientRect();
    const width = Math.max(0, Math.floor(seen.width));
    const height = Math.max(0, Math.floor(seen.height));
    const style = getComputedStyle(entry.target);
    this.font = {size: parseFloat(style.fontSize) || 13, family: style.fontFamily};
    const assumed = this.assumed;
    this.assumed = false;
    if (!assumed && this.value && this.value.width === width && this.value.height === height) return false;
    this.value = {width, height};
    return true;
  }

  private start() {
    if (!this.target || typeof ResizeObserver === 'undefined') return;
    controllers.set(this.target, this);
    observer().observe(this.target, {box: 'border-box'});
  }

  private stop() {
    if (!this.target || controllers.get(this.target) !== this) return;
    controllers.delete(this.target);
    shared?.unobserve(this.target);
  }

  hostConnected() {
    this.connected = true;
    this.start();
  }

  hostDisconnected() {
    this.connected = false;
    this.stop();
  }
}
