// The placement of every text in the plot (src/core/layout/placement.ts and plot-labels.ts): value
// labels, annotation labels, direct labels and note markers never meet one another, an axis or a
// rule, at phone and desktop widths, whatever the data.
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {createFormats, estimateTextWidth, layoutChart, type Annotation, type ChartLayout, type LayoutOptions, type MarkType, type Series} from '../../src/core/index.js';
import {DIRECT_LABEL_SWATCH} from '../../src/core/layout/direct-labels.js';
import {boxesMeet, leaderMeets, Placement, ruleMeets, segmentsCross, textBox, type Box, type Rule} from '../../src/core/layout/placement.js';

fc.configureGlobal({includeErrorInReport: true});

const FONT = 13;
const measure = estimateTextWidth(FONT);
const measureBold = (text: string) => measure(text) * 1.1;
const WIDTHS = [320, 375, 768, 1280];

/** A named text box of a layout, for messages. */
interface Named {
  what: string;
  box: Box;
}

/**
 * The box of a y label as plot.ts draws it: inline on its baseline from the left edge; in the
 * margin centred on its tick (dy 0.32 em), ending 6 px left of the frame, or from its labelStart.
 */
function yLabelBoxOf(l: ChartLayout, t: ChartLayout['yTicks'][number]): Box {
  const width = measure(t.label);
  if (l.yAxis === 'inline') return textBox({x: t.labelStart ?? 0, y: t.labelPosition, anchor: 'start'}, width, FONT);
  const y = t.labelPosition + FONT * 0.32;
  return t.labelStart === undefined ? textBox({x: Math.max(0, l.frame.left - 6), y, anchor: 'end'}, width, FONT) : textBox({x: t.labelStart, y, anchor: 'start'}, width, FONT);
}

/** Every text drawn in the plot, as boxes, the way the placement measures them. */
function textsOf(l: ChartLayout): Named[] {
  const out: Named[] = [];
  for (const t of l.yTicks) if (t.label) out.push({what: `y label ${t.label}`, box: yLabelBoxOf(l, t)});
  for (const v of l.valueLabels) out.push({what: `value label ${v.text}`, box: textBox(v, measureBold(v.text), FONT)});
  for (const a of l.annotations) {
    if (a.shownLabel) out.push({what: `annotation ${a.shownLabel}`, box: textBox({x: a.labelX, y: a.labelY, anchor: a.anchor}, measure(a.shownLabel), FONT)});
  }
  for (const d of l.directLabels ?? []) {
    out.push({what: `direct label ${d.text}`, box: textBox({x: d.x, y: d.y + FONT * 0.32, anchor: 'start'}, DIRECT_LABEL_SWATCH + measureBold(d.text), FONT)});
  }
  for (const n of l.notes) {
    const m = n.marker;
    if (m) out.push({what: `marker ${n.number}`, box: {left: m.x - m.r, right: m.x + m.r, top: m.y - m.r, bottom: m.y + m.r}});
  }
  return out;
}

/** The rules drawn (annotations at a year). */
const rulesOf = (l: ChartLayout): Rule[] => l.annotations.filter((a) => a.kind === 'rule').map((a) => ({x: a.x, top: a.ruleTop, bottom: l.frame.bottom}));

/** Every way the texts of `l` break the rules of placement; empty when none. */
function collisions(l: ChartLayout): string[] {
  const problems: string[] = [];
  const texts = textsOf(l);
  const near = (a: Box, b: Box) => boxesMeet(a, b, -0.5);
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) if (near(texts[i].box, texts[j].box)) problems.push(`${texts[i].what} meets ${texts[j].what}`);
  }
  for (const r of rulesOf(l)) for (const t of texts) if (!t.what.startsWith('y label') && ruleMeets(r, t.box, -0.5)) problems.push(`the rule at ${r.x} crosses ${t.what}`);
  // A leader line meets no text but its own label, and crosses no other leader.
  const leaders = l.valueLabels.filter((v) => v.leader);
  for (const v of leaders) {
    for (const t of texts) if (t.what !== `value label ${v.text}` && leaderMeets(v.leader!, t.box, -0.5)) problems.push(`the leader of ${v.text} crosses ${t.what}`);
    for (const w of leaders) if (w !== v && segmentsCross(v.leader!, w.leader!)) problems.push(`the leaders of ${v.text} and ${w.text} cross`);
  }
  for (const t of texts) {
    // Nothing below the x axis; nothing but direct labels (right of the frame), annotations and
    // the y labels themselves over the y axis.
    if (t.box.bottom > l.frame.bottom + 0.5 && !t.what.startsWith('y label')) problems.push(`${t.what} crosses the x axis`);
    if (t.box.left < l.frame.left - 0.5 && !t.what.startsWith('annotation') && !t.what.startsWith('y label')) problems.push(`${t.what} crosses the y axis`);
    if (t.box.left < -0.5 || t.box.right > l.width + 0.5 || t.box.top < -0.5) problems.push(`${t.what} leaves the svg`);
  }
  for (const a of l.annotations) if (a.shownLabel && textBox({x: a.labelX, y: a.labelY, anchor: a.anchor}, measure(a.shownLabel), FONT).bottom > l.frame.top + 0.5) problems.push(`annotation ${a.label} enters the frame`);
  return problems;
}

