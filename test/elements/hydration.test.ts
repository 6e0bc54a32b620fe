/**
 * Server-rendered charts (tiv-charts/ssr.js, served by scripts/site-pages.mjs from dist/: run
 * `npm run build` first) in each engine: the server's geometry is the browser's within 1 px at the
 * same width; the markup shows with JavaScript off (declarative shadow DOM); either bundle takes it
 * over without moving anything and makes it interactive; a reader at another width gets the same
 * height. Pages are in iframes: `sandbox="allow-same-origin"` (no scripts) for JavaScript off.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {itNeeds} from '../helpers/engine.js';
import {chartsIn, hoverUntil, layoutShiftsSoFar, openFrame, positions, reportsLayoutShifts, takenOver} from '../helpers/frames.js';

type FrameWindow = Window & typeof globalThis & {renders: number; logs: string[]};

const NO_SCRIPTS = 'allow-same-origin';
const opened: HTMLIFrameElement[] = [];

/** The server-rendered page of `query` (see scripts/site-pages.mjs), `main` px wide, with or without JavaScript. */
async function page(query: string, width: number, {javaScript = true} = {}) {
  const frame = await openFrame(`/test-fixtures/ssr.html?${query}`, width + 16, {height: 2000, sandbox: javaScript ? undefined : NO_SCRIPTS});
  opened.push(frame);
  return frame;
}

/** The column rects, line vertices and points of a frame's chart, and its svg's size. */
function geometry(frame: HTMLIFrameElement) {
  const svg = chartsIn(frame)[0].shadowRoot!.querySelector('svg.chart')!;
  const numbers = (el: Element, names: string[]) => names.map((name) => Number(el.getAttribute(name)));
  return {
    size: numbers(svg, ['width', 'height']),
    columns: Array.from(svg.querySelectorAll('rect.column'), (r) => numbers(r, ['x', 'y', 'width', 'height'])),
    lines: Array.from(svg.querySelectorAll('path.line'), (p) => p.getAttribute('d')!.match(/-?\d+(\.\d+)?/g)!.map(Number)),
    points: Array.from(svg.querySelectorAll('circle.point'), (c) => numbers(c, ['cx', 'cy'])),
  };
}

const maxDifference = (a: number[][], b: number[][]) => Math.max(0, ...a.flat().map((value, i) => Math.abs(value - b.flat()[i])));

/** Per chart: its svgs, figures, columns and lines, plot height, svg width and heading. */
function shown(frame: HTMLIFrameElement) {
  return chartsIn(frame).map((chart) => {
    const root = chart.shadowRoot;
    const plot = root?.querySelector('.plot');
    return {
      counts: [
        root?.querySelectorAll('svg.chart').length ?? 0,
        root?.querySelectorAll('figure').length ?? 0,
        root?.querySelectorAll('rect.column').length ?? 0,
        root?.querySelectorAll('path.line').length ?? 0,
      ],
      plotHeight: plot ? Math.round(plot.getBoundingClientRect().height) : 0,
      svgWidth: Number(root?.querySelector('svg.chart')?.getAttribute('width')),
      heading: root?.querySelector('.heading')?.textContent?.trim(),
    };
  });
}

