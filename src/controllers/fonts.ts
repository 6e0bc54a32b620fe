import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Web fonts that finish loading after a chart was drawn. A chart measures its text (tick labels,
 * direct labels, annotations) as it draws; a font that was still loading was measured in the
 * fallback font, and the text drawn in the real one then overlaps or spills out of the frame.
 *
 * One watcher for the page, on `document.fonts`: its `loadingdone` event (a batch of font faces
 * finished loading), and, for engines that fire no such event (WebKit), the faces that a chart
 * sees loading after it drew (measuring text in a font not loaded yet starts its load).
 * The faces are awaited only where no `loading` event was seen, so that a batch is drawn once:
 * each measuring cache's `forget` runs, the batch is counted ({@link FontsController.generation}),
 * and every connected chart is asked to draw again. Drawing again loads no font already loaded,
 * so this never loops.
 */
const controllers = new Set<FontsController>();
const forgetters = new Set<() => void>();
let loaded = 0;
let listening = false;
let waiting = false;
let scheduled = false;
/** Whether this engine fires FontFaceSet's loading events (WebKit fires none). */
let eventsFire = false;

/** Measures again in every chart, once for the event and the promise of the same batch. */
function fontsLoaded() {
  if (scheduled) return;
  scheduled = true;
  // (After the task that settled the batch: its event and its promise are one batch.)
  setTimeout(() => {
    scheduled = false;
    loaded++;
    for (const forget of forgetters) forget();
    for (const controller of controllers) controller.host.requestUpdate();
  });
}

function fontFaces(): FontFaceSet | undefined {
  // (No FontFaceSet outside a browser, as in a server's DOM shim.)
  return typeof document !== 'undefined' && typeof document.fonts?.addEventListener === 'function' ? document.fonts : undefined;
}

/**
 * Asks its host to draw again when web fonts finish loading, after the measuring caches were
 * emptied with `forget` (run once per batch, however many charts share it). The host reads
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

  /** How many batches of fonts finished loading on this page: a new value means measure again. */
  get generation(): number {
    return loaded;
  }

  hostConnected() {
    const fonts = fontFaces();
    if (fonts && !listening) {
      listening = true;
      fonts.addEventListener('loading', () => (eventsFire = true));
      fonts.addEventListener('loadingdone', fontsLoaded);
    }
    controllers.add(this);
  }

  /**
   * After drawing: the font faces still loading (some perhaps started by this chart's measuring)
   * are awaited, each by its own `loaded` promise: WebKit's `document.fonts.ready` can be an
   * earlier, settled promise while fonts are loading, and awaiting it would draw again and again.
   */
  hostUpdated() {
    const fonts = fontFaces();
    if (!fonts || eventsFire || waiting || fonts.status !== 'loading') return;
    const loading: Promise<unknown>[] = [];
    fonts.forEach((face) => {
      if (face.status === 'loading') loading.push(face.loaded.catch(() => undefined));
    });
    if (!loading.length) return;
    waiting = true;
    void Promise.all(loading).then(() => {
      waiting = false;
      // (An engine that fired 'loading' meanwhile fires 'loadingdone' too, which draws again.)
      if (!eventsFire) fontsLoaded();
    });
  }

  hostDisconnected() {
    controllers.delete(this);
  }
}
