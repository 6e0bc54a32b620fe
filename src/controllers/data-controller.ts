import type {ReactiveController, ReactiveElement} from 'lit';
import {ChartDataError, parseDataText, parseJson} from '../core/index.js';

/** Where the current data came from. */
export type DataOrigin = 'property' | 'src' | 'script' | 'table' | 'none';

/** What the data controller holds: raw rows (not yet normalized), or an error. */
export interface DataState {
  status: 'empty' | 'loading' | 'ready' | 'error';
  origin: DataOrigin;
  rows?: unknown;
  error?: ChartDataError;
}

/** Host fields the controller reads. */
export interface DataHost extends ReactiveElement {
  /** Rows set through the `data` property or attribute (an attribute that is not JSON arrives as a ChartDataError). */
  data?: unknown;
  /** URL of a CSV or JSON file. */
  src?: string;
}

/** Reads a `<table>` into a header row plus data rows of trimmed cell text. */
export function tableToMatrix(table: HTMLTableElement): string[][] {
  return Array.from(table.rows, (row) => Array.from(row.cells, (cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/**
 * Loads the host's data from, in order of precedence: the `data` property or attribute, `src`
 * (CSV or JSON, fetched with the page's credentials policy, never evaluated), a child
 * `<script type="application/json">`, or a child `<table>`. A new `src` aborts the request
 * before it, and only the latest request can change the state. Children are watched with a
 * MutationObserver while the host is connected, so content parsed after the upgrade is read too.
 */
export class DataController implements ReactiveController {
  state: DataState = {status: 'empty', origin: 'none'};
  private abort?: AbortController;
  private loadedSrc?: string;
  private observer?: MutationObserver;
  private childKey = '';

  constructor(private readonly host: DataHost) {
    host.addController(this);
  }

  hostConnected() {
    if (typeof MutationObserver !== 'undefined') {
      this.observer ??= new MutationObserver(() => this.readChildrenIfUsed());
      this.observer.observe(this.host, {childList: true, subtree: true, characterData: true});
    }
    // A host moved to another parent loads its src again if the first request was aborted.
    if (this.state.status === 'loading') this.loadedSrc = undefined;
    this.sync();
  }

  hostDisconnected() {
    this.observer?.disconnect();
    this.observer = undefined;
    this.cancel();
  }

  /** Call from the host's `willUpdate` when `data` or `src` changed. Never throws. */
  sync() {
    try {
      this.syncSources();
    } catch (e) {
      // Hostile data (a revoked Proxy, say) becomes an error state, reported once.
      const error = asChartError(e);
      const last = this.state.error;
      if (!(last && last.message === error.message)) this.set({status: 'error', origin: 'property', error});
    }
  }

  private syncSources() {
    const {data, src} = this.host;
    const hasData = data !== undefined && data !== null;
    if (src && !hasData) {
      if (src !== this.loadedSrc) this.load(src);
      return;
    }
    this.cancel();
    this.loadedSrc = undefined;
    if (!hasData) this.readChildren(true);
    else if (data instanceof ChartDataError) this.set({status: 'error', origin: 'property', error: data});
    else this.set({status: 'ready', origin: 'property', rows: data});
  }

  private set(state: DataState) {
    this.state = state;
    this.host.requestUpdate();
  }

  private cancel() {
    this.abort?.abort();
    this.abort = undefined;
  }

  private readChildrenIfUsed() {
    const {data, src} = this.host;
    if ((data === undefined || data === null) && !src) this.readChildren(false);
    else this.host.requestUpdate(); // slotted text may have changed
  }

  private readChildren(force: boolean) {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    const table = this.host.querySelector(':scope > table');
    const key = script ? 's' + script.textContent : table ? 't' + table.textContent : '';
    if (!force && key === this.childKey) {
      this.host.requestUpdate();
      return;
    }
    this.childKey = key;
    try {
      if (script) this.set({status: 'ready', origin: 'script', rows: parseJson(script.textContent ?? '')});
      else if (table) this.set({status: 'ready', origin: 'table', rows: tableToMatrix(table as HTMLTableElement)});
      else this.set({status: 'empty', origin: 'none'});
    } catch (e) {
      this.set({status: 'error', origin: script ? 'script' : 'table', error: asChartError(e)});
    }
  }

  private async load(src: string) {
    this.cancel();
    const abort = new AbortController();
    this.abort = abort;
    this.loadedSrc = src;
    this.set({status: 'loading', origin: 'src'});
    // A request that takes too long is given up, with a message; it is aborted either way.
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, DataController.timeout);
    try {
      const response = await fetch(src, {signal: abort.signal});
      if (!response.ok) {
        throw new ChartDataError('fetch-failed', `Could not load the data from ${src} (HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}).`);
      }
      const text = await readText(response, DataController.maxBytes);
      if (abort.signal.aborted) throw abort.signal.reason;
      const rows = parseDataText(text, (response.headers.get('content-type') ?? '') + ' ' + src);
      // Named here, where the file is known: "No data to show." alone reads like a chart never given data.
      if (Array.isArray(rows) && rows.length === 0) {
        throw new ChartDataError('no-data', `No data to show: ${src} ${text.trim() ? 'has no rows' : 'is empty'}.`);
      }
      this.abort = undefined;
      this.set({status: 'ready', origin: 'src', rows});
    } catch (e) {
      if (abort.signal.aborted && !timedOut) return; // superseded or disconnected: not an error
      this.abort = undefined;
      let error: ChartDataError;
      if (timedOut) error = new ChartDataError('fetch-failed', `The data from ${src} did not arrive within ${DataController.timeout / 1000} seconds.`);
      else if (e instanceof ChartDataError) error = e;
      else error = new ChartDataError('fetch-failed', `Could not load the data from ${src} (${(e as Error)?.message ?? e}).`);
      this.set({status: 'error', origin: 'src', error});
    } finally {
      clearTimeout(timer);
    }
  }

  /** How long a `src` request may take, ms. */
  static timeout = 30_000;
  /** The largest `src` file read, bytes; a larger one is an error (the chart is for a few thousand rows, not a database). */
  static maxBytes = 20 * 1024 * 1024;

}

/** Wraps any thrown value as a ChartDataError. */
export function asChartError(e: unknown): ChartDataError {
  if (e instanceof ChartDataError) return e;
  return new ChartDataError('invalid-data', e instanceof Error ? e.message : String(e));
}

/**
 * Reads a response body as text, stopping with a ChartDataError once it passes `maxBytes`
 * (checked against Content-Length first, then while streaming).
 */
async function readText(response: Response, maxBytes: number): Promise<string> {
  const tooLarge = () =>
    new ChartDataError('invalid-data', `The data file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; charts read smaller files.`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    text += decoder.decode(value, {stream: true});
  }
  return text + decoder.decode();
}
