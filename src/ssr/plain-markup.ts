import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import {unsafeSVG} from 'lit/directives/unsafe-svg.js';
import {serverMarkup, type PlainNode} from '../elements/templates/plain-nodes.js';
import {escapeHtml} from './render-html.js';

/** The markup of a node drawn as plain DOM in a browser (a server render of `plainNodes`). */
function markupOf(spec: PlainNode): string {
  const attrs = Object.entries(spec.attrs ?? {}).filter(([, v]) => v !== undefined);
  const style = Object.entries(spec.style ?? {}).filter(([, v]) => v !== undefined);
  if (style.length) attrs.push(['style', style.map(([name, value]) => `${name}: ${value}`).join('; ')]);
  const open = [spec.tag, ...attrs.map(([name, value]) => `${name}="${escapeHtml(String(value))}"`)].join(' ');
  const content = spec.children ? spec.children.map(markupOf).join('') : escapeHtml(spec.text ?? '');
  return `<${open}>${content}</${spec.tag}>`;
}

// Every value is escaped above: text from data stays text.
serverMarkup.render = (nodes, namespace) => {
  const markup = nodes.map(markupOf).join('');
  return namespace === 'svg' ? unsafeSVG(markup) : unsafeHTML(markup);
};
