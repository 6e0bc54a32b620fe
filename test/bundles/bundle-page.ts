/**
 * A page with one of the self-contained bundles (`tiv-charts.min.js` as a classic script,
 * `tiv-charts.bundle.js` as a module) in an iframe, and charts drawn in it: the bundles define the
 * same elements as the npm modules the test page has, so each gets a document of its own.
 */

export type Chart = HTMLElement & Record<string, unknown>;
export type Tag = 'tiv-trend' | 'spend-compare';

/** What a chart drew or reported, as read by an entry's `effect`. */
export interface Drawn {
  el: Chart;
  /** Detail of the last `chart-render` event, if any. */
  render?: {marks: number; warnings: string[]};
}

/** An iframe that loads `bundle` and has both elements defined. */
export async function bundlePage(bundle: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '700px';
  frame.style.height = '600px';
  const type = bundle.endsWith('.bundle.js') ? ' type="module"' : '';
  frame.srcdoc = `<!doctype html><html lang="en"><body><script${type} src="${bundle}"></script><div id="host" style="width: 640px"></div></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  const registry = frame.contentWindow!.customElements;
  await Promise.all([registry.whenDefined('tiv-trend'), registry.whenDefined('spend-compare')]);
  return frame;
}

const frames = (win: Window, n: number) => new Promise<void>((resolve) => {
  const step = (k: number) => (k <= 0 ? resolve() : win.requestAnimationFrame(() => step(k - 1)));
  step(n);
});

/**
 * Makes a chart in `frame` with `attributes` (and `property` set from script), and waits for its
 * first `chart-render` or `chart-error` event (at most 5 s: a chart that never draws is read as it is).
 */
export async function draw(frame: HTMLIFrameElement, tag: Tag, attributes: Record<string, string | null>, property?: [string, unknown]): Promise<Drawn> {
  const doc = frame.contentDocument!;
  const el = doc.createElement(tag as string) as Chart;
  for (const [name, value] of Object.entries(attributes)) if (value !== null) el.setAttribute(name, value);
  if (property) el[property[0]] = property[1];
  const drawn: Drawn = {el};
  const settled = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 5000);
    const done = (e: Event) => {
      if (e.type === 'chart-render') drawn.render = (e as CustomEvent).detail;
      clearTimeout(timer);
      resolve();
    };
    el.addEventListener('chart-render', done, {once: true});
    el.addEventListener('chart-error', done, {once: true});
  });
  doc.getElementById('host')!.append(el);
  await settled;
  await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
  await frames(frame.contentWindow!, 2);
  return drawn;
}

