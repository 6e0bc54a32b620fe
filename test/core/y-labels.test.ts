// The left axis's margin: sized by the y labels without the unit, the top label's unit reaching
// over the plot on its gridline (src/core/layout/y-labels.ts), unless a mark lies under it.
import {expect} from '@open-wc/testing';
import {createFormats, estimateTextWidth, layoutChart, X_LABEL_BASELINE, type ChartLayout, type LayoutOptions, type Series} from '../../src/core/index.js';
import {boxesMeet, textBox, type Box} from '../../src/core/layout/placement.js';

const FONT = 13;
const measure = estimateTextWidth(FONT);
const UNIT = ' TIV, millions';

const yearly = (values: readonly number[]): Series => ({key: 'tiv', label: 'TIV', data: values.map((y, i) => ({x: 1992 + i, y}))});

function lay(series: Series, options: Partial<LayoutOptions> = {}): ChartLayout {
  const values = series.data.map((d) => d.y as number);
  return layoutChart([series], {width: 375, height: 420, mark: 'line', fontSize: FONT, measureText: measure, formats: createFormats({unit: UNIT}, values), ...options});
}

/** The box of a y label as plot.ts draws it on a left axis: centred on its tick, ending 6 px left of the frame or from its labelStart. */
function yBox(l: ChartLayout, t: ChartLayout['yTicks'][number]): Box {
  const y = t.labelPosition + FONT * 0.32;
  return t.labelStart === undefined ? textBox({x: l.frame.left - 6, y, anchor: 'end'}, measure(t.label), FONT) : textBox({x: t.labelStart, y, anchor: 'start'}, measure(t.label), FONT);
}

/** Every other text of the plot: x labels, value labels, annotation labels. */
function otherTexts(l: ChartLayout): {what: string; box: Box}[] {
  const x = l.xTicks.map((t) => ({what: `x label ${t.label}`, box: textBox({x: t.labelPosition, y: l.frame.bottom + X_LABEL_BASELINE.px + FONT * X_LABEL_BASELINE.em, anchor: 'middle'}, measure(t.label), FONT)}));
  const values = l.valueLabels.map((v) => ({what: `value ${v.text}`, box: textBox(v, measure(v.text) * 1.08, FONT)}));
  const notes = l.annotations.filter((a) => a.shownLabel).map((a) => ({what: `annotation ${a.shownLabel}`, box: textBox({x: a.labelX, y: a.labelY, anchor: a.anchor}, measure(a.shownLabel), FONT)}));
  return [...x, ...values, ...notes];
}

const TIV = yearly([1000, 1200, 480, 2400, 3077, 2600, 1500, 773]);

describe('the y margin and a long unit', () => {
  for (const width of [320, 375, 768, 1280]) {
    it(`at ${width} px the margin is the widest y label without the unit; "3,500 TIV, millions" reaches over the plot on its gridline; no text touches`, () => {
      const l = lay(TIV, {width, highlight: new Set([1996]), annotations: [{from: 1994, to: 1995, label: 'Peak years'}]});
      const labels = l.yTicks.filter((t) => t.label);
      const top = labels[labels.length - 1];
      expect(top.label).to.equal(`3,500${UNIT}`);
      const widestPlain = Math.max(...labels.map((t) => measure(t.label.replace(UNIT, ''))));
      expect(l.frame.left).to.equal(Math.ceil(widestPlain) + 8);
      // The top label's number ends where the others end (right-aligned with them); its unit runs over the plot.
      expect(top.labelStart).to.be.closeTo(l.frame.left - 6 - measure('3,500'), 0.01);
      expect(yBox(l, top).right).to.be.above(l.frame.left);
      const boxes = [...labels.map((t) => ({what: `y label ${t.label}`, box: yBox(l, t)})), ...otherTexts(l)];
      for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(boxesMeet(a.box, b.box, 0), `${a.what} meets ${b.what}`).to.equal(false);
      // The value label of 1996 (3,077, under the top gridline) keeps clear of it.
      expect(l.valueLabels.length).to.equal(1);
    });
  }

  it('a column or a rule under the top label: the margin holds it whole', () => {
    const plain = lay(TIV, {mark: 'column'});
    // A column of 4,000 at the first year tops the axis and reaches under the top label.
    const tall = lay(yearly([4000, 1200, 480, 2400, 3077, 2600, 1500, 773]), {mark: 'column'});
    const ruled = lay(TIV, {annotations: [{year: 1992, label: 'Start'}]});
    for (const l of [tall, ruled]) {
      const top = l.yTicks.filter((t) => t.label).at(-1)!;
      expect(top.labelStart).to.equal(undefined);
      expect(l.frame.left).to.equal(Math.ceil(measure(top.label)) + 8);
    }
    expect(plain.yTicks.at(-1)!.labelStart).not.to.equal(undefined);
    expect(plain.frame.left).to.be.below(tall.frame.left);
  });

  it('a unit that fits the margin stays in it, right-aligned', () => {
    const l = layoutChart([TIV], {width: 375, height: 420, mark: 'line', fontSize: FONT, measureText: measure, formats: createFormats({unit: 'mn'}, [3077])});
    // "3,500mn" is wider than "3,500": it reaches over the plot by the unit's width only.
    const top = l.yTicks.at(-1)!;
    expect(top.label).to.equal('3,500mn');
    expect(yBox(l, top).right - (l.frame.left - 6)).to.be.closeTo(measure('mn'), 0.01);
    // A prefix stays with its number, in the margin: "$250" ends where "200" ends, "bn" reaches over.
    const dollars = layoutChart([yearly([28, 120, 245])], {width: 375, height: 420, mark: 'line', fontSize: FONT, measureText: measure, formats: createFormats({prefix: '$', unit: 'bn'}, [245])});
    const dollarTop = dollars.yTicks.at(-1)!;
    expect(dollarTop.label).to.equal('$250bn');
    expect(dollars.frame.left).to.equal(Math.ceil(measure('$250')) + 8);
    expect(dollarTop.labelStart).to.be.closeTo(dollars.frame.left - 6 - measure('$250'), 0.01);
    const short = layoutChart([yearly([1, 2, 3])], {width: 375, height: 420, mark: 'line', fontSize: FONT, measureText: measure, formats: createFormats({}, [1, 2, 3])});
    expect(short.yTicks.every((t) => t.labelStart === undefined)).to.equal(true);
  });
});
