// One adapter per library: draw(container, scenario) returns {update(rows), destroy()} once the
// chart is drawn. Animations are off everywhere. Loaded into bench/page.html; run.mjs drives it.
/* global Chart, Plot, Highcharts, frappe, uPlot */
const lib = new URLSearchParams(location.search).get('lib');
const scripts = {
  'tiv-charts': ['/dist/tiv-charts.min.js'],
  // An earlier build of tiv-charts (`run.mjs --before=PATH`), drawn by the same adapter.
  'tiv-charts-before': ['/before/tiv-charts.min.js'],
  'chart.js': ['/bench/node_modules/chart.js/dist/chart.umd.min.js'],
  plot: ['/bench/node_modules/d3/dist/d3.min.js', '/bench/node_modules/@observablehq/plot/dist/plot.umd.min.js'],
  highcharts: ['/bench/node_modules/highcharts/highcharts.js'],
  frappe: ['/bench/node_modules/frappe-charts/dist/frappe-charts.min.umd.js'],
  uplot: ['/bench/node_modules/uplot/dist/uPlot.iife.min.js'],
};
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
const task = () => new Promise((r) => setTimeout(r, 0));
/**
 * Every timed run starts inside a frame's animation callbacks, so that no run waits a random part
 * of a frame for the next one. A chart drawn then (at once, or, as tiv-charts does, from a
 * ResizeObserver in that frame's rendering steps) is painted at the end of that frame; a task
 * queued after the drawing runs after that paint. So the figures are the time from data set to the
 * paint that shows the chart, without frame quantisation.
 */
const painted = () => task();

// A cold page (cold.mjs) has the library's script tags of its own, before this script.
const loaded = document.currentScript?.hasAttribute('data-loaded');
window.ready = (async () => {
  for (const src of loaded ? [] : scripts[lib]) {
    await new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = reject;
      document.head.append(s);
    });
  }
})();

const W = 640;
const H = 360;
const box = (container) => {
  const div = document.createElement('div');
  div.className = 'c';
  container.append(div);
  return div;
};

const adapters = {
  'tiv-charts': {
    async draw(container, s) {
      const el = document.createElement(s.kind === 'column' || s.kind === 'line' ? 'tiv-trend' : 'spend-compare');
      if (s.kind === 'column') el.setAttribute('mark', 'column');
      if (s.kind === 'line') el.setAttribute('mark', 'line');
      el.setAttribute('aspect-ratio', `${W} / ${H}`);
      el.style.width = `${W}px`;
      const drawn = () => new Promise((r) => el.addEventListener('chart-render', r, {once: true}));
      // The first drawing is the update that sets the element's state to "ready": its
      // `chart-render` may come later, since a chart drawn while the page is still being parsed
      // holds its first events until just after DOMContentLoaded (for the page's later scripts).
      const ready = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (el.getAttribute('state') !== 'ready') return;
          observer.disconnect();
          resolve();
        });
        observer.observe(el, {attributes: true, attributeFilter: ['state']});
      });
      let rendered = drawn(); // an earlier build (--before) may have no state attribute
      el.data = s.rows;
      container.append(el);
      await Promise.race([ready, rendered]);
      return {
        async update(rows) {
          rendered = drawn();
          el.data = rows;
          await rendered;
        },
        destroy: () => el.remove(),
      };
    },
  },
  'chart.js': {
    async draw(container, s) {
      const canvas = document.createElement('canvas');
      canvas.width = W;
      canvas.height = H;
      box(container).append(canvas);
      const datasets = s.kind === 'lines' ? s.keys.map((k) => ({label: k, data: s.rows.map((r) => r[k]), pointRadius: 0})) : [{label: 'value', data: s.rows.map((r) => r.value), pointRadius: 0}];
      const chart = new Chart(canvas, {
        type: s.kind === 'column' ? 'bar' : 'line',
        data: {labels: s.rows.map((r) => r.year), datasets},
        options: {animation: false, responsive: false, parsing: s.kind === 'line' ? false : undefined, normalized: true},
      });
      if (s.kind === 'line') {
        chart.data.labels = undefined;
        chart.data.datasets[0].data = s.rows.map((r) => ({x: r.year, y: r.value}));
        chart.options.scales = {x: {type: 'linear'}};
        chart.update('none');
      }
      return {
        async update(rows) {
          chart.data.labels = rows.map((r) => r.year);
          chart.data.datasets[0].data = rows.map((r) => r.value);
          chart.update('none');
        },
        destroy: () => {
          chart.destroy();
          canvas.parentElement.remove();
        },
      };
    },
  },
  plot: {
    async draw(container, s) {
      const div = box(container);
      const make = (rows) =>
        Plot.plot({
          width: W,
          height: H,
          marks:
            s.kind === 'column'
              ? [Plot.barY(rows, {x: 'year', y: 'value'}), Plot.ruleY([0])]
              : s.kind === 'lines'
                ? s.keys.map((k) => Plot.lineY(rows, {x: 'year', y: k}))
                : [Plot.lineY(rows, {x: 'year', y: 'value'})],
        });
      div.append(make(s.rows));
      return {
        async update(rows) {
          div.replaceChildren(make(rows));
        },
        destroy: () => div.remove(),
      };
    },
  },
  highcharts: {
    async draw(container, s) {
      const div = box(container);
      const series =
        s.kind === 'lines'
          ? s.keys.map((k) => ({type: 'line', name: k, data: s.rows.map((r) => [r.year, r[k]])}))
          : [{type: s.kind === 'column' ? 'column' : 'line', name: 'value', data: s.rows.map((r) => [r.year, r.value])}];
      const chart = Highcharts.chart(div, {
        chart: {animation: false, width: W, height: H},
        title: {text: undefined},
        credits: {enabled: false},
        accessibility: {enabled: false},
        plotOptions: {series: {animation: false, turboThreshold: 0}},
        series,
      });
      return {
        async update(rows) {
          chart.series[0].setData(rows.map((r) => [r.year, r.value]), true, false, false);
        },
        destroy: () => {
          chart.destroy();
          div.remove();
        },
      };
    },
  },
  frappe: {
    async draw(container, s) {
      const div = box(container);
      const data = (rows) => ({
        labels: rows.map((r) => String(r.year)),
        datasets: s.kind === 'lines' ? s.keys.map((k) => ({name: k, values: rows.map((r) => r[k])})) : [{name: 'value', values: rows.map((r) => r.value)}],
      });
      const chart = new frappe.Chart(div, {data: data(s.rows), type: s.kind === 'column' ? 'bar' : 'line', height: H, animate: false});
      return {
        async update(rows) {
          chart.update(data(rows));
        },
        destroy: () => div.remove(),
      };
    },
  },
  uplot: {
    async draw(container, s) {
      const div = box(container);
      const cols = (rows) => [rows.map((r) => r.year), rows.map((r) => r.value)];
      // Columns with uPlot's own bar path builder; lines otherwise.
      const paths = s.kind === 'column' ? uPlot.paths.bars({size: [0.8]}) : undefined;
      const series = s.kind === 'column' ? {fill: '#1c7ed6', paths} : {stroke: '#1c7ed6'};
      const chart = new uPlot({width: W, height: H, series: [{}, series], scales: {x: {time: false}}}, cols(s.rows), div);
      return {
        async update(rows) {
          chart.setData(cols(rows));
        },
        destroy: () => {
          chart.destroy();
          div.remove();
        },
      };
    },
  },
};

