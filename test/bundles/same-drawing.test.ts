/**
 * The self-contained bundles draw exactly what the npm modules draw. They are built apart (rollup,
 * terser, and d3-scale given a numbers-only d3-interpolate: see rollup.config.mjs), so a chart
 * of each mark, scale and curve is drawn both ways at the same width and its geometry compared.
 */
import {expect} from '@open-wc/testing';
import '../../src/index.js';
import {cleanup, mount} from '../helpers/chart.js';
import {bundlePage, draw, type Tag} from './bundle-page.js';

const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021];
const ROWS = JSON.stringify(YEARS.map((year, i) => ({year, china: 200 + 30 * i + (i % 2) * 25, russia: 60 + 4 * i - (i % 3) * 9})));
const SPIKY = JSON.stringify(YEARS.map((year, i) => ({year, value: [3, 40, 7, 900, 12, 5000, 80][i]})));

/** Charts that exercise every mark, both y scales and every curve. */
const CHARTS: [Tag, Record<string, string>][] = [
  ['tiv-trend', {data: SPIKY}],
  ['tiv-trend', {data: SPIKY, mark: 'line', 'y-scale': 'log'}],
  ['tiv-trend', {data: SPIKY, mark: 'area', curve: 'monotone'}],
  ['tiv-trend', {data: SPIKY, mark: 'line', curve: 'step', highlight: 'max'}],
  ['spend-compare', {data: ROWS}],
  ['spend-compare', {data: ROWS, mark: 'bar'}],
  ['spend-compare', {data: ROWS, mark: 'stacked', highlight: 'last'}],
  ['spend-compare', {data: ROWS, 'y-scale': 'log', curve: 'monotone'}],
];

/** The chart's geometry and texts as drawn: every path, rect, circle and text of its svg. */
function geometry(el: Element): string[] {
  const shapes = el.shadowRoot!.querySelectorAll('svg path, svg rect, svg circle, svg line, svg text');
  return Array.from(shapes, (shape) => {
    const attributes = ['d', 'x', 'y', 'width', 'height', 'cx', 'cy', 'x1', 'y1', 'x2', 'y2'].map((name) => shape.getAttribute(name) ?? '');
    return `${shape.localName} ${attributes.join(' ')} ${shape.localName === 'text' ? shape.textContent : ''}`;
  });
}

const markup = (tag: Tag, attributes: Record<string, string>) =>
  `<${tag} ${Object.entries(attributes)
    .map(([name, value]) => `${name}='${value}'`)
    .join(' ')}></${tag}>`;

for (const bundle of ['/dist/tiv-charts.min.js', '/dist/tiv-charts.bundle.js']) {
  describe(`${bundle} draws what the npm modules draw`, () => {
    let frame: HTMLIFrameElement;
    before(async () => {
      frame = await bundlePage(bundle);
    });
    after(() => frame.remove());
    afterEach(() => {
      frame.contentDocument!.getElementById('host')!.replaceChildren();
      cleanup();
    });

    for (const [tag, attributes] of CHARTS) {
      it(markup(tag, {...attributes, data: '…'}), async () => {
        const fromBundle = await draw(frame, tag, attributes);
        const {el} = await mount(markup(tag, attributes), 640);
        const drawn = geometry(el);
        expect(drawn.length, 'shapes drawn').to.be.greaterThan(10);
        expect(geometry(fromBundle.el)).to.deep.equal(drawn);
      });
    }
  });
}
