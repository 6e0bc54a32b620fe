// The `tiv-charts` command (bin/tiv-charts.mjs, on the built dist/): its outputs and its errors.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {decodePng} from './png-decode.mjs';

const bin = fileURLToPath(new URL('../../bin/tiv-charts.mjs', import.meta.url));
const fixture = (name) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const TREND_CSV = fixture('tiv-russia-china.csv');
const run = (...args) => spawnSync(process.execPath, [bin, ...args], {encoding: 'buffer'});
const dir = mkdtempSync(join(tmpdir(), 'tiv-charts-cli-'));
test.after(() => rmSync(dir, {recursive: true, force: true}));

test('cli: svg to stdout, with the attributes given', () => {
  const result = run('render', TREND_CSV, '--element', 'tiv-trend', '--width', '640', '--format', 'svg', '--attr', 'heading=Arms deliveries', '--attr', 'unit=mn');
  assert.equal(result.status, 0, result.stderr.toString());
  const svg = result.stdout.toString();
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640" /);
  assert.match(svg, /<title>Arms deliveries<\/title>/);
  assert.match(svg, /class="y-axis">.*[0-9]mn<\/text>/, 'the unit on a y tick label');
});

test('cli: png to a file (-o), at --scale, in the dark theme; html from JSON with --height', () => {
  const out = join(dir, 'chart.png');
  const png = run('render', TREND_CSV, '--element', 'tiv-trend', '--width', '375', '--theme', 'dark', '--scale', '1', '--format', 'png', '-o', out);
  assert.equal(png.status, 0, png.stderr.toString());
  assert.equal(png.stdout.length, 0, 'nothing on stdout');
  const image = decodePng(readFileSync(out));
  assert.equal(image.width, 375);
  assert.deepEqual(image.pixel(1, 1), [0x12, 0x12, 0x12, 255]);
  const html = run('render', fixture('tiv-russia-china.json'), '--element', 'tiv-trend', '--width', '640', '--height', '300', '--format', 'html');
  assert.equal(html.status, 0, html.stderr.toString());
  assert.match(html.stdout.toString(), /^<tiv-trend [^>]*style="--tiv-plot-min-height: 300px; --tiv-plot-max-height: 300px"/);
});

test('cli: spend-compare with its series and ratio as attributes', () => {
  const result = run('render', fixture('milex-china-russia.csv'), '--element', 'spend-compare', '--width', '640', '--format', 'svg', '--attr', 'ratio=china/russia', '--attr', 'ratio-year=2020');
  assert.equal(result.status, 0, result.stderr.toString());
  assert.match(result.stdout.toString(), />3\.7×</);
});

test('cli: --help lists the attributes of both elements from custom-elements.json', () => {
  const result = run('--help');
  assert.equal(result.status, 0);
  const help = result.stdout.toString();
  assert.match(help, /^Usage: tiv-charts render/);
  assert.match(help, /Attributes of <tiv-trend>/);
  assert.match(help, /Attributes of <spend-compare>/);
  assert.match(help, /\n {2}highlight/);
  assert.match(help, /\n {2}ratio-year/);
});

test('cli: bad input exits 1 with one line naming the fault', () => {
  const unreadable = join(dir, 'bad.json');
  writeFileSync(unreadable, '[{"year": 2001, "value": 3}');
  const noNumbers = join(dir, 'words.csv');
  writeFileSync(noNumbers, 'year,value\nlast,none\n');
  const base = ['--element', 'tiv-trend', '--width', '640', '--format', 'svg'];
  for (const [args, reason] of [
    [['render', TREND_CSV, ...base.slice(2), '--element', 'tiv-bars'], /--element must be tiv-trend or spend-compare, not "tiv-bars"/],
    [['render', join(dir, 'missing.csv'), ...base], /missing\.csv: no such data file/],
    [['render', TREND_CSV, '--element', 'tiv-trend', '--width', 'wide', '--format', 'svg'], /--width must be a positive number, not "wide"/],
    [['render', TREND_CSV, '--element', 'tiv-trend', '--width', '0', '--format', 'svg'], /--width must be a positive number, not "0"/],
    [['render', TREND_CSV, '--element', 'tiv-trend', '--width', '640', '--format', 'gif'], /--format must be svg, png, html, not "gif"/],
    [['render', fixture('README.md'), ...base], /must be \.csv or \.json/],
    [['render', unreadable, ...base], /JSON/],
    [['render', noNumbers, ...base], /drew no chart: /],
    [['render', TREND_CSV, ...base, '--attr', 'heading'], /--attr "heading" must be name=value/],
    [['draw', TREND_CSV, ...base], /unknown command "draw"/],
    [['render', TREND_CSV, ...base, '--colour', 'red'], /Unknown option '--colour'/],
  ]) {
    const result = run(...args);
    const stderr = result.stderr.toString();
    assert.equal(result.status, 1, `${args.join(' ')}: ${stderr}`);
    assert.match(stderr, /^tiv-charts: [^\n]+\n$/, 'one line');
    assert.match(stderr, reason);
    assert.equal(result.stdout.length, 0);
  }
});
