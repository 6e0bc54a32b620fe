/**
 * Never break the page: random attributes, hostile text, network faults, and the failure kinds
 * H17 (leaks), H18 (markup in text) and H20 (strict CSP) for both elements.
 */
import '../helpers/instrument.js';
import {expect} from '@open-wc/testing';
import {DataController} from '../../src/controllers/data-controller.js';
import {$, $$, badValues, cleanup, expectNoPageErrors, frames, mount, nextChartEvent, spyOnFetch, tableRows} from '../helpers/chart.js';
import {activeListeners, activeObservations, activeTimers} from '../helpers/instrument.js';
import {itNeeds} from '../helpers/engine.js';

type Pwned = Window & {__pwned?: number; __runs?: number};
const win = window as Pwned;

expectNoPageErrors(() => expect(win.__pwned, 'no script ran').to.equal(undefined));
beforeEach(() => {
  delete win.__pwned;
});

/** Seeded pseudo-random numbers, so that a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
}

const JUNK = ['', ' ', 'pie', '-1', '1e400', 'nan', 'null', '{', '[]', '[1,2', '{"a":1}', 'xx-!!', '%%%', '9', '0', 'banana', '<b>x</b>', 'javascript:alert(1)', '2020', 'max', '4 / 3', 'dark', 'a/b/c', '🙂'.repeat(50)];

describe('random attribute values', () => {
  for (const tag of ['tiv-trend', 'spend-compare']) {
    it(`<${tag}>: any value of any documented attribute, no uncaught error, each problem reported once`, async () => {
      const manifest = await (await fetch('/custom-elements.json')).json();
      const decl = manifest.modules.flatMap((m: {declarations?: unknown[]}) => m.declarations ?? []).find((d: {tagName?: string}) => d.tagName === tag);
      const attributes: string[] = decl.attributes.map((a: {name: string}) => a.name).filter((n: string) => n !== 'src');
      expect(attributes).to.include.members(['mark', 'locale', 'y-format', 'y-min', 'y-max', 'heading-level']);
      const rand = random(tag.length * 7919);
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        for (let round = 0; round < 40; round++) {
          const attrs = attributes
            .filter(() => rand() < 0.5)
            .map((a) => `${a}="${JUNK[Math.floor(rand() * JUNK.length)].replace(/"/g, '&quot;')}"`);
          const data = tag === 'tiv-trend' ? `[[2019,1],[2020,-2],[2021,3]]` : `[{"year":2019,"a":1,"b":2},{"year":2020,"a":-3,"b":4}]`;
          const hasData = attrs.some((a) => a.startsWith('data='));
          const {el} = await mount(`<${tag} ${attrs.join(' ')} ${hasData ? '' : `data='${data}'`}></${tag}>`);
          expect(badValues(el), attrs.join(' ')).to.deep.equal([]);
          // Re-render at another width: nothing is reported again.
          const before = warnings.length;
          const next = nextChartEvent(el.parentElement!, 200);
          el.parentElement!.style.width = '400px';
          await next;
          expect(warnings.slice(before), 'reported once').to.deep.equal([]);
          cleanup();
        }
      } finally {
        console.warn = warn;
      }
      // Every warning names the attribute and what is used instead.
      for (const w of warnings.filter((w) => w.includes(`<${tag}>`))) expect(w).to.match(/;|ignored|not drawn|cut off|using|widened|skipped|gaps/);
    });
  }

  it('each invalid attribute falls back to its default with one console warning', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const {el} = await mount(
        `<tiv-trend mark="pie" locale="xx-!!" y-format="%%%" y-min="10" y-max="5" heading-level="9" aspect-ratio="banana" theme="neon" highlight="nonsense" source="S" source-href="javascript:alert(1)" annotations="not json" data='[[2019,1],[2020,2]]'></tiv-trend>`
      );
      expect($$(el, 'rect.column').length, 'mark falls back to column').to.equal(2);
      for (const attr of ['mark="pie"', 'locale="xx-!!"', 'y-format="%%%"', 'y-min (10)', 'heading-level="9"', 'aspect-ratio="banana"', 'theme="neon"', '"nonsense"', 'source-href=', 'annotations:']) {
        expect(warnings.filter((w) => w.includes(attr)).length, attr).to.equal(1);
      }
    } finally {
      console.warn = warn;
    }
  });
});

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '<svg onload="window.__pwned=3"></svg>',
  '</svg><img src=x onerror="window.__pwned=4">',
  '<foreignObject><iframe src="javascript:window.__pwned=5"></iframe></foreignObject>',
  'javascript:window.__pwned=6',
  '\u202Egnirts desrever\u202C',
  '{{constructor.constructor("window.__pwned=9")()}}',
];

/** Tag names and counts in a shadow root. */
function tagCounts(el: Element): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const n of el.shadowRoot!.querySelectorAll('*')) counts[n.localName] = (counts[n.localName] ?? 0) + 1;
  return counts;
}

