import {expect} from '@open-wc/testing';
import {
  datumPositions,
  linePath,
  MARKS,
  positionsAt,
  type MarkType,
} from '../../src/core/index.js';
import {insanities, layOut, yearly} from './helpers.js';


/** Every number of a path's data, in order. */
const numbers = (d: string) => (d.match(/-?[\d.]+(?:e-?\d+)?/g) ?? []).map(Number);

describe('the marks registry', () => {
  it('has a module for every mark, and band marks are grouped bars and stacked columns', () => {
    expect(Object.keys(MARKS).sort()).to.deep.equal(['area', 'bar', 'column', 'line', 'stacked']);
    const band = (Object.keys(MARKS) as MarkType[]).filter((m) => MARKS[m].band).sort();
    expect(band).to.deep.equal(['bar', 'stacked']);
    for (const mark of Object.keys(MARKS) as MarkType[]) {
      const l = layOut([yearly([1, 2, 3], 2000, 'a'), yearly([2, 1, 3], 2000, 'b')], {mark});
      expect(l.band, mark).to.equal(MARKS[mark].band);
      expect(l.mark, mark).to.equal(mark);
      expect(l.yScaleType, mark).to.equal('linear');
    }
  });

  it('lays out a mark name no module has (from script) as a line', () => {
    const l = layOut([yearly([1, 2, 3])], {mark: 'pie' as MarkType});
    expect(l.lines).to.have.length(1);
    expect(l.columns).to.have.length(0);
    expect(insanities(l)).to.deep.equal([]);
  });
});

describe('stacked columns', () => {
  // 2000: 10 + 5; 2001: 20 and −5 (below zero); 2002: a gap in b.
  const series = [yearly([10, 20, 30], 2000, 'a'), yearly([5, -5, null], 2000, 'b')];

  it('stacks a segment per series and x: positives up from zero, negatives down from it', () => {
    const l = layOut(series, {mark: 'stacked'});
    const Y = l.yScale;
    const segment = (key: number, x: number) => l.columns.find((c) => c.seriesIndex === key && c.datum.x === x)!;
    const ends = (key: number, x: number) => {
      const c = segment(key, x);
      return [c.y + c.height, c.y];
    };
    expect(l.columns).to.have.length(5);
    expect(l.markCount).to.equal(5);
    expect(ends(0, 2000)[0]).to.be.closeTo(Y(0), 0.011);
    expect(ends(0, 2000)[1]).to.equal(Y(10));
    expect(ends(1, 2000)[0]).to.be.closeTo(Y(10), 0.011);
    expect(ends(1, 2000)[1]).to.equal(Y(15));
    // The negative segment hangs from the baseline.
    expect(ends(1, 2001)[1]).to.equal(Y(0));
    expect(ends(1, 2001)[0]).to.be.closeTo(Y(-5), 0.011);
    expect(segment(1, 2002)).to.equal(undefined);
    // Segments of one x share their left edge and width.
    expect(segment(0, 2000).x).to.equal(segment(1, 2000).x);
    expect(segment(0, 2000).width).to.equal(segment(1, 2000).width);
    expect(l.baseline).to.equal(Y(0));
  });

  it('the y domain holds the stacked sums, not the largest value', () => {
    const l = layOut([yearly([100, 100], 2000, 'a'), yearly([100, 100], 2000, 'b'), yearly([-40, 0], 2000, 'c'), yearly([-30, 0], 2000, 'd')], {mark: 'stacked'});
    expect(l.yDomain[1]).to.be.at.least(200);
    expect(l.yDomain[0]).to.be.at.most(-70);
    const column = layOut([yearly([100, 100], 2000, 'a'), yearly([100, 100], 2000, 'b')], {mark: 'column'});
    expect(column.yDomain[1]).to.be.below(200);
  });

  it('anchors tooltips and the focus ring at each segment end, in positionsAt and datumPositions', () => {
    const l = layOut(series, {mark: 'stacked'});
    const at2000 = positionsAt(l, series, 2000);
    expect(at2000.map((p) => p.y)).to.deep.equal([l.yScale(10), l.yScale(15)]);
    expect(at2000.map((p) => p.x)).to.deep.equal([l.xScale(2000), l.xScale(2000)]);
    expect(positionsAt(l, series, 2001).map((p) => p.y)).to.deep.equal([l.yScale(20), l.yScale(-5)]);
    const all = datumPositions(l, series);
    expect(all).to.have.length(5);
    for (const p of all) expect(positionsAt(l, series, p.datum.x)).to.deep.include(p);
    // Without the mark (a caller of the core with scales only), each datum is at its own value.
    expect(positionsAt({xScale: l.xScale, yScale: l.yScale}, series, 2000)[1].y).to.equal(l.yScale(5));
  });

  it('labels a highlighted column once, with its total, beyond the end of its stack', () => {
    const l = layOut(series, {mark: 'stacked', highlight: new Set([2000, 2001])});
    expect(l.columns.filter((c) => c.highlight)).to.have.length(4);
    // 2000: 10 + 5 above the stack's top; 2001: 20 − 5 = 15, above the positive stack.
    expect(l.valueLabels.map((v) => v.text)).to.deep.equal(['15', '15']);
    for (const v of l.valueLabels) expect(v.y).to.be.below(l.yScale(v.x < l.xScale(2001) ? 15 : 20));
    const negative = layOut([yearly([-10], 2000, 'a'), yearly([4], 2000, 'b')], {mark: 'stacked', highlight: new Set([2000])});
    // A net loss is labelled at the negative end, or (no room below the frame) beyond the other end: never on the stack.
    expect(negative.valueLabels.map((v) => v.text)).to.deep.equal(['\u22126']);
    const {y} = negative.valueLabels[0];
    expect(y > negative.yScale(-10) || y < negative.yScale(4)).to.equal(true);
  });

  it('stays finite with values beyond float range and with series of other years', () => {
    const l = layOut([yearly([Number.MAX_VALUE, 1], 2000, 'a'), yearly([Number.MAX_VALUE, -Number.MAX_VALUE, 3], 1999, 'b')], {mark: 'stacked'});
    expect(insanities(l)).to.deep.equal([]);
    expect(l.columns).to.have.length(5);
  });
});

