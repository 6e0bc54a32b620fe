import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * A bare ReactiveControllerHost for unit tests of controllers: it counts update requests and
 * drives the controllers' lifecycle by hand, without a LitElement or a chart.
 */
export class TestHost implements ReactiveControllerHost {
  readonly controllers = new Set<ReactiveController>();
  /** How many times a controller asked for an update. */
  updates = 0;
  isConnected = false;
  readonly localName = 'test-host';
  /** Where the host "renders" (a controller may query it). */
  readonly renderRoot: HTMLElement = document.createElement('div');

  addController(controller: ReactiveController) {
    this.controllers.add(controller);
  }

  removeController(controller: ReactiveController) {
    this.controllers.delete(controller);
  }

  requestUpdate() {
    this.updates++;
  }

  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }

  connect() {
    this.isConnected = true;
    document.body.append(this.renderRoot);
    for (const c of this.controllers) c.hostConnected?.();
  }

  /** One update: hostUpdate, then (after a render) hostUpdated. */
  update() {
    for (const c of this.controllers) c.hostUpdate?.();
    for (const c of this.controllers) c.hostUpdated?.();
  }

  disconnect() {
    this.isConnected = false;
    this.renderRoot.remove();
    for (const c of this.controllers) c.hostDisconnected?.();
  }
}
