import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Observed content-box size of an element, in whole CSS px. */
export interface Size {
  width: number;
  height: number;
}

/**
 * Watches the size of one element with a ResizeObserver and asks the host to update when the
 * rounded size changes. Observes only while the host is connected; nothing is left behind after
 * disconnection. The observed element's size must not depend on what the host draws (use CSS
 * `aspect-ratio` or a fixed height) so that no resize loop can start.
 */
export class SizeController implements ReactiveController {
  /** The latest size; `undefined` until the first observation. */
  value: Size | undefined;
  private observer?: ResizeObserver;
  private target?: Element;
  private connected = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts (or moves) the observation to `element`. */
  observe(element: Element | undefined) {
    if (element === this.target) return;
    this.target = element;
    this.observer?.disconnect();
    if (element && this.connected) this.start();
  }

  private start() {
    if (!this.target || typeof ResizeObserver === 'undefined') return;
    this.observer ??= new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const box = entry.contentBoxSize?.[0];
      const width = Math.max(0, Math.floor(box ? box.inlineSize : entry.contentRect.width));
      const height = Math.max(0, Math.floor(box ? box.blockSize : entry.contentRect.height));
      if (this.value && this.value.width === width && this.value.height === height) return;
      this.value = {width, height};
      this.host.requestUpdate();
    });
    this.observer.observe(this.target);
  }

  hostConnected() {
    this.connected = true;
    this.start();
  }

  hostDisconnected() {
    this.connected = false;
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
