import {expect, waitUntil} from '@open-wc/testing';
import type {TivTrend} from '../../src/tiv-trend.js';
import {$, $$, badValues, cleanup, columnBoxes, expectNoPageErrors, frames, mount, nextChartEvent, overlaps, pathVertices, shapeBox, spyOnFetch, tableRows} from '../helpers/chart.js';

const FIXTURE = '/test/fixtures/tiv-russia-china.csv';

async function realRows(): Promise<{year: number; tiv: number}[]> {
  const text = await (await fetch(FIXTURE)).text();
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [year, tiv] = line.split(',').map(Number);
      return {year, tiv};
    });
}

/** Geometry of the columns, as plain numbers, for comparing data routes. */
const geometry = (el: Element) =>
  $$(el, 'rect.column').map((r) => ['x', 'y', 'width', 'height'].map((a) => r.getAttribute(a)).join(','));

describe('<tiv-trend>', () => {
  expectNoPageErrors();

  describe('with the real SIPRI TIV file', () => {
    it('draws one column per year, proportional to the values, the maximum tallest', async () => {
      const rows = await realRows();
      const {el, renders} = await mount<TivTrend>(`<tiv-trend src="${FIXTURE}" unit="mn" heading="Russia to China"></tiv-trend>`, 800);
      const cols = columnBoxes(el);
      expect(cols.length).to.equal(30);
      expect(cols.map((c) => c.x)).to.deep.equal(rows.map((r) => r.year));
      const ratio = cols[0].box.height / rows[0].tiv;
      cols.forEach((c, i) => expect(c.box.height).to.be.closeTo(rows[i].tiv * ratio, 0.6));
      const tallest = cols.reduce((a, b) => (b.box.height > a.box.height ? b : a));
      expect(tallest.x).to.equal(2005);
      expect(renders[0].detail.marks).to.equal(30);
      const ticks = $$(el, '.y-axis text').map((t) => t.textContent);
      expect(ticks.length).to.be.greaterThan(2);
      // The unit on the top label only ("3,500mn", then "3,000"…; 4,000 would leave 23 % of the axis empty).
      expect(ticks.slice(0, -1).every((t) => /^[\d,]+$/.test(t!))).to.equal(true);
      expect(ticks.at(-1)).to.equal('3,500mn');
      expect(ticks).to.include('3,000');
      expect(badValues(el)).to.deep.equal([]);
    });

    it('is accessible to axe, named by its heading and described by a summary', async () => {
      const {el} = await mount<TivTrend>(
        `<tiv-trend src="${FIXTURE}" unit="mn" heading="Russia's arms exports to China" source="Source: SIPRI"></tiv-trend>`
      );
      await expect(el).to.be.accessible();
      const figure = $(el, 'figure')!;
      const heading = $(el, '#' + figure.getAttribute('aria-labelledby'))!;
      expect(heading.textContent?.trim()).to.equal("Russia's arms exports to China");
      const summary = $(el, '#' + figure.getAttribute('aria-describedby'))!.textContent!;
      for (const fact of ['1992', '2021', '2005', '3,077 million', '773 million']) expect(summary).to.include(fact);
      expect(summary).not.to.match(/\dmn\b/);
      const rows = $$(el, 'table tbody tr');
      expect(rows.length).to.equal(30);
      expect(rows[13].textContent).to.include('2005').and.include('3,077mn');
      const chart = $(el, 'svg.chart')!;
      expect(chart.getAttribute('role')).to.equal('graphics-document');
      expect(chart.getAttribute('tabindex')).to.equal('0');
      // Everything drawn inside is hidden from the accessibility tree.
      expect(Array.from(chart.children).filter((c) => c.localName !== 'defs' && c.getAttribute('aria-hidden') !== 'true')).to.deep.equal([]);
    });
  });

  describe('data routes', () => {
    it('attribute, property, child JSON, child table, src CSV and src JSON give the same geometry', async () => {
      const rows = await realRows();
      const objects = JSON.stringify(rows.map((r) => ({year: r.year, value: r.tiv})));
      const pairs = JSON.stringify(rows.map((r) => [r.year, r.tiv]));
      const table = `<table><tr><th>Year</th><th>TIV</th></tr>${rows.map((r) => `<tr><td>${r.year}</td><td>${r.tiv}</td></tr>`).join('')}</table>`;
      const variants = [
        `<tiv-trend data='${objects}'></tiv-trend>`,
        `<tiv-trend data='${pairs}'></tiv-trend>`,
        `<tiv-trend><script type="application/json">${objects}</script></tiv-trend>`,
        `<tiv-trend>${table}</tiv-trend>`,
        `<tiv-trend src="${FIXTURE}"></tiv-trend>`,
        `<tiv-trend src="/test/fixtures/tiv-russia-china.json"></tiv-trend>`,
      ];
      const shapes: string[][] = [];
      for (const v of variants) {
        const {el} = await mount(v);
        shapes.push(geometry(el));
      }
      // The property route.
      const host = document.createElement('div');
      host.style.width = '640px';
      document.body.append(host);
      const el = document.createElement('tiv-trend');
      el.data = rows.map((r) => ({year: r.year, value: r.tiv}));
      const rendered = nextChartEvent(host);
      host.append(el);
      await rendered;
      shapes.push(geometry(el));
      host.remove();
      expect(shapes[0].length).to.equal(30);
      shapes.forEach((s, i) => expect(s, variants[i] ?? 'property').to.deep.equal(shapes[0]));
    });

    it('a new src aborts the previous load and only the latest is drawn', async () => {
      const {signals, started, settled, restore} = spyOnFetch();
      try {
        const host = document.createElement('div');
        host.style.width = '640px';
        document.body.append(host);
        const el = document.createElement('tiv-trend');
        el.src = '/test-fixtures/slow.csv'; // two rows, served after 800 ms
        host.append(el);
        await started(1);
        const drawn = nextChartEvent(host);
        el.src = FIXTURE;
        await started(2);
        await drawn;
        // Both requests are over (the slow one aborted, or answered), and whatever the element made of them is drawn.
        await settled();
        await frames(1);
        await el.updateComplete;
        expect(columnBoxes(el).length).to.equal(30);
        expect(signals.map((s) => s.aborted)).to.deep.equal([true, false]);
        host.remove();
      } finally {
        restore();
      }
    });

    it('picks up a child table parsed after the element was upgraded', async () => {
      const {el, host} = await mount<TivTrend>(`<tiv-trend heading="Late table"></tiv-trend>`);
      expect($(el, '[role="status"]')).to.exist;
      const next = nextChartEvent(host);
      el.innerHTML = '<table><tr><th>Year</th><th>V</th></tr><tr><td>2001</td><td>5</td></tr><tr><td>2002</td><td>7</td></tr></table>';
      await next;
      expect(columnBoxes(el).length).to.equal(2);
    });
  });

  describe('marks', () => {
    for (const mark of ['line', 'area']) {
      it(`mark="${mark}" draws finite geometry with gaps where values are missing`, async () => {
        const data = JSON.stringify([
          {year: 2000, value: 5},
          {year: 2001, value: 6},
          {year: 2002, value: null},
          {year: 2003, value: 'n/a'},
          {year: 2004, value: 8},
          {year: 2005, value: 9},
        ]);
        const {el} = await mount(`<tiv-trend mark="${mark}" data='${data}'></tiv-trend>`);
        expect(badValues(el)).to.deep.equal([]);
        const d = $(el, 'path.line')!.getAttribute('d')!;
        expect(pathVertices(d).filter((v) => v.move).length, 'two runs').to.equal(2);
        expect(pathVertices(d).length).to.equal(4);
        if (mark === 'area') expect($$(el, 'path.area').length).to.equal(1);
        expect(tableRows(el).map((r) => r[1])).to.deep.equal(['5', '6', 'no data', 'no data', '8', '9']);
      });
    }

    it('highlight="max" emphasises only the maximum and labels its value', async () => {
      const {el} = await mount(`<tiv-trend src="${FIXTURE}" unit="mn" highlight="max"></tiv-trend>`);
      const hi = $$(el, 'rect.column.highlight');
      expect(hi.map((r) => r.getAttribute('data-x'))).to.deep.equal(['2005']);
      expect($(el, '.value-label')!.textContent).to.equal('3,077mn');
    });

    it('annotations draw a labelled marker and a shaded range', async () => {
      const {el} = await mount(
        `<tiv-trend src="${FIXTURE}" annotations='[{"year":2014,"label":"Crimea"},{"from":2002,"to":2006,"label":"Peak"}]'></tiv-trend>`
      );
      expect($$(el, '.annotation.rule').length).to.equal(1);
      const band = $(el, '.annotation.range rect')!;
      expect($$(el, '.annotation.range rect').length).to.equal(1);
      expect($$(el, '.annotation text').map((t) => t.textContent)).to.have.members(['Crimea', 'Peak']);
      // The band lies under the columns (over them it tinted them like an emphasis), its label over them.
      const column = $(el, 'rect.column')!;
      expect(band.compareDocumentPosition(column) & Node.DOCUMENT_POSITION_FOLLOWING, 'the band before the first column').to.not.equal(0);
      const label = $$(el, '.annotation text').find((t) => t.textContent === 'Peak')!;
      expect(column.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING, 'its label after the columns').to.not.equal(0);
      expect(badValues(el)).to.deep.equal([]);
    });
  });

  describe('errors', () => {
    const cases: [string, string, string][] = [
      ['malformed JSON', `data='[{"year": 2001,'`, 'invalid-json'],
      ['rows without a number', `data='[{"year":2001,"value":"x"},{"year":2002,"value":""}]'`, 'no-values'],
      ['a failing src', `src="/test/fixtures/missing.csv"`, 'fetch-failed'],
      ['a src that is an HTML page', `src="/test-fixtures/page.csv"`, 'invalid-data'],
      ['a CSV whose quote never closes', `src="/test-fixtures/unclosed-quote.csv"`, 'invalid-data'],
      ['data that is not an array', `data='{"year":2001}'`, 'invalid-data'],
    ];
    for (const [name, attr, code] of cases) {
      it(`${name}: an alert, a chart-error event, heading and source kept`, async () => {
        const {el, errors} = await mount(`<tiv-trend heading="Kept heading" source="Kept source" ${attr}></tiv-trend>`);
        expect(errors.length).to.equal(1);
        expect(errors[0].detail.code).to.equal(code);
        expect(errors[0].detail.message).to.be.a('string').and.not.equal('');
        const alert = $(el, '[role="alert"]')!;
        expect(alert.textContent).to.equal(errors[0].detail.message);
        expect($(el, '.heading')!.textContent).to.equal('Kept heading');
        expect($(el, '.source')!.textContent!.trim()).to.equal('Kept source');
        expect($$(el, 'svg.chart').length).to.equal(0);
      });
    }

    it('empty data: a status message and a no-data chart-error', async () => {
      const {el, errors} = await mount(`<tiv-trend heading="Empty" data="[]"></tiv-trend>`);
      expect($(el, '[role="status"]')!.textContent).to.match(/no data/i);
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['no-data']);
    });
  });

  describe('layout', () => {
    it('keeps the first x label clear of the lowest y label at the bottom left corner, for every mark and width', async () => {
      const data = `data='[[2000,101],[2001,102],[2002,103],[2003,101.5]]'`;
      for (const mark of ['line', 'area', 'column']) {
        for (const width of [320, 375, 640]) {
          const {el} = await mount(`<tiv-trend ${data} mark="${mark}" unit="mn"></tiv-trend>`, width);
          const lowestY = shapeBox($$(el, '.y-axis text').at(0)!);
          const firstX = shapeBox($$(el, '.x-axis text').at(0)!);
          expect(overlaps([lowestY, firstX], 1), `${mark} at ${width} px: y label ends at ${lowestY.right}, x label begins at ${firstX.left}`).to.equal(false);
          cleanup();
        }
      }
    });

    it('re-lays out the year ticks without overlap from 1200 px to 280 px', async () => {
      const {el, host} = await mount(`<tiv-trend src="${FIXTURE}" unit="mn"></tiv-trend>`, 1200);
      for (let w = 1200; w >= 280; w -= 40) {
        const next = nextChartEvent(host);
        host.style.width = `${w}px`;
        await next;
        const svgBox = $(el, 'svg.chart')!.getBoundingClientRect();
        expect(Math.abs(svgBox.width - w)).to.be.lessThan(2);
        const boxes = $$<SVGTextElement>(el, '.x-axis text').map((t) => t.getBoundingClientRect());
        expect(boxes.length).to.be.greaterThan(0);
        expect(overlaps(boxes), `x labels overlap at ${w}px`).to.equal(false);
        expect(overlaps($$<SVGTextElement>(el, '.y-axis text').map((t) => t.getBoundingClientRect())), `y labels at ${w}px`).to.equal(false);
        for (const b of [...boxes]) {
          expect(b.left).to.be.at.least(svgBox.left - 0.5);
          expect(b.right).to.be.at.most(svgBox.right + 0.5);
        }
      }
    });

    it('renders when created inside a display:none parent that is shown later', async () => {
      const {el, host} = await mount(`<div hidden><tiv-trend data='[[2001,1],[2002,2]]'></tiv-trend></div>`);
      const chart = el.querySelector('tiv-trend')!;
      const next = nextChartEvent(host);
      (el as HTMLElement).hidden = false;
      await next;
      expect(columnBoxes(chart).length).to.equal(2);
      expect($(chart, 'svg.chart')!.getBoundingClientRect().width).to.be.closeTo(640, 2);
    });

    it('follows a CSS height on the element', async () => {
      const {el} = await mount(`<tiv-trend style="height:300px" data='[[2001,1],[2002,2]]' heading="H"></tiv-trend>`);
      expect(el.getBoundingClientRect().height).to.be.closeTo(300, 1);
      const plot = $(el, '.plot')!.getBoundingClientRect();
      expect(plot.bottom).to.be.at.most(el.getBoundingClientRect().bottom + 1);
    });

    it('shows a tooltip "year: value unit" on hover', async () => {
      const {el} = await mount(`<tiv-trend src="${FIXTURE}" unit="mn"></tiv-trend>`);
      const col = $$(el, 'rect.column').find((r) => r.getAttribute('data-x') === '2005')!;
      const box = col.getBoundingClientRect();
      $(el, 'svg.chart')!.dispatchEvent(new PointerEvent('pointermove', {clientX: box.left + box.width / 2, clientY: box.top + 5, bubbles: true}));
      await frames(2);
      expect($(el, '.tooltip')!.textContent).to.equal('2005: 3,077mn');
      $(el, 'svg.chart')!.dispatchEvent(new PointerEvent('pointerleave'));
      await frames(1);
      expect($$(el, '.tooltip').length).to.equal(0);
    });
  });

  describe('text and links', () => {
    it('source-href links the source line for http(s) only', async () => {
      const {el} = await mount(`<tiv-trend data='[[2001,1]]' source="SIPRI" source-href="https://www.sipri.org/"></tiv-trend>`);
      expect($(el, '.source a')!.getAttribute('href')).to.equal('https://www.sipri.org/');
      const {el: bad} = await mount(`<tiv-trend data='[[2001,1]]' source="SIPRI" source-href="javascript:alert(1)"></tiv-trend>`);
      expect($$(bad, '.source a').length).to.equal(0);
      expect($(bad, '.source')!.textContent!.trim()).to.equal('SIPRI');
    });

    it('heading-level makes the heading a heading of the page outline', async () => {
      const {el} = await mount(`<tiv-trend data='[[2001,1]]' heading="Title" heading-level="3"></tiv-trend>`);
      const h = $(el, '.heading')!;
      expect(h.getAttribute('role')).to.equal('heading');
      expect(h.getAttribute('aria-level')).to.equal('3');
      const {el: plain} = await mount(`<tiv-trend data='[[2001,1]]' heading="Title"></tiv-trend>`);
      expect($(plain, '.heading')!.hasAttribute('role')).to.equal(false);
      // Not a whole number from 1 to 6: no heading role, as the console warning says.
      for (const bad of ['2.5', '0', '7']) {
        const {el: odd} = await mount(`<tiv-trend data='[[2001,1]]' heading="Title" heading-level="${bad}"></tiv-trend>`);
        expect($(odd, '.heading')!.hasAttribute('role'), bad).to.equal(false);
        expect($(odd, '.heading')!.hasAttribute('aria-level'), bad).to.equal(false);
      }
      // A framework binding may set the property as a string.
      (plain as unknown as {headingLevel: unknown}).headingLevel = '2';
      await (plain as unknown as {updateComplete: Promise<unknown>}).updateComplete;
      expect($(plain, '.heading')!.getAttribute('aria-level')).to.equal('2');
      // An invalid level set from script is reported as the attribute is.
      const next = nextChartEvent(plain.parentElement!);
      (plain as unknown as {headingLevel: unknown}).headingLevel = 9;
      const event = (await next) as CustomEvent;
      expect(event.detail.warnings).to.include('heading-level="9" is not 1 to 6; the heading is not part of the page outline.');
      expect($(plain, '.heading')!.hasAttribute('role')).to.equal(false);
    });

    it('slots replace the text attributes with rich content', async () => {
      const {el} = await mount(
        `<tiv-trend data='[[2001,1]]' source="plain"><a slot="source" href="https://example.org/">Linked source</a></tiv-trend>`
      );
      const slot = $<HTMLSlotElement>(el, 'slot[name="source"]')!;
      expect(slot.assignedElements()[0].textContent).to.equal('Linked source');
    });

    it('attribute text is never markup', async () => {
      const evil = '<img src=x onerror="window.__pwned=1">';
      const {el} = await mount(
        `<tiv-trend heading='${evil}' source='${evil}' unit='<b>u</b>' annotations='[{"year":2001,"label":"${evil.replace(/"/g, '\\&quot;')}"}]' data='[[2001,1],[2002,2]]'></tiv-trend>`
      );
      expect($$(el, 'img, b, script, foreignObject').length).to.equal(0);
      expect($(el, '.heading')!.textContent).to.equal(evil);
      expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
    });
  });
});