/**
 * Draws `count` charts of scenario `s` into #root at once, for a cold page (cold.mjs); resolves
 * when every chart is drawn.
 */
window.drawCharts = async (s, count) => {
  await window.ready;
  const adapter = adapters[lib === 'tiv-charts-before' ? 'tiv-charts' : lib];
  const root = document.getElementById('root');
  await Promise.all(Array.from({length: count}, () => adapter.draw(root, s)));
};

/**
 * The nodes in #root, through shadow roots: `all` (elements, text and comments) and `elements`.
 * For a cold page (cold.mjs).
 */
window.countNodes = () => {
  let all = 0;
  let elements = 0;
  const visit = (n) => {
    all++;
    if (n.nodeType === 1) elements++;
    if (n.shadowRoot) n.shadowRoot.childNodes.forEach(visit);
    n.childNodes.forEach(visit);
  };
  document.getElementById('root').childNodes.forEach(visit);
  return {all, elements};
};

/** Times one scenario: ms from data set to the next frame after drawing, and the handle count. */
window.runScenario = async (name, s) => {
  await window.ready;
  const adapter = adapters[lib === 'tiv-charts-before' ? 'tiv-charts' : lib];
  const root = document.getElementById('root');
  root.replaceChildren();
  if (name === 'ten charts') {
    await frame();
    const t0 = performance.now();
    // All ten are put on the page at once, as a page with ten embeds would.
    const handles = await Promise.all(Array.from({length: 10}, () => adapter.draw(root, s)));
    await painted();
    const ms = performance.now() - t0;
    handles.forEach((h) => h.destroy());
    return ms;
  }
  if (name === 'update') {
    const h = await adapter.draw(root, s);
    await frame();
    const t0 = performance.now();
    await h.update(s.next);
    await painted();
    const ms = performance.now() - t0;
    h.destroy();
    return ms;
  }
  if (name === 'heap') {
    const heap = () => performance.memory.usedJSHeapSize;
    for (let i = 0; i < 200; i++) (await adapter.draw(root, s)).destroy();
    for (let i = 0; i < 3; i++) window.gc();
    const before = heap();
    for (let i = 0; i < 1000; i++) {
      const h = await adapter.draw(root, s);
      h.destroy();
    }
    await frame();
    for (let i = 0; i < 3; i++) window.gc();
    return (heap() - before) / 1024;
  }
  await frame();
  const t0 = performance.now();
  const h = await adapter.draw(root, s);
  await painted();
  const ms = performance.now() - t0;
  h.destroy();
  return ms;
};
