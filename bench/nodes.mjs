// Counts the DOM nodes of the TIV column chart, as cold.mjs does (elements, text and comment nodes,
// through shadow roots), in the first frame with the chart and once its hidden table is built, and
// breaks the count down by the figure's parts: `node nodes.mjs` (after `npm run build`).
import {launch, serve, tivRows} from './common.mjs';

const server = await serve();
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/bench/page.html?lib=tiv-charts`);
  const counts = await page.evaluate(async (rows) => {
    await window.ready;
    const count = (root) => {
      const c = {all: 0, elements: 0, text: 0, comments: 0};
      const visit = (n) => {
        c.all++;
        if (n.nodeType === 1) c.elements++;
        else if (n.nodeType === 3) c.text++;
        else if (n.nodeType === 8) c.comments++;
        if (n.shadowRoot) n.shadowRoot.childNodes.forEach(visit);
        n.childNodes.forEach(visit);
      };
      root.childNodes.forEach(visit);
      return c;
    };
    const parts = (el) => {
      const out = {};
      const figure = el.shadowRoot.querySelector('figure');
      for (const child of figure.children) out[`${child.localName}.${child.className || child.getAttribute('part') || ''}`] = count({childNodes: [child]});
      return out;
    };
    const root = document.getElementById('root');
    // Drawn by the benchmark's adapter (adapters.js); counted in the frame that shows it.
    await window.drawCharts({kind: 'column', rows}, 1);
    const el = root.querySelector('tiv-trend');
    const first = {total: count(root), parts: parts(el)};
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await new Promise((r) => requestAnimationFrame(r));
    const byParent = {};
    const visit = (n) => {
      if (n.nodeType === 8 || n.nodeType === 3) {
        const p = n.parentNode;
        const key = `${n.nodeType === 8 ? 'comment' : 'text'} in ${p.localName ?? '#shadow'}${p.getAttribute?.('class') ? '.' + p.getAttribute('class').split(' ')[0] : ''}`;
        byParent[key] = (byParent[key] ?? 0) + 1;
      }
      if (n.shadowRoot) n.shadowRoot.childNodes.forEach(visit);
      n.childNodes.forEach(visit);
    };
    visit(el);
    return {first, withTable: {total: count(root), parts: parts(el)}, byParent};
  }, tivRows());
  console.log(JSON.stringify(counts, null, 1));
} finally {
  await browser.close();
  server.close();
}
