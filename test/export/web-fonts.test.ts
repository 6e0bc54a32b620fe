/**
 * The page's web fonts in the PNG download: a browser draws the SVG as an image, which loads no
 * font of the page, so the faces of the chart's web font go inside the SVG drawn (`@font-face`
 * with `data:` URLs). The font (test/fixtures/fonts/wide-test.css) is 1.6 times wider than any
 * fallback: the PNG's heading is as wide as the page draws it in that font. Where the font's file
 * cannot be fetched (a policy's connect-src), the PNG is drawn in the fallback, without an error.
 */
import {expect} from '@open-wc/testing';
import {chartSvg, downloadFigure} from '../../src/export/download.js';
import {embeddedFonts} from '../../src/export/embedded-fonts.js';
import {draw} from '../bundles/bundle-page.js';
import {$, cleanup, mount} from '../helpers/chart.js';
import {caughtDownload, download, parsedSvg} from '../helpers/download.js';

const HEADING = 'Wide imports';
const DATA = JSON.stringify([
  {year: 2019, value: 120},
  {year: 2020, value: 3400},
  {year: 2021, value: 870},
]);

/** The left and right ends, px, of the ink in rows `top` to `bottom` of an image (pixels darker than near-white). */
function inkSpan(image: ImageBitmap | HTMLImageElement, top: number, bottom: number): [number, number] {
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const {data, width} = context.getImageData(0, top, image.width, bottom - top);
  let [left, right] = [Infinity, -Infinity];
  for (let i = 0; i < data.length; i += 4) {
    if (data[i] + data[i + 1] + data[i + 2] > 600) continue;
    const x = (i / 4) % width;
    [left, right] = [Math.min(left, x), Math.max(right, x)];
  }
  return [left, right];
}

describe('web fonts in the PNG', () => {
  let link: HTMLLinkElement;
  before(async () => {
    link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/test/fixtures/fonts/wide-test.css';
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve, {once: true}));
    document.head.append(link);
    await loaded;
    await document.fonts.load("700 20px 'Wide Test'");
  });
  after(() => link.remove());
  afterEach(cleanup);

  it("the PNG draws the heading in the page's web font (as wide as on the page), the SVG file names it without embedding it", async () => {
    const {el} = await mount(`<div class="wide-test"><tiv-trend theme="light" heading="${HEADING}" data='${DATA}'></tiv-trend></div>`);
    const chart = el.querySelector('tiv-trend')!;
    const request = {host: chart, plot: $<SVGSVGElement>(chart, 'svg.chart')!, format: 'png' as const};
    const png = await createImageBitmap((await caughtDownload(chart, () => downloadFigure(request))).blob);
    // The heading's line, at twice the size: 20 px text from 12 px down.
    const [top, bottom] = [2 * 12, 2 * (12 + 24)];
    const [left, right] = inkSpan(png, top, bottom);
    // The heading's ink in the web font, at the PNG's scale, drawn on a canvas of the page.
    const reference = new OffscreenCanvas(1000, 80);
    const context = reference.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, 1000, 80);
    context.fillStyle = '#000';
    context.font = "700 40px 'Wide Test'";
    context.fillText(HEADING, 10, 50);
    const [referenceLeft, referenceRight] = inkSpan(reference.transferToImageBitmap(), 0, 80);
    const inkWidth = referenceRight - referenceLeft;
    // Within 5% (WebKit's canvas draws this face about a pixel wider a glyph than its images do);
    // a fallback font is 30% narrower or more.
    expect(right - left, 'the heading as wide as in the web font').to.be.closeTo(inkWidth, inkWidth * 0.05);
    // The same SVG without the font: drawn in a fallback, of another width.
    const fallback = new Image();
    fallback.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(chartSvg(request).svg);
    await fallback.decode();
    const scaled = await createImageBitmap(fallback, {resizeWidth: png.width, resizeHeight: png.height});
    const [fallbackLeft, fallbackRight] = inkSpan(scaled, top, bottom);
    expect(fallbackRight - fallbackLeft, 'a fallback font is narrower').to.be.below(inkWidth * 0.8);
    // The SVG file names the font and embeds nothing.
    const file = await (await caughtDownload(chart, () => downloadFigure({...request, format: 'svg'}))).blob.text();
    expect(file).to.include('Wide Test').and.not.include('@font-face');
  });

  it('embeddedFonts: the faces of a loaded web font of the list, as data: URLs; nothing for fonts not loaded or not web fonts', async () => {
    const rules = await embeddedFonts("'No Such Font', 'Wide Test', sans-serif");
    expect(rules).to.match(/^@font-face\{font-family:\s*"Wide Test";font-weight:\s*100 900;src:url\(data:font\/woff;base64,[A-Za-z0-9+/=]{1000,}\);\}$/);
    expect(await embeddedFonts('Arial, sans-serif')).to.equal('');
  });
});

describe('web fonts in the PNG under a connect-src that refuses the fetch', () => {
  it('the PNG is drawn in the fallback font, with no error', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '700px';
    frame.src = `/test-fixtures/csp-page.html?img=${encodeURIComponent("'self' data:")}&connect=${encodeURIComponent("'none'")}&font`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow!;
      await win.customElements.whenDefined('tiv-trend');
      await frame.contentDocument!.fonts.load("700 20px 'Wide Test'");
      const refused = new Promise<string>((resolve) =>
        frame.contentDocument!.addEventListener('securitypolicyviolation', (e) => e.violatedDirective.startsWith('connect-src') && resolve(e.blockedURI))
      );
      const uncaught: string[] = [];
      win.addEventListener('unhandledrejection', (e) => uncaught.push(String(e.reason)));
      const {el} = await draw(frame, 'tiv-trend', {heading: HEADING, data: DATA, downloads: 'svg png'});
      const errors: Event[] = [];
      el.addEventListener('chart-error', (e) => errors.push(e));
      const png = await createImageBitmap((await download(el, 'Download PNG')).blob);
      expect(await refused, 'the font file was refused').to.match(/late-wide-test\.woff$/);
      const svg = (await parsedSvg(await download(el, 'Download SVG'))).documentElement;
      expect(png.width).to.equal(Number(svg.getAttribute('width')) * 2);
      expect(errors, 'no chart-error').to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('.download-error'), 'no message').to.equal(null);
      expect(uncaught).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
