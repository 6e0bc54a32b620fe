/**
 * The demo: every story renders with no console error and no axe violation; the story book and
 * the article page load and draw their charts.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {stories} from '../../demo/stories.js';
import {$, badValues, cleanup, expectNoPageErrors, frames, mount} from '../helpers/chart.js';
import {emulateMedia as emulate, itNeeds} from '../helpers/engine.js';

describe('demo stories', () => {
  expectNoPageErrors(() => emulate([]));

  it('has every story the issue asks for, for each element', () => {
    for (const element of ['tiv-trend', 'spend-compare']) {
      const titles = stories.filter((s) => s.element === element).map((s) => s.title.toLowerCase());
      for (const kind of ['default', 'empty', 'error', 'dark', 'forced colours', '320', 'locale', 'right-to-left', 'negative', 'annotations', 'highlight', 'gaps']) {
        expect(titles.some((t) => t.includes(kind)), `${element}: ${kind}`).to.equal(true);
      }
    }
    for (const kind of ['line', 'area']) expect(stories.some((s) => s.element === 'tiv-trend' && s.title.toLowerCase().startsWith(kind))).to.equal(true);
    expect(stories.some((s) => s.element === 'spend-compare' && /many series/i.test(s.title))).to.equal(true);
  });

  for (const story of stories) {
    (story.media ? itNeeds('media-emulation') : it)(`${story.element}: ${story.title}`, async () => {
      if (story.media) await emulate(Object.entries(story.media).map(([name, value]) => ({name, value: String(value)})));
      const markup = story.wrap ? `<div ${story.wrap}>${story.html}</div>` : story.html;
      const {el: first} = await mount(markup, story.width ?? 768);
      const el = first.localName === story.element ? first : first.querySelector(story.element)!;
      // The hidden table is built in the frame after the drawing: that frame, and its update.
      await frames(1);
      await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      const drawn = !!$(el, 'svg.chart');
      const message = $(el, '.plot [role="alert"], .plot [role="status"]');
      const expectsMessage = /empty|^error$/i.test(story.title);
      expect(drawn || !!message, 'a chart or a message').to.equal(true);
      expect(drawn, 'drawn').to.equal(!expectsMessage);
      expect(badValues(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }
});

/** Loads a demo page in an iframe with console errors recorded from the start. */
async function loadPage(path: string, ready: (doc: Document) => boolean) {
  const html = await (await fetch(path)).text();
  const capture = `<script>window.__errors=[];addEventListener('error',e=>__errors.push(String(e.message)));addEventListener('unhandledrejection',e=>__errors.push(String(e.reason)));const ce=console.error;console.error=(...a)=>{__errors.push(a.join(' '));ce(...a)};</script>`;
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '1200px';
  frame.srcdoc = html.replace('<head>', `<head><base href="${new URL(path, location.href).href}">${capture}`);
  document.body.append(frame);
  const doc = () => frame.contentDocument!;
  await waitUntil(() => doc()?.readyState === 'complete' && ready(doc()), `${path} loaded and drew its charts`, {timeout: 10000});
  const errors = (frame.contentWindow as Window & {__errors: string[]}).__errors;
  return {frame, doc: doc(), errors};
}

