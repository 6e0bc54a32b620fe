/**
 * Every attribute and property that custom-elements.json lists for `<tiv-trend>` and
 * `<spend-compare>` reaches the element in both self-contained bundles (`tiv-charts.min.js` as a
 * classic script, `tiv-charts.bundle.js` as a module): set as an attribute, the property reads
 * back its value and the drawing or report changes as the table below says; set as a property,
 * it reads back what was set and changes the drawing the same way. The bundles shorten property
 * names; a public name shortened by mistake (its attribute renamed with it) fails here, while the
 * npm modules, which the other tests load, would still work.
 *
 * A name in the manifest without an entry in the table fails: a new public name needs a test
 * value and its observable effect here.
 */
import {expect} from '@open-wc/testing';
import {bundlePage, draw, type Drawn, type Tag} from './bundle-page.js';


interface Entry {
  /** The attribute of the property, as the manifest has it; none for a property without one. */
  attribute?: string;
  /** The attribute's value (with `attribute`). */
  value?: string;
  /** The same value as a property: what the property reads back, whichever way it was set. */
  property: unknown;
  /** Attributes the effect needs; `data` replaces the chart's default data (`null` removes an attribute). */
  base?: Record<string, string | null>;
  /** The observable effect: something drawn in the shadow DOM or reported in `chart-render`. */
  effect: (drawn: Drawn) => unknown;
  /** The effect with the value set (a RegExp: a text it matches); without it, the effect must differ from the chart's without the value. */
  expected?: unknown;
}


// --- Reading a drawn chart ------------------------------------------------------------------

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element, selector: string) =>
  Array.from(root(el).querySelectorAll(selector), (e) => e.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
const count = (el: Element, selector: string) => root(el).querySelectorAll(selector).length;
const ticks = (el: Element, axis: 'x' | 'y') => Array.from(root(el).querySelectorAll(`g.${axis}-axis text`), (t) => t.textContent ?? '');
const firstTick = (axis: 'x' | 'y') => ({el}: Drawn) => ticks(el, axis)[0];
const lastTick = (axis: 'x' | 'y') => ({el}: Drawn) => ticks(el, axis).at(-1);

// --- Test data --------------------------------------------------------------------------------

const rows = (years: number[], columns: Record<string, number[]>) =>
  JSON.stringify(years.map((year, i) => ({year, ...Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, v[i]]))})));
const YEARS = [2019, 2020, 2021, 2022];
/** Default data: values up to 3,400, so that the top tick has a thousands separator ("4,000"). */
const DATA: Record<Tag, string> = {
  'tiv-trend': rows(YEARS, {value: [120, 3400, 870, 1500]}),
  'spend-compare': rows(YEARS, {a: [120, 3400, 870, 1500], b: [60, 1700, 290, 500]}),
};
const OTHER_DATA = [
  {year: 1990, a: 5, b: 3},
  {year: 1991, a: 6, b: 4},
];

// --- The table: a test value and its effect for every public name ------------------------------