/** The chart: four series ending close together, 2024 highlighted. */
function fourSeries(): Series[] {
  const ends: Record<string, number> = {UK: 2.03, France: 1.99, Germany: 1.89, Italy: 1.49};
  return Object.entries(ends).map(([label, end], s) => ({
    key: label.toLowerCase(),
    label,
    data: Array.from({length: 11}, (_, i) => ({x: 2014 + i, y: i === 10 ? end : 1.2 + 0.07 * s + 0.06 * i})),
  }));
}

function lay(series: readonly Series[], options: Partial<LayoutOptions>): ChartLayout {
  const values = series.flatMap((s) => s.data.map((d) => d.y)).filter((y): y is number => y !== null);
  return layoutChart(series, {width: 375, height: 300, mark: 'line', fontSize: FONT, measureText: measure, measureBold, formats: createFormats({unit: '%'}, values), ...options});
}

describe('placement of the texts in the plot', () => {
  it('Placement moves a label apart vertically, then shortens it, then gives up', () => {
    const p = new Placement(FONT, measure);
    const bounds = {left: 0, top: 0, right: 200, bottom: 100};
    const first = p.place({text: 'First', spots: [{x: 10, y: 50, anchor: 'start'}], shorten: false, bounds})!;
    const spots = [
      {x: 10, y: 50, anchor: 'start' as const},
      {x: 10, y: 70, anchor: 'start' as const},
    ];
    const second = p.place({text: 'Second', spots, shorten: false, bounds})!;
    expect(second.y).to.equal(70);
    expect(boxesMeet(first.box, second.box)).to.equal(false);
    // No spot left at full length: a shortened name.
    const narrow = {left: 0, top: 0, right: 100, bottom: 100};
    p.blockRule({x: 90, top: 0, bottom: 100});
    const short = p.place({text: 'A long name of a series', spots: [{x: 10, y: 90, anchor: 'start'}], shorten: true, bounds: narrow})!;
    expect(short.text.endsWith('…')).to.equal(true);
    expect(short.box.right).to.be.below(88);
    // A number is never shortened: no room, no label.
    expect(p.place({text: '1,234,567', spots: [{x: 60, y: 90, anchor: 'start'}], shorten: false, bounds: narrow})).to.equal(undefined);
  });

  it('an annotation label keeps clear of the rule of another, and its own rule of the other label', () => {
    const p = new Placement(FONT, measure);
    const bounds = {left: 0, top: 0, right: 300, bottom: 40};
    const rows = [{y: 14}, {y: 30}];
    const spotsAt = (x: number) => rows.map(({y}) => ({x: x + 4, y, anchor: 'start' as const}));
    const a = p.place({text: 'Invasion', spots: spotsAt(100), shorten: false, bounds, rule: {x: 100, bottom: 200}})!;
    const b = p.place({text: 'Summit', spots: spotsAt(120), shorten: false, bounds, rule: {x: 120, bottom: 200}})!;
    expect(a.y).to.equal(14);
    // Row 1 under "Invasion" would put b's rule through it? No: b's rule starts at b's own row.
    expect(ruleMeets(b.rule!, a.box)).to.equal(false);
    expect(ruleMeets(a.rule!, b.box)).to.equal(false);
  });

  for (const width of WIDTHS) {
    it(`the issue's four series with highlight 2024 at ${width} px: no label meets another, a rule or an axis; each in its series`, () => {
      const series = fourSeries();
      const l = lay(series, {width, highlight: new Set([2024]), marginRight: 90, directLabels: {lineHeight: 17, strict: false}, annotations: [{year: 2022, label: 'Invasion of Ukraine'}, {year: 2024, label: 'NATO summit'}]});
      expect(collisions(l)).to.deep.equal([]);
      // Every value is labelled in the plot or written in a note that names its series.
      const named = new Set([...l.valueLabels.map((v) => v.seriesIndex), ...l.notes.flatMap((n) => series.flatMap((s, i) => (n.text.includes(s.label) ? [i] : [])))]);
      expect([...named].sort()).to.deep.equal([0, 1, 2, 3]);
    });
  }

  it('a range spans its own years (half a year either side at most), however far apart the data are', () => {
    const series: Series[] = [{key: 'v', label: 'v', data: [1990, 2000, 2010, 2020].map((x, i) => ({x, y: i + 1}))}];
    for (const mark of ['line', 'column'] as const) {
      const l = lay(series, {mark, width: 768, annotations: [{from: 2004, to: 2006, label: 'Boom'}]});
      const perYear = (l.xScale(2020) - l.xScale(1990)) / 30;
      const [range] = l.annotations;
      expect(range.x, mark).to.be.closeTo(l.xScale(2004) - perYear / 2, 0.6);
      expect(range.x2, mark).to.be.closeTo(l.xScale(2006) + perYear / 2, 0.6);
    }
  });

  it('an annotation at the last year never meets a direct label, and a label with no room becomes a numbered note', () => {
    const series = fourSeries();
    const annotations: Annotation[] = Array.from({length: 6}, (_, i) => ({year: 2019 + i, label: `A long annotation number ${i + 1}`}));
    const l = lay(series, {width: 320, marginRight: 80, directLabels: {lineHeight: 17, strict: false}, annotations});
    expect(collisions(l)).to.deep.equal([]);
    const dropped = l.annotations.filter((a) => !a.shownLabel);
    expect(dropped.length).to.be.above(0);
    expect(l.notes.map((n) => n.number)).to.deep.equal(l.notes.map((_, i) => i + 1));
    for (const a of dropped) expect(l.notes.some((n) => n.text.endsWith(a.label))).to.equal(true);
  });

  for (const width of WIDTHS) {
    it(`y-axis inline at ${width} px: value, direct and annotation labels keep clear of the y labels on their gridlines`, () => {
      const series = fourSeries();
      // 2014 lies at the left edge, under the labels; the annotations' rules and labels too.
      const annotations: Annotation[] = [{year: 2014, label: 'Wales pledge'}, {from: 2014, to: 2016, label: 'Early years'}, {year: 2022, label: 'Invasion of Ukraine'}];
      for (const directLabels of [undefined, {lineHeight: 17, strict: false}]) {
        const l = lay(series, {width, yAxis: 'inline', highlight: new Set([2014, 2024]), annotations, ...(directLabels ? {marginRight: 90, directLabels} : {})});
        expect(l.yTicks.filter((t) => t.label).length).to.be.at.least(3);
        expect(collisions(l)).to.deep.equal([]);
      }
    });
  }

  it('property: the values of four series at one x, moved apart beside a rule at 320 and 375 px, keep the order of their points; no leader crosses another or a text', () => {
    const chart = fc.record({
      ends: fc.array(fc.double({min: 0.8, max: 3, noNaN: true}), {minLength: 4, maxLength: 4}),
      width: fc.constantFrom(320, 375),
      ruleAt: fc.constantFrom(2021, 2022, 2023, 2024),
      direct: fc.boolean(),
      yAxis: fc.constantFrom<'left' | 'inline'>('left', 'inline'),
    });
    let moved = 0;
    fc.assert(
      fc.property(chart, (c) => {
        const series: Series[] = c.ends.map((end, s) => ({
          key: `s${s}`,
          label: ['UK', 'France', 'Germany', 'Italy'][s],
          data: Array.from({length: 11}, (_, i) => ({x: 2014 + i, y: i === 10 ? end : 1.2 + 0.07 * s + 0.06 * i})),
        }));
        const l = lay(series, {
          width: c.width,
          yAxis: c.yAxis,
          highlight: new Set([2024]),
          annotations: [{year: c.ruleAt, label: 'Summit'}],
          ...(c.direct ? {marginRight: 80, directLabels: {lineHeight: 17, strict: false}} : {}),
        });
        expect(collisions(l).join('; ')).to.equal('');
        // Labels on one side of the points stand in the order of their points.
        for (const anchor of ['start', 'end', 'middle'] as const) {
          const side = l.valueLabels.filter((v) => v.anchor === anchor);
          const pointY = (v: (typeof side)[number]) => l.yScale(c.ends[v.seriesIndex]);
          for (const a of side) for (const b of side) if (pointY(a) < pointY(b)) expect(b.y, `${b.text} below ${a.text}`).to.be.at.least(a.y);
        }
        moved += l.valueLabels.filter((v) => v.leader).length;
      }),
      {numRuns: 300}
    );
    // Labels did move away from their points (the property is not empty).
    expect(moved).to.be.above(50);
  });

  for (const width of WIDTHS) {
    it(`a highlighted negative column's label at ${width} px stands at its column, with no leader drawn through the column (found by a fresh user)`, () => {
      // Growth in %, from −14.5 to 10: the lowest column ends near the frame's bottom, so its label
      // has no room below it and goes across the baseline, at the column's other end.
      const values = [3.2, -14.5, 10, 4.1, -2.3, 6.8, 1.5, -6.1];
      const series: Series[] = [{key: 'growth', label: 'Growth', data: values.map((y, i) => ({x: 2015 + i, y}))}];
      for (const year of [2016, 2019, 2022]) {
        const l = lay(series, {width, mark: 'column', highlight: new Set([year])});
        expect(collisions(l), `highlight ${year}`).to.deep.equal([]);
        const column = l.columns.find((c) => c.datum.x === year)!;
        for (const v of l.valueLabels) {
          const leader = v.leader;
          if (!leader) continue;
          // A leader may start at the column's end or side; it never runs along inside the column.
          const inside = (x: number, y: number) => x > column.x + 0.5 && x < column.x + column.width - 0.5 && y > column.y + 1.5 && y < column.y + column.height - 1.5;
          const mid = [(leader.x1 + leader.x2) / 2, (leader.y1 + leader.y2) / 2] as const;
          expect(inside(...mid), `the leader of ${v.text} runs through its column: ${JSON.stringify(leader)}`).to.equal(false);
        }
        if (values[year - 2015] < 0) expect(l.valueLabels.map((v) => v.text)).to.deep.equal([l.valueLabels[0].text]);
      }
    });
  }

  it('property: over random data, marks, highlights, annotations and heights, at 320, 375, 768 and 1280 px, no text meets another, a rule or an axis', () => {
    const value = fc.oneof(fc.double({min: -50, max: 100, noNaN: true}), fc.integer({min: 0, max: 5000}));
    const chart = fc.record({
      seriesCount: fc.integer({min: 1, max: 5}),
      years: fc.integer({min: 2, max: 30}),
      values: fc.array(value, {minLength: 150, maxLength: 150}),
      mark: fc.constantFrom<MarkType>('line', 'area', 'column', 'bar', 'stacked'),
      highlight: fc.array(fc.integer({min: 0, max: 29}), {maxLength: 4}),
      annotations: fc.array(
        fc.record({at: fc.integer({min: -2, max: 31}), span: fc.integer({min: 0, max: 6}), range: fc.boolean(), label: fc.string({minLength: 1, maxLength: 40})}),
        {maxLength: 5}
      ),
      width: fc.constantFrom(...WIDTHS),
      height: fc.integer({min: 120, max: 560}),
      direct: fc.boolean(),
      yAxis: fc.constantFrom<'left' | 'inline'>('left', 'inline'),
      unit: fc.constantFrom('%', 'mn', ' TIV, millions'),
    });
    fc.assert(
      fc.property(chart, (c) => {
        const series: Series[] = Array.from({length: c.seriesCount}, (_, s) => ({
          key: `s${s}`,
          label: `Series ${s + 1}`,
          data: Array.from({length: c.years}, (_, i) => ({x: 2000 + i, y: c.values[s * 30 + i]})),
        }));
        const annotations: Annotation[] = c.annotations.map((a) => (a.range ? {from: 2000 + a.at, to: 2000 + a.at + a.span, label: a.label} : {year: 2000 + a.at, label: a.label}));
        const direct = c.direct && c.seriesCount > 1 && (c.mark === 'line' || c.mark === 'area');
        const values = series.flatMap((s) => s.data.map((d) => d.y)).filter((y): y is number => y !== null);
        const l = lay(series, {
          mark: c.mark,
          yAxis: c.yAxis,
          formats: createFormats({unit: c.unit}, values),
          width: c.width,
          height: c.height,
          highlight: new Set(c.highlight.map((i) => 2000 + i)),
          annotations,
          ...(direct ? {marginRight: 70, directLabels: {lineHeight: 17, strict: false}} : {}),
        });
        expect(collisions(l).join('; ')).to.equal('');
      }),
      {numRuns: 300}
    );
  });
});
