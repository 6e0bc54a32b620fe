/** Test helpers for the chart elements: mounting, waiting, and geometry checks. */
import {expect} from '@open-wc/testing';
import {registerMessages} from '../../src/index.js';
import {de} from '../../src/messages/de.js';

// German is a module to register (not built in); the tests of German charts rely on it.
registerMessages('de', de);

export const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = (k: number) => (k <= 0 ? resolve() : requestAnimationFrame(() => step(k - 1)));
    step(n);
  });

const hosts: HTMLElement[] = [];

/** Errors seen on the page: uncaught exceptions, unhandled rejections and console.error calls. */
export const pageErrors: string[] = [];
window.addEventListener('error', (e) => pageErrors.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => pageErrors.push(`rejection: ${String(e.reason)}`));
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  pageErrors.push(`console.error: ${args.map(String).join(' ')}`);
  consoleError(...args);
};

export interface Mounted<E extends HTMLElement = HTMLElement> {
  el: E;
  host: HTMLDivElement;
  renders: CustomEvent[];
  errors: CustomEvent[];
}

/** Waits for the next chart-render or chart-error event from inside `host`, then two frames. */
export function nextChartEvent(host: EventTarget, timeout = 5000): Promise<CustomEvent | undefined> {
  return new Promise((resolve) => {
    const done = (e?: Event) => {
      host.removeEventListener('chart-render', done);
      host.removeEventListener('chart-error', done);
      clearTimeout(timer);
      frames(2).then(() => resolve(e as CustomEvent | undefined));
    };
    const timer = setTimeout(() => done(), timeout);
    host.addEventListener('chart-render', done);
    host.addEventListener('chart-error', done);
  });
}

/**
 * Puts `markup` in a `<div>` of `width` px on the page and waits for the chart's first
 * chart-render or chart-error event plus two animation frames.
 */
export async function mount<E extends HTMLElement = HTMLElement>(markup: string, width: number | string = 640): Promise<Mounted<E>> {
  const host = document.createElement('div');
  host.style.width = typeof width === 'number' ? `${width}px` : width;
  document.body.append(host);
  hosts.push(host);
  const renders: CustomEvent[] = [];
  const errors: CustomEvent[] = [];
  host.addEventListener('chart-render', (e) => renders.push(e as CustomEvent));
  host.addEventListener('chart-error', (e) => errors.push(e as CustomEvent));
  const first = nextChartEvent(host);
  host.innerHTML = markup;
  await first;
  return {el: host.firstElementChild as E, host, renders, errors};
}

/** Changes the chart in `host` by `apply()` and waits for its new drawing (see {@link nextChartEvent}). */
export async function change(el: Element, host: Element, apply: () => void) {
  const drawn = nextChartEvent(host);
  apply();
  await drawn;
  await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
}

/**
 * Resolves once `el` has settled at its size: a whole frame passed in which neither the element
 * nor its plot changed size (their ResizeObserver saw nothing) and no update was pending. Fails
 * after `timeout` ms, saying it never settled (a resize or redraw loop).
 */
export async function settledAtSize(el: Element, timeout = 5000): Promise<void> {
  const chart = el as HTMLElement & {updateComplete: Promise<unknown>; isUpdatePending: boolean};
  let changed = true;
  const observer = new ResizeObserver(() => (changed = true));
  for (const target of [el, ...shadow(el).querySelectorAll('.plot')]) observer.observe(target);
  const end = performance.now() + timeout;
  try {
    for (;;) {
      // At a frame's start, the size observations of the frame before have been delivered.
      await frames(1);
      await chart.updateComplete;
      if (!changed && !chart.isUpdatePending) return;
      changed = false;
      if (performance.now() > end) throw new Error(`<${el.localName}> did not settle at its size within ${timeout / 1000} s: it kept changing size or drawing`);
    }
  } finally {
    observer.disconnect();
  }
}

/** Removes every host made by {@link mount}. */
export function cleanup() {
  for (const h of hosts.splice(0)) h.remove();
}

export const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
export const $$ = <T extends Element = Element>(el: Element, selector: string) => Array.from(shadow(el).querySelectorAll<T>(selector));
export const $ = <T extends Element = Element>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);

/** Every attribute value or text in the shadow root that holds NaN, Infinity or undefined, or a negative size. */
export function badValues(el: Element): string[] {
  const bad: string[] = [];
  for (const node of shadow(el).querySelectorAll('*')) {
    for (const attr of Array.from(node.attributes)) {
      if (/NaN|Infinity|undefined/.test(attr.value)) bad.push(`${node.localName}[${attr.name}]=${attr.value}`);
      if (['width', 'height', 'r'].includes(attr.name) && parseFloat(attr.value) < 0) bad.push(`${node.localName}[${attr.name}]=${attr.value}`);
    }
  }
  const text = shadow(el).textContent ?? '';
  if (/NaN|Infinity|undefined/.test(text)) bad.push(`text: ${text.match(/.{0,20}(NaN|Infinity|undefined).{0,20}/)?.[0]}`);
  return bad;
}