/** Entries shared by both elements, keyed by property name. */
const SHARED: Record<string, Entry> = {
  heading: {attribute: 'heading', value: 'Arms imports', property: 'Arms imports', effect: ({el}) => text(el, '[part=heading]'), expected: 'Arms imports'},
  subheading: {attribute: 'subheading', value: 'TIV, millions', property: 'TIV, millions', effect: ({el}) => text(el, '[part=subheading]'), expected: 'TIV, millions'},
  source: {attribute: 'source', value: 'Source: SIPRI', property: 'Source: SIPRI', effect: ({el}) => text(el, '[part=source]'), expected: 'Source: SIPRI'},
  sourceHref: {
    attribute: 'source-href',
    value: 'https://example.com/sipri',
    property: 'https://example.com/sipri',
    base: {source: 'Source: SIPRI'},
    effect: ({el}) => root(el).querySelector('[part=source] a')?.getAttribute('href'),
    expected: 'https://example.com/sipri',
  },
  note: {attribute: 'note', value: 'Figures rounded.', property: 'Figures rounded.', effect: ({el}) => text(el, '[part=note]'), expected: 'Figures rounded.'},
  headingLevel: {
    attribute: 'heading-level',
    value: '3',
    property: 3,
    base: {heading: 'Arms imports'},
    effect: ({el}) => root(el).querySelector('[part=heading]')?.getAttribute('aria-level'),
    expected: '3',
  },
  data: {attribute: 'data', value: JSON.stringify(OTHER_DATA), property: OTHER_DATA, effect: ({el}) => ticks(el, 'x').join(' '), expected: '1990 1991'},
  src: {
    attribute: 'src',
    value: '/test/fixtures/tiv-russia-china.csv',
    property: '/test/fixtures/tiv-russia-china.csv',
    base: {data: null},
    effect: ({render}) => render?.marks,
    // 30 years: 30 columns, or a line of 30 vertices.
    expected: 30,
  },
  xKey: {
    attribute: 'x-key',
    value: 'when',
    property: 'when',
    base: {data: JSON.stringify([{year: 2019, when: 1990, a: 1, b: 2}, {year: 2020, when: 1991, a: 3, b: 4}])},
    effect: firstTick('x'),
    expected: '1990',
  },
  unit: {attribute: 'unit', value: 'mn', property: 'mn', effect: lastTick('y'), expected: /^\d,\d{3}mn$/},
  unitLabel: {
    attribute: 'unit-label',
    value: 'million widgets',
    property: 'million widgets',
    effect: ({el}) => text(el, '[part=summary]'),
    expected: /3,400 million widgets/,
  },
  prefix: {attribute: 'prefix', value: '$', property: '$', effect: lastTick('y'), expected: /^\$\d,\d{3}$/},
  locale: {attribute: 'locale', value: 'de-DE', property: 'de-DE', effect: lastTick('y'), expected: /^\d\.\d{3}$/},
  yFormat: {attribute: 'y-format', value: '.1f', property: '.1f', effect: lastTick('y'), expected: /^\d{4}\.0$/},
  valueFormat: {attribute: 'value-format', value: '.1f', property: '.1f', effect: ({el}) => text(el, '[part=summary]'), expected: /3400\.0/},
  yAxis: {attribute: 'y-axis', value: 'inline', property: 'inline', effect: ({el}) => root(el).querySelector('.y-axis text')?.getAttribute('text-anchor'), expected: 'start'},
  yMin: {attribute: 'y-min', value: '-1000', property: -1000, effect: firstTick('y'), expected: /^[-−]1,000$/},
  yMax: {attribute: 'y-max', value: '10000', property: 10000, effect: lastTick('y'), expected: '10,000'},
  highlight: {attribute: 'highlight', value: '2020', property: '2020', effect: ({el}) => count(el, 'svg .highlight')},
  annotations: {
    attribute: 'annotations',
    value: JSON.stringify([{year: 2020, label: 'Peak year'}]),
    property: [{year: 2020, label: 'Peak year'}],
    effect: ({el}) => text(el, 'g.annotation'),
    expected: 'Peak year',
  },
  aspectRatio: {
    attribute: 'aspect-ratio',
    value: '1 / 1',
    property: '1 / 1',
    // What it sets: the chart's width to the plot area's height (from the top gridline to the
    // bottom one); the rows of labels around the plot area add to the svg's height.
    effect: ({el}) => {
      const svg = root(el).querySelector('[part=svg]');
      const grid = [...root(el).querySelectorAll('.grid line')].map((line) => Number(line.getAttribute('y1')));
      return svg && grid.length > 1 && Math.round((Number(svg.getAttribute('width')) / (Math.max(...grid) - Math.min(...grid))) * 10) / 10;
    },
    expected: 1,
  },
  description: {attribute: 'description', value: 'Our own words.', property: 'Our own words.', effect: ({el}) => text(el, '[part=summary]'), expected: 'Our own words.'},
  // Shown: the summary is no longer visually hidden (a 1 px clip).
  showSummary: {attribute: 'show-summary', value: '', property: true, effect: ({el}) => (root(el).querySelector<HTMLElement>('[part=summary]')?.offsetHeight ?? 0) > 1, expected: true},
  theme: {attribute: 'theme', value: 'dark', property: 'dark', effect: ({el}) => getComputedStyle(el).backgroundColor},
  yScale: {attribute: 'y-scale', value: 'log', property: 'log', effect: ({el}) => ticks(el, 'y').join(' ')},
  curve: {attribute: 'curve', value: 'step', property: 'step', base: {mark: 'line'}, effect: ({el}) => root(el).querySelector('path.line')?.getAttribute('d')},
  // "Download CSV", "Download SVG" and "Download PNG".
  downloads: {attribute: 'downloads', value: 'csv svg png', property: 'csv svg png', effect: ({el}) => count(el, '[part=download]'), expected: 3},
};

