import {expect} from '@open-wc/testing';
import {
  createFormats,
  datumPositions,
  estimateTextWidth,
  lineVertices,
  layoutChart,
  minStep,
  normalizeData,
  parseCsv,
  truncateText,
  yDomain,
  type ChartLayout,
  type DatumPosition,
  type LayoutOptions,
  type MarkType,
  type Series,
} from '../../src/core/index.js';
import {definedValues, insanities, yearly} from './helpers.js';

const MARKS: MarkType[] = ['column', 'line', 'area', 'bar', 'stacked'];
const ZERO_BASED: MarkType[] = ['column', 'area', 'bar', 'stacked'];

/**
 * Lays out `series` at 400 × 300 with formats built from its values, unless told otherwise, with
 * the position of every datum (`datumPositions`).
 */
function lay(series: Series | Series[], options: Partial<LayoutOptions> & {mark: MarkType}): ChartLayout & {positions: DatumPosition[]} {
  const list = Array.isArray(series) ? series : [series];
  const l = layoutChart(list, {width: 400, height: 300, formats: createFormats({}, definedValues(list)), ...options});
  return Object.assign(l, {positions: datumPositions(l, list)});
}

const DATASETS: Record<string, Series[]> = {
  'one point': [yearly([5])],
  'two points': [yearly([3, 8])],
  'all zeros': [yearly([0, 0, 0, 0])],
  'one constant value': [yearly([7, 7, 7])],
  'all negative values': [yearly([-3, -1, -7, -2])],
  'mixed negative values': [yearly([5, -3, 8, -1, 0, 2])],
  'gaps': [yearly([1, null, 3, null, null, 6, 4])],
  'only gaps': [yearly([null, null, null])],
  'an empty series': [{key: 'e', label: 'e', data: []}],
  'no series': [],
  'uneven years': [{key: 'v', label: 'v', data: [{x: 1950, y: 1}, {x: 1951, y: 2}, {x: 1990, y: 3}, {x: 2021, y: 4}]}],
  'fractional years': [{key: 'q', label: 'q', data: [{x: 2000, y: 1}, {x: 2000.25, y: 2}, {x: 2000.5, y: 3}]}],
  'huge values': [yearly([1e15, 3e15, 2.5e15])],
  'huge mixed values ±1e308': [yearly([-1e308, 1e308])],
  'Number.MAX_VALUE': [yearly([Number.MAX_VALUE, 1e300, -Number.MAX_VALUE])],
  'tiny values': [yearly([1e-9, 3e-9, 2e-9])],
  'subnormal values': [yearly([5e-324, 1e-320])],
  'two series': [yearly([1, 2, 3], 2000, 'a'), yearly([-2, null, 5, 6], 1999, 'b')],
};

/** [width, height] pairs, including degenerate ones. */
const SIZES: [number, number][] = [
  [0, 0],
  [0, 300],
  [1, 1],
  [1, 300],
  [40, 300],
  [40, 0],
  [400, 0],
  [400, 1],
  [400, 300],
  [1200, 20],
];

const moveCount = (d: string) => (d.match(/M/g) ?? []).length;

/** The SIPRI fixture: Russian arms exports to China, 1992–2021, million TIV. */
async function fixture(): Promise<Series[]> {
  const response = await fetch(new URL('../fixtures/tiv-russia-china.csv', import.meta.url));
  expect(response.ok, 'fixture fetched').to.equal(true);
  return normalizeData(parseCsv(await response.text())).series;
}

