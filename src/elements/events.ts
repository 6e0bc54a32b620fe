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
 * Fires `chart-error` (bubbling, composed) for an error.
 * @internal
 */
export function dispatchChartError(target: EventTarget, error: {code: string; message: string}) {
  target.dispatchEvent(
    new CustomEvent<ChartErrorDetail>('chart-error', {
      detail: {code: error.code, message: error.message},
      bubbles: true,
      composed: true,
    })
  );
}

/**
 * Fires `chart-render` (bubbling, composed) after a drawing.
 * @internal
 */
export function dispatchChartRender(target: EventTarget, marks: number, warnings: readonly string[]) {
  target.dispatchEvent(
    new CustomEvent<ChartRenderDetail>('chart-render', {
      detail: {marks, warnings: [...warnings]},
      bubbles: true,
      composed: true,
    })
  );
}

declare global {
  interface HTMLElementEventMap {
    'chart-error': CustomEvent<ChartErrorDetail>;
    'chart-render': CustomEvent<ChartRenderDetail>;
  }
}
