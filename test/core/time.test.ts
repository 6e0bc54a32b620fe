import {expect} from '@open-wc/testing';
import {
  createFormats,
  createTimeFormats,
  createXFormats,
  layoutChart,
  lineVertices,
  linePath,
  normalizeData,
  parseCsv,
  timePrecision,
  timeTicks,
  toTime,
  type Datum,
} from '../../src/core/index.js';
import {insanities} from './helpers.js';

const WTI_URL = new URL('../fixtures/wti-daily-spot-price.csv', import.meta.url).href;
const wti = async () => normalizeData(parseCsv(await (await fetch(WTI_URL)).text()));

describe('dates on the x axis (UTC)', () => {
  it('toTime() reads ISO dates, months and times as UTC, never local time', () => {
    expect(toTime('2020-04-20')).to.equal(Date.UTC(2020, 3, 20));
    expect(toTime('2020-04')).to.equal(Date.UTC(2020, 3, 1));
    expect(toTime(' 2020-04-20T14:30 ')).to.equal(Date.UTC(2020, 3, 20, 14, 30));
    expect(toTime('2020-04-20T14:30:15.250Z')).to.equal(Date.UTC(2020, 3, 20, 14, 30, 15, 250));
    expect(toTime('2020-04-20T14:30+02:00')).to.equal(Date.UTC(2020, 3, 20, 12, 30));
    expect(toTime('0099-01-01')).to.equal(new Date('0099-01-01T00:00Z').getTime());
    expect(toTime(new Date(Date.UTC(2001, 0, 1, 6)))).to.equal(Date.UTC(2001, 0, 1, 6));
    // A Date at local midnight is that calendar day, in any time zone.
    expect(toTime(new Date(2020, 3, 20))).to.equal(Date.UTC(2020, 3, 20));
  });

  it('toTime() rejects impossible dates, bare years (unless asked) and anything else', () => {
    for (const bad of ['2021-02-29', '2020-13-01', '2020-04-31', '2020-4-20', '20/04/2020', 'April 2020', '', '2020-04-20T25:00', 2020, null, new Date(NaN)]) {
      expect(toTime(bad), String(bad)).to.equal(null);
    }
    expect(toTime('2020')).to.equal(null);
    expect(toTime('2020', true)).to.equal(Date.UTC(2020, 0, 1));
    expect(toTime('2020-02-29')).to.equal(Date.UTC(2020, 1, 29));
  });

  it('timePrecision() is the coarsest unit every time falls on', () => {
    expect(timePrecision([Date.UTC(2001, 0, 1), Date.UTC(2002, 0, 1)])).to.equal('year');
    expect(timePrecision([Date.UTC(2001, 0, 1), Date.UTC(2001, 3, 1)])).to.equal('month');
    expect(timePrecision([Date.UTC(2001, 0, 1), Date.UTC(2001, 3, 20)])).to.equal('day');
    expect(timePrecision([Date.UTC(2001, 0, 1, 6)])).to.equal('hour');
    expect(timePrecision([Date.UTC(2001, 0, 1, 6, 5)])).to.equal('minute');
    expect(timePrecision([Date.UTC(2001, 0, 1, 6, 5, 1)])).to.equal('second');
  });

  it('timeTicks() fall on whole calendar units: months, quarters, Monday weeks, years', () => {
    const lo = Date.UTC(2020, 0, 15);
    const hi = Date.UTC(2020, 11, 31);
    expect([...timeTicks(lo, hi, {unit: 'month', step: 3})]).to.deep.equal([Date.UTC(2020, 3, 1), Date.UTC(2020, 6, 1), Date.UTC(2020, 9, 1)]);
    const weeks = [...timeTicks(lo, Date.UTC(2020, 1, 15), {unit: 'day', step: 7})];
    expect(weeks[0]).to.equal(Date.UTC(2020, 0, 20));
    for (const t of weeks) expect(new Date(t).getUTCDay(), new Date(t).toISOString()).to.equal(1);
    expect([...timeTicks(Date.UTC(1986, 0, 2), Date.UTC(2026, 7, 18), {unit: 'year', step: 10})]).to.deep.equal(
      [1990, 2000, 2010, 2020].map((y) => Date.UTC(y, 0, 1))
    );
  });

  it('createTimeFormats() writes dates in UTC with Intl, in the locale, at the data precision', () => {
    const t = Date.UTC(2020, 3, 20);
    const gb = createTimeFormats('en-GB', 'day');
    expect(gb.value(t)).to.equal('20 Apr 2020');
    expect(gb.spoken(t)).to.equal('20 April 2020');
    expect(gb.csv(t)).to.equal('2020-04-20');
    expect(createTimeFormats('de-DE', 'day').value(t)).to.equal('20. Apr. 2020');
    expect(createTimeFormats('en-US', 'month').value(t)).to.equal('Apr 2020');
    // Whole dates in the CSV, so that it reads back as dates.
    expect(createTimeFormats('en', 'month').csv(Date.UTC(2020, 3, 1))).to.equal('2020-04-01');
    expect(createTimeFormats('en', 'year').csv(Date.UTC(2020, 0, 1))).to.equal('2020-01-01');
    // Times say their zone.
    expect(createTimeFormats('en-GB', 'minute').value(Date.UTC(2020, 3, 20, 23, 59))).to.equal('20 Apr 2020, 23:59 UTC');
    expect(createTimeFormats('en', 'minute').csv(Date.UTC(2020, 3, 20, 23, 59))).to.equal('2020-04-20T23:59Z');
    expect(gb.tick(Date.UTC(2020, 0, 1), 'month', false)).to.equal('Jan 2020');
    expect(gb.tick(Date.UTC(2020, 3, 1), 'month', false)).to.equal('Apr');
    expect(gb.tick(Date.UTC(2020, 3, 1), 'month', true)).to.equal('Apr 2020');
    expect(gb.tick(t, 'day', false)).to.equal('20 Apr');
    expect(gb.tick(Date.UTC(2020, 3, 20, 6), 'hour', false)).to.equal('06:00');
    // The last minute of a day stays on its day whatever the machine's time zone.
    expect(gb.value(Date.UTC(2020, 3, 20, 23, 59))).to.equal('20 Apr 2020');
  });

  it('normalizeData() reads an ISO date column as dates: the 10,226 daily WTI prices, one of them negative', async () => {
    const m = await wti();
    expect(m.xType).to.equal('date');
    expect(m.xLabel).to.equal('date');
    expect(m.xs).to.have.length(10226);
    expect(m.xs[0]).to.equal(Date.UTC(1986, 0, 2));
    expect(m.xs.at(-1)).to.equal(Date.UTC(2026, 7, 18));
    const negative = m.series[0].data.filter((d) => d.y !== null && d.y < 0);
    expect(negative).to.deep.equal([{x: Date.UTC(2020, 3, 20), y: -36.98}]);
    expect(m.warnings).to.deep.equal([]);
  });

  it('normalizeData() keeps years as numbers, and skips rows whose date is not a date with a warning', () => {
    expect(normalizeData([{year: 2001, value: 1}]).xType).to.equal('number');
    const m = normalizeData([
      {date: '2020-01-01', value: 1},
      {date: '2020-02-30', value: 2},
      {date: '2020-03-01', value: 3},
    ]);
    expect(m.xType).to.equal('date');
    expect(m.xs).to.deep.equal([Date.UTC(2020, 0, 1), Date.UTC(2020, 2, 1)]);
    expect(m.warnings.join()).to.include('1 row without a date in date was skipped');
  });

  it('layoutChart() of the WTI prices: year ticks that never overlap, zero in view, at 280 to 1200 px', async () => {
    const m = await wti();
    const values = m.series[0].data.map((d) => d.y!);
    const xf = createXFormats('en-GB', 'date', m.xs);
    for (const width of [280, 320, 640, 1200]) {
      const l = layoutChart(m.series, {width, height: 400, mark: 'line', xType: 'date', formatTimeTick: xf.tick, formatX: xf.value, formats: createFormats({prefix: '$'}, values)});
      expect(insanities(l), `${width}`).to.deep.equal([]);
      expect(l.yDomain, `${width}`).to.deep.equal([-50, 150]);
      expect(l.baseline, `${width}`).to.be.a('number');
      const ticks = l.xTicks;
      expect(ticks.length, `${width}`).to.be.at.least(2);
      // The first and last days are labelled with their dates; the years between them.
      expect([ticks[0].label, ticks.at(-1)!.label], `${width}`).to.deep.equal([xf.value(m.xs[0]), xf.value(m.xs.at(-1)!)]);
      for (const t of ticks.slice(1, -1)) {
        expect(t.label, `${width}`).to.match(/^\d{4}$/);
        expect(t.value).to.equal(Date.UTC(Number(t.label), 0, 1));
      }
      for (let i = 1; i < ticks.length; i++) expect(ticks[i].position, `${width}`).to.be.above(ticks[i - 1].position + 20);
      // M4: at most four vertices per half-pixel column of the frame, instead of 10,226.
      expect(l.vertexCount, `${width}`).to.be.at.most(8 * Math.ceil(l.frame.right - l.frame.left + 1));
      expect(l.markCount).to.equal(10226);
    }
  });

  it('layoutChart() of 60 trading days ticks months or Monday weeks, not years', async () => {
    const m = await wti();
    const recent = [{...m.series[0], data: m.series[0].data.slice(-60)}];
    const xs = recent[0].data.map((d) => d.x);
    const xf = createXFormats('en-GB', 'date', xs);
    const l = layoutChart(recent, {width: 1200, height: 400, mark: 'line', xType: 'date', formatTimeTick: xf.tick, formatX: xf.value, formats: createFormats({}, [1])});
    expect(l.xTicks.map((t) => t.label)[0]).to.match(/^\d+ \w{3} 2026$/);
    expect(l.xTicks.at(-1)!.value).to.equal(xs.at(-1));
    for (const t of l.xTicks.slice(1, -1)) expect(new Date(t.value).getUTCDay(), t.label).to.equal(1);
    // Weekends and holidays are no gaps in a daily price: one unbroken line.
    expect(l.lines[0].d.match(/M/g)).to.have.length(1);
  });
});