describe('demo pages', () => {
  it('the article page draws both charts from the SIPRI files with the script-tag bundle', async () => {
    const {frame, doc, errors} = await loadPage('/demo/article.html', (d) => {
      const trend = d.querySelector('tiv-trend')?.shadowRoot;
      const compare = d.querySelector('spend-compare')?.shadowRoot;
      return (trend?.querySelectorAll('rect.column').length ?? 0) === 30 && (compare?.querySelectorAll('path.line').length ?? 0) === 2;
    });
    expect(errors).to.deep.equal([]);
    expect(doc.querySelector('spend-compare')!.shadowRoot!.querySelector('.ratio-value')!.textContent).to.equal('3.7×');
    // The headings take their place in the article's outline.
    expect(doc.querySelector('tiv-trend')!.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    // The bundle's keyboard navigation, tooltip and table work (its private names are minified).
    const chart = doc.querySelector('spend-compare')!.shadowRoot!;
    const svg = chart.querySelector<SVGElement>('svg.chart')!;
    svg.focus();
    for (const key of ['End', 'ArrowDown']) svg.dispatchEvent(new KeyboardEvent('keydown', {key, bubbles: true, cancelable: true}));
    await waitUntil(() => chart.querySelector('.live')!.textContent && chart.querySelector('.tooltip .active'), 'the keys announced a point and showed its tooltip', {timeout: 5000});
    await (doc.querySelector('spend-compare') as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    // Values keep the precision of the data (three decimals in SIPRI's file).
    expect(chart.querySelector('.live')!.textContent).to.equal('2020, Russia: 66.838 billion US dollars');
    expect(chart.querySelector('.tooltip .active')!.textContent).to.equal('Russia: $66.838bn');
    const button = chart.querySelector<HTMLButtonElement>('.controls button')!;
    button.click();
    await waitUntil(() => button.getAttribute('aria-expanded') === 'true' && chart.querySelector('.data-table')!.getBoundingClientRect().height > 0, 'the table opened', {timeout: 5000});
    expect(chart.querySelector('.data-table')!.getBoundingClientRect().height).to.be.greaterThan(100);
    frame.remove();
  });

  it('the article, as mounted on a page, passes axe', async () => {
    const html = await (await fetch('/demo/article.html')).text();
    const article = new DOMParser().parseFromString(html, 'text/html').querySelector('article')!;
    const {el} = await mount(article.outerHTML, 700);
    const charts = [...el.querySelectorAll('tiv-trend, spend-compare')];
    await waitUntil(() => charts.every((c) => c.shadowRoot?.querySelector('svg.chart')), "every chart of the article drew", {timeout: 5000});
    await expect(el).to.be.accessible();
    cleanup();
  });

  it('the story book shows a story, its snippet, and the manifest-driven API viewer', async () => {
    const {frame, doc, errors} = await loadPage('/demo/index.html', (d) => {
      const chart = d.querySelector('#canvas tiv-trend')?.shadowRoot?.querySelector('svg.chart');
      const viewer = d.querySelector('api-docs')?.shadowRoot?.querySelector('[part="header-title"]');
      return !!chart && !!viewer;
    });
    frame.contentWindow!.location.hash = 'compare-default';
    await waitUntil(() => doc.querySelector('#canvas spend-compare')?.shadowRoot?.querySelector('svg.chart'), 'the story compare-default drew its chart', {timeout: 5000});
    await waitUntil(() => doc.querySelector('api-docs')!.shadowRoot!.textContent!.includes('ratio-year'), "the API viewer shows <spend-compare>'s ratio-year", {timeout: 5000});
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).to.deep.equal([]);
    expect(doc.getElementById('snippet')!.textContent).to.match(/^<spend-compare /);
    // A pasted snippet names its data file as a file beside the author's page (the story book's
    // own /demo/data/ path is not there), and the note under it links the story's file.
    const snippet = doc.getElementById('snippet')!.textContent!;
    expect(snippet).to.include('src="milex-china-russia.csv"').and.not.include('/demo/data/');
    expect(doc.getElementById('data-file')!.hidden).to.equal(false);
    const dataFile = doc.querySelector<HTMLAnchorElement>('#data-file a')!;
    expect(dataFile.textContent).to.equal('milex-china-russia.csv');
    expect((await fetch(dataFile.href)).ok, dataFile.href).to.equal(true);
    expect(doc.querySelectorAll('.book-nav a').length).to.equal(stories.length);
    expect(doc.querySelector('api-docs')!.shadowRoot!.textContent).to.include('ratio-year');
    frame.remove();
  });
});

describe('usage examples', () => {
  for (const [path, note] of [
    ['/examples/script-tag.html', 'one classic script tag'],
    ['/examples/esm-cdn.html', 'one ES module'],
  ]) {
    it(`${path}: ${note} draws both charts with no console error`, async () => {
      const {frame, errors} = await loadPage(path, (d) => {
        const trend = d.querySelector('tiv-trend')?.shadowRoot;
        const compare = d.querySelector('spend-compare')?.shadowRoot;
        return (trend?.querySelectorAll('rect.column').length ?? 0) === 30 && (compare?.querySelectorAll('path.line').length ?? 0) === 2;
      });
      expect(errors).to.deep.equal([]);
      frame.remove();
    });
  }
});

describe('both bundles on one page', () => {
  it('registering twice is skipped with a warning, and the charts still draw', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '700px';
    frame.srcdoc = `<!doctype html><script>window.__logs=[];for(const k of ['warn','error']){const f=console[k];console[k]=(...a)=>{__logs.push(k+': '+a.join(' '));f.apply(console,a)}};addEventListener('error',e=>__logs.push('uncaught: '+e.message));</script>
      <script src="/dist/tiv-charts.min.js"></script><script type="module" src="/dist/tiv-charts.bundle.js"></script>
      <tiv-trend data='[[2001,1],[2002,2]]'></tiv-trend><spend-compare data='[[2001,1,2],[2002,2,3]]'></spend-compare>`;
    document.body.append(frame);
    const win = () => frame.contentWindow as Window & {__logs?: string[]};
    await waitUntil(() => win().__logs?.length && frame.contentDocument?.querySelector('spend-compare')?.shadowRoot?.querySelector('svg.chart'), 'the second bundle warned and the charts drew', {timeout: 5000});
    const logs = win().__logs!;
    expect(logs.filter((l) => !l.startsWith('warn'))).to.deep.equal([]);
    expect(logs.filter((l) => /already defined/.test(l)).length).to.equal(2);
    expect(frame.contentDocument!.querySelector('tiv-trend')!.shadowRoot!.querySelectorAll('rect.column').length).to.equal(2);
    frame.remove();
  });

  for (const bundle of ['/dist/tiv-charts.min.js', '/dist/tiv-charts.bundle.js']) {
    it(`${bundle}: text is never markup, and 200 create/remove cycles leave no observer or error`, async () => {
      const frame = document.createElement('iframe');
      frame.style.width = '700px';
      const evil = '&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;';
      const type = bundle.endsWith('bundle.js') ? ' type="module"' : '';
      frame.srcdoc = `<!doctype html><script>window.__errors=[];addEventListener('error',e=>__errors.push(e.message));const RO=ResizeObserver;window.__live=new Set();window.ResizeObserver=class extends RO{observe(t){__live.add(this);super.observe(t)}disconnect(){__live.delete(this);super.disconnect()}};</script>
        <script${type} src="${bundle}"></script>
        <div id="host"><tiv-trend heading="${evil}" source="${evil}" data='[[2001,1],[2002,2]]'></tiv-trend>
        <spend-compare heading="${evil}" series='[{"key":"a","label":"${evil}"}]' data='[{"year":2001,"a":1,"b":2},{"year":2002,"a":3,"b":4}]'></spend-compare></div>`;
      document.body.append(frame);
      type W = Window & {__errors: string[]; __pwned?: number; __live: Set<unknown>};
      const doc = () => frame.contentDocument!;
      await waitUntil(() => doc().querySelector('spend-compare')?.shadowRoot?.querySelector('svg.chart'), '<spend-compare> drew', {timeout: 5000});
      for (const el of doc().querySelectorAll('tiv-trend, spend-compare')) {
        expect(el.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
        expect(el.shadowRoot!.querySelector('.heading')!.textContent).to.equal('<img src=x onerror="window.__pwned=1">');
      }
      const host = doc().getElementById('host')!;
      const observing = (frame.contentWindow as W).__live.size;
      for (let i = 0; i < 200; i++) {
        const el = doc().createElement(i % 2 ? 'tiv-trend' : 'spend-compare');
        el.setAttribute('data', '[[2001,1,2],[2002,2,3]]');
        host.append(el);
        await new Promise((r) => frame.contentWindow!.requestAnimationFrame(r));
        el.remove();
      }
      const w = frame.contentWindow as W;
      expect(w.__pwned).to.equal(undefined);
      expect(w.__errors).to.deep.equal([]);
      expect(w.__live.size, 'size observers left behind').to.equal(observing);
      frame.remove();
    });
  }
});
