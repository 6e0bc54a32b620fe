/**
 * The story book (demo/index.html) as a reader of the docs uses it: every story opens with its
 * chart and no console warning or error; the controls panel has a control for everything
 * custom-elements.json documents of the story's element, starting from real values; each kind of
 * control changes the chart as it says; the reference names the element it shows; the canvas
 * switches widths; on a phone the page fits the screen and the stories are a menu.
 */
import {expect} from '@open-wc/testing';
import {stories} from '../../demo/stories.js';
import {expectNoPageErrors} from '../helpers/chart.js';

type Win = Window & {__logs: string[]};

/** Resolves once `ready()` holds, checked every frame; fails after `ms` with `what`. */
async function until(ready: () => unknown, what: string, ms = 10000) {
  const start = performance.now();
  while (!ready()) {
    if (performance.now() - start > ms) expect.fail(`timed out waiting for ${what}`);
    await new Promise(requestAnimationFrame);
  }
}

/** Opens the story book in an iframe of `width` px, with console warnings and errors recorded from the start. */
async function openBook(width: number) {
  const html = await (await fetch('/demo/index.html')).text();
  const capture = `<script>window.__logs=[];for(const k of ['warn','error']){const f=console[k];console[k]=(...a)=>{__logs.push(k+': '+a.join(' '));f.apply(console,a)}};addEventListener('error',e=>__logs.push('uncaught: '+e.message));addEventListener('unhandledrejection',e=>__logs.push('rejection: '+e.reason));</script>`;
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  frame.srcdoc = html.replace('<head>', `<head><base href="${new URL('/demo/index.html', location.href).href}">${capture}`);
  document.body.append(frame);
  const doc = () => frame.contentDocument!;
  await until(() => doc()?.getElementById('controls')?.dataset.story, 'the first story and its controls');
  return {frame, doc: doc(), win: frame.contentWindow as Win};
}

/** The story's element in the canvas, drawn (a chart, or the message of an empty or failing story). */
async function openStory(doc: Document, win: Window, id: string, element: string) {
  const shown = win.location.hash.slice(1) || stories[0].id;
  if (shown !== id) win.location.hash = id;
  const el = () => doc.querySelector(`#canvas ${element}`);
  // The controls are built for this story (the book marks the form once they are).
  await until(() => doc.getElementById('controls')!.dataset.story === id, `controls of ${id}`);
  // Drawn (the book lists a chart-render), or failed with a message in the plot's place (a
  // chart-error such as invalid-ratio can come before the drawing it does not prevent).
  const events = () => [...doc.querySelectorAll('#events li')].map((li) => li.textContent!);
  await until(() => events().some((e) => e.startsWith('chart-render')) || (events().length && el()?.shadowRoot?.querySelector('[part="message"]')), `story ${id} drawn`);
  return el()!;
}

/** Types `value` into a control and fires the event the panel listens to (the controls are of the frame's realm: no instanceof). */
function edit(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string | boolean) {
  if (control.type === 'checkbox') {
    (control as HTMLInputElement).checked = value as boolean;
    control.dispatchEvent(new Event('change'));
  } else {
    control.value = value as string;
    control.dispatchEvent(new Event(control.localName === 'select' ? 'change' : 'input'));
  }
}

interface Declaration {
  tagName?: string;
  members?: {kind: string; name: string; static?: boolean; privacy?: string; readonly?: boolean}[];
  slots?: unknown[];
  cssProperties?: {name: string; default?: string}[];
  cssParts?: unknown[];
}

async function declarationOf(tag: string): Promise<Declaration> {
  const manifest = await (await fetch('/custom-elements.json')).json();
  for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.tagName === tag) return d;
  throw new Error(tag);
}