describe('server-rendered charts', () => {
  afterEach(() => opened.splice(0).forEach((f) => f.remove()));

  for (const tag of ['tiv-trend', 'spend-compare']) {
    for (const width of [375, 640, 1280]) {
      itNeeds('fractional-text-widths')(`${tag} at ${width} px: the server's columns, lines and points are the browser's within 1 px`, async () => {
        const client = await page(`charts=${tag}&client&script=min&width=${width}`, width);
        await waitUntil(() => (client.contentWindow as FrameWindow).renders > 0, 'the browser draws the chart', {timeout: 10000});
        const browserSide = geometry(client);
        const serverSide = geometry(await page(`charts=${tag}&width=${width}`, width, {javaScript: false}));
        expect(serverSide.size, 'the same svg size').to.deep.equal(browserSide.size);
        for (const kind of ['columns', 'lines', 'points'] as const) {
          expect(serverSide[kind].length, kind).to.equal(browserSide[kind].length);
          const difference = maxDifference(serverSide[kind], browserSide[kind]);
          expect(difference, `${kind} differ by up to ${difference.toFixed(2)} px`).to.be.at.most(1);
        }
        expect(serverSide.columns.length + serverSide.lines.length, 'something is drawn').to.be.greaterThan(0);
      });
    }
  }

  it('with JavaScript off, the server-rendered charts show: heading, svg and its marks', async () => {
    const frame = await page('width=640', 640, {javaScript: false});
    const charts = shown(frame);
    expect(charts.map((c) => c.counts)).to.deep.equal([
      [1, 1, 30, 0],
      [1, 1, 0, 2],
    ]);
    expect(charts.every((c) => c.plotHeight > 416), 'the plot box: its area and rows of labels').to.equal(true);
    expect(charts[0].heading).to.equal("Russia's arms deliveries to China peaked in 2005");
  });

  for (const bundle of ['min', 'bundle']) {
    it(`${bundle === 'min' ? 'tiv-charts.min.js' : 'tiv-charts.bundle.js'} takes the charts over without moving anything; they answer the pointer, the keys and "Show data"`, async () => {
      const blocks = 'main > *';
      const still = positions(await page('width=640', 640, {javaScript: false}), blocks);
      const frame = await page(`width=640&script=${bundle}`, 640);
      await takenOver(frame);
      expect(shown(frame).map((c) => c.counts), 'nothing is drawn twice').to.deep.equal([
        [1, 1, 30, 0],
        [1, 1, 0, 2],
      ]);
      expect(positions(frame, blocks), 'the blocks where the page without script has them').to.deep.equal(still);
      if (reportsLayoutShifts()) expect(await layoutShiftsSoFar(frame), 'layout shifts').to.deep.equal([]);

      const [trend, compare] = chartsIn(frame).map((c) => c.shadowRoot!);
      // The pointer: a tooltip.
      await hoverUntil(frame, chartsIn(frame)[0], /\S/);
      // The keys: the live region names the point.
      const plot = compare.querySelector<SVGElement>('svg.chart')!;
      plot.focus();
      plot.dispatchEvent(new KeyboardEvent('keydown', {key: 'End', bubbles: true, cancelable: true}));
      await waitUntil(() => /2020/.test(compare.querySelector('.live')!.textContent!), 'the live region names 2020');
      // "Show data": the table shows.
      const button = trend.querySelector<HTMLButtonElement>('button[aria-controls]')!;
      button.click();
      await waitUntil(() => (trend.querySelector('.data-table')?.getBoundingClientRect().height ?? 0) > 100, 'the table shows');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect((frame.contentWindow as FrameWindow).logs, 'no errors or warnings (a hydration mismatch throws)').to.deep.equal([]);
    });
  }

  it('with JavaScript off, "Download CSV" links to the data and "Show data", which needs the script, is hidden in its place; the script shows it', async () => {
    const controls = (frame: HTMLIFrameElement) => {
      const root = chartsIn(frame)[0].shadowRoot!;
      const button = root.querySelector('button[aria-controls]')!;
      return {link: root.querySelector('a[part~="download"]')!.getAttribute('href')!, visibility: getComputedStyle(button).visibility, box: button.getBoundingClientRect().toJSON()};
    };
    const off = controls(await page('width=640', 640, {javaScript: false}));
    expect(off.link).to.match(/^data:text\/csv;charset=utf-8,/);
    expect(decodeURIComponent(off.link)).to.contain('\n2005,3077\n');
    expect(off.visibility).to.equal('hidden');
    const frame = await page('width=640&script=min', 640);
    await takenOver(frame);
    const on = controls(frame);
    expect(on.visibility).to.equal('visible');
    expect(on.box, 'the button where it was kept').to.deep.equal(off.box);
  });

  it("the server's controls as the browser parses them: with JavaScript off the CSV link is the data, the CSV the script writes, and SVG and PNG are hidden with \"Show data\"; the script shows them in place", async () => {
    const query = 'width=640&downloads=csv+svg+png';
    const controls = (frame: HTMLIFrameElement) => {
      const root = chartsIn(frame)[0].shadowRoot!;
      const shown = (el: Element) => [el.textContent!.trim(), getComputedStyle(el).visibility, JSON.stringify(el.getBoundingClientRect())];
      return {link: root.querySelector<HTMLAnchorElement>('.controls a[download$=".csv"]')!, shown: Array.from(root.querySelectorAll('.controls :is(a, button)'), shown)};
    };
    const off = controls(await page(query, 640, {javaScript: false}));
    const served = off.link.getAttribute('href')!;
    expect(served).to.match(/^data:text\/csv;charset=utf-8,/);
    expect(off.shown.map(([text, visibility]) => [text, visibility])).to.deep.equal([
      ['Show data', 'hidden'],
      ['Download CSV', 'visible'],
      ['Download SVG', 'hidden'],
      ['Download PNG', 'hidden'],
    ]);
    const frame = await page(`${query}&script=min`, 640);
    await takenOver(frame);
    const on = controls(frame);
    expect(on.shown.map(([text, visibility, box]) => [text, visibility, box])).to.deep.equal(off.shown.map(([text, , box]) => [text, 'visible', box]));
    // The link as the script writes it when it is about to be used: the same CSV.
    on.link.setAttribute('href', '#');
    on.link.dispatchEvent(new (frame.contentWindow as FrameWindow).FocusEvent('focus'));
    expect(on.link.getAttribute('href')).to.equal(served);
    expect((frame.contentWindow as FrameWindow).logs).to.deep.equal([]);
  });

  it('a reader narrower than the server render gets the charts laid out again at the same height, nothing below them moved', async () => {
    const server = await page('width=640&main=480', 480, {javaScript: false});
    const still = {charts: shown(server), blocks: positions(server, 'main > *')};
    const frame = await page('width=640&main=480&script=min', 480);
    await takenOver(frame);
    expect(shown(frame).map((c) => [c.svgWidth, c.plotHeight])).to.deep.equal(still.charts.map((c) => [480, c.plotHeight]), "the server's height at the reader's width");
    expect(positions(frame, 'main > *')).to.deep.equal(still.blocks);
    if (reportsLayoutShifts()) expect(await layoutShiftsSoFar(frame), 'layout shifts').to.deep.equal([]);
  });
});