/**
 * The viewport box of an SVG shape from its geometry (`getBBox()` through `getScreenCTM()`): the
 * box of its fill (a text's advance box), stroke left out, alike in every engine (rectangles
 * and lines from their attributes). Use it rather
 * than `getBoundingClientRect()` for SVG shapes and texts: Firefox counts the stroke in that box
 * and widens a text's by about a pixel on each side, and engines disagree on shapes of zero
 * height or width.
 */
export function shapeBox(shape: Element): DOMRect {
  const graphic = shape as SVGGraphicsElement;
  const m = graphic.getScreenCTM();
  // Not rendered (display: none): no box.
  if (!m) return new DOMRect();
  // Rectangles and lines from their attributes: Firefox gives a rectangle of zero height an empty
  // box at the origin from getBBox().
  let b: {x: number; y: number; width: number; height: number};
  if (shape instanceof SVGRectElement) {
    b = {x: shape.x.baseVal.value, y: shape.y.baseVal.value, width: shape.width.baseVal.value, height: shape.height.baseVal.value};
  } else if (shape instanceof SVGLineElement) {
    const [x1, y1, x2, y2] = [shape.x1, shape.y1, shape.x2, shape.y2].map((a) => a.baseVal.value);
    b = {x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1)};
  } else {
    b = graphic.getBBox();
  }
  const a = new DOMPoint(b.x, b.y).matrixTransform(m);
  const c = new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(m);
  return new DOMRect(Math.min(a.x, c.x), Math.min(a.y, c.y), Math.abs(c.x - a.x), Math.abs(c.y - a.y));
}

/** Page boxes of the columns, ordered by x. */
export const columnBoxes = (el: Element) =>
  $$(el, 'rect.column')
    .map((r) => ({x: Number(r.getAttribute('data-x')), box: shapeBox(r)}))
    .sort((a, b) => a.box.left - b.box.left);

/** y tick labels and their page positions. */
export function yTicks(el: Element) {
  return $$<SVGTextElement>(el, '.y-axis text').map((t) => {
    const b = t.getBoundingClientRect();
    return {label: t.textContent ?? '', y: b.top + b.height / 2};
  });
}

/** Page y of the gridline for the tick labelled `label`. */
export function gridY(el: Element, index: number) {
  return shapeBox($$(el, '.grid line')[index]).top;
}

/** The page y of the zero baseline. */
export const baselineY = (el: Element) => shapeBox($(el, '.baseline')!).top;

/** Whether any two of the boxes overlap (touching edges do not count). */
export function overlaps(boxes: DOMRect[], gap = 0): boolean {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom && b.top < a.bottom) return true;
    }
  }
  return false;
}

/** Vertices (x, y pairs) of an SVG path made of M and L commands, in user units. */
export function pathVertices(d: string): {x: number; y: number; move: boolean}[] {
  const out: {x: number; y: number; move: boolean}[] = [];
  const re = /([ML])\s*(-?[\d.]+(?:e[-+]?\d+)?)[ ,](-?[\d.]+(?:e[-+]?\d+)?)/gi;
  let m;
  while ((m = re.exec(d))) out.push({x: Number(m[2]), y: Number(m[3]), move: m[1].toUpperCase() === 'M'});
  return out;
}

/** Visible text of the shadow root and slotted content. */
export function visibleText(el: Element): string {
  const parts: string[] = [];
  const walk = (root: ParentNode) => {
    for (const node of Array.from(root.querySelectorAll('*'))) {
      if (node.children.length === 0 || node.localName === 'slot') {
        const box = node.localName === 'slot' ? node.parentElement! : node;
        const style = getComputedStyle(box);
        const rect = box.getBoundingClientRect();
        if (style.display === 'none' || style.visibility === 'hidden' || rect.width <= 1 || rect.height <= 1) continue;
        const t = node.localName === 'slot' ? (node as HTMLSlotElement).assignedNodes({flatten: true}).map((n) => n.textContent).join('') : node.textContent;
        if (t) parts.push(t);
      }
    }
  };
  walk(shadow(el));
  return parts.join(' | ');
}

/**
 * Reads a tick label back as a number ("-18%" → -18; with `abbreviated`, "$3bn" → 3e9 and
 * "1.000 Mrd." in de → 1e12).
 */
export function tickValue(label: string, locale = 'en', abbreviated = false): number {
  const de = locale.startsWith('de');
  let s = label.replace(/\u2212/g, '-');
  const m = s.match(/-?[\d.,]+/);
  if (!m) return NaN;
  s = de ? m[0].replace(/\./g, '').replace(',', '.') : m[0].replace(/,/g, '');
  let v = Number(s);
  if (abbreviated && /bn|Mrd/.test(label)) v *= 1e9;
  else if (abbreviated && /mn|Mio/.test(label)) v *= 1e6;
  return v;
}