describe('the self-contained bundles', () => {
  for (const [name, tag] of [
    ['the script-tag bundle (IIFE)', '<script src="/dist/tiv-charts.min.js"></script>'],
    ['the ES module bundle', '<script type="module" src="/dist/tiv-charts.bundle.js"></script>'],
  ]) {
    it(`${name} registers <tiv-trend> and draws the real file without a Lit dev-mode warning`, async () => {
      const frame = document.createElement('iframe');
      frame.style.width = '700px';
      frame.style.height = '600px';
      frame.srcdoc = `<!doctype html><html lang="en"><body>
        <script>window.__logs = []; for (const k of ['warn', 'error']) { const f = console[k]; console[k] = (...a) => { window.__logs.push(k + ': ' + a.join(' ')); f.apply(console, a); }; }</script>
        ${tag}<tiv-trend src="/test/fixtures/tiv-russia-china.csv" unit="mn" heading="Bundle"></tiv-trend></body></html>`;
      document.body.append(frame);
      const win = () => frame.contentWindow as Window & {__logs: string[]; TivCharts?: Record<string, unknown>};
      const columns = () => frame.contentDocument?.querySelector('tiv-trend')?.shadowRoot?.querySelectorAll('rect.column').length ?? 0;
      await waitUntil(() => columns() === 30, "the bundle's chart drew its 30 columns", {timeout: 10000});
      expect(win().__logs).to.deep.equal([]);
      // The minified templates keep the text's spaces: the table's value header reads "TIV (million)" (the column "tiv" made readable).
      const chart = frame.contentDocument!.querySelector('tiv-trend')!;
      const button = chart.shadowRoot!.querySelector<HTMLButtonElement>('.controls button')!;
      button.click();
      await waitUntil(() => button.getAttribute('aria-expanded') === 'true' && chart.shadowRoot!.querySelector('thead th'), 'the table opened', {timeout: 5000});
      expect(chart.shadowRoot!.querySelectorAll('thead th')[1].textContent).to.equal('TIV (million)');
      if (tag.includes('min.js')) expect(win().TivCharts?.TivTrend).to.be.a('function');
      frame.remove();
    });
  }
});