describe('the story book', () => {
  expectNoPageErrors();

  it('opens every story with its chart (or its message) and no console warning or error; the controls cover what the manifest documents', async () => {
    const {frame, doc, win} = await openBook(1000);
    for (const story of stories) {
      const el = await openStory(doc, win, story.id, story.element);
      const drawn = !!el.shadowRoot!.querySelector('svg.chart');
      expect(drawn, `${story.id} drawn`).to.equal(!/empty|^error$/i.test(story.title));
      const decl = await declarationOf(story.element);
      const form = doc.getElementById('controls')!;
      const fields = decl.members!.filter((m) => m.kind === 'field' && !m.static && !m.readonly && (!m.privacy || m.privacy === 'public'));
      expect(form.querySelectorAll('[data-knob]').length, `${story.id}: a control per property`).to.equal(fields.length);
      expect(form.querySelectorAll('[data-slot]').length).to.equal(decl.slots!.length);
      expect(form.querySelectorAll('[data-css-property]').length).to.equal(decl.cssProperties!.length);
      expect(form.querySelectorAll('[data-part]').length).to.equal(decl.cssParts!.length);
      // Real values: no "null" or "undefined" anywhere, and every colour's default is a CSS colour.
      for (const control of form.querySelectorAll<HTMLInputElement>('input, textarea, select')) {
        expect(control.value, `${story.id} ${control.dataset.knob ?? control.dataset.cssProperty}`).not.to.match(/^(null|undefined)$/);
      }
      for (const control of form.querySelectorAll<HTMLInputElement>('[data-css-property*="color"], [data-css-property*="series"]')) {
        expect(CSS.supports('color', control.value), `${control.dataset.cssProperty}: ${control.value}`).to.equal(true);
      }
      // The reference shows this element, and names it.
      const docs = doc.getElementById('api')!;
      await until(() => docs.shadowRoot?.querySelector('[part="header-title"]')?.textContent === `<${story.element}>`, `the reference of <${story.element}>`);
    }
    expect(win.__logs).to.deep.equal([]);
    frame.remove();
  });

  it('each kind of control changes the chart as it says: text, number, boolean, select, JSON, slot, CSS custom property, part', async () => {
    const {frame, doc, win} = await openBook(1000);
    const el = await openStory(doc, win, 'trend-default', 'tiv-trend');
    const root = el.shadowRoot!;
    const knob = <T extends HTMLElement = HTMLInputElement>(selector: string) => doc.querySelector<T>(`#controls ${selector}`)!;
    const snippet = () => doc.getElementById('snippet')!.textContent!;

    // The controls start from the story's values and the element's defaults.
    expect(knob('[data-knob="heading"]').value).to.equal("Russia's arms deliveries to China");
    expect(knob<HTMLSelectElement>('[data-knob="mark"]').value).to.equal('column');
    expect(knob('[data-knob="prefix"]').value).to.equal('');
    expect(el.querySelector('[slot]'), 'no slot content over the attributes').to.equal(null);

    // Text: the typed heading is the chart's heading (no slot placeholder overrides it).
    edit(knob('[data-knob="heading"]'), 'A typed heading');
    await until(() => root.querySelector('[part="heading"]')?.textContent?.includes('A typed heading'), 'the typed heading');
    expect(snippet()).to.include('heading="A typed heading"');

    // Number: y-max sets the top of the value axis.
    edit(knob('[data-knob="yMax"]'), '5000');
    await until(() => [...root.querySelectorAll('.y-axis text')].some((t) => /^5,000/.test(t.textContent!)), 'a 5,000 tick');

    // Boolean: show-summary shows the summary.
    edit(knob('[data-knob="showSummary"]'), true);
    await until(() => (root.querySelector<HTMLElement>('[part="summary"]')?.offsetHeight ?? 0) > 1, 'the summary shown');
    expect(snippet()).to.match(/show-summary(=""|\s|>)/);

    // JSON: new data, three columns.
    edit(knob<HTMLTextAreaElement>('[data-knob="data"]'), '[[2001,5],[2002,7],[2003,6]]');
    await until(() => root.querySelectorAll('rect.column').length === 3, 'three columns');

    // Select: a line instead of columns.
    edit(knob<HTMLSelectElement>('[data-knob="mark"]'), 'line');
    await until(() => root.querySelector('path.line') && root.querySelectorAll('rect.column').length === 0, 'a line');

    // Slot: rich text for the note.
    edit(knob('[data-slot="note"]'), 'A slotted note');
    await until(() => el.querySelector('[slot="note"]')?.textContent === 'A slotted note', 'the note slotted');
    expect(root.querySelector<HTMLSlotElement>('slot[name="note"]')!.assignedNodes().length).to.equal(1);

    // CSS custom property: the line's colour.
    edit(knob('[data-css-property="--tiv-color-mark"]'), 'rgb(200, 0, 0)');
    await until(() => getComputedStyle(root.querySelector('path.line')!).stroke === 'rgb(200, 0, 0)', 'a red line');

    // Part: a rule for ::part(heading).
    edit(knob('[data-part="heading"]'), 'font-style: italic');
    await until(() => getComputedStyle(root.querySelector('[part="heading"]')!).fontStyle === 'italic', 'an italic heading');

    // Invalid JSON is marked and not applied.
    edit(knob<HTMLTextAreaElement>('[data-knob="data"]'), '[[2001,');
    expect(knob('[data-knob="data"]').getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('path.line')).to.exist;
    expect(win.__logs).to.deep.equal([]);
    frame.remove();
  });

  it('the canvas switches between 320, 375, 768 and 1280 px, never wider than the space the page has', async () => {
    const {frame, doc} = await openBook(1600);
    const canvas = doc.getElementById('canvas')!;
    const buttons = [...doc.querySelectorAll<HTMLButtonElement>('.viewports button')];
    expect(buttons.map((b) => Number(b.dataset.width))).to.deep.equal([320, 375, 768, 1280]);
    for (const button of buttons) {
      button.click();
      expect(canvas.getBoundingClientRect().width).to.equal(Number(button.dataset.width));
      expect(button.getAttribute('aria-pressed')).to.equal('true');
    }
    frame.remove();
    // In a narrower page the chosen width is a most: the canvas keeps within its frame and the page its width.
    const narrow = await openBook(1000);
    const room = narrow.doc.querySelector('.canvas-frame')!.getBoundingClientRect().right;
    narrow.doc.querySelector<HTMLButtonElement>('.viewports button[data-width="1280"]')!.click();
    expect(narrow.doc.getElementById('canvas')!.getBoundingClientRect().right).to.be.at.most(room);
    expect(narrow.doc.documentElement.scrollWidth).to.be.at.most(1000);
    narrow.frame.remove();
  });

  it('the pressed width button says the width the canvas has: less than chosen where less fits, and again when the window grows', async () => {
    const {frame, doc} = await openBook(1000);
    const canvas = doc.getElementById('canvas')!;
    const button = doc.querySelector<HTMLButtonElement>('.viewports button[data-width="1280"]')!;
    button.click();
    const real = Math.round(canvas.getBoundingClientRect().width);
    expect(real).to.be.below(1280);
    expect([button.getAttribute('aria-pressed'), button.textContent]).to.deep.equal(['true', `${real} px`]);
    // The others keep their widths.
    expect([...doc.querySelectorAll('.viewports button:not([aria-pressed="true"])')].map((b) => b.textContent)).to.deep.equal(['320 px', '375 px', '768 px']);
    frame.style.width = '1600px';
    await until(() => button.textContent === '1280 px', 'the button to say 1280 px in a wider window');
    expect(canvas.getBoundingClientRect().width).to.equal(1280);
    frame.style.width = '1000px';
    await until(() => button.textContent === `${real} px`, `the button to say ${real} px again`);
    frame.remove();
  });

  /** The boxes of the first line of the snippet's code (more than one if it wraps). */
  function firstLineBoxes(doc: Document) {
    const text = doc.getElementById('snippet')!.firstChild!;
    const range = doc.createRange();
    const end = text.textContent!.indexOf('\n');
    range.setStart(text, 0);
    range.setEnd(text, end < 0 ? text.textContent!.length : end);
    return [...range.getClientRects()].filter((r) => r.width > 0);
  }
  const intersect = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  for (const width of [375, 1280]) {
    it(`at ${width} px the Copy button is not over the code, and the code stays inside its box`, async () => {
      const {frame, doc, win} = await openBook(width);
      await openStory(doc, win, 'trend-default', 'tiv-trend');
      const button = doc.getElementById('copy')!.getBoundingClientRect();
      const lines = firstLineBoxes(doc);
      expect(lines.length, 'a first line').to.be.greaterThan(0);
      for (const line of lines) expect(intersect(button, line), 'Copy over the first line').to.equal(false);
      const pre = doc.querySelector('.snippet pre')!;
      expect(pre.scrollWidth, 'no line cut at the right').to.be.at.most(pre.clientWidth);
      expect(doc.documentElement.scrollWidth).to.be.at.most(width);
      frame.remove();
    });
  }

  for (const width of [320, 375]) {
    it(`at ${width} px the page fits the screen and the stories are a menu`, async () => {
      const {frame, doc, win} = await openBook(width);
      const nav = doc.querySelector<HTMLElement>('.book-nav')!;
      const menu = doc.querySelector<HTMLButtonElement>('.menu-button')!;
      expect(doc.documentElement.scrollWidth, 'page width').to.be.at.most(width);
      expect(menu.offsetHeight).to.be.greaterThan(0);
      expect(nav.offsetHeight, 'the menu starts closed').to.equal(0);
      menu.click();
      expect(menu.getAttribute('aria-expanded')).to.equal('true');
      expect(nav.offsetHeight).to.be.greaterThan(0);
      // (In this srcdoc frame a link would load the page anew: the test follows it by its hash.)
      nav.addEventListener('click', (e) => e.preventDefault());
      nav.querySelector<HTMLAnchorElement>('a[href="#compare-default"]')!.click();
      expect(nav.offsetHeight, 'choosing a story closes the menu').to.equal(0);
      const el = await openStory(doc, win, 'compare-default', 'spend-compare');
      // The chart fits: the canvas takes the widest preset that fits the screen.
      expect(el.getBoundingClientRect().right).to.be.at.most(width);
      expect(doc.documentElement.scrollWidth, 'page width with a story').to.be.at.most(width);
      const pressed = doc.querySelector<HTMLButtonElement>('.viewports [aria-pressed="true"]');
      expect(Number(pressed?.dataset.width ?? 0), 'the width chosen at first fits').to.be.at.most(width);
      // Whichever width is chosen, the chart stays inside the screen and the page does not scroll sideways.
      for (const button of doc.querySelectorAll<HTMLButtonElement>('.viewports button')) {
        button.click();
        expect(el.getBoundingClientRect().right, `${button.dataset.width} px chosen`).to.be.at.most(width);
        expect(doc.documentElement.scrollWidth, `page width, ${button.dataset.width} px chosen`).to.be.at.most(width);
      }
      // The title is not cut.
      const title = doc.getElementById('story-title')!;
      expect(title.scrollWidth).to.be.at.most(title.clientWidth);
      expect(win.__logs).to.deep.equal([]);
      frame.remove();
    });
  }
});