/** y-key names the value column: of wide rows for <tiv-trend>, of long rows (with a series column) for <spend-compare>. */
function yKeyEntry(tag: Tag): Entry {
  const names = tag === 'spend-compare' ? ['a', 'b'] : [undefined];
  const data = YEARS.flatMap((year, i) => names.map((series) => ({...(series ? {series} : {}), year, value: 10 + i, other: 5000 * (i + 1)})));
  return {attribute: 'y-key', value: 'other', property: 'other', base: {data: JSON.stringify(data)}, effect: lastTick('y'), expected: '20,000'};
}

/** Every entry for one element. */
function entries(tag: Tag): Record<string, Entry> {
  if (tag === 'tiv-trend') {
    return {
      ...SHARED,
      yKey: yKeyEntry(tag),
      mark: {attribute: 'mark', value: 'line', property: 'line', effect: ({el}) => count(el, 'path.line'), expected: 1},
      seriesLabel: {attribute: 'series-label', value: 'Arms exports', property: 'Arms exports', effect: ({el}) => text(el, 'table thead th'), expected: /Arms exports/},
    };
  }
  return {
    ...SHARED,
    yKey: yKeyEntry(tag),
    // Grouped columns: 4 years of 2 series.
    mark: {attribute: 'mark', value: 'bar', property: 'bar', effect: ({el}) => count(el, 'rect.column'), expected: 8},
    series: {attribute: 'series', value: '[{"key":"b","label":"Beta"}]', property: [{key: 'b', label: 'Beta'}], effect: ({el}) => count(el, 'path.line'), expected: 1},
    ratio: {attribute: 'ratio', value: 'b/a', property: 'b/a', effect: ({el}) => text(el, '[part=ratio]'), expected: /B to A, 2022/},
    ratioYear: {attribute: 'ratio-year', value: '2020', property: 2020, effect: ({el}) => text(el, '[part=ratio]'), expected: /A to B, 2020/},
    labels: {attribute: 'labels', value: 'legend', property: 'legend', effect: ({el}) => count(el, '[part=legend]'), expected: 1},
    // One year of grouped columns: one column per series.
    year: {attribute: 'year', value: '2020', property: 2020, base: {mark: 'bar'}, effect: ({el}) => count(el, 'rect.column'), expected: 2},
  };
}

// --- The manifest ------------------------------------------------------------------------------

interface ManifestDeclaration {
  tagName?: string;
  attributes?: {name: string; fieldName?: string}[];
  members?: {kind: string; name: string; attribute?: string; privacy?: string; static?: boolean; readonly?: boolean}[];
}
const manifest = (await (await fetch('/custom-elements.json')).json()) as {modules: {declarations?: ManifestDeclaration[]}[]};
const declaration = (tag: Tag) => manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)!;

/** The public names an author sets, in the manifest: property name → attribute name (undefined for a property without one); the read-only ones have a test of their own. */
function publicNames(tag: Tag): Map<string, string | undefined> {
  const d = declaration(tag);
  const names = new Map<string, string | undefined>();
  for (const m of d.members ?? []) if (m.kind === 'field' && (m.privacy ?? 'public') === 'public' && !m.static && !m.readonly) names.set(m.name, m.attribute);
  for (const a of d.attributes ?? []) names.set(a.fieldName ?? `(no property for the attribute ${a.name})`, a.name);
  return names;
}