describe('robustness', () => {
  afterEach(cleanup);

  /** Loads the CSP test page in an iframe, draws, hovers, opens a table and resizes; returns what it saw. */
  async function cspPage(query: string) {
    const frame = document.createElement('iframe');
    frame.style.width = '700px';
    frame.style.height = '1400px';
    frame.src = `/test-fixtures/csp.html?${query}`;
    document.body.append(frame);
    type Probe = Window & {__violations: string[]; __errors: string[]};
    const charts = () => Array.from(frame.contentDocument?.querySelectorAll('tiv-trend, spend-compare') ?? []);
    const drawn = () => charts().filter((el) => el.shadowRoot?.querySelector('svg.chart')).length;
    await waitUntil(() => drawn() === 6, "the page's 6 charts drew", {timeout: 10000});
    const first = charts()[0];
    const col = first.shadowRoot!.querySelector('rect.column')!;
    const box = col.getBoundingClientRect();
    // A pointer resting on the column sends pointermove events (the frame's own PointerEvent, as a
    // reader's pointer makes it): a layout just after the first draw (in Firefox a second one
    // follows within milliseconds) drops a tooltip shown before it, and the next move brings it
    // back. Placed once its size is observed (a ResizeObserver callback).
    const FramePointerEvent = (frame.contentWindow as Window & typeof globalThis).PointerEvent;
    const svg = first.shadowRoot!.querySelector('svg.chart')!;
    await waitUntil(
      () => {
        if (first.shadowRoot!.querySelector<HTMLElement>('.tooltip')?.style.transform) return true;
        svg.dispatchEvent(new FramePointerEvent('pointermove', {clientX: box.left + 2, clientY: box.top + 2}));
        return false;
      },
      'the tooltip is placed',
      {timeout: 10000}
    );
    const tooltip = first.shadowRoot!.querySelector('.tooltip')!;
    const seen = {
      tooltip: tooltip.getBoundingClientRect().toJSON(),
      fills: charts().map((c) => Array.from(c.shadowRoot!.querySelectorAll('rect.column'), (r) => getComputedStyle(r).fill).join()),
      strokes: charts().map((c) => Array.from(c.shadowRoot!.querySelectorAll('path.line'), (r) => getComputedStyle(r).stroke).join()),
      headingSize: getComputedStyle(first.shadowRoot!.querySelector('.heading')!).fontSize,
      plotRatio: 0,
      violations: [] as string[],
      errors: [] as string[],
    };
    // The plot area: the plot box without the rows of labels (its padding) around it.
    const plotBox = first.shadowRoot!.querySelector('.plot')!;
    const plot = plotBox.getBoundingClientRect();
    const {paddingTop, paddingBottom} = getComputedStyle(plotBox);
    seen.plotRatio = plot.width / (plot.height - parseFloat(paddingTop) - parseFloat(paddingBottom));
    for (const c of charts()) (c.shadowRoot!.querySelector('.controls button') as HTMLButtonElement).click();
    (frame.contentDocument!.getElementById('host') as HTMLElement).style.width = '320px';
    const chartWidth = () => charts()[0].shadowRoot!.querySelector('svg.chart')!.getBoundingClientRect().width;
    await waitUntil(() => Math.abs(chartWidth() - 320) <= 2, 'the chart follows its container to 320 px', {timeout: 10000});
    const probe = frame.contentWindow as Probe;
    seen.violations = [...probe.__violations];
    seen.errors = [...probe.__errors];
    frame.remove();
    return seen;
  }

  for (const bundle of ['min', 'esm']) {
    it(`strict content security policy: no violation with the ${bundle} bundle, and the same look as without the policy`, async () => {
      const strict = await cspPage(bundle);
      expect(strict.violations).to.deep.equal([]);
      expect(strict.errors).to.deep.equal([]);
      expect(strict.fills[0].split(',')[0]).to.equal('rgb(28');
      expect(strict.strokes[3]).to.include('rgb(204, 0, 0)');
      // aspect-ratio set through the CSSOM: the plot area is 4 / 3 of the width.
      expect(strict.plotRatio).to.be.closeTo(4 / 3, 0.02);
      const open = await cspPage(`${bundle}&nocsp`);
      for (const key of ['tooltip', 'fills', 'strokes', 'headingSize', 'plotRatio'] as const) expect(strict[key], key).to.deep.equal(open[key]);
    });
  }

  it('a long heading and data table cause no horizontal scrolling at 320 px', async () => {
    const long = 'Russia’s arms deliveries to China peaked in 2005 and fell after the mid-2000s';
    const {el} = await mount(`<tiv-trend src="${FIXTURE}" unit="mn" heading="${long}"></tiv-trend>`, 320);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('annotations without a year or a range are not drawn, with a warning in the right number', async () => {
    const one = await mount(`<tiv-trend src="${FIXTURE}" annotations='[{"label":"No year"},{"year":2005,"label":"Peak"}]'></tiv-trend>`);
    expect(one.renders[0].detail.warnings).to.include('1 annotation has neither a numeric "year" nor "from" and "to"; it is not drawn.');
    const two = await mount(`<tiv-trend src="${FIXTURE}" annotations='[{"label":"a"},{"label":"b"}]'></tiv-trend>`);
    expect(two.renders[0].detail.warnings).to.include('2 annotations have neither a numeric "year" nor "from" and "to"; they are not drawn.');
  });

  it('y-min / y-max narrower than the data cut the marks off at the frame, with a warning', async () => {
    const {el, renders} = await mount(`<tiv-trend src="${FIXTURE}" mark="line" y-min="1000" y-max="2000"></tiv-trend>`);
    expect(renders[0].detail.warnings.join(' ')).to.match(/outside y-min \/ y-max/);
    const ys = pathVertices($(el, 'path.line')!.getAttribute('d')!).map((v) => v.y);
    const grid = $$(el, '.grid line').map((l) => Number(l.getAttribute('y1')));
    // Unclamped: the 3,077 peak lies above the top gridline (it is not flattened onto it).
    expect(Math.min(...ys)).to.be.below(Math.min(...grid) - 20);
    expect($(el, 'svg.marks')!.getAttribute('overflow')).to.equal('hidden');
  });

  it('a quiet grid: at most 9 y ticks, whole steps for small whole numbers', async () => {
    const {el} = await mount(`<tiv-trend data='[[2022,610],[2023,590]]' unit="mn"></tiv-trend>`, 1200);
    const ticks = $$(el, '.y-axis text').map((t) => t.textContent);
    // Up to eight intervals where five leave over a fifth of the axis empty (0–800 for 610: 0–700).
    expect(ticks).to.deep.equal(['0', '100', '200', '300', '400', '500', '600', '700mn']);
    expect(ticks.length).to.be.within(3, 9);
  });

  it('a negative amount with a prefix reads "-$1,500", and year 0 reads "0"', async () => {
    const {el} = await mount(`<tiv-trend prefix="$" data='[[0,-1500],[1,2500],[2,100],[3,200]]'></tiv-trend>`);
    const cells = tableRows(el).map((r) => r[1]);
    expect(cells[0]).to.match(/^[-−]\$1,500$/);
    expect($$(el, '.x-axis text').map((t) => t.textContent)).to.include('0');
    expect($$(el, '.x-axis text').map((t) => t.textContent)).not.to.include('-0');
  });

  it('a "__proto__" column is an ordinary column', async () => {
    const {el} = await mount(`<tiv-trend data='[{"__proto__":{"value":9},"year":2001,"value":1},{"year":2002,"value":2}]'></tiv-trend>`);
    expect(tableRows(el).map((r) => r[1])).to.deep.equal(['1', '2']);
  });

  it('"no data" states say why', async () => {
    const {el, errors} = await mount(`<tiv-trend data='[{"year":"abc","value":1}]'></tiv-trend>`);
    expect(errors[0].detail.code).to.equal('no-data');
    expect($(el, '[role="status"]')!.textContent).to.equal(errors[0].detail.message);
    expect(errors[0].detail.message).to.match(/no row has a year \(a number\) or an ISO 8601 date such as 2020-04-20 in year/i);
  });
});
