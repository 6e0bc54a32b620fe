/**
 * Pages in iframes for the tests of a page's layout while it loads (the demo article, server
 * rendered charts, the Eleventy example): loading a frame, the positions of its blocks, and the
 * layout shifts its document reports.
 */
import {waitUntil} from '@open-wc/testing';
import {setViewport} from './engine.js';

/**
 * An iframe of `width` × `height` px at the top left of the page, loaded from `src` (a URL, or
 * `{srcdoc}`: the document's HTML). Where the
 * engine reports layout shifts, the test page's viewport is made as large first: Chromium counts
 * only the shifts of what is inside the top page's viewport.
 */
export async function openFrame(src: string | {srcdoc: string}, width: number, {height = 3600, sandbox}: {height?: number; sandbox?: string} = {}): Promise<HTMLIFrameElement> {
  if (reportsLayoutShifts()) await setViewport({width: Math.max(width, 800), height});
  const frame = document.createElement('iframe');
  // Fixed in the test page's viewport: all of it is rendered and laid out as a page would be.
  Object.assign(frame.style, {position: 'fixed', top: '0', left: '0', width: `${width}px`, height: `${height}px`, border: '0', background: 'white'});
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  if (typeof src === 'string') frame.src = src;
  else frame.srcdoc = src.srcdoc;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The charts of a frame's document. */
export const chartsIn = (frame: HTMLIFrameElement) => Array.from(frame.contentDocument!.querySelectorAll<HTMLElement & {updateComplete: Promise<boolean>}>('tiv-trend, spend-compare'));

/** The top and bottom of each element that `selector` finds in the frame, px from the top of its document. */
export function positions(frame: HTMLIFrameElement, selector: string): number[][] {
  const scrollY = frame.contentWindow!.scrollY;
  return Array.from(frame.contentDocument!.querySelectorAll(selector), (el) => {
    const box = el.getBoundingClientRect();
    return [box.top + scrollY, box.bottom + scrollY];
  });
}

/** Whether this engine reports `layout-shift` entries (Chromium; not Firefox or WebKit). */
export const reportsLayoutShifts = () => (PerformanceObserver.supportedEntryTypes ?? []).includes('layout-shift');

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

/**
 * The `layout-shift` entries that a frame's document has reported since it started loading
 * (buffered), up to now: to know that every frame drawn so far has been reported, it shifts its
 * own body down (a block put above it) and waits for that shift's entry, which comes after
 * theirs. Only where the engine reports layout shifts (see {@link reportsLayoutShifts}); the
 * frame's page is shifted afterwards.
 */
export async function layoutShiftsSoFar(frame: HTMLIFrameElement): Promise<number[]> {
  const win = frame.contentWindow as Window & typeof globalThis;
  const entries: LayoutShift[] = [];
  const observer = new win.PerformanceObserver((list) => entries.push(...(list.getEntries() as LayoutShift[])));
  observer.observe({type: 'layout-shift', buffered: true});
  const doc = frame.contentDocument!;
  const mark = win.performance.now();
  const block = doc.createElement('div');
  block.style.height = '120px';
  doc.body.prepend(block);
  await waitUntil(() => entries.some((e) => e.startTime >= mark), 'the test\'s own shift is reported', {timeout: 10000});
  observer.disconnect();
  return entries.filter((e) => e.startTime < mark && !e.hadRecentInput).map((e) => e.value);
}

/**
 * Points at the middle of a chart in a frame (its svg, `pointermove` events of the frame's own
 * PointerEvent) until its tooltip says what `expected` matches: a chart taken over from the
 * server and laid out again just after drops a tooltip shown before, and the next move brings it
 * back. Resolves with the tooltip's text.
 */
export async function hoverUntil(frame: HTMLIFrameElement, chart: Element, expected: RegExp): Promise<string> {
  const FramePointerEvent = (frame.contentWindow as Window & typeof globalThis).PointerEvent;
  const root = chart.shadowRoot!;
  const tooltip = () => root.querySelector('.tooltip')?.textContent?.trim() ?? '';
  await waitUntil(() => {
    if (expected.test(tooltip())) return true;
    const svg = root.querySelector('svg.chart')!;
    const box = svg.getBoundingClientRect();
    svg.dispatchEvent(new FramePointerEvent('pointermove', {clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, bubbles: true, pointerType: 'mouse'}));
    return false;
  }, `a tooltip matching ${expected}`);
  return tooltip();
}

/**
 * Waits until each chart of a frame has taken the server's markup over and laid itself out again
 * at the reader's width and font: two `chart-render` events each, counted by the page from its
 * start in `window.renders`.
 */
export async function takenOver(frame: HTMLIFrameElement) {
  const charts = chartsIn(frame);
  const renders = () => (frame.contentWindow as Window & {renders?: number}).renders ?? 0;
  await waitUntil(() => renders() >= 2 * charts.length, 'each chart renders twice', {timeout: 10000});
  await Promise.all(charts.map((c) => c.updateComplete));
}
