// Shared by the benchmark scripts: a static server for the repository, headless Chromium, and the
// data files the scenarios draw.
import {createServer} from 'node:http';
import {readFileSync, existsSync} from 'node:fs';
import {extname, join} from 'node:path';
import puppeteer from 'puppeteer-core';

/** The repository's root folder (with a trailing slash). */
export const root = new URL('..', import.meta.url).pathname;

const types = {'.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json', '.csv': 'text/csv'};

/** Serves the repository on 127.0.0.1 at a free port; resolves to the server. */
export async function serve() {
  const server = createServer((req, res) => {
    const path = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!path.startsWith(root) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {'content-type': types[extname(path)] ?? 'application/octet-stream'});
    res.end(readFileSync(path));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return server;
}

/** Headless Chromium (`CHROME_PATH`, else `/usr/bin/chromium`) with `extraArgs`. */
export function launch(extraArgs = []) {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', ...extraArgs],
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