// --- Charts in a page with a bundle --------------------------------------------------------------

function expectEffect(actual: unknown, entry: Entry, baseline: () => Promise<unknown>, how: string): Promise<void> | void {
  if (entry.expected instanceof RegExp) expect(String(actual), how).to.match(entry.expected);
  else if (entry.expected !== undefined) expect(actual, how).to.deep.equal(entry.expected);
  else {
    return baseline().then((before) => {
      expect(actual, `${how}: the effect differs from the chart without it`).to.not.deep.equal(before);
      expect(actual, how).to.not.equal(undefined);
    });
  }
}

// --- The tests ---------------------------------------------------------------------------------

for (const bundle of ['/dist/tiv-charts.min.js', '/dist/tiv-charts.bundle.js']) {
  describe(`${bundle}: every public attribute and property reaches the element`, () => {
    let frame: HTMLIFrameElement;
    before(async () => {
      frame = await bundlePage(bundle);
    });
    after(() => frame.remove());
    afterEach(() => frame.contentDocument!.getElementById('host')!.replaceChildren());

    for (const tag of ['tiv-trend', 'spend-compare'] as const) {
      const table = entries(tag);
      const names = publicNames(tag);

      it(`<${tag}>: custom-elements.json lists public names, and each has an entry in this test's table`, () => {
        expect(names.size).to.be.greaterThan(20);
        const missing = [...names.keys()].filter((name) => !table[name]);
        expect(missing, 'names in custom-elements.json without a test value and effect here').to.deep.equal([]);
        const stale = Object.keys(table).filter((name) => !names.has(name));
        expect(stale, 'entries for names custom-elements.json does not list').to.deep.equal([]);
        const attributes = (list: string[]) => Object.fromEntries(list.map((name) => [name, names.get(name)]));
        const listed = [...names.keys()].filter((name) => table[name]);
        expect(attributes(listed), 'the attribute of each property').to.deep.equal(Object.fromEntries(listed.map((name) => [name, table[name].attribute])));
      });

      for (const [name, entry] of Object.entries(table)) {
        if (!names.has(name)) continue;
        const base = {data: DATA[tag], ...entry.base};
        let withoutIt: Promise<unknown> | undefined;
        const baseline = () => (withoutIt ??= draw(frame, tag, base).then(entry.effect));

        const {attribute, value} = entry;
        if (attribute !== undefined && value !== undefined) {
          it(`<${tag}> ${attribute}="${value}": the ${name} property reads it, and it shows`, async () => {
            expect(names.get(name), `the attribute of ${name} in custom-elements.json`).to.equal(attribute);
            const drawn = await draw(frame, tag, {...base, [attribute]: value});
            expect(drawn.el[name], `${name} after ${attribute}="${value}"`).to.deep.equal(entry.property);
            await expectEffect(entry.effect(drawn), entry, baseline, `the effect of ${attribute}="${value}"`);
          });
        }

        it(`<${tag}> .${name} = ${JSON.stringify(entry.property)}: reads back, and it shows`, async () => {
          const drawn = await draw(frame, tag, base, [name, entry.property]);
          expect(drawn.el[name], `${name} read back`).to.deep.equal(entry.property);
          await expectEffect(entry.effect(drawn), entry, baseline, `the effect of .${name}`);
        });
      }

      it(`<${tag}>: the read-only state and error read what the chart shows`, async () => {
        const readOnly = (declaration(tag).members ?? []).filter((m) => m.readonly && (m.privacy ?? 'public') === 'public').map((m) => m.name);
        expect(readOnly.sort()).to.deep.equal(['error', 'state']);
        const good = await draw(frame, tag, {data: DATA[tag]});
        expect([good.el.state, good.el.getAttribute('state'), good.el.error]).to.deep.equal(['ready', 'ready', undefined]);
        const bad = await draw(frame, tag, {data: '[{"year": 2001'});
        expect([bad.el.state, bad.el.getAttribute('state'), (bad.el.error as {code: string}).code]).to.deep.equal(['error', 'error', 'invalid-json']);
      });
    }
  });
}
