/**
 * Frameworks: a value equal (in JSON) to the current one is no change, so a framework that
 * hands over new but equal arrays at each render redraws nothing; and the React 19, Vue 3 and
 * Svelte 5 examples render in the browser, served as a bundler would (scripts/examples-plugin.mjs:
 * React's CommonJS pre-bundled by esbuild, .svelte compiled by Svelte's compiler).
 */
import {expect, waitUntil} from '@open-wc/testing';
import type {SpendCompare, TivTrend} from '../../src/index.js';
import {jsonChanged, sameJson} from '../../src/elements/converters.js';
import {$$, cleanup, expectNoPageErrors, mount, nextChartEvent} from '../helpers/chart.js';

/** A copy made through JSON: equal, never the same object. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('sameJson and jsonChanged', () => {
  it('are true for values with the same JSON, false otherwise', () => {
    const same: [unknown, unknown][] = [
      [[{year: 2001, value: 2890}], [{year: 2001, value: 2890}]],
      [[[2001, 2890]], [[2001, 2890]]],
      [{a: 1, b: undefined, f: () => 1}, {a: 1}],
      [[NaN, undefined, Infinity], [null, null, null]],
      [new Date('2020-04-20'), new Date('2020-04-20T00:00:00Z')],
      [{toJSON: () => 'x'}, 'x'],
      ['[1]', '[1]'],
    ];
    for (const [a, b] of same) expect(sameJson(a, b), JSON.stringify(a)).to.equal(true);
    const different: [unknown, unknown][] = [
      [[{year: 2001, a: 1, b: 2}], [{year: 2001, b: 2, a: 1}]], // column order orders the series
      [[1, 2], [1, 2, 3]],
      [[1, 2], {0: 1, 1: 2}],
      [{a: 1}, {a: '1'}],
      [new Date('2020-04-20'), new Date('2020-04-21')],
      [new Date('2020-04-20'), Date.UTC(2020, 3, 20)],
      [[{year: 2001, value: 1}], undefined],
      ['[1]', [1]],
    ];
    for (const [a, b] of different) expect(sameJson(a, b), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).to.equal(false);
  });

  it('jsonChanged counts a value it cannot compare as changed, and does not throw', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    const other: Record<string, unknown> = {};
    other.self = other;
    expect(jsonChanged(cycle, other)).to.equal(true);
    const {proxy, revoke} = Proxy.revocable([1], {});
    revoke();
    expect(jsonChanged(proxy, [1])).to.equal(true);
    expect(jsonChanged([1], [1])).to.equal(false);
  });
});

describe('equal values are no change', () => {
  afterEach(cleanup);

  const TREND = `<tiv-trend highlight="max" annotations='[{"year":2020,"label":"Note"}]' data='[{"year":2019,"value":300},{"year":2020,"value":420},{"year":2021,"value":380}]'></tiv-trend>`;
  const COMPARE = `<spend-compare series='[{"key":"a","label":"A"},{"key":"b","label":"B"}]' data='[{"year":2020,"a":30,"b":12},{"year":2021,"a":33,"b":12.5}]'></spend-compare>`;

  it('<tiv-trend>: data and annotations equal to the current ones, as properties or attributes, start no update and fire no event', async () => {
    const {el, renders} = await mount<TivTrend>(TREND);
    expect(renders.length).to.equal(1);
    const svg = $$(el, 'svg.chart')[0];
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(el.shadowRoot!, {subtree: true, childList: true, attributes: true, characterData: true});

    el.data = copy(el.data);
    expect(el.isUpdatePending, 'an equal data array').to.equal(false);
    el.annotations = copy(el.annotations);
    expect(el.isUpdatePending, 'equal annotations').to.equal(false);
    el.setAttribute('data', el.getAttribute('data')!.replace(/,/g, ', '));
    expect(el.isUpdatePending, 'the same JSON, spaced differently, as the attribute').to.equal(false);
    await el.updateComplete;
    expect(observer.takeRecords().length + changes.length, 'nothing in the shadow root changed').to.equal(0);
    expect(renders.length).to.equal(1);

    // A real change draws again, once.
    el.data = [...(el.data as object[]), {year: 2022, value: 500}];
    expect(el.isUpdatePending).to.equal(true);
    const event = await nextChartEvent(el.parentElement!);
    expect(event?.type).to.equal('chart-render');
    expect(renders.length).to.equal(2);
    expect($$(el, 'rect.column').length).to.equal(4);
    expect($$(el, 'svg.chart')[0], 'the same SVG element, updated').to.equal(svg);
    observer.disconnect();
  });

  it('<spend-compare>: equal series are no change; the same columns in another order are (they order the series)', async () => {
    const {el, renders} = await mount<SpendCompare>(COMPARE);
    el.series = copy(el.series);
    el.data = copy(el.data);
    expect(el.isUpdatePending).to.equal(false);
    el.data = (el.data as {year: number; a: number; b: number}[]).map(({year, a, b}) => ({year, b, a}));
    expect(el.isUpdatePending).to.equal(true);
    await nextChartEvent(el.parentElement!);
    expect(renders.length).to.equal(2);
  });

  it('rows changed in place are drawn after requestUpdate("data")', async () => {
    const {el, renders} = await mount<TivTrend>(TREND);
    const rows = el.data as {year: number; value: number}[];
    rows[0].value = 999;
    el.data = [...rows];
    expect(el.isUpdatePending, 'a copy of the changed rows equals them').to.equal(false);
    el.requestUpdate('data');
    await nextChartEvent(el.parentElement!);
    expect(renders.length).to.equal(2);
    expect($$(el, '.value-label').map((label) => label.textContent), 'the highest value, highlighted').to.deep.equal(['999']);
  });
});

describe('framework examples', () => {
  let app: HTMLDivElement;
  beforeEach(() => {
    app = document.createElement('div');
    app.id = 'app';
    app.style.width = '640px';
    document.body.append(app);
  });
  expectNoPageErrors(() => app.remove());

  /**
   * Counts the chart-render events from inside `app`, and resolves `first` at the first. From that
   * first event on (the handler there sets the framework's state), it records each property the
   * framework hands to the chart, equal or not (`handed`: its name and the count of chart-render
   * events at that moment), seen through the chart's requestUpdate, which Lit calls on every set.
   */
  function countRenders() {
    const counter = {count: 0, first: undefined as unknown as Promise<void>, handed: [] as {name: string; renders: number}[]};
    counter.first = new Promise<void>((resolve) =>
      app.addEventListener('chart-render', (event) => {
        if (counter.count++ === 0) {
          const chart = event.target as HTMLElement & {requestUpdate: (...args: unknown[]) => void};
          const own = chart.requestUpdate;
          chart.requestUpdate = function (name?: unknown, ...rest: unknown[]) {
            if (typeof name === 'string') counter.handed.push({name, renders: counter.count});
            return own.call(this, name, ...rest);
          };
        }
        resolve();
      })
    );
    return counter;
  }

  /**
   * The framework's re-render in answer to the first chart-render handed the chart a new `name`
   * equal to its current one: once the chart's update after it is complete (chart-render is fired
   * in that update), no chart-render followed the hand-over. (A chart that drew again for an
   * equal value would set the framework's state again, and loop.)
   */
  async function expectNoRenderAfterHandOver(el: Element, renders: ReturnType<typeof countRenders>, name: string) {
    await waitUntil(() => renders.handed.some((h) => h.name === name), `the framework handed the chart its ${name} again`, {timeout: 5000});
    await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    const at = renders.handed.find((h) => h.name === name)!.renders;
    expect(renders.count - at, `chart-render events after the framework handed over an equal ${name}`).to.equal(0);
  }

  /** Bad data: the example shows the chart-error message in its own alert. */
  async function expectErrorShown(el: Element) {
    el.setAttribute('data', 'not json');
    const alert = await waitFor(() => app.querySelector('p[role="alert"]'));
    expect(alert.textContent).to.match(/not valid JSON/);
  }

  // The example's modules are imported by URL, which keeps their .tsx and .svelte out of the
  // test's own type-check (tsconfig.examples.json checks the examples).
  const load = (url: string) => import(/* @vite-ignore */ url);

  it("React 19: inline arrays and a chart-render handler that sets state: the re-render's equal arrays draw nothing", async () => {
    const renders = countRenders();
    await load('../../examples/react/main.tsx');
    await renders.first;
    const el = app.querySelector('tiv-trend')!;
    expect(Array.isArray((el as TivTrend).annotations), 'annotations set as a property').to.equal(true);
    expect($$(el, 'rect.column').length).to.equal(22);
    expect($$(el, '.annotation').length).to.be.greaterThan(0);
    // The measure: each parent render handed over a new but equal array, each redraw
    // fired chart-render, and the handler's setState rendered the parent again.
    await expectNoRenderAfterHandOver(el, renders, 'annotations');
    expect(renders.count, 'chart-render events').to.be.at.most(2);
    await expectErrorShown(el);
  });

  it('Vue 3: data and series as properties, a chart-render handler that sets state, chart-error', async () => {
    const renders = countRenders();
    await import('../../examples/vue/main.js');
    await renders.first;
    const el = app.querySelector('spend-compare')!;
    expect(Array.isArray((el as SpendCompare).data), 'data set as a property').to.equal(true);
    expect($$(el, 'path.line').length).to.equal(2);
    await expectNoRenderAfterHandOver(el, renders, 'series');
    expect(renders.count, 'chart-render events').to.be.at.most(2);
    expect(app.querySelector('.drawn')!.textContent).to.equal(`Drawn ${renders.count} ${renders.count === 1 ? 'time' : 'times'}.`);
    await expectErrorShown(el);
  });

  it('Svelte 5: data and annotations as properties, onchart-render and onchart-error', async () => {
    const renders = countRenders();
    await load('../../examples/svelte/main.ts');
    await renders.first;
    const el = app.querySelector('tiv-trend')!;
    expect(Array.isArray((el as TivTrend).data), 'data set as a property').to.equal(true);
    expect($$(el, 'path.line').length).to.equal(1);
    expect($$(el, '.annotation').length).to.be.greaterThan(0);
    // The framework's answer to the first chart-render (the handler set `marks`): its text. Svelte
    // hands the chart nothing then (its inline arrays are new only when `rows` changes); once the
    // chart's update is complete, no chart-render followed.
    const drawn = await waitFor(() => app.querySelector('.drawn'));
    expect(drawn.textContent).to.equal('10 years drawn.');
    const answered = renders.count;
    await (el as TivTrend).updateComplete;
    expect(renders.count - answered, "chart-render events after the framework's answer").to.equal(0);
    expect(renders.count, 'chart-render events').to.be.at.most(2);
    await expectErrorShown(el);
  });
});

/** Resolves with the first truthy value of `find`, checked at each animation frame (fails the test after 5 s). */
async function waitFor<T>(find: () => T | null | undefined): Promise<T> {
  const end = performance.now() + 5000;
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() > end) throw new Error(`waited 5 s for ${find}`);
    await new Promise(requestAnimationFrame);
  }
}