function expectInert(el: Element) {
  const root = el.shadowRoot!;
  expect(root.querySelectorAll('img, script, b, foreignObject, iframe').length).to.equal(0);
  for (const n of root.querySelectorAll('*')) {
    for (const a of Array.from(n.attributes)) {
      expect(a.name.startsWith('on'), `${n.localName}[${a.name}]`).to.equal(false);
      if (a.name === 'href' || a.name === 'xlink:href') expect(a.value).not.to.match(/^\s*(javascript|vbscript):/i);
    }
  }
}

/** Hover every mark, focus the chart and press keys, click the source and note. */
async function interact(el: Element) {
  const svg = $<SVGSVGElement>(el, 'svg.chart');
  if (!svg) return;
  for (const m of $$(el, 'rect.column, circle.point, path.line')) {
    const b = m.getBoundingClientRect();
    svg.dispatchEvent(new PointerEvent('pointermove', {clientX: b.left + b.width / 2, clientY: b.top + 1}));
  }
  svg.focus();
  for (const key of ['Home', 'ArrowRight', 'End']) svg.dispatchEvent(new KeyboardEvent('keydown', {key, bubbles: true}));
  $<HTMLElement>(el, '.source')?.click();
  $<HTMLElement>(el, '.note')?.click();
  $<HTMLButtonElement>(el, '.controls button')?.click();
  await frames(2);
}

