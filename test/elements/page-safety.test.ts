/**
 * Nothing a chart shows breaks the page: text of any length never widens the page or the
 * chart's box, and creating, resizing, hiding and removing charts in any order raises no error
 * (the ResizeObserver loop error included), watched by a window error listener.
 */
import {expect} from '@open-wc/testing';
import {$, $$, cleanup, frames, mount, nextChartEvent, shapeBox, tableRows, watchErrors} from '../helpers/chart.js';

const long = (word: string, n: number) => Array.from({length: n}, (_, i) => `${word}${i}`).join('');
/** 10,000 characters with no space to break at. */
const unbroken = long('Verteidigungsausgaben', 10000 / 22).slice(0, 10000);
/** 10,000 characters of words. */
const words = Array.from({length: 1200}, (_, i) => `word${i}`).join(' ').slice(0, 10000);

/**
 * Sets `host`'s width to `widthAt(frame)` px in every animation frame for 5 s of the page's time
 * (the issue's observation window), then waits three more frames; returns the number of frames.
 */
async function resizeEveryFrame(host: HTMLElement, widthAt: (frame: number) => number): Promise<number> {
  const start = performance.now();
  let frame = 0;
  while (performance.now() - start < 5000) {
    host.style.width = `${widthAt(frame++)}px`;
    await frames(1);
  }
  await frames(3);
  return frame;
}

const pageWidth = () => document.documentElement.scrollWidth;
const viewportWidth = () => document.documentElement.clientWidth;

describe('long text never widens the page or the chart', () => {
  afterEach(cleanup);

  // The longest ratio written: from 10¹⁵ a ratio is in scientific notation ("1E18×").
  it('at 320 px, a ratio of 100,000,000,000,000.0× (a near-zero denominator) wraps inside the chart', async () => {
    const {el, host} = await mount(`<spend-compare data='[{"year":2020,"a":1e11,"b":0.001}]'></spend-compare>`, 320);
    const value = $(el, '.ratio-value')!;
    expect(value.textContent).to.contain('100,000,000,000,000.0');
    expect(pageWidth(), 'nothing widens the page').to.be.at.most(Math.max(viewportWidth(), Math.ceil(host.getBoundingClientRect().right)));
    expect(value.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 1);
  });

  for (const width of [320, 375, 768, 1280]) {
    for (const text of [unbroken, words]) {
      const kind = text === unbroken ? 'unbroken' : 'words';
      it(`at ${width} px, 10,000 characters (${kind}) in every text`, async () => {
        const annotations = JSON.stringify([{year: 2016, label: text}, {from: 2017, to: 2018, label: text}]);
        const series = JSON.stringify([{key: 'a', label: text}, {key: 'b', label: `B ${text}`}]);
        const data = JSON.stringify([2015, 2016, 2017, 2018, 2019].map((year, i) => ({year, a: 10 + i, b: 5 + i})));
        const attrs = `heading="${text}" subheading="${text}" note="${text}" source="${text}" unit="${text.slice(0, 200)}" annotations='${annotations}'`;
        const {host} = await mount(
          `<tiv-trend ${attrs} data='[{"year":2015,"value":1},{"year":2016,"value":2},{"year":2017,"value":3},{"year":2018,"value":4}]' highlight="max"></tiv-trend>
          <spend-compare ${attrs} series='${series}' data='${data}' ratio="a/b"></spend-compare>
          <spend-compare ${attrs} series='${series}' data='${data}' labels="direct"></spend-compare>
          <spend-compare ${attrs} series='${series}' data='${data}' mark="bar"></spend-compare>
          <spend-compare ${attrs} series='${series}' data='${data}' mark="stacked"></spend-compare>`,
          width
        );
        // (Every chart drawn: mount waits for the first.)
        await frames(3);
        const charts = Array.from(host.children) as HTMLElement[];
        for (const el of charts) {
          const show = $<HTMLButtonElement>(el, 'button');
          show?.click();
        }
        await frames(3);
        // (The viewport is the test page's own in every engine; the charts' container may be wider.)
        expect(pageWidth(), 'nothing widens the page').to.be.at.most(Math.max(viewportWidth(), Math.ceil(host.getBoundingClientRect().right)));
        expect(host.scrollWidth, 'nothing overflows the charts\' container').to.be.at.most(width);
        for (const el of charts) {
          expect(el.getBoundingClientRect().width).to.be.at.most(width);
          for (const node of $$(el, '*')) {
            // SVG geometry, not the painted box: Firefox's includes the stroke of a line ending at the edge.
            const box = node instanceof SVGGraphicsElement ? shapeBox(node) : node.getBoundingClientRect();
            if (box.width === 0 || getComputedStyle(node).position === 'fixed') continue;
            // (The table scrolls inside its own box, which the chart holds.)
            if (node.closest('.visually-hidden, table')) continue;
            // Of the drawing, its texts: the boxes of groups and of the marks' clipping viewport
            // differ between engines, and reach a pixel past the frame where nothing is drawn.
            if (node instanceof SVGElement && node.localName !== 'text') continue;
            expect(box.right, `${node.localName}.${node.getAttribute('class')} inside the chart`).to.be.at.most(el.getBoundingClientRect().right + 1);
          }
          // The full text stays in the accessible name and the table.
          expect($(el, '.heading')!.textContent!.includes(text), 'the heading keeps the whole text').to.equal(true);
        }
        const compare = charts[1];
        expect($$(compare, 'table th').some((th) => th.textContent!.includes(text)), 'the table has the whole series name').to.equal(true);
        expect(tableRows(compare).length).to.equal(5);
      });
    }
  }
});

