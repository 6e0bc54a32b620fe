import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {createFormats, layoutChart, niceDomain, yDomain, type MarkType, type Series} from '../../src/core/index.js';
import {yearly} from './helpers.js';

const MINUS = '\u2212';
const WIDTHS = [320, 375, 768, 1280];
const lay = (series: Series[], width: number, height: number, mark: MarkType = 'line', extra = {}) => {
  const values = series.flatMap((s) => s.data.map((d) => d.y ?? NaN));
  return layoutChart(series, {width, height, mark, formats: createFormats({unit: 'mn'}, values), ...extra});
};

describe('nice y domains that fit the data', () => {
  it('the top tick is the first multiple of 1, 2, 2.5 or 5 × 10ⁿ at or above the largest value, the same below zero', () => {
    expect(yDomain([3.2, 4.1, 5.55, 2.03, 1.89], 'column')).to.deep.equal([0, 6]);
    expect(yDomain([-14.5, 3.2, 10], 'line')).to.deep.equal([-15, 10]);
    // Five intervals of 1,000 would leave 23 % empty above 3,077: seven of 500 leave 12 %.
    expect(yDomain([72, 3077], 'column')).to.deep.equal([0, 3500]);
    expect(yDomain([15.2, 244.9], 'line')).to.deep.equal([0, 250]);
    expect(niceDomain([0, 10.5])).to.deep.equal([0, 12.5]);
    expect(niceDomain([0, 1.05])).to.deep.equal([0, 1.25]);
    expect(niceDomain([-36.98, 145.31])).to.deep.equal([-50, 150]);
  });

  it('a stack near $310bn gets a top tick of $350bn, not $400bn: up to eight intervals where five leave over a fifth empty', () => {
    const ticks = (values: number[], mark: MarkType = 'column') => lay([yearly(values)], 640, 400, mark).yTicks.map((t) => t.value);
    expect(yDomain([0, 312.3], 'stacked')).to.deep.equal([0, 350]);
    expect(ticks([120, 312.3], 'stacked')).to.deep.equal([0, 50, 100, 150, 200, 250, 300, 350]);
    // Five intervals that leave a fifth or less stay.
    expect(ticks([3.2, 5.55])).to.deep.equal([0, 2, 4, 6]);
    expect(yDomain([0, 244.9], 'column')).to.deep.equal([0, 250]);
    // The same rule below zero: the mirror image.
    expect(yDomain([-312.3, -120], 'column')).to.deep.equal([-350, 0]);
    expect(yDomain([-3077, -72], 'line')).to.deep.equal([-3500, 0]);
    expect(ticks([-120, -312.3], 'stacked')).to.deep.equal([-350, -300, -250, -200, -150, -100, -50, 0]);
  });

  it('over random data, at most a fifth of a zero-based domain is empty above the maximum, at most a third of a line\'s beyond its data, with 2 to 8 intervals', () => {
    const magnitude = fc.integer({min: -6, max: 12});
    const mantissa = fc.double({min: 1, max: 10, noNaN: true});
    fc.assert(
      fc.property(magnitude, mantissa, fc.double({min: 0, max: 0.999, noNaN: true}), fc.boolean(), (e, m, share, negative) => {
        const max = m * 10 ** e;
        const [lo, hi] = negative ? [-max, -max * share] : [max * share, max];
        const where = `${lo}..${hi}`;
        const zero = lay([yearly([lo, hi])], 375, 400, 'column');
        const [a, b] = zero.yDomain;
        const empty = (a < 0 ? lo - a : b - hi) / (b - a);
        expect(empty, `column ${where} → ${a}..${b}`).to.be.at.most(0.2 + 1e-9);
        const line = lay([yearly([lo, hi])], 375, 400, 'line');
        const [c, d] = line.yDomain;
        expect((d - hi + (lo - c)) / (d - c), `line ${where} → ${c}..${d}`).to.be.at.most(1 / 3 + 1e-9);
        for (const l of [zero, line]) {
          expect(l.yTicks.length, where).to.be.within(3, 9);
          expect(l.yTicks[0].value, where).to.equal(l.yDomain[0]);
          expect(l.yTicks.at(-1)!.value, where).to.equal(l.yDomain[1]);
        }
      }),
      {numRuns: 3000}
    );
  });

  it('ticks fall on the same steps, written exactly', () => {
    const ticks = (values: number[], mark: MarkType = 'line') => lay([yearly(values)], 640, 400, mark).yTicks.map((t) => t.value);
    expect(ticks([3.2, 5.55], 'column')).to.deep.equal([0, 2, 4, 6]);
    expect(ticks([-14.5, 10])).to.deep.equal([-15, -10, -5, 0, 5, 10]);
    expect(ticks([0.1, 1.05], 'column')).to.deep.equal([0, 0.25, 0.5, 0.75, 1, 1.25]);
    expect(ticks([0.1, 0.29], 'column')).to.deep.equal([0, 0.1, 0.2, 0.3]);
  });

  it('the y domain and its ticks are the same at every width and height; only labels thin', () => {
    for (const values of [[3.2, 5.55], [-14.5, 10], [72, 3077, 1500], [0, 312.3], [101, 103.5]]) {
      const reference = lay([yearly(values)], 640, 400);
      for (const width of WIDTHS) {
        for (const height of [120, 240, 360, 480, 720]) {
          const l = lay([yearly(values)], width, height);
          expect(l.yDomain, `${values} ${width}×${height}`).to.deep.equal(reference.yDomain);
          expect(l.yTicks.map((t) => t.value), `${values} ${width}×${height}`).to.deep.equal(reference.yTicks.map((t) => t.value));
        }
      }
    }
  });

  it('a short frame thins the labels from zero, keeps its gridlines, and puts the unit on the highest label shown', () => {
    const tall = lay([yearly([-14.5, 10])], 375, 400);
    expect(tall.yTicks.map((t) => t.label)).to.deep.equal([`${MINUS}15`, `${MINUS}10`, `${MINUS}5`, '0', '5', '10mn']);
    const short = lay([yearly([-14.5, 10])], 375, 110);
    expect(short.yTicks.length).to.equal(6);
    const shown = short.yTicks.filter((t) => t.label);
    expect(shown.length).to.be.below(6);
    expect(shown.map((t) => t.value)).to.include(0);
    expect(shown[shown.length - 1].label).to.match(/mn$/);
    for (let i = 1; i < shown.length; i++) expect(shown[i - 1].position - shown[i].position).to.be.at.least(16);
  });
});