describe('layoutChart()', () => {
  describe('robustness', () => {
    for (const mark of MARKS) {
      for (const [name, series] of Object.entries(DATASETS)) {
        it(`layoutChart() ${mark} with ${name}: every number and path is finite and no size is negative, at any size`, () => {
          const count = definedValues(series).length;
          for (const [width, height] of SIZES) {
            const where = `${mark}, ${name}, ${width}×${height}`;
            const l = lay(series, {mark, width, height});
            expect(insanities(l), where).to.deep.equal([]);
            expect(l.width, where).to.equal(width);
            expect(l.height, where).to.equal(height);
            expect(l.frame.right, where).to.be.at.least(l.frame.left);
            expect(l.frame.bottom, where).to.be.at.least(l.frame.top);
            expect(l.frame.left, where).to.be.at.least(0);
            expect(l.frame.right, where).to.be.at.most(width);
            expect(l.yDomain[0], where).to.be.below(l.yDomain[1]);
            expect(l.markCount, where).to.equal(count);
            expect(l.positions, where).to.have.length(count);
            for (const p of l.positions) {
              expect(p.x, where).to.be.within(l.frame.left - 0.01, l.frame.right + 0.01);
              expect(p.y, where).to.be.within(l.frame.top - 0.01, l.frame.bottom + 0.01);
            }
            if (mark === 'column' || mark === 'bar' || mark === 'stacked') {
              // More columns than pixels are merged, one rect per pixel column and sign.
              if (count <= l.frame.right - l.frame.left) expect(l.columns, where).to.have.length(count);
              else expect(l.columns.length, where).to.be.at.most(count);
              expect(l.lines, where).to.have.length(0);
            } else {
              expect(l.columns, where).to.have.length(0);
            }
          }
        });
      }
    }

    it('layoutChart() survives a non-finite width and height', () => {
      const l = lay(yearly([1, 2, 3]), {mark: 'column', width: NaN, height: Infinity});
      expect(insanities(l)).to.deep.equal([]);
      expect(l.width).to.equal(0);
      expect(l.height).to.equal(0);
    });

    it('layoutChart() is pure: the same input gives the same geometry', () => {
      const series = DATASETS['mixed negative values'];
      const options = {mark: 'area' as const, highlight: new Set([2002]), annotations: [{year: 2001, label: 'Note'}]};
      const [a, b] = [lay(series, options), lay(series, options)];
      expect(JSON.stringify(a)).to.equal(JSON.stringify(b));
      expect(a.xs.map(a.xScale)).to.deep.equal(b.xs.map(b.xScale));
      expect([-1, 0, 5].map(a.yScale)).to.deep.equal([-1, 0, 5].map(b.yScale));
    });
  });

  describe('y domain and baseline', () => {
    for (const mark of ZERO_BASED) {
      it(`layoutChart() ${mark}: the zero baseline is in the domain for every data set`, () => {
        const sets = {...DATASETS, 'values far above zero': [yearly([1000, 1010, 1005])], 'values far below zero': [yearly([-1000, -1010])]};
        for (const [name, series] of Object.entries(sets)) {
          const l = lay(series, {mark});
          expect(l.yDomain[0], name).to.be.at.most(0);
          expect(l.yDomain[1], name).to.be.at.least(0);
          expect(l.baseline, name).to.be.a('number');
          expect(l.baseline, name).to.be.within(l.frame.top, l.frame.bottom);
        }
      });
    }

    it('layoutChart() line does not force zero into the domain', () => {
      const l = lay(yearly([1000, 1010, 1005]), {mark: 'line'});
      expect(l.yDomain[0]).to.be.above(0);
      expect(l.yDomain[0]).to.be.at.most(1000);
      expect(l.yDomain[1]).to.be.at.least(1010);
      expect(l.baseline).to.equal(null);
    });

    it('layoutChart() y-min > y-max gives a warning and is ignored', () => {
      const series = yearly([1, 5, 3]);
      for (const mark of MARKS) {
        const plain = lay(series, {mark});
        for (const [yMin, yMax] of [
          [10, 5],
          [4, 4],
        ]) {
          const l = lay(series, {mark, yMin, yMax});
          expect(l.warnings, `${mark} ${yMin} ${yMax}`).to.have.length(1);
          expect(l.warnings[0]).to.contain(`y-min (${yMin})`).and.to.contain('ignored');
          expect(l.yDomain, `${mark} ${yMin} ${yMax}`).to.deep.equal(plain.yDomain);
        }
        expect(plain.warnings).to.deep.equal([]);
      }
    });

    it('layoutChart() uses y-min and y-max exactly as given', () => {
      const l = lay(yearly([10, 50, 30]), {mark: 'line', yMin: 0, yMax: 100});
      expect(l.yDomain).to.deep.equal([0, 100]);
      expect(l.warnings).to.deep.equal([]);
      expect(lay(yearly([10, 50, 30]), {mark: 'line', yMin: 5}).yDomain[0]).to.equal(5);
      expect(lay(yearly([10, 50, 30]), {mark: 'column', yMax: 75}).yDomain).to.deep.equal([0, 75]);
    });

    it('layoutChart() column with y-min above zero keeps zero in the domain, with a warning', () => {
      const l = lay(yearly([150, 300, 200]), {mark: 'column', yMin: 100});
      expect(l.yDomain[0]).to.equal(0);
      expect(l.yDomain[1]).to.be.at.least(300);
      expect(l.baseline).to.equal(l.frame.bottom);
      expect(l.warnings).to.have.length(1);
      expect(l.warnings[0]).to.contain('includes zero');
      const negative = lay(yearly([-150, -300]), {mark: 'area', yMax: -100});
      expect(negative.yDomain[1]).to.equal(0);
      expect(negative.yDomain[0]).to.be.at.most(-300);
      expect(negative.warnings).to.have.length(1);
    });

    it('layoutChart() a y-min above every value, or a y-max below every value, gives a warning and is ignored', () => {
      for (const mark of MARKS) {
        for (const [values, bound] of [
          [[5, 3, 4], {yMin: 10}],
          [[5, 8, 6], {yMax: 2}],
          [[-5, -8], {yMin: 1}],
          [[150, 300], {yMax: -5}],
        ] as [number[], {yMin?: number; yMax?: number}][]) {
          const where = `${mark} ${JSON.stringify(values)} ${JSON.stringify(bound)}`;
          const l = lay(yearly(values), {mark, ...bound});
          expect(l.yDomain, where).to.deep.equal(lay(yearly(values), {mark}).yDomain);
          expect(l.yDomain[0], where).to.be.below(l.yDomain[1]);
          expect(l.warnings, where).to.have.length(1);
          expect(l.warnings[0], where).to.contain('ignored');
        }
      }
    });

    it('layoutChart() y ticks lie inside the frame, bottom to top, labelled by the formats', () => {
      const series = yearly([72, 3077, 1500]);
      const l = layoutChart([series], {width: 600, height: 300, mark: 'column', formats: createFormats({unit: 'mn'}, [72, 3077, 1500])});
      expect(l.yTicks.length).to.be.at.least(3);
      for (const [i, t] of l.yTicks.entries()) {
        expect(t.position).to.be.within(l.frame.top, l.frame.bottom);
        // The unit on the top label only, newsroom style ("3,500mn", then "3,000").
        expect(t.label).to.match(i === l.yTicks.length - 1 ? /^[\d,]+mn$/ : /^[\d,]+$/);
        if (i > 0) {
          expect(t.value).to.be.above(l.yTicks[i - 1].value);
          expect(t.position).to.be.below(l.yTicks[i - 1].position);
        }
      }
      expect(l.yTicks[0].value).to.equal(0);
      expect(l.yTicks[0].position).to.equal(l.baseline);
      // The frame leaves room for the widest y label without the unit; the top label's unit
      // ("3,500mn") reaches over the plot, where no column stands under it.
      const measure = estimateTextWidth(12);
      const widest = Math.max(...l.yTicks.map((t) => measure(t.label.replace('mn', ''))));
      expect(l.frame.left).to.be.at.least(widest);
      const top = l.yTicks[l.yTicks.length - 1];
      expect(l.frame.left).to.be.below(measure(top.label));
      expect(top.labelStart).to.be.closeTo(l.frame.left - 6 - measure(top.label.replace('mn', '')), 0.01);
    });
  });

  describe('columns', () => {
    const MIXED = yearly([120, -45, 300, 75, -210, 30, 0]);

    for (const mark of ['column', 'bar'] as const) {
      it(`layoutChart() ${mark}: negative columns hang down from the baseline and positive ones stand on it`, () => {
        const sets = {mixed: [MIXED], ...DATASETS};
        for (const [name, series] of Object.entries(sets)) {
          for (const [width, height] of [
            [400, 300],
            [120, 80],
          ]) {
            const l = lay(series, {mark, width, height});
            if (l.columns.length === 0) continue;
            const baseline = l.baseline as number;
            for (const c of l.columns) {
              const where = `${name} ${width}×${height} ${c.datum.x}: ${c.datum.y}`;
              if (c.datum.y < 0) {
                expect(c.y, where).to.be.closeTo(baseline, 0.011);
              } else {
                expect(c.y + c.height, where).to.be.closeTo(baseline, 0.011);
              }
              if (c.datum.y === 0) expect(c.height, where).to.equal(0);
              expect(c.y, where).to.be.at.least(l.frame.top - 0.01);
              expect(c.y + c.height, where).to.be.at.most(l.frame.bottom + 0.01);
            }
          }
        }
      });

      it(`layoutChart() ${mark}: column heights are proportional to |value| within 1%`, async () => {
        for (const series of [[MIXED], await fixture(), [yearly([2.5e11, 1.2e11, 2.96e11])]]) {
          for (const height of [200, 300, 600]) {
            const l = lay(series, {mark, height, width: 700});
            const biggest = l.columns.reduce((m, c) => (Math.abs(c.datum.y) > Math.abs(m.datum.y) ? c : m));
            const perUnit = biggest.height / Math.abs(biggest.datum.y);
            expect(perUnit).to.be.above(0);
            for (const c of l.columns) {
              if (c.datum.y === 0) continue;
              const expected = Math.abs(c.datum.y) * perUnit;
              expect(Math.abs(c.height - expected) / expected, `${c.datum.x}: ${c.datum.y}, height ${height}`).to.be.at.most(0.01);
            }
          }
        }
      });
    }

    it('layoutChart() column: the tallest column is the maximum\'s (fixture: 3,077 in 2005)', async () => {
      const series = await fixture();
      const l = lay(series, {mark: 'column', width: 640, height: 360});
      expect(l.columns).to.have.length(30);
      const byHeight = [...l.columns].sort((a, b) => b.height - a.height);
      expect(byHeight[0].datum).to.deep.equal({x: 2005, y: 3077});
      expect(byHeight[1].datum).to.deep.equal({x: 2004, y: 2872});
      expect(byHeight[29].datum).to.deep.equal({x: 1994, y: 72});
      // The tallest reaches at least 3077 on the y scale: at or above the tick for 3000.
      const tick3000 = l.yTicks.find((t) => t.value === 3000);
      expect(tick3000).to.not.equal(undefined);
      expect(byHeight[0].y).to.be.at.most(tick3000!.position);
    });

    it('layoutChart() column: columns are in year order, do not overlap, and sit centred on their year', () => {
      const l = lay(yearly([1, 2, 3, 4, 5, 6]), {mark: 'column', width: 500});
      for (let i = 1; i < l.columns.length; i++) {
        expect(l.columns[i].x).to.be.at.least(l.columns[i - 1].x + l.columns[i - 1].width);
      }
      for (const c of l.columns) {
        const p = l.positions.find((q) => q.datum === c.datum);
        expect(c.x + c.width / 2).to.be.closeTo(p!.x, 0.02);
        expect(c.x).to.be.at.least(l.frame.left);
        expect(c.x + c.width).to.be.at.most(l.frame.right);
      }
    });

    it('layoutChart() bar: the series of one year sit side by side within the year\'s step', () => {
      const l = lay([yearly([1, 2, 3], 2000, 'a'), yearly([3, 2, 1], 2000, 'b')], {mark: 'bar', width: 500});
      expect(l.columns).to.have.length(6);
      for (const year of [2000, 2001, 2002]) {
        const [a, b] = l.columns.filter((c) => c.datum.x === year).sort((p, q) => p.seriesIndex - q.seriesIndex);
        expect(a.seriesIndex).to.equal(0);
        expect(b.seriesIndex).to.equal(1);
        expect(b.x).to.be.at.least(a.x + a.width);
        expect(b.x + b.width - a.x).to.be.at.most(l.step);
      }
    });

    it('layoutChart() column: highlighted years are flagged and get a value label', () => {
      const series = yearly([1450, 980, 1210]);
      const l = layoutChart([series], {width: 400, height: 300, mark: 'column', formats: createFormats({unit: 'mn'}, [1450, 980, 1210]), highlight: new Set([2001])});
      expect(l.columns.map((c) => c.highlight)).to.deep.equal([false, true, false]);
      expect(l.valueLabels).to.have.length(1);
      expect(l.valueLabels[0].text).to.equal('980mn');
      expect(l.valueLabels[0].y).to.be.below(l.columns[1].y);
    });
  });

  describe('lines and areas', () => {
    it('layoutChart() breaks the line at null values', () => {
      for (const mark of ['line', 'area'] as const) {
        const l = lay(yearly([1, 2, null, 4, 5, null, null, 8, 9]), {mark});
        expect(l.lines).to.have.length(1);
        expect(moveCount(l.lines[0].d), mark).to.equal(3);
        if (mark === 'area') {
          expect(l.areas).to.have.length(1);
          expect(moveCount(l.areas[0].d)).to.equal(3);
        }
        const unbroken = lay(yearly([1, 2, 3, 4]), {mark});
        expect(moveCount(unbroken.lines[0].d)).to.equal(1);
      }
    });

    it('layoutChart() breaks the line where years jump by more than three usual steps', () => {
      const broken = lay({key: 'v', label: 'v', data: [2000, 2001, 2002, 2003, 2010, 2011, 2012].map((x) => ({x, y: x - 1990}))}, {mark: 'line'});
      expect(moveCount(broken.lines[0].d)).to.equal(2);
      const joined = lay({key: 'v', label: 'v', data: [2000, 2001, 2002, 2004, 2005].map((x) => ({x, y: x - 1990}))}, {mark: 'line'});
      expect(moveCount(joined.lines[0].d)).to.equal(1);
    });

    it('layoutChart() a single point line gives an isolated point mark', () => {
      for (const mark of ['line', 'area'] as const) {
        const l = lay(yearly([42]), {mark});
        expect(l.points, mark).to.have.length(1);
        expect(l.points[0].kind).to.equal('isolated');
        expect(l.points[0].datum).to.deep.equal({x: 2000, y: 42});
        expect(l.points[0].cx).to.be.within(l.frame.left, l.frame.right);
        expect(l.points[0].cy).to.be.within(l.frame.top, l.frame.bottom);
        expect(l.markCount).to.equal(1);
      }
    });

    it('layoutChart() an isolated value between nulls gives an isolated point', () => {
      const l = lay(yearly([1, 2, null, 5, null, 7, 8]), {mark: 'line'});
      expect(l.points.map((p) => [p.kind, p.datum.x])).to.deep.equal([['isolated', 2003]]);
      const p = l.points[0];
      const pos = l.positions.find((q) => q.datum.x === 2003)!;
      expect([p.cx, p.cy]).to.deep.equal([pos.x, pos.y]);
    });

    it('layoutChart() connected values give no point marks unless highlighted', () => {
      const series = yearly([3, 1, 4, 1, 5]);
      expect(lay(series, {mark: 'line'}).points).to.deep.equal([]);
      const l = lay(series, {mark: 'line', highlight: new Set([2002, 2004])});
      expect(l.points.map((p) => [p.kind, p.datum.x])).to.deep.equal([
        ['highlight', 2002],
        ['highlight', 2004],
      ]);
      expect(l.valueLabels.map((v) => v.text)).to.deep.equal(['4', '5']);
    });

    it('layoutChart() moves apart the value labels of several series at one highlighted x, so that none overlap', () => {
      const series = [yearly([50, 60.6, 40]), yearly([50, 60.1, 45]), yearly([50, 59.7, 42])].map((s, i) => ({...s, key: `s${i}`, label: `s${i}`}));
      for (const mark of ['line', 'bar'] as const) {
        const l = lay(series, {mark, highlight: new Set([2001]), width: 320, height: 200, fontSize: 12});
        expect(l.valueLabels).to.have.length(3);
        const boxes = l.valueLabels.map((v) => ({top: v.y - 12, bottom: v.y, left: v.x - (v.text.length * 7.2) / 2, right: v.x + (v.text.length * 7.2) / 2}));
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, b] = [boxes[i], boxes[j]];
            const apart = a.bottom <= b.top || b.bottom <= a.top || a.right <= b.left || b.right <= a.left;
            expect(apart, `${mark}: ${l.valueLabels[i].text} and ${l.valueLabels[j].text}`).to.equal(true);
          }
        }
      }
    });

    it('layoutChart() area closes on the zero baseline', () => {
      const l = lay(yearly([2, 4, 3]), {mark: 'area'});
      const ys = [...l.areas[0].d.matchAll(/[ML,]?(-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[2]));
      expect(Math.max(...ys)).to.be.closeTo(l.baseline as number, 0.01);
    });

    it('layoutChart() line vertices sit at the data positions, in year order', () => {
      const l = lay(yearly([3, 1, 4]), {mark: 'line'});
      const d = l.positions.map((p) => `${p.x},${p.y}`);
      expect(l.lines[0].d).to.equal(`M${d[0]}L${d[1]}L${d[2]}`);
      expect(l.positions[0].x).to.equal(l.frame.left);
      expect(l.positions[2].x).to.equal(l.frame.right);
    });
  });

  describe('markCount', () => {
    it('layoutChart() markCount equals the number of defined values, for every mark', () => {
      const cases: [Series[], number][] = [
        [[yearly([1, null, 3, null, null, 6, 4])], 4],
        [[yearly([null, 5, null])], 1],
        [[yearly([1, 2, 3], 2000, 'a'), yearly([-2, null, 5, 6], 1999, 'b')], 6],
        [[yearly([0, 0])], 2],
        [[yearly([null])], 0],
      ];
      for (const mark of MARKS) {
        for (const [series, count] of cases) {
          expect(lay(series, {mark}).markCount, `${mark} ${JSON.stringify(series.map((s) => s.data))}`).to.equal(count);
        }
      }
    });
  });

  describe('x ticks', () => {
    const YEARS = Array.from({length: 30}, (_, i) => 1992 + i);
    const series = yearly(YEARS.map((y) => (y * 7919) % 3000), 1992);

    for (const mark of ['column', 'line'] as const) {
      it(`layoutChart() ${mark}: x ticks for 30 years 1992..2021 never overlap at widths 280..1200`, () => {
        const measure = estimateTextWidth(12);
        const gap = 8;
        for (let width = 280; width <= 1200; width += 40) {
          const l = lay(series, {mark, width});
          const ticks = l.xTicks;
          expect(ticks.length, `${width}`).to.be.at.least(2);
          // The first and last years are labelled; the multiples of one interval between them.
          expect([ticks[0].value, ticks.at(-1)!.value], `${width}`).to.deep.equal([1992, 2021]);
          const inner = ticks.slice(1, -1).map((t) => t.value);
          const interval = inner.length > 1 ? inner[1] - inner[0] : inner[0] ?? 1;
          for (const v of inner) expect(v % interval, `${mark} width ${width}, tick ${v}`).to.equal(0);
          for (const [i, t] of ticks.entries()) {
            const where = `${mark} width ${width}, tick ${t.label}`;
            const w = measure(t.label);
            expect(t.label, where).to.equal(String(t.value));
            expect(t.value, where).to.be.within(1992, 2021);
            expect(t.labelPosition - w / 2, where).to.be.at.least(-0.01);
            expect(t.labelPosition + w / 2, where).to.be.at.most(width + 0.01);
            const pos = l.positions.find((p) => p.datum.x === t.value)!;
            expect(t.position, where).to.be.closeTo(pos.x, 0.011);
            if (i > 0) {
              const prev = ticks[i - 1];
              if (i > 1 && i < ticks.length - 1) expect(t.value - prev.value, where).to.equal(interval);
              const prevRight = prev.labelPosition + measure(prev.label) / 2;
              expect(t.labelPosition - w / 2, where).to.be.at.least(prevRight + gap - 0.02);
            }
          }
        }
      });
    }

    it('layoutChart() x ticks use every year when there is room, and fewer as the chart narrows', () => {
      const wide = lay(yearly([1, 2, 3, 4, 5], 2017), {mark: 'column', width: 800});
      expect(wide.xTicks.map((t) => t.value)).to.deep.equal([2017, 2018, 2019, 2020, 2021]);
      // 30 years with 1 em between their labels: every year at 1600 px.
      expect(lay(series, {mark: 'column', width: 1600}).xTicks.map((t) => t.value)).to.deep.equal(YEARS);
      for (const mark of ['column', 'line'] as const) {
        const counts: number[] = [];
        for (let width = 1600; width >= 280; width -= 40) counts.push(lay(series, {mark, width}).xTicks.length);
        counts.forEach((c, i) => i > 0 && expect(c, `${mark} at ${1600 - 40 * i}px`).to.be.at.most(counts[i - 1]));
        expect(counts[0], mark).to.be.above(counts[counts.length - 1]);
      }
    });

    it('layoutChart() a chart too narrow for two labels shows one year label, inside the svg', () => {
      const l = lay(series, {mark: 'line', width: 40});
      expect(l.xTicks).to.have.length(1);
      expect(l.xTicks[0].value).to.be.within(1992, 2021);
      const w = estimateTextWidth(12)(l.xTicks[0].label);
      expect(l.xTicks[0].labelPosition - w / 2).to.be.at.least(0);
      expect(l.xTicks[0].labelPosition + w / 2).to.be.at.most(40);
    });

    it('layoutChart() x labels use formatX', () => {
      const l = lay(yearly([1, 2, 3], 2019), {mark: 'column', width: 600, formatX: (x) => `FY${String(x).slice(2)}`});
      expect(l.xTicks.map((t) => t.label)).to.deep.equal(['FY19', 'FY20', 'FY21']);
    });
  });

  describe('annotations', () => {
    it('layoutChart() places a year annotation as a rule at that year and warns about one outside the years', () => {
      const l = lay(yearly([1, 2, 3, 4, 5]), {
        mark: 'line',
        annotations: [
          {year: 2002, label: 'Treaty'},
          {year: 1990, label: 'Too early'},
        ],
      });
      expect(l.annotations).to.have.length(1);
      const a = l.annotations[0];
      expect(a.kind).to.equal('rule');
      expect(a.x).to.equal(l.positions[2].x);
      expect(a.x2).to.equal(a.x);
      expect(a.shownLabel).to.equal('Treaty');
      expect(l.warnings).to.have.length(1);
      expect(l.warnings[0]).to.contain('Too early');
      expect(l.frame.top).to.be.above(a.labelY);
    });

    it('layoutChart() places a from–to annotation as a range and shortens a label that has no room in any row', () => {
      const l = lay(yearly([1, 2, 3, 4, 5, 6]), {
        mark: 'column',
        width: 300,
        annotations: [
          {from: 2001, to: 2002, label: 'A very long annotation label that cannot fit in the room it has'},
          {year: 2003, label: 'B'},
        ],
      });
      const [range, rule] = l.annotations;
      expect(range.kind).to.equal('range');
      expect(range.x2).to.be.above(range.x);
      expect(range.shownLabel.endsWith('…')).to.equal(true);
      const measure = estimateTextWidth(12);
      expect(range.labelX + measure(range.shownLabel)).to.be.at.most(300);
      // The two labels share no row, or do not overlap in it.
      if (range.labelY === rule.labelY) expect(range.labelX + measure(range.shownLabel)).to.be.at.most(rule.labelX);
      expect(rule.shownLabel).to.equal('B');
    });
  });
});

