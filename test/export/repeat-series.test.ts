/**
 * Series past the palette in the standalone SVG: on the page the ninth and later series take the
 * palette's colours again with a dash and a lighter fill of their own (class `repeat`); the SVG
 * draws them so too (lines, legend swatches, direct labels' swatches, columns), and a series' own
 * colour is drawn in the legend as on the page.
 */
import {expect} from '@open-wc/testing';
import {downloadFigure} from '../../src/export/download.js';
import {$, $$, cleanup, mount} from '../helpers/chart.js';
import {caughtDownload, parsedSvg, shownSvg} from '../helpers/download.js';

const KEYS = Array.from({length: 10}, (_, i) => `s${i + 1}`);
const ROWS = JSON.stringify([2000, 2001, 2002].map((year, j) => Object.fromEntries([['year', year], ...KEYS.map((key, i) => [key, 10 + i * 6 + j * (i % 3)])])));
/** Ten named series, the tenth in a colour of its own. */
const SERIES = JSON.stringify(KEYS.map((key, i) => ({key, label: `Series ${i + 1}`, ...(i === 9 ? {color: 'rgb(0, 128, 0)'} : {})})));

/** The SVG `el` saves, shown in the page (see shownSvg). */
async function exported(el: HTMLElement) {
  const doc = await parsedSvg(await caughtDownload(el, () => downloadFigure({host: el, plot: $<SVGSVGElement>(el, 'svg.chart')!, format: 'svg'})));
  return shownSvg(doc);
}

/** The computed values of `properties` of each element of `elements`. */
const painted = (elements: Element[], ...properties: ('stroke' | 'strokeDasharray' | 'fill' | 'fillOpacity')[]) =>
  elements.map((element) => properties.map((p) => getComputedStyle(element)[p]).join(' / '));

describe('series past the palette in the SVG', () => {
  let shown: HTMLElement | undefined;
  afterEach(() => {
    shown?.remove();
    cleanup();
  });

  for (const width of [375, 1280]) {
    it(`lines and their legend at ${width} px: the ninth and tenth have the dash they have on the page, and the tenth its own colour`, async () => {
      const {el} = await mount(`<spend-compare ratio="none" labels="legend" series='${SERIES}' data='${ROWS}'></spend-compare>`, width);
      const page = painted($$(el, 'path.line'), 'stroke', 'strokeDasharray');
      expect(page).to.have.length(10);
      const view = await exported(el);
      shown = view.host;
      const file = painted(Array.from(view.svg.querySelectorAll('path.line')), 'stroke', 'strokeDasharray');
      expect(file, 'the lines as on the page').to.deep.equal(page);
      expect(file[8], 'the ninth is not the first').to.not.equal(file[0]);
      const swatches = (root: ParentNode) => painted(Array.from(root.querySelectorAll('.swatch-line')), 'stroke', 'strokeDasharray');
      expect(swatches(view.svg), 'the legend as on the page').to.deep.equal(swatches(el.shadowRoot!));
      expect(swatches(view.svg)[9]).to.match(/^rgb\(0, 128, 0\) \/ /);
    });
  }

  it('direct labels: the swatches of the ninth and tenth have their dash, the labels full contrast', async () => {
    const {el} = await mount(`<spend-compare ratio="none" labels="direct" series='${SERIES}' data='${ROWS}'></spend-compare>`, 1280);
    const page = painted($$(el, '.direct-label .swatch'), 'stroke', 'strokeDasharray');
    expect(page).to.have.length(10);
    const view = await exported(el);
    shown = view.host;
    expect(painted(Array.from(view.svg.querySelectorAll('.direct-label .swatch')), 'stroke', 'strokeDasharray')).to.deep.equal(page);
    for (const opacity of painted(Array.from(view.svg.querySelectorAll('.direct-label text')), 'fillOpacity')) expect(opacity).to.equal('1');
  });

  it('columns: the ninth and tenth series lighter, as on the page', async () => {
    const {el} = await mount(`<spend-compare mark="bar" ratio="none" series='${SERIES}' data='${ROWS}'></spend-compare>`, 1280);
    const page = painted($$(el, 'rect.column'), 'fill', 'fillOpacity');
    const view = await exported(el);
    shown = view.host;
    const file = painted(Array.from(view.svg.querySelectorAll('rect.column')), 'fill', 'fillOpacity');
    expect(file).to.deep.equal(page);
    expect(file.filter((paint) => paint.endsWith(' / 0.55')).length, 'the ninth and tenth series, three years').to.equal(6);
  });
});