describe('y-axis="inline"', () => {
  const milex = [yearly([27.5, 90.2, 244.9], 2000, 'china'), yearly([47.2, 20.1, 66.8], 2000, 'russia')];

  for (const width of WIDTHS) {
    it(`at ${width} px a line takes the whole width; labels sit on their gridlines at the left`, () => {
      const left = lay(milex, width, 400);
      const inline = lay(milex, width, 400, 'line', {yAxis: 'inline'});
      expect(left.yAxis).to.equal('left');
      expect(inline.yAxis).to.equal('inline');
      expect(inline.frame.left).to.equal(4);
      expect(left.frame.left).to.be.above(20);
      for (const t of inline.yTicks) expect(t.labelPosition).to.equal(t.position - 4);
      // The top label needs most of a line above the frame.
      expect(inline.frame.top).to.be.above(left.frame.top);
      expect(inline.yTicks.map((t) => t.value)).to.deep.equal(left.yTicks.map((t) => t.value));
    });

    it(`at ${width} px columns still begin right of the widest inline label`, () => {
      const l = lay([yearly([72, 3077])], width, 400, 'column', {yAxis: 'inline'});
      const widest = Math.max(...l.yTicks.map((t) => t.label.length * 12 * 0.6));
      expect(l.columns[0].x).to.be.above(widest);
    });
  }

  it('an unknown y-axis is drawn left, with a warning', () => {
    const l = lay(milex, 640, 400, 'line', {yAxis: 'middle'});
    expect(l.yAxis).to.equal('left');
    expect(l.warnings.join()).to.include('yAxis: "middle" is not one of left, inline; using left.');
  });
});

describe('values at the precision of the data', () => {
  it('a value shows the precision the data have; a table column one number of decimals', () => {
    const f = createFormats({prefix: '$'}, [84.44, 120, 3.5]);
    expect(f.value(84.44)).to.equal('$84.44');
    expect(f.value(120)).to.equal('$120');
    expect(createFormats({}, [3077, 2890]).value(3077)).to.equal('3,077');
    const column = [2, 1.9, 1.78];
    const g = createFormats({unit: '%'}, column);
    expect(column.map(g.column(column))).to.deep.equal(['2.00%', '1.90%', '1.78%']);
    // Float noise is not precision.
    expect(createFormats({}, [0.1 + 0.2]).value(0.1 + 0.2)).to.equal('0.3');
  });

  it('negative numbers use the minus sign U+2212 on screen and say "minus"', () => {
    const f = createFormats({unit: '%'}, [-14.5, 10]);
    expect(f.value(-14.5)).to.equal(`${MINUS}14.5%`);
    expect(f.ticks([-15, 0, 10])).to.deep.equal([`${MINUS}15%`, '0%', '10%']);
    expect(f.spoken(-14.5)).to.equal('minus 14.5 per cent');
    expect(createFormats({prefix: '$'}, [-1500]).value(-1500)).to.equal(`${MINUS}$1,500`);
    expect(createFormats({valueFormat: ',.1f'}, [-3]).value(-3)).to.equal(`${MINUS}3.0`);
    // Float noise that rounds to zero has no sign (a value that is not zero keeps its digits, see format.test.ts).
    expect(createFormats({}, [0.1, 0.2, 0.3]).value(0.3 - 0.1 - 0.2)).to.equal('0');
  });

  it('the ratio number has one decimal, always', () => {
    const f = createFormats({}, [1]);
    expect([1, 4, 3.66].map((v) => f.number(v, 1, true))).to.deep.equal(['1.0', '4.0', '3.7']);
  });
});
