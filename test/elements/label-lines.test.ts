/**
 * Labels never hide data, in the drawn chart (issue 14, "Labels that never collide"): inside the
 * box of every value label and annotation label, no point sampled every 1.5 px lies
 * in the stroke of a line (`isPointInStroke` on the real paths), at 320, 375, 768 and 1280 px, for
 * the charts a new user found covered. What has no room is written in the numbered notes.
 */
import {expect} from '@open-wc/testing';
import {$$, expectNoPageErrors, ink, mount} from '../helpers/chart.js';

expectNoPageErrors();

const COMPARE = `series='[{"key":"china","label":"China"},{"key":"russia","label":"Russia"}]' ratio="china/russia" ratio-year="2020" prefix="$" unit="bn"`;
const CASES: [name: string, markup: string][] = [
  ['four crossing TIV series', `<spend-compare src="/test/fixtures/tiv-extras.csv" unit="mn" highlight="2005" ratio="none" annotations='[{"year":2014,"label":"Crimea"}]'></spend-compare>`],
  ['ten countries', `<spend-compare src="/demo/data/milex-selected-countries.csv" prefix="$" unit="bn" highlight="last" ratio="china/russia"></spend-compare>`],
  ['four close series', `<spend-compare src="/test/fixtures/pct4.csv" unit="%" highlight="2024" ratio="none"></spend-compare>`],
  ["the article's spending chart", `<spend-compare src="/test/fixtures/milex-china-russia.csv" ${COMPARE} highlight="last" annotations='[{"year":2019,"label":"Pre-pandemic"},{"year":2020,"label":"Pandemic"}]'></spend-compare>`],
  ["the article's spending chart, y axis inline", `<spend-compare y-axis="inline" src="/test/fixtures/milex-china-russia.csv" ${COMPARE} highlight="last" annotations='[{"year":2019,"label":"Pre-pandemic"},{"year":2020,"label":"Pandemic"}]'></spend-compare>`],
  ['daily oil prices', `<tiv-trend src="/test/fixtures/wti-daily-spot-price.csv" mark="line" prefix="$" highlight="max,last"></tiv-trend>`],
];

/** Each text over the plot whose box holds a point of a line's stroke, with the line. */
function covering(chart: Element): string[] {
  const lines = $$<SVGPathElement>(chart, 'path.line');
  // Not the notes' markers, which sit over a line where no spot near their mark is clear of the
  // lines: every note's number is in the chart (checked below).
  const texts = $$(chart, '.value-label, .annotation text');
  const out: string[] = [];
  for (const t of texts) {
    const box = t.localName === 'circle' ? t.getBoundingClientRect() : ink(t);
    for (const [i, line] of lines.entries()) {
      // Page px to the path's own coordinates.
      const toPath = line.getScreenCTM()!.inverse();
      let hit = false;
      for (let x = box.left; x <= box.right && !hit; x += 1.5) {
        for (let y = box.top; y <= box.bottom && !hit; y += 1.5) hit = line.isPointInStroke(new DOMPoint(x, y).matrixTransform(toPath));
      }
      if (hit) out.push(`"${t.textContent || t.parentElement?.textContent}" covers line ${i}`);
    }
  }
  return out;
}

describe('labels never cover a line (isPointInStroke on the drawn chart)', () => {
  for (const [name, markup] of CASES) {
    for (const width of [320, 375, 768, 1280]) {
      it(`${name} at ${width} px: no label covers a line; the values without a label are in notes, each with its marker`, async () => {
        const {el} = await mount(markup, width);
        expect($$(el, 'path.line').length, 'lines drawn').to.be.above(0);
        expect($$(el, '.value-label').length + $$(el, '.label-notes li').length, 'values labelled or noted').to.be.above(0);
        expect(covering(el).join('; ')).to.equal('');
        expect($$(el, '.note-marker').length, 'every note has its marker in the chart').to.equal($$(el, '.label-notes li').length);
      });
    }
  }

  it('the check finds a label moved over a line (it can fail)', async () => {
    const {el} = await mount(CASES[2][1], 375);
    const label = $$(el, '.value-label')[0];
    const line = $$<SVGPathElement>(el, 'path.line')[0];
    // Put the label's baseline just under a vertex of the line, in the svg's coordinates.
    const point = line.getPointAtLength(line.getTotalLength() / 2);
    const toSvg = label.closest('svg')!.getScreenCTM()!.inverse().multiply(line.getScreenCTM()!);
    const at = new DOMPoint(point.x, point.y).matrixTransform(toSvg);
    label.setAttribute('x', String(at.x));
    label.setAttribute('y', String(at.y + 4));
    label.setAttribute('text-anchor', 'middle');
    expect(covering(el).length).to.be.above(0);
  });
});
