// Pages for the browser tests of the static site (test/elements/layout-shift.test.ts,
// test/elements/hydration.test.ts): a middleware for @web/test-runner that serves
//
// - /test-fixtures/article.html?gate=ID: the demo article (demo/article.html), its data files
//   held at /test-fixtures/gated/ID/… until /test-fixtures/release?gate=ID is asked for, so that
//   a test sees the charts while their data load, for as long as it needs;
// - /test-fixtures/ssr.html?…: charts rendered by tiv-charts/ssr.js (dist/ssr.js: run
//   `npm run build` first), as a static site's build writes them (see serverPage below);
// - /test-fixtures/eleventy/…: the Eleventy example (examples/eleventy/), built once into a
//   temporary directory at the first request.
import {rmSync} from 'node:fs';
import {mkdtemp, readFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {COMPARE, TREND} from '../test/node/ssr-fixtures.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Gates by id: a promise that a held response waits for, and what releases it. */
const gates = new Map();
function gate(id) {
  if (!gates.has(id)) {
    let release;
    const opened = new Promise((resolve) => (release = resolve));
    gates.set(id, {opened, release});
  }
  return gates.get(id);
}

/** Sets a koa context's answer. */
function answer(context, type, body) {
  context.type = type;
  context.body = body;
}

/** Escapes an attribute value for HTML. */
const attribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** An element tag with its attributes, `src` left out (its data come as a child). */
function element(tag, attributes, children) {
  const text = Object.entries(attributes)
    .filter(([name]) => name !== 'src')
    .map(([name, value]) => `${name}="${attribute(value)}"`)
    .join(' ');
  return `<${tag} ${text}>${children}</${tag}>`;
}

/** The child script with the data of a server render (which read them from `src`). */
const dataScript = (html) => html.match(/<script type="application\/json">[^<]*<\/script>(?=<\/(tiv-trend|spend-compare)>$)/)[0];

const SCRIPTS = {
  none: '',
  min: '<script src="/dist/tiv-charts.min.js"></script>',
  bundle: '<script type="module" src="/dist/tiv-charts.bundle.js"></script>',
};

/**
 * A page in Arial (Liberation Sans on Linux: the metrics the server measures with), `main`
 * px wide, with paragraphs before, between and after the charts:
 * - `charts=both` (default): both charts of the demo article as the server renders them at
 *   `width` px;
 * - `charts=tiv-trend` or `spend-compare` with `client`: that chart alone, drawn by the browser
 *   from the data the server read (no server markup); without `client`, the server's.
 * `script` is the bundle loaded after the charts: `none` (default), `min` or `bundle`;
 * `downloads`, the trend chart's `downloads` attribute (default: none, the CSV link alone).
 */
async function serverPage(params) {
  const {renderChartHTML} = await import(pathToFileURL(path.join(root, 'dist/ssr.js')).href);
  const width = Number(params.get('width') ?? 640);
  const main = Number(params.get('main') ?? width);
  const charts = params.get('charts') ?? 'both';
  const trendAttributes = params.has('downloads') ? {...TREND, downloads: params.get('downloads')} : TREND;
  let body;
  if (charts === 'both') {
    const trend = await renderChartHTML('tiv-trend', {width, attributes: trendAttributes});
    const compare = await renderChartHTML('spend-compare', {width, attributes: COMPARE});
    body = `${trend}<p>Between the charts.</p>${compare}`;
  } else {
    const attributes = charts === 'tiv-trend' ? trendAttributes : COMPARE;
    const html = await renderChartHTML(charts, {width, attributes});
    body = params.has('client') ? element(charts, attributes, dataScript(html)) : html;
  }
  // The page counts the charts' chart-render events from its start (window.renders) and keeps
  // what the console is told of errors and warnings, and uncaught errors (window.logs).
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<style>body { margin: 0; padding: 8px; font-family: Arial; } main { width: ${main}px; }</style>
<script>window.renders = 0; document.addEventListener('chart-render', () => window.renders++, true);
window.logs = []; for (const kind of ['warn', 'error']) { const log = console[kind]; console[kind] = (...args) => { logs.push(kind + ': ' + args.join(' ')); log.apply(console, args); }; }
addEventListener('error', (e) => logs.push('uncaught: ' + e.message));</script></head>
<body><main><p>Before the charts.</p>${body}<p id="after">After the charts.</p></main>${SCRIPTS[params.get('script') ?? 'none']}</body></html>`;
}

/** Builds the Eleventy example (examples/eleventy/) into `output`, quietly; returns what Eleventy wrote. */
export async function buildEleventyExample(output) {
  const {default: Eleventy} = await import('@11ty/eleventy');
  const example = path.join(root, 'examples/eleventy');
  const site = new Eleventy(path.relative(process.cwd(), example), output, {configPath: path.join(example, 'eleventy.config.mjs'), quietMode: true});
  return site.write();
}

/** The Eleventy example's output directory, built at the first call. */
let eleventySite;
const eleventyOutput = () =>
  (eleventySite ??= mkdtemp(path.join(tmpdir(), 'tiv-eleventy-')).then(async (output) => {
    process.once('exit', () => rmSync(output, {recursive: true, force: true}));
    await buildEleventyExample(output);
    return output;
  }));

const TYPES = {'.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript'};

/** The middleware (see the top of this file). */
export async function sitePages(context, next) {
  const [pathname, query] = context.url.split('?');
  const params = new URLSearchParams(query ?? '');
  if (pathname === '/test-fixtures/article.html') {
    const html = await readFile(path.join(root, 'demo/article.html'), 'utf8');
    return answer(context, 'text/html', html.replaceAll('src="/demo/data/', `src="/test-fixtures/gated/${encodeURIComponent(params.get('gate'))}/demo/data/`));
  }
  const held = pathname.match(/^\/test-fixtures\/gated\/([^/]+)\/(demo\/data\/[\w.-]+)$/);
  if (held) {
    await gate(decodeURIComponent(held[1])).opened;
    return answer(context, 'text/csv', await readFile(path.join(root, held[2])));
  }
  if (pathname === '/test-fixtures/release') {
    gate(params.get('gate')).release();
    return answer(context, 'text/plain', 'released');
  }
  if (pathname === '/test-fixtures/ssr.html') return answer(context, 'text/html', await serverPage(params));
  const built = pathname.match(/^\/test-fixtures\/eleventy\/([\w.-]*)$/);
  if (built) {
    const file = built[1] || 'index.html';
    return answer(context, TYPES[path.extname(file)] ?? 'application/octet-stream', await readFile(path.join(await eleventyOutput(), file)));
  }
  return next();
}