describe('text is never markup', () => {
  for (const tag of ['tiv-trend', 'spend-compare']) {
    it(`<${tag}>: hostile heading, subheading, source, note, unit and annotations`, async () => {
      const texts = {
        heading: 'Imports <img src=x onerror="window.__pwned=1">',
        subheading: '<b>TIV</b> mn',
        source: 'Test data <script>window.__pwned=2</script>',
        note: '<a href="javascript:window.__pwned=3">details</a>',
        unit: '<svg onload="window.__pwned=4">',
      };
      const attr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      const data = tag === 'tiv-trend' ? '[{"year":2020,"value":100},{"year":2021,"value":120}]' : '[{"year":2020,"a":100,"b":50},{"year":2021,"a":120,"b":60}]';
      const annotations = JSON.stringify([{year: 2020, label: '<img src=x onerror=window.__pwned=5>'}]);
      const attrs = Object.entries(texts).map(([k, v]) => `${k}="${attr(v)}"`).join(' ');
      // Wide, so that both charts' annotation labels fit in the plot: at 640 px the placement could
      // send one of them (not the other, their widths differ) to a note below the chart, a list
      // of elements of its own that the counts below would take for injected markup.
      const {el} = await mount(`<${tag} ${attrs} annotations="${attr(annotations)}" data='${data}'></${tag}>`, 1280);
      // Plain words of the same lengths, so that the layout (and so the number of ticks) is the same;
      // the unit starts with a symbol as the hostile one does, so that it is joined to the numbers
      // alike (a table cell whose spoken words differ from what it shows has two spans, else one).
      const plain = (v: string) => 'w'.repeat(v.length);
      const plainAttrs = Object.entries(texts).map(([k, v]) => `${k}="${k === 'unit' ? '#' + plain(v).slice(1) : plain(v)}"`).join(' ');
      const plainNotes = JSON.stringify([{year: 2020, label: plain('<img src=x onerror=window.__pwned=5>')}]);
      const {el: control} = await mount(`<${tag} ${plainAttrs} annotations='${plainNotes}' data='${data}'></${tag}>`, 1280);
      await interact(el);
      const counts = tagCounts(el);
      await interact(control);
      expectInert(el);
      expect(counts).to.deep.equal(tagCounts(control));
      expect($(el, '.heading')!.textContent).to.equal(texts.heading);
      expect($(el, '.subheading')!.textContent).to.equal(texts.subheading);
      expect($(el, '.source')!.textContent!.trim()).to.equal(texts.source);
      expect($(el, '.note')!.textContent).to.equal(texts.note);
      expect($(el, '.annotation text')!.textContent).to.equal('<img src=x onerror=window.__pwned=5>');
      // The unit is written on the top y label only (issue 14).
      const yLabels = $$(el, '.y-axis text').map((t) => t.textContent!);
      expect(yLabels.filter((t) => t.includes(texts.unit)), yLabels.join(' | ')).to.have.length(1);
      const figure = $(el, 'figure')!;
      expect($(el, `#${figure.getAttribute('aria-labelledby')}`)!.textContent).to.equal(texts.heading);
    });
  }

  it('hostile CSV headers and cells, and a hostile child table header', async () => {
    const {el} = await mount(`<spend-compare src="/test-fixtures/hostile.csv"></spend-compare>`);
    await interact(el);
    expectInert(el);
    expect($$(el, 'thead th')[1].textContent).to.include('<img src=x onerror=window.__pwned=7>');
    expect(tableRows(el).map((r) => r[1])).to.deep.equal(['100', 'no data', '120']);
    const {el: table} = await mount(
      `<tiv-trend><table><tr><th>Year</th><th>&lt;img src=x onerror=window.__pwned=6&gt;</th></tr><tr><td>2020</td><td>1</td></tr></table></tiv-trend>`
    );
    await interact(table);
    expectInert(table);
    expect($$(table, 'thead th')[1].textContent).to.include('<img src=x onerror=window.__pwned=6>');
  });

  it('every hostile string in every text of both elements, series names included', async () => {
    for (const text of HOSTILE) {
      const json = JSON.stringify([{year: 2020, [text]: 1, b: 2}, {year: 2021, [text]: 3, b: 4}]);
      const attr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      const series = JSON.stringify([{key: text, label: text}, {key: 'b', label: text + ' 2'}]);
      const {el} = await mount(`<spend-compare heading="${attr(text)}" note="${attr(text)}" source="${attr(text)}" series="${attr(series)}" data="${attr(json)}"></spend-compare>`);
      await interact(el);
      expectInert(el);
      expect($(el, '.heading')!.textContent).to.equal(text);
      const names = [...$$(el, '.direct-label text'), ...$$(el, '.legend span')].map((t) => t.textContent);
      expect(names).to.include(text);
      cleanup();
    }
  });

  it('a 10 kB label is cut with an ellipsis in the drawing and kept whole in the table and summary', async () => {
    const long = 'Country with a very long name '.repeat(350).trim();
    const {el} = await mount(`<spend-compare labels="direct" annotations='[{"year":2020,"label":"${long}"}]' data='[{"year":2020,"${long}":1,"b":2},{"year":2021,"${long}":3,"b":4}]'></spend-compare>`);
    const svgBox = $(el, 'svg.chart')!.getBoundingClientRect();
    for (const t of $$<SVGTextElement>(el, 'svg.chart text')) {
      const b = t.getBoundingClientRect();
      expect(b.right, t.textContent!.slice(0, 20)).to.be.at.most(svgBox.right + 1);
    }
    const label = $$(el, '.direct-label text').map((t) => t.textContent!).find((t) => t.startsWith('Country'))!;
    expect(label.endsWith('…')).to.equal(true);
    expect($$(el, 'thead th')[1].textContent).to.include(long);
    expect($(el, `#${$(el, 'figure')!.getAttribute('aria-describedby')}`)!.textContent).to.include(long);
  });
});

describe('network', () => {
  it('a src that does not answer in time shows an error and is aborted', async () => {
    const saved = DataController.timeout;
    DataController.timeout = 300;
    try {
      const {el, errors} = await mount(`<tiv-trend heading="H" src="/test-fixtures/hang.csv"></tiv-trend>`);
      expect(errors[0]?.detail.code).to.equal('fetch-failed');
      expect($(el, '[role="alert"]')!.textContent).to.match(/did not arrive/);
      expect($(el, '.heading')!.textContent).to.equal('H');
    } finally {
      DataController.timeout = saved;
    }
  });

  it('a 50 MB file is refused with a message', async () => {
    const {el, errors} = await mount(`<tiv-trend src="/test-fixtures/huge.csv"></tiv-trend>`);
    expect(errors[0]?.detail.code).to.equal('invalid-data');
    expect($(el, '[role="alert"]')!.textContent).to.match(/larger than 20 MB/);
  });

  it('src changed three times quickly: only the latest data is drawn, earlier requests aborted', async () => {
    const {signals, started, settled, restore} = spyOnFetch();
    try {
      const host = document.createElement('div');
      document.body.append(host);
      const errors: Event[] = [];
      host.addEventListener('chart-error', (e) => errors.push(e));
      const el = document.createElement('tiv-trend');
      el.setAttribute('src', '/test-fixtures/delay.csv?ms=600&v=10');
      host.append(el);
      await started(1);
      el.setAttribute('src', '/test-fixtures/delay.csv?ms=400&v=20');
      await started(2);
      el.setAttribute('src', '/test-fixtures/delay.csv?ms=50&v=30');
      await nextChartEvent(host);
      // Every request is over (answered, or aborted), and whatever the element made of them is drawn.
      await settled();
      await frames(1);
      await el.updateComplete;
      expect(tableRows(el).map((r) => r[1])).to.deep.equal(['30', '31']);
      expect(signals.length).to.equal(3);
      expect(signals.map((s) => s.aborted)).to.deep.equal([true, true, false]);
      expect(errors.length).to.equal(0);
      host.remove();
    } finally {
      restore();
    }
  });
});