describe('M4 decimation of lines', () => {
  const walk = (n: number, seed: number): Datum[] => {
    let s = seed;
    let y = 0;
    return Array.from({length: n}, (_, i) => {
      s = (s * 1664525 + 1013904223) % 4294967296;
      y += s / 4294967296 - 0.5 + (i % 5000 === 0 ? 30 : 0);
      return {x: i, y: i % 7919 === 0 ? null : y};
    });
  };

  /** Alpha of every pixel of a path drawn as the charts draw lines: SVG, 2.5 px, round joins, anti-aliased. */
  async function raster(d: string, width: number, height: number): Promise<Uint8ClampedArray> {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path d="${d}" fill="none" stroke="#000" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"/></svg>`;
    const img = new Image();
    img.src = URL.createObjectURL(new Blob([svg], {type: 'image/svg+xml'}));
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d', {willReadFrequently: true})!;
    ctx.drawImage(img, 0, 0);
    URL.revokeObjectURL(img.src);
    const data = ctx.getImageData(0, 0, width, height).data;
    return data.filter((_, i) => i % 4 === 3);
  }

  for (const [n, width] of [
    [100_000, 640],
    [20_000, 320],
    [50_000, 1200],
  ]) {
    it(`lineVertices() of ${n.toLocaleString('en')} points at ${width} px inks the same pixels as every point, from at most 8 per pixel`, async () => {
      const data = walk(n, n + width);
      const height = 300;
      const ys = data.flatMap((d) => (d.y === null ? [] : [d.y]));
      const [lo, hi] = [Math.min(...ys), Math.max(...ys)];
      const X = (x: number) => Math.round((10 + (x / (n - 1)) * (width - 20)) * 100) / 100;
      const Y = (y: number) => Math.round((290 - ((y - lo) / (hi - lo)) * 280) * 100) / 100;
      const full = lineVertices(data, X, Y, Infinity, false);
      const m4 = lineVertices(data, X, Y, Infinity, true);
      expect(m4.filter(Boolean).length).to.be.at.most(8 * width);
      expect(m4.filter(Boolean).length).to.be.below(full.filter(Boolean).length / 5);
      // Gaps (null values) stay gaps.
      expect(linePath(m4).match(/M/g)!.length).to.equal(linePath(full).match(/M/g)!.length);
      const a = await raster(linePath(full), width, height);
      const b = await raster(linePath(m4), width, height);
      let inked = 0;
      let gained = 0;
      let lost = 0;
      let most = 0;
      for (let i = 0; i < a.length; i++) {
        if (a[i]) inked++;
        if (a[i] >= 128 && b[i] === 0) lost++;
        if (b[i] >= 128 && a[i] === 0) gained++;
        most = Math.max(most, Math.abs(a[i] - b[i]));
      }
      expect(inked, 'the full line inks pixels').to.be.above(width * 3);
      expect(lost, 'pixels the full line inks that the decimated one leaves blank').to.equal(0);
      expect(gained, 'pixels the decimated line inks that the full one leaves blank').to.equal(0);
      expect(most, 'largest difference in a pixel\'s alpha (of 255)').to.be.below(128);
    });
  }

  it('layoutChart() keeps every datum for keyboard and tooltips while drawing a decimated path', () => {
    const data = walk(100_000, 7);
    const l = layoutChart([{key: 'v', label: 'v', data}], {width: 640, height: 300, mark: 'line', formats: createFormats({}, [1])});
    expect(l.xs).to.have.length(100_000);
    expect(l.markCount).to.equal(data.filter((d) => d.y !== null).length);
    expect(l.vertexCount).to.be.at.most(8 * 640);
    expect(l.xScale(data[0].x)).to.equal(l.frame.left);
    expect(l.xScale(data[99_999].x)).to.equal(l.frame.right);
  });

  it('layoutChart() with more columns than pixels draws one rect per pixel column and sign, as tall as its farthest value', () => {
    const data = Array.from({length: 10_000}, (_, i) => ({x: i, y: i === 5000 ? 1000 : i === 7000 ? -500 : Math.sin(i) * 10}));
    const l = layoutChart([{key: 'v', label: 'v', data}], {width: 400, height: 300, mark: 'column', formats: createFormats({}, [1])});
    expect(l.columns.length).to.be.at.most(2 * 400);
    expect(l.markCount).to.equal(10_000);
    const top = l.columns.reduce((a, c) => (c.y < a.y ? c : a));
    expect(top.datum).to.deep.equal({x: 5000, y: 1000});
    expect(top.y).to.equal(l.yScale(1000));
    const bottom = l.columns.reduce((a, c) => (c.y + c.height > a.y + a.height ? c : a));
    expect(bottom.datum).to.deep.equal({x: 7000, y: -500});
  });
});