describe('layout helpers', () => {
  it('yDomain() widens to zero for column, area and bar but not line', () => {
    expect(yDomain([20, 80], 'column')).to.deep.equal([0, 80]);
    expect(yDomain([20, 80], 'area')).to.deep.equal([0, 80]);
    expect(yDomain([20, 80], 'bar')).to.deep.equal([0, 80]);
    expect(yDomain([20, 80], 'line')).to.deep.equal([20, 80]);
    expect(yDomain([], 'line')).to.deep.equal([0, 1]);
  });

  it('yDomain() pads a domain without extent', () => {
    expect(yDomain([0, 0], 'column')).to.deep.equal([0, 1]);
    const [lo, hi] = yDomain([50, 50], 'line');
    expect(lo).to.be.below(50);
    expect(hi).to.be.above(50);
  });

  it('yDomain() has finite ends in order, holding the data, for values near the end of float range', () => {
    // Its span may pass float range (−1e308 to 1e308): the scale maps such a domain by halves.
    for (const values of [[-1e308, 1e308], [Number.MAX_VALUE, -Number.MAX_VALUE], [Number.MAX_VALUE]]) {
      for (const mark of MARKS) {
        const [lo, hi] = yDomain(values, mark);
        expect(Number.isFinite(lo) && Number.isFinite(hi), `${mark} ${values}`).to.equal(true);
        expect(hi, `${mark} ${values}`).to.be.above(lo);
        expect(lo, `${mark} ${values}`).to.be.at.most(Math.min(...values));
        expect(hi, `${mark} ${values}`).to.be.at.least(Math.max(...values));
      }
    }
  });

  it('layoutChart() warns of values cut off only when y-min or y-max cut them, not for values beyond float range', () => {
    const huge = layoutChart([yearly([-1e308, 1e308, 5])], {width: 400, height: 200, mark: 'line', formats: createFormats({})});
    expect(huge.warnings.filter((w) => w.includes('outside'))).to.deep.equal([]);
    const cut = layoutChart([yearly([1, 50, 5])], {width: 400, height: 200, mark: 'line', formats: createFormats({}), yMax: 10});
    expect(cut.warnings).to.include('1 value lies outside y-min / y-max and is cut off.');
  });

  it('minStep() is the smallest positive distance between neighbours, 1 without any', () => {
    expect(minStep([2000, 2001, 2005])).to.equal(1);
    expect(minStep([2000, 2005, 2015])).to.equal(5);
    expect(minStep([2000])).to.equal(1);
    expect(minStep([])).to.equal(1);
  });

  it('lineVertices() breaks the line between data more than `limit` apart, and at nulls', () => {
    const data = [{x: 2000, y: 1}, {x: 2001, y: 1}, {x: 2010, y: 1}, {x: 2011, y: null}, {x: 2012, y: 2}];
    const same = (v: number) => v;
    expect(lineVertices(data, same, same, 3)).to.deep.equal([[2000, 1], [2001, 1], undefined, [2010, 1], undefined, [2012, 2]]);
    expect(lineVertices(data, same, same, 9)).to.deep.equal([[2000, 1], [2001, 1], [2010, 1], undefined, [2012, 2]]);
  });

  it('truncateText() shortens with an ellipsis until the text fits', () => {
    const measure = estimateTextWidth(10); // 6 px a character
    expect(truncateText('Treaty', 36, measure)).to.equal('Treaty');
    const short = truncateText('Crimea annexed', 40, measure);
    expect(short).to.equal('Crime…');
    expect(measure(short)).to.be.at.most(40);
    expect(truncateText('Crimea annexed', 3, measure)).to.equal('…');
  });
});
