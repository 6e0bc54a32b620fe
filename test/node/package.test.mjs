// The published package as a user gets it: `npm pack`, install the tarball into a fresh project,
// import it in Node (no DOM), type-check against it, and load it in Chromium; and `npm pack` in a
// fresh clone, which builds dist/ first.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {dirname, extname, join} from 'node:path';

const root = new URL('..', new URL('..', import.meta.url)).pathname;
const npm = (args, cwd) => execFileSync('npm', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});

test('the packed tarball installs into a fresh project and works in Node, TypeScript and Chromium', {timeout: 240_000}, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'tiv-charts-pack-'));
  t.after(() => rmSync(dir, {recursive: true, force: true}));
  // The dist/ that `npm test` built (prepack would build it again; the next test packs a fresh clone with it).
  const packed = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], root))[0];
  const files = packed.files.map((f) => f.path);
  for (const f of ['dist/index.js', 'dist/index.d.ts', 'dist/core.js', 'dist/tiv-trend.js', 'dist/spend-compare.js', 'dist/tiv-charts.min.js', 'dist/tiv-charts.bundle.js', 'custom-elements.json', 'README.md']) {
    assert.ok(files.includes(f), `the tarball holds ${f}`);
  }
  assert.ok(!files.some((f) => f.startsWith('test/') || f.startsWith('src/')), 'no tests or sources in the tarball');

  writeFileSync(join(dir, 'package.json'), JSON.stringify({name: 'fresh', private: true, type: 'module'}));
  npm(['install', '--no-audit', '--no-fund', '--ignore-scripts', join(dir, packed.filename)], dir);

  // Node: every entry imports without a DOM; core works.
  const script = `
    const core = await import('tiv-charts/core.js');
    await import('tiv-charts');
    await import('tiv-charts/tiv-trend.js');
    await import('tiv-charts/spend-compare.js');
    const rows = core.parseCsv('year,tiv\\n2001,5\\n2002,7\\n');
    const data = core.normalizeData(rows);
    const layout = core.layoutChart(data.series, {width: 300, height: 200, mark: 'column', formats: core.createFormats({unit: 'mn'}, [5, 7])});
    console.log(JSON.stringify({columns: layout.columns.length, key: data.series[0].key}));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {cwd: dir, encoding: 'utf8'});
  assert.deepEqual(JSON.parse(out.trim()), {columns: 2, key: 'tiv'});

  // TypeScript: the types resolve under NodeNext and the element and event maps are typed.
  writeFileSync(
    join(dir, 'use.ts'),
    `import {TivTrend, SpendCompare, layoutChart} from 'tiv-charts';
     import type {ChartErrorDetail} from 'tiv-charts/tiv-trend.js';
     const el: TivTrend = document.createElement('tiv-trend');
     const compare: SpendCompare = document.createElement('spend-compare');
     el.addEventListener('chart-error', (e) => { const d: ChartErrorDetail = e.detail; console.log(d.code); });
     compare.ratio = 'china/russia';
     void layoutChart;`
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({compilerOptions: {strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2022', 'DOM'], noEmit: true, skipLibCheck: false, types: []}, files: ['use.ts']})
  );
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], {cwd: dir, encoding: 'utf8'});

  // Chromium: the installed script-tag bundle draws a chart.
  const bundle = join(dir, 'node_modules/tiv-charts/dist/tiv-charts.min.js');
  writeFileSync(join(dir, 'index.html'), `<!doctype html><script src="/bundle.js"></script><div style="width:600px"><tiv-trend data='[[2001,5],[2002,7]]'></tiv-trend></div>`);
  const server = createServer((req, res) => {
    const file = req.url === '/bundle.js' ? bundle : join(dir, 'index.html');
    res.writeHead(200, {'content-type': extname(file) === '.js' ? 'text/javascript' : 'text/html'});
    res.end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  t.after(() => server.close());
  const {default: puppeteer} = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking'],
  });
  t.after(() => browser.close());
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const columns = await page.waitForFunction(() => document.querySelector('tiv-trend')?.shadowRoot?.querySelectorAll('rect.column').length === 2, {timeout: 10_000});
  assert.ok(await columns.jsonValue());
});

test('npm pack in a fresh clone, without dist/, builds first (prepack): the tarball holds dist/', {timeout: 600_000}, (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'tiv-charts-clone-'));
  t.after(() => rmSync(dir, {recursive: true, force: true}));
  // A clone's files: the tracked ones and new ones not ignored (dist/ is ignored), as they are now.
  const clone = join(dir, 'clone');
  const tracked = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {cwd: root, encoding: 'utf8'});
  for (const file of tracked.split('\0').filter((f) => f && existsSync(join(root, f)))) {
    mkdirSync(dirname(join(clone, file)), {recursive: true});
    copyFileSync(join(root, file), join(clone, file));
  }
  symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
  assert.ok(!existsSync(join(clone, 'dist')), 'the clone has no dist/');

  npm(['pack', '--pack-destination', dir], clone);
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  assert.ok(tarball, 'npm pack made a tarball');
  const files = execFileSync('tar', ['-tzf', join(dir, tarball)], {encoding: 'utf8'}).split('\n');
  for (const f of ['dist/index.js', 'dist/index.d.ts', 'dist/tiv-trend.js', 'dist/spend-compare.js', 'dist/core.js', 'dist/react.d.ts', 'dist/vue.d.ts', 'dist/tiv-charts.min.js', 'dist/tiv-charts.bundle.js']) {
    assert.ok(files.includes(`package/${f}`), `the tarball holds ${f}`);
  }
});

test('every relative link and image in the packed README points to a file in the tarball (npm shows it without the repository)', () => {
  const packed = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], root))[0];
  const files = packed.files.map((f) => f.path);
  assert.ok(files.includes('README.md'), 'the README is packed');
  const readme = readFileSync(join(root, 'README.md'), 'utf8').replace(/^```[^]*?^```/gm, '');
  const targets = [...readme.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)|\s(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
  assert.ok(targets.length >= 3, `${targets.length} links read`);
  const relative = targets.filter((t) => !/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(t)).map((t) => decodeURI(t.replace(/[#?].*$/, '').replace(/^\.\//, '')));
  // A folder is in the tarball when a file under it is.
  const missing = relative.filter((t) => !files.includes(t) && !files.some((f) => f.startsWith(t.replace(/\/?$/, '/'))));
  assert.deepEqual(missing, [], 'relative links to files the tarball does not hold');
});
