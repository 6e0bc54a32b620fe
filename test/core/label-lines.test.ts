// Labels never hide data (issue 14, "Labels that never collide"): the box of every text placed in
// the plot (value labels, annotation labels) keeps clear of every line as it is drawn, read back from the path's own `d` (straight segments, steps, monotone curves sampled),
// at 320, 375, 768 and 1280 px, for the charts a new user found covered; a label with no room clear
// of the lines is a numbered note whose marker the chart always shows, and a shortened label's
// whole text is in a note too.
import {expect} from '@open-wc/testing';
import {createFormats, estimateTextWidth, layoutChart, normalizeData, parseCsv, type ChartLayout, type CurveType, type LayoutOptions, type Series} from '../../src/core/index.js';
import {textBox, type Box} from '../../src/core/layout/placement.js';

const FONT = 13;
const measure = estimateTextWidth(FONT);
const measureBold = (text: string) => measure(text) * 1.1;
const WIDTHS = [320, 375, 768, 1280];
/** Half the lines' stroke (2.5 px): a label closer than this to a line's middle covers it. */
const HALF_STROKE = 1.25;

const read = async (path: string): Promise<Series[]> => normalizeData(parseCsv(await (await fetch(new URL(path, import.meta.url))).text())).series;

/** The points a path `d` runs through (M, L and C commands; a curve as 16 straight pieces), one list per subpath. */
function polylines(d: string): [number, number][][] {
  const out: [number, number][][] = [];
  let at: [number, number] = [0, 0];
  for (const [, command, args] of d.matchAll(/([MLC])([^MLCZ]*)/g)) {
    const n = args.split(/[\s,]+/).filter(Boolean).map(Number);
    if (command === 'M') out.push([(at = [n[0], n[1]])]);
    else if (command === 'L') out.at(-1)!.push((at = [n[0], n[1]]));
    else {
      const [x0, y0] = at;
      for (let k = 1; k <= 16; k++) {
        const t = k / 16;
        const u = 1 - t;
        const point: [number, number] = [u * u * u * x0 + 3 * u * u * t * n[0] + 3 * u * t * t * n[2] + t * t * t * n[4], u * u * u * y0 + 3 * u * u * t * n[1] + 3 * u * t * t * n[3] + t * t * t * n[5]];
        out.at(-1)!.push(point);
      }
      at = [n[4], n[5]];
    }
  }
  return out;
}

/** Whether the straight line from a to b comes within `HALF_STROKE` px of `box` (sampled every 0.25 px). */
function nearBox(a: [number, number], b: [number, number], box: Box): boolean {
  const [left, right, top, bottom] = [box.left - HALF_STROKE, box.right + HALF_STROKE, box.top - HALF_STROKE, box.bottom + HALF_STROKE];
  if (Math.max(a[0], b[0]) < left || Math.min(a[0], b[0]) > right) return false;
  const steps = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 0.25));
  for (let k = 0; k <= steps; k++) {
    const [x, y] = [a[0] + ((b[0] - a[0]) * k) / steps, a[1] + ((b[1] - a[1]) * k) / steps];
    if (x >= left && x <= right && y >= top && y <= bottom) return true;
  }
  return false;
}

/**
 * The texts of the plot that lie over the frame, as boxes, named. Not the notes' markers: a marker
 * keeps clear of the lines where any spot near its mark allows, and sits over one where none
 * does, as every note has its number in the chart (see {@link markerless}).
 */
function textsOf(l: ChartLayout): {what: string; box: Box}[] {
  return [
    ...l.valueLabels.map((v) => ({what: `value label ${v.text}`, box: textBox(v, measureBold(v.text), FONT)})),
    ...l.annotations.filter((a) => a.shownLabel).map((a) => ({what: `annotation ${a.shownLabel}`, box: textBox({x: a.labelX, y: a.labelY, anchor: a.anchor}, measure(a.shownLabel), FONT)})),
  ];
}

/** The notes of `l` whose number the chart does not show. */
const markerless = (l: ChartLayout): string[] => l.notes.filter((n) => !n.marker).map((n) => `note ${n.number} (${n.text}) has no marker`);

/** Every text of `l` that covers a line, with the series of the line. */
function covered(l: ChartLayout): string[] {
  const out: string[] = [];
  const lines = l.lines.map((line) => ({seriesIndex: line.seriesIndex, runs: polylines(line.d)}));
  for (const t of textsOf(l)) {
    for (const {seriesIndex, runs} of lines) {
      if (runs.some((run) => run.some((p, i) => i > 0 && nearBox(run[i - 1], p, t.box)))) out.push(`${t.what} covers the line of series ${seriesIndex}`);
    }
  }
  return out;
}

function lay(series: readonly Series[], options: Partial<LayoutOptions>): ChartLayout {
  const values = series.flatMap((s) => s.data.map((d) => d.y)).filter((y): y is number => y !== null);
  // Several series: direct labels right of the frame, as <spend-compare> draws them.
  const direct = series.length > 1 ? {marginRight: 90, directLabels: {lineHeight: 17, strict: false}} : {};
  return layoutChart(series, {height: 420, mark: 'line', fontSize: FONT, measureText: measure, measureBold, formats: createFormats({}, values), ...direct, ...options} as LayoutOptions);
}

/** Whether every highlighted value of `series` is labelled or written in a note. */
function unlabelled(l: ChartLayout, series: readonly Series[], highlight: ReadonlySet<number>): string[] {
  const format = (v: number) => createFormats({}, series.flatMap((s) => s.data.map((d) => d.y)).filter((y): y is number => y !== null)).value(v);
  const out: string[] = [];
  series.forEach((s, i) => {
    for (const d of s.data) {
      if (!highlight.has(d.x) || d.y === null) continue;
      const shown = l.valueLabels.some((v) => v.seriesIndex === i && v.text === format(d.y!)) || l.notes.some((n) => n.text.endsWith(format(d.y!)));
      if (!shown) out.push(`${s.label} ${d.x}`);
    }
  });
  return out;
}

