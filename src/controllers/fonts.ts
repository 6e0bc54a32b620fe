import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Web fonts that finish loading after a chart was drawn. A chart measures its text (tick labels,
 * direct labels, annotations) as it draws; a font that was still loading was measured in the
 * fallback font, and the text drawn in the real one then overlaps or spills out of the frame.
 *
 * One listener for the page, on `document.fonts` (`loadingdone`: a batch of font faces finished
 * loading): it runs each measuring cache's `forget` once, counts the event ({@link generation}),
 * then asks every connected chart to draw again. Drawing again loads no font already loaded, so
 * this happens once per batch of fonts, never in a loop.
 */
const controllers = new Set<FontsController>();
const forgetters = new Set<() => void>();
let loaded = 0;
let listening = false;

function listen() {
  if (listening || typeof document === 'undefined' || !document.fonts?.addEventListener) return;
  listening = true;
  document.fonts.addEventListener('loadingdone', () => {
    loaded++;
    for (const forget of forgetters) forget();
    for (const controller of controllers) controller.host.requestUpdate();
  });
}

/**
 * Asks its host to draw again when web fonts finish loading, after the measuring caches were
 * emptied with `forget` (run once per event, however many charts share it). The host reads
 * {@link generation} among the inputs of its layout, so that a new one lays out again.
 */
export class FontsController implements ReactiveController {
  constructor(
    readonly host: ReactiveControllerHost,
    forget: () => void
  ) {
    forgetters.add(forget);
    host.addController(this);
  }

  /** How many times fonts finished loading on this page: a new value means measure again. */
  get generation(): number {
    return loaded;
  }

  hostConnected() {
    listen();
    controllers.add(this);
  }

  hostDisconnected() {
    controllers.delete(this);
  }
}
