/** Detail of the `chart-error` event. */
export interface ChartErrorDetail {
  /** Stable code: `no-data`, `invalid-json`, `invalid-data`, `missing-column`, `no-values`, `fetch-failed`, `invalid-ratio`, `download-failed`. */
  code: string;
  /** What went wrong, in words, as shown on the chart. */
  message: string;
}

/** Detail of the `chart-render` event. */
export interface ChartRenderDetail {
  /** Number of data drawn: columns or bars, or the defined vertices of lines and areas. */
  marks: number;
  /** Problems that did not stop the chart (dropped rows, duplicate years, ignored options). */
  warnings: string[];
}

/**
 * Fires `chart-error` (bubbling, composed) for an error (see {@link dispatchWhenListened}).
 * @internal
 */
export function dispatchChartError(target: EventTarget, error: {code: string; message: string}) {
  dispatchWhenListened(target, new CustomEvent<ChartErrorDetail>('chart-error', {detail: {code: error.code, message: error.message}, bubbles: true, composed: true}));
}

/**
 * Fires `chart-render` (bubbling, composed) after a drawing (see {@link dispatchWhenListened}).
 * @internal
 */
export function dispatchChartRender(target: EventTarget, marks: number, warnings: readonly string[]) {
  dispatchWhenListened(target, new CustomEvent<ChartRenderDetail>('chart-render', {detail: {marks, warnings: [...warnings]}, bubbles: true, composed: true}));
}

/** Events held until the page's own scripts have run (in the order they were fired). */
const held: [EventTarget, Event][] = [];

/**
 * Dispatches `event` now, or, while the page is still being parsed (before `DOMContentLoaded`),
 * once the page's scripts have run. A chart in the HTML before the script tag is upgraded and
 * draws as soon as the bundle runs, before the page's later scripts could add a listener: its
 * first events wait for `DOMContentLoaded` and then one task more, so that listeners added by any
 * script of the page, and by `DOMContentLoaded` handlers, hear them. Events fired meanwhile wait
 * behind them, in order. (The element's `state` and `error` say the same at any time.)
 */
function dispatchWhenListened(target: EventTarget, event: Event) {
  if (held.length === 0 && !beforeContentLoaded()) {
    target.dispatchEvent(event);
    return;
  }
  // The first event held waits for DOMContentLoaded, then for one task more (a microtask would
  // run between two of its listeners).
  if (held.push([target, event]) === 1) document.addEventListener('DOMContentLoaded', () => setTimeout(releaseHeld), {once: true});
}

function releaseHeld() {
  for (const [target, event] of held.splice(0)) target.dispatchEvent(event);
}

/**
 * Whether `DOMContentLoaded` is still to come: the document is being parsed, or parsed with its
 * deferred and module scripts still running (`interactive`, and the navigation entry has no
 * `domContentLoadedEventStart` yet). Without a navigation entry an `interactive` document counts
 * as loaded, so that no event waits for a `DOMContentLoaded` that has already passed.
 */
function beforeContentLoaded(): boolean {
  if (document.readyState !== 'interactive') return document.readyState === 'loading';
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return navigation?.domContentLoadedEventStart === 0;
}

declare global {
  interface HTMLElementEventMap {
    'chart-error': CustomEvent<ChartErrorDetail>;
    'chart-render': CustomEvent<ChartRenderDetail>;
  }
}
