// Shared by the benchmark scripts: a static server for the repository, headless Chromium, and the
// data files the scenarios draw.
import {createServer} from 'node:http';
import {readFileSync, existsSync} from 'node:fs';
import {extname, join, resolve} from 'node:path';
import puppeteer from 'puppeteer-core';

/** The repository's root folder (with a trailing slash). */
export const root = new URL('..', import.meta.url).pathname;

const types = {'.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json', '.csv': 'text/csv'};

/** Where the page loads the `--before` build from (see {@link serve}). */
export const BEFORE_URL = '/before/tiv-charts.min.js';

/**
 * Serves the repository on 127.0.0.1 at a free port; resolves to the server. With `before` (the
 * path of a `tiv-charts.min.js` built from an earlier commit), that file is served at
 * {@link BEFORE_URL} too, wherever it is on disk. With `pages` (a function of the request's URL
 * returning an HTML text, `{type, body}`, or `undefined`), what it makes is served before the files.
 */
export async function serve({before, pages} = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const made = pages?.(url);
    if (made !== undefined) {
      const {type, body} = typeof made === 'string' ? {type: 'text/html', body: made} : made;
      res.writeHead(200, {'content-type': type}).end(body);
      return;
    }
    const pathname = decodeURIComponent(url.pathname);
    const isBefore = Boolean(before) && pathname === BEFORE_URL;
    const path = isBefore ? resolve(before) : join(root, pathname);
    if ((!isBefore && !path.startsWith(root)) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {'content-type': types[extname(path)] ?? 'application/octet-stream'});
    res.end(readFileSync(path));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return server;
}

/**
 * Chromium features that work beside the page measured, turned off: the address bar's popup, a
 * web page of Chromium's own (WebUI) that this Chromium (156) builds for every window, headless
 * too, in a renderer process of its own. Each browser context (each cold load of cold.mjs) has a
 * window, so each load had that page compile its scripts (160 to 220 ms of CPU) while the chart's
 * page loaded, on the same cores (bench/README.md, sixth pass). Puppeteer's upstream change #15278
 * turns them off by default; the 24.43.1 used here does not.
 */
export const QUIET_FEATURES = '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup';

/** Headless Chromium (`CHROME_PATH`, else `/usr/bin/chromium`) with `extraArgs` and puppeteer's `options`. */
export function launch(extraArgs = [], options = {}) {
  return puppeteer.launch({
    ...options,
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', QUIET_FEATURES, ...extraArgs],
  });
}

/** Rows of a numeric CSV file of the repository, as objects keyed by its header. */
export function readRows(file) {
  const [header, ...lines] = readFileSync(join(root, file), 'utf8').trim().split('\n');
  const keys = header.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [keys[i], Number(v)])));
}

/** The SIPRI TIV series of the column scenarios: `{year, value}` rows. */
export const tivRows = () => readRows('demo/data/tiv-russia-china.csv').map((r) => ({year: r.year, value: r.tiv}));

/** A random walk of `n` values from 100, the same for the same `seed`. */
export function walk(n, seed = 42) {
  const rand = () => ((seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296);
  let level = 100;
  return Array.from({length: n}, () => (level += rand() - 0.5));
}

/**
 * `values` on consecutive days from 1800-01-01, as a CSV gives them: `{date: "1800-01-01", value}`
 * rows with ISO 8601 date strings; with `numeric`, the same rows with the day's number (0, 1, 2 …)
 * as `date`, to compare reading dates with reading numbers.
 */
export function dayRows(values, {numeric = false} = {}) {
  const start = Date.UTC(1800, 0, 1);
  return values.map((value, i) => ({date: numeric ? i : new Date(start + i * 864e5).toISOString().slice(0, 10), value}));
}
