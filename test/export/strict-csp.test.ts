/**
 * "Download PNG" on a page whose Content-Security-Policy restricts images (`img-src`, sent as the
 * page's header by the test server: /test-fixtures/csp-page.html): a canvas draws the SVG only as
 * an image from a `data:` or `blob:` URL. Either allowed, the PNG is made; neither, the chart
 * says why and fires `chart-error` (`download-failed`), and nothing is uncaught.
 */
import {expect} from '@open-wc/testing';
import {draw} from '../bundles/bundle-page.js';
import {control, download, parsedSvg} from '../helpers/download.js';

const DATA = JSON.stringify([
  {year: 2019, value: 120},
  {year: 2020, value: 3400},
  {year: 2021, value: 870},
]);

interface ProbedWindow extends Window {
  __errors: string[];
}

/** Resolves with the blocked URIs' schemes of the first `count` img-src violations reported in `frame`. */
function imgViolations(frame: HTMLIFrameElement, count: number): Promise<string[]> {
  const blocked: string[] = [];
  return new Promise((resolve) => {
    frame.contentDocument!.addEventListener('securitypolicyviolation', (e) => {
      if (e.violatedDirective.startsWith('img-src')) blocked.push(e.blockedURI);
      if (blocked.length === count) resolve(blocked);
    });
  });
}

/**
 * The classic-script bundle in an iframe whose page has `img-src` set to `img` (with 'self' for
 * everything else). The frame is tall enough for the chart with its download message (about
 * 630 px): in a 600 px frame the message brought Firefox's classic scrollbar in, the chart
 * narrowed from 700 to 688 px and drew again, and Firefox sometimes reported "ResizeObserver loop
 * completed with undelivered notifications" (CI runs at 52c7dba, 2bbcabd and 536bf47; its cause
 * in the chart is not found, see bench/README.md's seventh pass), which this test is not about.
 */
async function strictPage(img: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '700px';
  frame.style.height = '900px';
  frame.src = `/test-fixtures/csp-page.html?img=${encodeURIComponent(img)}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  document.body.append(frame);
  await loaded;
  await frame.contentWindow!.customElements.whenDefined('tiv-trend');
  return frame;
}

describe('"Download PNG" under a strict Content-Security-Policy', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it("img-src 'self' (no data:, no blob:): the chart says why (the page's policy) and fires chart-error; the SVG is still saved; nothing uncaught", async () => {
    frame = await strictPage("'self'");
    const win = frame.contentWindow as ProbedWindow;
    const uncaught: string[] = [];
    win.addEventListener('unhandledrejection', (e) => uncaught.push(String(e.reason)));
    const {el} = await draw(frame, 'tiv-trend', {data: DATA, heading: 'Arms imports', downloads: 'svg png'});
    const violations = imgViolations(frame, 2);
    const failed = new Promise<CustomEvent>((resolve) => el.addEventListener('chart-error', (e) => resolve(e as CustomEvent), {once: true}));
    control(el, 'Download PNG').click();
    const {detail} = await failed;
    expect(detail.code).to.equal('download-failed');
    expect(detail.message).to.equal(
      "The PNG download could not be made: the browser would not draw the chart as an image; the page's Content-Security-Policy probably allows neither data: nor blob: images (img-src)."
    );
    await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    const message = el.shadowRoot!.querySelector('.download-error')!;
    expect(message.getAttribute('role')).to.equal('alert');
    expect(message.textContent).to.equal(detail.message);
    expect(el.shadowRoot!.querySelector('svg.chart'), 'the chart stays').to.exist;
    // The browser's own reports: both routes refused by img-src, data: first.
    expect(await violations).to.deep.equal(['data', 'blob']);
    // An SVG is a file, not an image drawn: still saved.
    const doc = await parsedSvg(await download(el, 'Download SVG'));
    expect(doc.querySelector('title')?.textContent).to.equal('Arms imports');
    expect(uncaught).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  for (const img of ["'self' data:", "'self' blob:"]) {
    it(`img-src ${img}: the PNG is made`, async () => {
      frame = await strictPage(img);
      const win = frame.contentWindow as ProbedWindow;
      const {el} = await draw(frame, 'tiv-trend', {data: DATA, heading: 'Arms imports', downloads: 'svg png'});
      // Where only blob: is allowed, data: is tried first and refused.
      const refused = img.includes('blob') ? imgViolations(frame, 1) : undefined;
      const svg = (await parsedSvg(await download(el, 'Download SVG'))).documentElement;
      const png = await createImageBitmap((await download(el, 'Download PNG')).blob);
      expect([png.width, png.height]).to.deep.equal([Number(svg.getAttribute('width')) * 2, Number(svg.getAttribute('height')) * 2]);
      expect(el.shadowRoot!.querySelector('.download-error'), 'no message').to.equal(null);
      if (refused) expect(await refused).to.deep.equal(['data']);
      expect(win.__errors).to.deep.equal([]);
    });
  }
});
