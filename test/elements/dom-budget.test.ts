/**
 * The DOM a chart costs the page (issue 18), counted as bench/cold.mjs counts it: elements, text
 * and comment nodes, through shadow roots. A budget, not a timing.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {html, render, svg} from 'lit';
import '../../src/index.js';
import {plainNodes, type PlainNode} from '../../src/elements/templates/plain-nodes.js';
import {$$, cleanup, expectNoPageErrors} from '../helpers/chart.js';

const TIV = '/test/fixtures/tiv-russia-china.csv';

/** Every node under `root`, through shadow roots: all, and comments. */
function countNodes(root: Node) {
  let all = 0;
  let comments = 0;
  const visit = (n: Node) => {
    all++;
    if (n.nodeType === Node.COMMENT_NODE) comments++;
    const shadowRoot = (n as Element).shadowRoot;
    if (shadowRoot) shadowRoot.childNodes.forEach(visit);
    n.childNodes.forEach(visit);
  };
  root.childNodes.forEach(visit);
  return {all, comments};
}

describe('DOM budget', () => {
  afterEach(cleanup);
  expectNoPageErrors();

  it("the TIV column chart has at most Observable Plot's 158 nodes when drawn, and at most 330 with its hidden table", async () => {
    const host = document.createElement('div');
    // The chart the cold benchmark draws (30 columns, no heading) on its page: 640 px wide, in the
    // browser's sans-serif (the number of x tick labels that fit depends on the font).
    host.style.width = '640px';
    host.style.font = '16px sans-serif';
    document.body.append(host);
    try {
      const drawn = new Promise<number>((resolve) =>
        host.addEventListener('chart-render', () => resolve(countNodes(host).all), {once: true})
      );
      host.innerHTML = `<tiv-trend mark="column" aspect-ratio="640 / 360" src="${TIV}"></tiv-trend>`;
      const el = host.firstElementChild!;
      const first = await drawn;
      expect(first, 'nodes in the frame that shows the chart').to.be.at.most(158);
      await waitUntil(() => $$(el, 'table tbody tr').length === 30, 'the hidden table is built');
      const withTable = countNodes(host);
      expect(withTable.all, 'nodes with the hidden table').to.be.at.most(330);
      // Gridlines, ticks, columns and table rows are plain elements: no marker comment per item.
      expect(countNodes($$(el, 'table')[0]).comments).to.equal(0);
      expect(withTable.comments).to.be.at.most(40);
    } finally {
      host.remove();
    }
  });
});

describe('plainNodes', () => {
  const draw = (container: HTMLElement, nodes: PlainNode[]) => render(html`<svg>${svg`<g>${plainNodes(nodes, 'svg')}</g>`}</svg>`, container);

  it('updates the elements of the last render in place: attributes, style, text; removes the ones left over', () => {
    const container = document.createElement('div');
    document.body.append(container);
    try {
      draw(container, [
        {tag: 'rect', attrs: {class: 'a', x: 1, 'data-x': 2000}, style: {'--_c': 'red'}},
        {tag: 'text', attrs: {x: 0}, text: 'one'},
        {tag: 'line', attrs: {x1: 0}},
      ]);
      const g = container.querySelector('g')!;
      const [rect, text] = [...g.children];
      expect(rect.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      expect(rect.getAttribute('x')).to.equal('1');
      expect((rect as SVGElement).style.getPropertyValue('--_c')).to.equal('red');
      draw(container, [
        {tag: 'rect', attrs: {class: 'a', x: 5}},
        {tag: 'text', attrs: {x: 0}, text: '<b>two</b>'},
      ]);
      expect([...g.children]).to.deep.equal([rect, text]);
      expect(rect.getAttribute('x')).to.equal('5');
      expect(rect.hasAttribute('data-x'), 'an attribute left out is removed').to.equal(false);
      expect((rect as SVGElement).style.getPropertyValue('--_c')).to.equal('');
      expect(text.textContent, 'text from data stays text').to.equal('<b>two</b>');
      expect(text.children.length).to.equal(0);
      draw(container, [{tag: 'circle', attrs: {r: 3}}]);
      expect(g.children.length).to.equal(1);
      expect(g.children[0].localName).to.equal('circle');
      expect(g.children[0].getAttribute('r')).to.equal('3');
    } finally {
      render(html``, container);
      container.remove();
    }
  });

  it('draws nested elements, and text in place of children', () => {
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const table = (cells: PlainNode[]) => render(html`<div>${plainNodes([{tag: 'table', children: [{tag: 'tr', children: cells}]}], 'html')}</div>`, container);
      table([{tag: 'td', children: [{tag: 'span', text: 'a'}, {tag: 'span', text: 'b'}]}]);
      const td = container.querySelector('td')!;
      expect(td.textContent).to.equal('ab');
      table([{tag: 'td', text: 'c'}]);
      expect(container.querySelector('td')).to.equal(td);
      expect(td.innerHTML).to.equal('c');
      table([{tag: 'td', children: [{tag: 'span', text: 'd'}]}]);
      expect(td.innerHTML).to.equal('<span>d</span>');
    } finally {
      container.remove();
    }
  });
});
