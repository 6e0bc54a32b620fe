/**
 * The SVG and PNG downloads through the self-contained bundles: their code is not in the bundle
 * but in `tiv-charts.export.js` beside it, loaded when a reader asks for a download, from a URL
 * resolved against the bundle's own (the classic script's `document.currentScript.src`, the ES
 * module's `import.meta.url`); where that file is missing, the chart says so and fires
 * `chart-error`.
 */
import {expect} from '@open-wc/testing';
import {bundlePage, draw} from './bundle-page.js';
import {control, download, parsedSvg, svgTexts} from '../helpers/download.js';

const DATA = JSON.stringify([
  {year: 2019, value: 120},
  {year: 2020, value: 3400},
  {year: 2021, value: 870},
]);

/** The URLs of the scripts `frame` has fetched so far, without the origin. */
const fetched = (frame: HTMLIFrameElement) =>
  frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

for (const bundle of ['/dist/tiv-charts.min.js', '/dist/tiv-charts.bundle.js']) {
  describe(`${bundle}: the export module`, () => {
    let frame: HTMLIFrameElement;
    before(async () => {
      frame = await bundlePage(bundle);
    });
    after(() => frame.remove());

    it('is loaded from beside the bundle when a reader asks for an SVG, and makes it', async () => {
      const {el} = await draw(frame, 'tiv-trend', {data: DATA, heading: 'Arms imports, Country U', source: 'Source: SIPRI', downloads: 'csv svg png'});
      expect(fetched(frame), 'not loaded with the bundle').to.not.include('/dist/tiv-charts.export.js');
      const file = await download(el, 'Download SVG');
      expect(fetched(frame)).to.include('/dist/tiv-charts.export.js');
      expect(file.name).to.equal('arms-imports-country-u.svg');
      const doc = await parsedSvg(file);
      expect(svgTexts(doc)).to.include.members(['Arms imports, Country U', 'Source: SIPRI', '2020', '4,000']);
      const png = await createImageBitmap((await download(el, 'Download PNG')).blob);
      expect(png.width).to.equal(Number(doc.documentElement.getAttribute('width')) * 2);
    });
  });
}

describe('a classic-script bundle without tiv-charts.export.js beside it', () => {
  it('says why the download could not be made and fires chart-error; nothing throws', async () => {
    const frame = await bundlePage('/test-fixtures/lonely/tiv-charts.min.js');
    try {
      const uncaught: string[] = [];
      frame.contentWindow!.addEventListener('unhandledrejection', (e) => uncaught.push(String(e.reason)));
      frame.contentWindow!.addEventListener('error', (e) => uncaught.push(e.message));
      const {el} = await draw(frame, 'tiv-trend', {data: DATA, heading: 'Arms imports', downloads: 'svg'});
      const failed = new Promise<CustomEvent>((resolve) => el.addEventListener('chart-error', (e) => resolve(e as CustomEvent), {once: true}));
      control(el, 'Download SVG').click();
      const {detail} = await failed;
      expect(detail.code).to.equal('download-failed');
      expect(detail.message).to.match(/^The SVG download could not be made: http:\/\/[^ ]+\/test-fixtures\/lonely\/tiv-charts\.export\.js did not load; it must be served beside the script/);
      await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
      const message = el.shadowRoot!.querySelector('.download-error')!;
      expect(message.getAttribute('role')).to.equal('alert');
      expect(message.textContent).to.equal(detail.message);
      expect(el.shadowRoot!.querySelector('svg.chart'), 'the chart stays').to.exist;
      expect(uncaught).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