describe('no error while charts come and go', () => {
  afterEach(cleanup);

  it('1,000 charts created and removed, shown, hidden and resized in any order: no error on the window', async function () {
    this.timeout(120000);
    const errors = watchErrors();
    const host = document.createElement('div');
    document.body.append(host);
    const data = '[{"year":2020,"value":1},{"year":2021,"value":2},{"year":2022,"value":3}]';
    const live: HTMLElement[] = [];
    for (let i = 0; i < 1000; i++) {
      const el = document.createElement(i % 3 === 0 ? 'spend-compare' : 'tiv-trend');
      el.setAttribute('data', i % 3 === 0 ? '[{"year":2020,"a":1,"b":2},{"year":2021,"a":2,"b":1}]' : data);
      el.style.width = `${200 + ((i * 37) % 900)}px`;
      host.append(el);
      live.push(el);
      // Resize, hide and remove others as the page goes on, in a mixed order.
      if (i % 7 === 0) live[Math.floor(live.length / 2)].style.width = `${300 + (i % 500)}px`;
      if (i % 11 === 0) live[live.length - 1].hidden = !live[live.length - 1].hidden;
      if (i % 5 === 0) live.splice(i % live.length, 1)[0]?.remove();
      if (live.length > 30) live.shift()!.remove();
      if (i % 50 === 0) await frames(1);
    }
    await nextChartEvent(host);
    for (const el of live.splice(0)) el.remove();
    await frames(3);
    host.remove();
    errors.stop();
    expect(errors.seen).to.deep.equal([]);
  });

  it('a container resized every frame for 5 s (the issue\'s observation window): no error on the window', async function () {
    this.timeout(30000);
    const errors = watchErrors();
    const {host} = await mount(
      `<tiv-trend heading="Resized" data='[{"year":2020,"value":1},{"year":2021,"value":2},{"year":2022,"value":3}]'></tiv-trend>
       <spend-compare heading="Resized" data='[{"year":2020,"a":1,"b":2},{"year":2021,"a":2,"b":1}]'></spend-compare>
       <tiv-trend mark="line" aspect-ratio="2 / 1" data='[{"year":2020,"value":1},{"year":2021,"value":2},{"year":2022,"value":3}]'></tiv-trend>`,
      600
    );
    const resized = await resizeEveryFrame(host, (frame) => 280 + ((frame * 13) % 1000));
    errors.stop();
    expect(errors.seen).to.deep.equal([]);
    expect(resized).to.be.greaterThan(10);
  });

  it('widths that depend on heights (as when a scrollbar comes and goes), resized every frame for 5 s: no error on the window', async function () {
    this.timeout(30000);
    const errors = watchErrors();
    // A column flex box that wraps into a new column when its items grow taller: every chart's
    // width then changes with the others' heights, as a classic scrollbar makes it on a page.
    const {host} = await mount(
      `<div style="display: flex; flex-direction: column; flex-wrap: wrap; height: 900px; align-content: stretch">
        ${Array.from({length: 4}, (_, i) =>
          i % 2
            ? `<spend-compare heading="Chart ${i}" series='[{"key":"a","label":"A country with a long name"},{"key":"b","label":"Another country"}]' data='[{"year":2020,"a":1,"b":2},{"year":2021,"a":2,"b":1}]'></spend-compare>`
            : `<tiv-trend heading="Chart ${i}" annotations='[{"year":2021,"label":"A note"}]' data='[{"year":2020,"value":1},{"year":2021,"value":2}]'></tiv-trend>`
        ).join('')}
      </div>`,
      800
    );
    await resizeEveryFrame(host, (frame) => 300 + ((frame * 37) % 900));
    errors.stop();
    expect(errors.seen).to.deep.equal([]);
  });
});
