// The story book: a sidebar of stories (a menu on a phone), a canvas with a width switch, the
// story's HTML with a copy button, controls for everything custom-elements.json documents of the
// element, its events, and the reference, rendered by api-viewer-element's <api-docs>.
import {registerMessages} from '../src/index.ts';
import {de} from '../src/messages/de.ts';
import 'api-viewer-element/lib/api-docs.js';
import {buildControls, declarationOf} from './controls.js';
import {stories} from './stories.js';

// The German stories speak German: languages other than English are registered.
registerMessages('de', de);

const nav = document.querySelector('.book-nav');
const canvas = document.getElementById('canvas');
const snippet = document.getElementById('snippet');
const events = document.getElementById('events');
const title = document.getElementById('story-title');
const api = document.getElementById('api');
const controls = document.getElementById('controls');
const menu = document.querySelector('.menu-button');
const manifest = fetch('/custom-elements.json').then((r) => r.json());

// On a phone the stories are a menu that opens over the page and closes when a story is chosen.
menu.addEventListener('click', () => menu.setAttribute('aria-expanded', String(menu.getAttribute('aria-expanded') !== 'true')));
nav.addEventListener('click', (e) => {
  if (e.target.closest('a')) menu.setAttribute('aria-expanded', 'false');
});

for (const element of ['tiv-trend', 'spend-compare']) {
  const group = document.createElement('section');
  const h = document.createElement('h2');
  h.textContent = `<${element}>`;
  const list = document.createElement('ul');
  for (const s of stories.filter((s) => s.element === element)) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `#${s.id}`;
    a.textContent = s.title;
    li.append(a);
    list.append(li);
  }
  group.append(h, list);
  nav.append(group);
}

/** The width chosen with the buttons, in px (undefined: the frame's width). */
let chosenWidth;

/**
 * Sets the canvas to `width` px, at most the frame's width (demo.css), or without one to the
 * frame's width.
 */
function setWidth(width) {
  chosenWidth = width;
  canvas.style.width = width ? `${width}px` : '';
  showWidth();
}

/**
 * Presses the chosen width's button and makes it say the width the canvas really has: less than
 * chosen where the page has less room ("343 px" for 375 on a phone). Read again when the window
 * changes size (the frame follows the window).
 */
function showWidth() {
  const real = Math.round(canvas.getBoundingClientRect().width);
  for (const b of document.querySelectorAll('.viewports button')) {
    const pressed = Number(b.dataset.width) === chosenWidth;
    b.setAttribute('aria-pressed', String(pressed));
    b.textContent = `${pressed && real < chosenWidth ? real : b.dataset.width} px`;
  }
}
for (const b of document.querySelectorAll('.viewports button')) b.addEventListener('click', () => setWidth(Number(b.dataset.width)));
addEventListener('resize', showWidth);

/** The story's markup as it is now: its element with the attributes and slots the controls set. */
function currentMarkup(story) {
  const el = canvas.querySelector(story.element);
  const html = el ? el.outerHTML : story.html;
  return forYourPage(story.wrap ? `<div ${story.wrap}>\n  ${html}\n</div>` : html);
}

/**
 * Markup as it works in the author's page: a data file is named as a file beside that page
 * ("tiv-russia-china.csv"), not by the story book's own path, which is not there.
 */
const forYourPage = (markup) => markup.replaceAll('src="/demo/data/', 'src="');

/** Points the note under the snippet at the story's data file, for the author to download. */
function showDataFile(markup) {
  const file = /src="\/demo\/data\/([^"]+)"/.exec(markup)?.[1];
  const note = document.getElementById('data-file');
  note.hidden = !file;
  if (file) Object.assign(note.querySelector('a'), {href: `/demo/data/${file}`, textContent: file});
}

async function show() {
  // Which story the controls are for: none until they are built (a test waits for it).
  delete controls.dataset.story;
  const story = stories.find((s) => `#${s.id}` === location.hash) ?? stories[0];
  title.textContent = `${story.element}: ${story.title}`;
  for (const a of nav.querySelectorAll('a')) a.toggleAttribute('aria-current', a.hash === `#${story.id}`);
  const markup = story.wrap ? `<div ${story.wrap}>\n  ${story.html}\n</div>` : story.html;
  events.replaceChildren();
  // Our own static story markup.
  canvas.innerHTML = markup;
  snippet.textContent = forYourPage(markup);
  showDataFile(markup);
  // A story's own width, else 768 px or, on a narrower screen, the widest preset that fits it
  // (on a 320 px screen none does: then the frame's width).
  const frame = canvas.parentElement;
  const room = frame.clientWidth - parseFloat(getComputedStyle(frame).paddingLeft) - parseFloat(getComputedStyle(frame).paddingRight);
  const fits = [...document.querySelectorAll('.viewports button')].map((b) => Number(b.dataset.width)).filter((w) => w <= room);
  setWidth(story.width ?? (fits.length ? Math.min(768, fits.at(-1)) : undefined));
  // The reference shows the story's element; its own element menu is hidden (the stories choose).
  api.setAttribute('selected', story.element);
  document.getElementById('controls-element').textContent = `<${story.element}>`;
  const el = canvas.querySelector(story.element);
  await customElements.whenDefined(story.element);
  buildControls(controls, el, declarationOf(await manifest, story.element), () => (snippet.textContent = currentMarkup(story)));
  controls.dataset.story = story.id;
}
for (const type of ['chart-render', 'chart-error']) {
  canvas.addEventListener(type, (e) => {
    const li = document.createElement('li');
    li.textContent = `${type} ${JSON.stringify(e.detail)}`;
    events.append(li);
  });
}
document.getElementById('copy').addEventListener('click', async (e) => {
  try {
    await navigator.clipboard.writeText(snippet.textContent);
    e.target.textContent = 'Copied';
  } catch {
    e.target.textContent = 'Select and copy the text';
  }
  setTimeout(() => (e.target.textContent = 'Copy'), 1500);
});
window.addEventListener('hashchange', show);
show();
