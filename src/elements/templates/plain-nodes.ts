import {noChange, nothing} from 'lit';
import {Directive, directive, type ChildPart} from 'lit/directive.js';

/**
 * An element drawn as plain DOM (see {@link plainNodes}): its tag, attributes, inline style and
 * text or children.
 * @internal
 */
export interface PlainNode {
  tag: string;
  /** Attributes; numbers are written as `String` writes them, an `undefined` one is left out. */
  attrs?: Readonly<Record<string, string | number | undefined>>;
  /** Inline style properties, set through the CSSOM as `styleProperties` sets them (CSP-safe). */
  style?: Readonly<Record<string, string | undefined>>;
  /** The element's text (rendered as text, never markup), when it has no children. */
  text?: string;
  children?: readonly PlainNode[];
}

/**
 * A {@link PlainNode}: `element('th', {scope: 'row'}, '1992')`, or with an array of children.
 * @internal
 */
export function element(tag: string, attrs?: PlainNode['attrs'], content?: string | readonly PlainNode[], style?: PlainNode['style']): PlainNode {
  return typeof content === 'string' ? {tag, attrs, style, text: content} : {tag, attrs, style, children: content};
}

const NAMESPACES = {svg: 'http://www.w3.org/2000/svg', html: 'http://www.w3.org/1999/xhtml'};

/**
 * How a server render writes plain nodes: set by the server renderer (`src/ssr/plain-markup.ts`),
 * so that the browser's bundles, which never render on a server, do not carry it.
 * @internal
 */
export const serverMarkup: {render?: (nodes: readonly PlainNode[], namespace: keyof typeof NAMESPACES) => unknown} = {};

/** What the last render wrote on an element: its node description and its children's. */
interface Written {
  node: Element;
  spec: PlainNode;
  children: Written[];
}

/**
 * Long lists of simple elements (a plot's gridlines, tick labels and marks; the data table's rows)
 * drawn as plain DOM, without a Lit template per element: Lit marks each item of a list with two
 * comment nodes and each text with one, which made 146 of a 30-column chart's 267 DOM nodes and
 * 365 of 654 with its hidden table. A render updates the elements of the last one in place, index
 * by index: only what changed is written.
 *
 * A server render writes the same elements as markup (`serverMarkup`; escaped: text from data stays text). A
 * chart taking a server-rendered shadow root over keeps the server's elements until its next
 * render, which draws its own in their place.
 *
 * Use as a child binding (only): `${plainNodes(nodes, 'svg')}` inside an svg element, `'html'` elsewhere.
 * @internal
 */
class PlainNodesDirective extends Directive {
  private _written: Written[] = [];
  /** Set while the elements in the part are a server render's, taken over (hydrated). */
  private _serverNodes = false;

  render(nodes: readonly PlainNode[], namespace: keyof typeof NAMESPACES) {
    // Only a server render calls render() (the browser's goes through update()): it writes markup.
    return serverMarkup.render?.(nodes, namespace) ?? nothing;
  }

  override update(part: ChildPart, [nodes, namespace]: [readonly PlainNode[], keyof typeof NAMESPACES]) {
    const start = part.startNode as Comment;
    // Hydrating: the server's markers (`<!--lit-part-->`) and elements are in the part, whose end
    // is not known yet; they stay as they are until the next render.
    if (!this._written.length && !this._serverNodes && start.data?.startsWith('lit-part')) {
      this._serverNodes = true;
      return noChange;
    }
    if (this._serverNodes) {
      while (start.nextSibling && start.nextSibling !== part.endNode) start.nextSibling.remove();
      this._serverNodes = false;
    }
    // The start marker's own parent: a fragment while the template around it is not in the page yet
    // (Lit's part.parentNode then gives the container it is going to).
    this._written = write(start.parentNode!, part.endNode, this._written, nodes, NAMESPACES[namespace]);
    return noChange;
  }
}

/**
 * Draws `nodes` as plain DOM elements (see PlainNodesDirective).
 * @internal
 */
export const plainNodes = directive(PlainNodesDirective);

/** Writes `nodes` into `parent` before `end`, reusing the elements of `before` index by index. */
function write(parent: Node, end: Node | null, before: Written[], nodes: readonly PlainNode[], namespace: string): Written[] {
  for (const stale of before.slice(nodes.length)) stale.node.remove();
  return nodes.map((spec, i) => {
    let old: Written | undefined = before[i];
    let node = old?.node;
    if (!node || old!.spec.tag !== spec.tag) {
      const fresh = document.createElementNS(namespace, spec.tag);
      if (node) node.replaceWith(fresh);
      else parent.insertBefore(fresh, end);
      [node, old] = [fresh, undefined];
    }
    const element = node;
    writeChanges(old?.spec.attrs, spec.attrs, (name, value) => element.setAttribute(name, String(value)), (name) => element.removeAttribute(name));
    const style = (element as HTMLElement | SVGElement).style;
    writeChanges(old?.spec.style, spec.style, (name, value) => style.setProperty(name, value), (name) => style.removeProperty(name));
    if (spec.children) {
      if (old && !old.spec.children) element.textContent = '';
      return {node: element, spec, children: write(element, null, old?.children ?? [], spec.children, namespace)};
    }
    const text = spec.text ?? '';
    if (old ? old.spec.children || text !== (old.spec.text ?? '') : text) element.textContent = text;
    return {node: element, spec, children: []};
  });
}

/**
 * Calls `set` for each entry of `now` that is new or changed since `old`, and `remove` for each gone (`undefined` is none).
 * @internal
 */
export function writeChanges<T>(
  old: Readonly<Record<string, T | undefined>> = {},
  now: Readonly<Record<string, T | undefined>> = {},
  set: (name: string, value: T) => void,
  remove: (name: string) => void
) {
  for (const name in old) if (now[name] === undefined) remove(name);
  for (const name in now) {
    const value = now[name];
    if (value !== undefined && value !== old[name]) set(name, value);
  }
}