/** y(v) in page px, interpolated between the gridlines of the y ticks. */
export function yOf(el: Element, locale = 'en') {
  const labels = $$(el, '.y-axis text').map((t) => tickValue(t.textContent!, locale));
  const lines = $$(el, '.grid line').map((l) => shapeBox(l).top);
  const ticks = labels.map((value, i) => ({value, y: lines[i]})).sort((a, b) => a.value - b.value);
  return (v: number) => {
    let i = ticks.findIndex((t) => t.value >= v);
    if (i <= 0) i = 1;
    if (i < 0 || i >= ticks.length) i = ticks.length - 1;
    const a = ticks[i - 1];
    const b = ticks[i];
    return a.y + ((v - a.value) / (b.value - a.value)) * (b.y - a.y);
  };
}

export const tickLabels = (el: Element) => $$(el, '.y-axis text').map((t) => t.textContent!);
export const xLabels = (el: Element) => $$(el, '.x-axis text').map((t) => t.textContent!);
/** The table's rows as shown (cells also carry the value in words for screen readers). */
export const tableRows = (el: Element) =>
  $$(el, 'table tbody tr').map((tr) => Array.from(tr.children, (c) => (c.querySelector('.shown') ?? c).textContent!.trim()));

/** The table's header cells as shown, without the units some of them carry. */
export const tableHeaders = (el: Element) =>
  $$(el, 'table thead th').map((th) => th.textContent!.replace(th.querySelector('.unit')?.textContent ?? '', '').trim());

/** The first line of the CSV the download link holds (written when the link is about to be used). */
export function csvHeader(el: Element): string {
  const link = $<HTMLAnchorElement>(el, '.controls a')!;
  link.focus();
  return decodeURIComponent(link.href.replace(/^data:text\/csv;charset=utf-8,/, '')).replace('\uFEFF', '').split('\n')[0];
}

/** The page box of the path vertices of the first line, in page px. */
export function lineVertices(el: Element, index = 0) {
  const path = $$<SVGPathElement>(el, 'path.line')[index];
  const svg = $<SVGSVGElement>(el, 'svg.chart')!;
  const box = svg.getBoundingClientRect();
  return pathVertices(path.getAttribute('d')!).map((v) => ({x: box.left + v.x, y: box.top + v.y, move: v.move}));
}


/**
 * Mocha hooks for a suite: each test must add no uncaught error, unhandled rejection or
 * console.error (NO_ERR); the hosts made by {@link mount} are removed after each test, then
 * `after` runs (e.g. to reset media emulation).
 */
export function expectNoPageErrors(after?: () => unknown) {
  let before = 0;
  beforeEach(() => {
    before = pageErrors.length;
  });
  afterEach(async () => {
    cleanup();
    await after?.();
    expect(pageErrors.slice(before), 'no uncaught error or console.error').to.deep.equal([]);
  });
}

/** Errors the window sees from now until `stop()`: uncaught exceptions (the ResizeObserver loop error is one) and rejections. */
export function watchErrors() {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(e.message || String(e.error));
  const onRejection = (e: PromiseRejectionEvent) => seen.push(`rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {seen, stop: () => (window.removeEventListener('error', onError), window.removeEventListener('unhandledrejection', onRejection))};
}

/**
 * Records every fetch until `restore()`: its AbortSignal (`signals`) and its request (`requests`,
 * settled once the response's body has arrived in full, or the request failed or was aborted).
 * `started(n)` resolves once n requests have started; `settled()` once every request started so
 * far has settled: a test that proves a response was NOT used waits for that, not for a guessed time.
 */
export function spyOnFetch() {
  const signals: AbortSignal[] = [];
  const requests: Promise<unknown>[] = [];
  const waiting: {count: number; resolve: () => void}[] = [];
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.signal) signals.push(init.signal);
    // The body is read from a copy (taken before the caller reads the response) to know when it has all arrived.
    let body: Promise<unknown> = Promise.resolve();
    const response = original(input, init).then((r) => ((body = r.clone().arrayBuffer()), r));
    // Caught here: a failed or aborted request is an outcome to wait for, not an unhandled rejection.
    requests.push(response.then(() => body).catch(() => undefined));
    for (const w of waiting.filter((w) => requests.length >= w.count)) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve();
    }
    return response;
  };
  const started = (count: number, timeout = 5000) =>
    requests.length >= count
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`fetch number ${count} did not start within ${timeout / 1000} s (${requests.length} started)`)), timeout);
          waiting.push({count, resolve: () => (clearTimeout(timer), resolve())});
        });
  return {signals, requests, started, settled: () => Promise.allSettled(requests), restore: () => (window.fetch = original)};
}

/**
 * The page box of a text: its width as the engine lays it out, and its height from the baseline, 0.8 em
 * above it and 0.22 em below (engines report the font's whole line box, which differs between them).
 */
export function ink(el: Element): DOMRect {
  const r = el.getBoundingClientRect();
  const svg = (el as SVGTextElement).ownerSVGElement!.getBoundingClientRect();
  const size = parseFloat(getComputedStyle(el).fontSize);
  const dy = el.getAttribute('dy') ? parseFloat(el.getAttribute('dy')!) * size : 0;
  const baseline = svg.top + parseFloat(el.getAttribute('y')!) + dy;
  return new DOMRect(r.left, baseline - 0.8 * size, r.width, 1.02 * size);
}