/** The x of the highest value of `series` and its last x. */
function maxAndLast(series: readonly Series[]): Set<number> {
  const data = series.flatMap((s) => s.data).filter((d) => d.y !== null);
  const max = data.reduce((a, b) => (b.y! > a.y! ? b : a));
  return new Set([max.x, data.at(-1)!.x]);
}

describe('labels never cover a line', () => {
  const cases: {name: string; series: () => Promise<Series[]>; options: (series: Series[]) => Partial<LayoutOptions>}[] = [
    {name: 'four crossing TIV series, highlight 2005, a rule at 2014', series: () => read('../fixtures/tiv-extras.csv'), options: () => ({highlight: new Set([2005]), annotations: [{year: 2014, label: 'Crimea'}]})},
    {name: 'ten countries, highlight 2020', series: () => read('/demo/data/milex-selected-countries.csv'), options: () => ({highlight: new Set([2020])})},
    {name: 'four close series, highlight 2024', series: () => read('../fixtures/pct4.csv'), options: () => ({highlight: new Set([2024])})},
    {name: 'four close series, highlight every year', series: () => read('../fixtures/pct4.csv'), options: () => ({highlight: new Set([2018, 2019, 2020, 2021, 2022, 2023, 2024])})},
    {name: 'daily oil prices, highlight max and last', series: () => read('../fixtures/wti-daily-spot-price.csv'), options: (s) => ({highlight: maxAndLast(s), xType: 'date'})},
  ];
  for (const yAxis of ['left', 'inline'] as const) {
    cases.push({
      name: `the article's spending chart, highlight 2020, rules at 2019 and 2020, y axis ${yAxis}`,
      series: () => read('../fixtures/milex-china-russia.csv'),
      options: () => ({yAxis, highlight: new Set([2020]), annotations: [{year: 2019, label: 'Pre-pandemic'}, {year: 2020, label: 'Pandemic'}]}),
    });
  }
  for (const curve of ['monotone', 'step'] as CurveType[]) {
    cases.push({name: `four crossing TIV series drawn ${curve}, highlight 2005`, series: () => read('../fixtures/tiv-extras.csv'), options: () => ({curve, highlight: new Set([2005])})});
  }

  for (const c of cases) {
    it(`${c.name}: at 320, 375, 768 and 1280 px no text covers a line; each value is labelled or in a note`, async () => {
      const series = await c.series();
      const options = c.options(series);
      for (const width of WIDTHS) {
        const l = lay(series, {...options, width});
        expect(l.lines.length, 'lines drawn').to.equal(series.length);
        expect(covered(l).join('; '), `${width} px`).to.equal('');
        expect(unlabelled(l, series, options.highlight!).join('; '), `${width} px`).to.equal('');
        expect(markerless(l).join('; '), `${width} px`).to.equal('');
      }
    });
  }

  it('the check finds a label over a line (it can fail)', async () => {
    const series = await read('../fixtures/pct4.csv');
    const l = lay(series, {width: 375, highlight: new Set([2024])});
    const line = polylines(l.lines[0].d)[0];
    const [x, y] = line[3];
    l.valueLabels.push({seriesIndex: 0, xValue: l.xs[3], x, y: y + 4, text: '2.03%', anchor: 'middle'});
    expect(covered(l).length).to.be.above(0);
  });

  it("a shortened annotation label has its whole text in a numbered note, the note's marker right after it", async () => {
    const series = await read('../fixtures/tiv-russia-china.csv');
    const annotations = [
      {year: 2003, label: 'Su-30 deal'},
      {year: 2004, label: 'Sovremenny destroyers'},
      {year: 2005, label: 'Joint exercise'},
      {year: 2021, label: 'Last year note'},
    ];
    let shortened = 0;
    for (const width of WIDTHS) {
      const l = lay(series, {width, mark: 'column', annotations, highlight: new Set([2005, 2021])});
      for (const a of l.annotations) {
        if (!a.shownLabel || a.shownLabel === a.label) continue;
        shortened++;
        expect(a.shownLabel.endsWith('…'), a.shownLabel).to.equal(true);
        const note = l.notes.find((n) => n.text.endsWith(`: ${a.label}`));
        expect(note, `a note for ${a.label} at ${width} px`).to.not.equal(undefined);
        const box = textBox({x: a.labelX, y: a.labelY, anchor: a.anchor}, measure(a.shownLabel), FONT);
        const m = note!.marker!;
        expect(m.x - m.r, 'the marker after the label').to.be.at.least(box.right + 2);
        expect(m.x - m.r, 'right after it').to.be.at.most(box.right + 6);
        expect(m.y, 'on its row').to.be.within(box.top, box.bottom);
      }
    }
    expect(shortened, 'a label was shortened').to.be.above(0);
  });

  it('a line of 100,000 points: labels keep clear of it as drawn (decimated)', () => {
    const data = Array.from({length: 100_000}, (_, i) => ({x: i, y: 60 + Math.sin(i * 0.013) * 40 + Math.sin(i * 0.7) * 5}));
    const series: Series[] = [{key: 'v', label: 'v', data}];
    const highlight = new Set([0, 25_000, 50_000, 75_000, 99_999]);
    for (const width of WIDTHS) {
      const l = lay(series, {width, highlight});
      expect(covered(l).join('; '), `${width} px`).to.equal('');
      expect(unlabelled(l, series, highlight).join('; '), `${width} px`).to.equal('');
      expect(markerless(l).join('; '), `${width} px`).to.equal('');
    }
  });
});
