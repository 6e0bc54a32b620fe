// The story book: a sidebar of stories, a canvas with a width switch, the story's HTML with a copy
// button, its events, and the manifest-driven controls of api-viewer-element.
import {registerMessages} from '../src/index.ts';
import {de} from '../src/messages/de.ts';
import 'api-viewer-element';
import {stories} from './stories.js';

// The German stories speak German: languages other than English are registered.
registerMessages('de', de);

const nav = document.querySelector('.book-nav');
const canvas = document.getElementById('canvas');
const snippet = document.getElementById('snippet');
const events = document.getElementById('events');
const title = document.getElementById('story-title');
const api = document.getElementById('api');

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

function setWidth(width) {
  canvas.style.width = `${width}px`;
  for (const b of document.querySelectorAll('.viewports button')) b.setAttribute('aria-pressed', String(Number(b.dataset.width) === width));
}
for (const b of document.querySelectorAll('.viewports button')) b.addEventListener('click', () => setWidth(Number(b.dataset.width)));

function show() {
  const story = stories.find((s) => `#${s.id}` === location.hash) ?? stories[0];
  title.textContent = `${story.element}: ${story.title}`;
  for (const a of nav.querySelectorAll('a')) a.toggleAttribute('aria-current', a.hash === `#${story.id}`);
  const markup = story.wrap ? `<div ${story.wrap}>\n  ${story.html}\n</div>` : story.html;
  events.replaceChildren();
  // Our own static story markup.
  canvas.innerHTML = markup;
  snippet.textContent = markup;
  setWidth(story.width ?? 768);
  api.setAttribute('selected', story.element);
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