describe('no leak on repeated create and remove', () => {
  async function cycle(tag: string, n: number, attrs: string) {
    const host = document.createElement('div');
    host.style.width = '600px';
    document.body.append(host);
    const refs: WeakRef<Element>[] = [];
    for (let i = 0; i < n; i++) {
      const el = document.createElement(tag);
      for (const [k, v] of Object.entries(JSON.parse(attrs))) el.setAttribute(k, v as string);
      host.append(el);
      await new Promise((r) => requestAnimationFrame(r));
      el.remove();
      if (i % 50 === 0) refs.push(new WeakRef(el));
    }
    return {host, refs};
  }
  const gc = () => (window as unknown as {gc: () => void}).gc();
  /**
   * Collects garbage five times, each after a frame. The pauses are the thing waited for here: a
   * removed element's frame callback holds it until that frame has run, and a collection started
   * from a script may keep what that script's own stack still points to (so it is repeated, each
   * from a new task). There is no event for "all garbage collected".
   */
  async function collect() {
    for (let i = 0; i < 5; i++) {
      gc();
      await frames(1);
    }
  }

  for (const [tag, data] of [
    ['tiv-trend', '[{"year":2020,"value":1},{"year":2021,"value":2}]'],
    ['spend-compare', '[{"year":2020,"a":1,"b":2},{"year":2021,"a":2,"b":3}]'],
  ]) {
    it(`<${tag}>: observers, listeners and timers do not grow`, async function () {
      // 301 cycles wait for 301 animation frames: over 5 s at 60 frames a second, more on a busy machine.
      this.timeout(60000);
      const attrs = JSON.stringify({data});
      // Counted once the frame after the last removal has run: the frame callback a removed
      // element may have asked for (its hidden table's) has run by then.
      const one = await cycle(tag, 1, attrs);
      await frames(1);
      const base = {obs: activeObservations(), listeners: activeListeners(), timers: activeTimers()};
      one.host.remove();
      const {host} = await cycle(tag, 300, attrs);
      await frames(1);
      expect(activeObservations()).to.equal(base.obs);
      expect(activeListeners()).to.equal(base.listeners);
      expect(activeTimers()).to.equal(base.timers);
      // Resizing the host runs nothing of the removed elements.
      let renders = 0;
      host.addEventListener('chart-render', () => renders++);
      host.style.width = '300px';
      await frames(3);
      expect(renders).to.equal(0);
      host.remove();
    });

    itNeeds('gc')(`<${tag}>: removed elements are collected`, async () => {
      const {host, refs} = await cycle(tag, 101, JSON.stringify({data}));
      host.remove();
      await collect();
      expect(refs.length).to.equal(3);
      expect(refs.filter((r) => r.deref()).length, 'removed elements collected').to.equal(0);
    });
  }

  itNeeds('gc', 'performance-memory')('1,000 cycles leave the JS heap within 1 MB (after garbage collection)', async function () {
    // 1,000 cycles wait for 1,000 animation frames: over 16 s at 60 frames a second.
    this.timeout(60000);
    const memory = () => (performance as unknown as {memory: {usedJSHeapSize: number}}).memory.usedJSHeapSize;
    const attrs = JSON.stringify({data: '[{"year":2020,"value":1},{"year":2021,"value":2}]'});
    (await cycle('tiv-trend', 50, attrs)).host.remove(); // warm-up
    await collect();
    const before = memory();
    const {host} = await cycle('tiv-trend', 1000, attrs);
    host.remove();
    await collect();
    const growth = memory() - before;
    console.log(`heap growth after 1,000 create/remove cycles: ${(growth / 1024).toFixed(1)} KB`);
    expect(growth).to.be.below(1024 * 1024);
  });

  it('elements removed while their src is loading abort the request, with no error', async () => {
    const {signals, started, settled, restore} = spyOnFetch();
    try {
      const host = document.createElement('div');
      document.body.append(host);
      const errors: Event[] = [];
      host.addEventListener('chart-error', (e) => errors.push(e));
      const removed: Element[] = [];
      for (let i = 0; i < 5; i++) {
        const el = document.createElement('tiv-trend');
        el.setAttribute('src', `/test-fixtures/delay.csv?ms=300&v=${i}`);
        host.append(el);
        // Removed once its request has started (and, served after 300 ms, cannot have been answered).
        await started(i + 1);
        el.remove();
        removed.push(el);
      }
      // Every request is over (aborted, or answered), and whatever the elements made of them is done.
      await settled();
      await frames(1);
      await Promise.all(removed.map((el) => (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete));
      expect(signals.length).to.equal(5);
      expect(signals.every((s) => s.aborted)).to.equal(true);
      expect(errors.length).to.equal(0);
      host.remove();
    } finally {
      restore();
    }
  });

  it('an element moved to another parent renders again at its width, with one size observation', async () => {
    const {el, host} = await mount(`<tiv-trend data='[[2001,1],[2002,2]]'></tiv-trend>`, 600);
    const other = document.createElement('div');
    other.style.width = '300px';
    document.body.append(other);
    const before = activeObservations();
    const next = nextChartEvent(other);
    other.append(el);
    await next;
    expect($(el, 'svg.chart')!.getBoundingClientRect().width).to.be.closeTo(300, 2);
    expect(activeObservations()).to.equal(before);
    other.remove();
    void host;
  });
});

describe('values set from script', () => {
  it('numbers and other values on text properties are used as text, with no uncaught error', async () => {
    const host = document.createElement('div');
    host.style.width = '600px';
    document.body.append(host);
    const el = document.createElement('spend-compare') as unknown as HTMLElement & Record<string, unknown>;
    Object.assign(el, {heading: 2020, highlight: 2020, unit: 5, prefix: 5, mark: 1, labels: 1, ratio: 2, yKey: 1});
    el.data = [{year: 2020, a: 1, b: 2}, {year: 2021, a: 3, b: 4}];
    const next = nextChartEvent(host);
    host.append(el);
    await next;
    expect($(el, '.heading')!.textContent).to.equal('2020');
    expect($$(el, 'path.line').length).to.equal(2);
    host.remove();
  });

  it('JSON strings on the data, annotations and series properties are read as JSON (as tools like api-viewer set them)', async () => {
    const {el, host} = await mount(`<spend-compare></spend-compare>`);
    const next = nextChartEvent(host);
    Object.assign(el, {
      data: '[{"year":2020,"a":1,"b":2},{"year":2021,"a":3,"b":4}]',
      annotations: '[{"year":2020,"label":"Note"}]',
      series: '[{"key":"b","label":"Bee"},{"key":"a","label":"Ay"}]',
    });
    await next;
    expect($$(el, '.direct-label text, .legend span').map((t) => t.textContent)).to.deep.equal(['Bee', 'Ay']);
    expect($(el, '.annotation text')!.textContent).to.equal('Note');
  });

  it('hostile data set before connecting (a revoked Proxy) becomes an error, not an exception', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const errors: CustomEvent[] = [];
    host.addEventListener('chart-error', (e) => errors.push(e as CustomEvent));
    const el = document.createElement('tiv-trend');
    const {proxy, revoke} = Proxy.revocable([], {});
    revoke();
    el.data = proxy;
    host.append(el);
    await frames(3);
    expect(errors.length).to.equal(1);
    expect($(el, '[role="alert"]')).to.exist;
    host.remove();
  });

  it('a fault from the data (a throwing getter) is reported once, not at every resize', async () => {
    const host = document.createElement('div');
    host.style.width = '600px';
    document.body.append(host);
    const errors: CustomEvent[] = [];
    host.addEventListener('chart-error', (e) => errors.push(e as CustomEvent));
    const el = document.createElement('tiv-trend');
    el.data = [
      {
        get year(): number {
          throw new Error('boom');
        },
      },
    ];
    host.append(el);
    await frames(3);
    for (const w of [500, 400, 300]) {
      host.style.width = `${w}px`;
      await frames(2);
    }
    expect(errors.length).to.equal(1);
    expect($(el, '[role="alert"]')!.textContent).to.include('boom');
    host.remove();
  });
});