describe('curves', () => {
  const data = [yearly([10, 80, 20, 90, 30])];

  it('linear (the default) joins vertices with straight segments', () => {
    const l = layOut(data, {mark: 'line'});
    expect(l.lines[0].d).to.match(/^M[\d.,]+(L[\d.,]+){4}$/);
    expect(layOut(data, {mark: 'line', curve: 'linear'}).lines[0].d).to.equal(l.lines[0].d);
    // A curve no one has (set from script, unchecked) draws straight segments too.
    for (const curve of ['bogus', 'constructor']) expect(layOut(data, {mark: 'area', curve: curve as 'linear'}).lines[0].d, curve).to.equal(l.lines[0].d);
  });

  it('monotone draws cubic curves through every vertex that never overshoot the data', () => {
    const l = layOut(data, {mark: 'area', curve: 'monotone'});
    const d = l.lines[0].d;
    expect(d).to.contain('C');
    const ys = numbers(d).filter((_, i) => i % 2 === 1);
    const top = l.yScale(90);
    const bottom = l.yScale(10);
    for (const y of ys) expect(y).to.be.within(top - 0.01, bottom + 0.01);
    for (const p of datumPositions(l, data)) expect(d).to.contain(`${p.x},${p.y}`);
    expect(l.areas[0].d).to.contain('C');
  });

  it('step holds each value until the next x', () => {
    const l = layOut(data, {mark: 'line', curve: 'step'});
    const points = datumPositions(l, data);
    const expected = points.map((p, i) => (i === 0 ? `M${p.x},${p.y}` : `L${p.x},${points[i - 1].y}L${p.x},${p.y}`)).join('');
    expect(l.lines[0].d).to.equal(expected);
  });

  it('every curve breaks at gaps and leaves a lone vertex as a move only (no closing Z)', () => {
    for (const curve of ['linear', 'monotone', 'step'] as const) {
      const l = layOut([yearly([1, 2, null, 4, null, 5, 6])], {mark: 'line', curve});
      expect(l.lines[0].d.match(/M/g), curve).to.have.length(3);
      expect(l.lines[0].d, curve).not.to.contain('Z');
      expect(l.points.filter((p) => p.kind === 'isolated'), curve).to.have.length(1);
    }
    expect(linePath([[1, 2]])).to.equal('M1,2');
    expect(linePath([[1, 2], undefined, [3, 4], [5, 6]])).to.equal('M1,2M3,4L5,6');
  });
});
