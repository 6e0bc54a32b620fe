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
    [['render', TREND_CSV, '--element', 'tiv-trend', '--width', 'wide', '--format', 'svg'], /--width must be a positive number of px, not "wide"/],
    [['render', TREND_CSV, '--element', 'tiv-trend', '--width', '0', '--format', 'svg'], /--width must be a positive number of px, not "0"/],
    [['render', TREND_CSV, '--element', 'tiv-trend', '--width', '640', '--format', 'gif'], /--format must be svg, png, html, not "gif"/],
    [['render', fixture('README.md'), ...base], /must be \.csv, \.tsv, \.txt, \.json/],
    [['render', unreadable, ...base], /JSON/],
    [['render', noNumbers, ...base], /drew no chart: /],
    [['render', TREND_CSV, ...base, '--attr', 'heading'], /--attr "heading" must be name=value/],
    [['draw', TREND_CSV, ...base], /unknown command "draw"/],
    [['render', TREND_CSV, ...base, '--colour', 'red'], /^tiv-charts: Unknown option --colour\. See tiv-charts --help\.\n$/],
  ]) {
    const result = run(...args);
    const stderr = result.stderr.toString();
    assert.equal(result.status, 1, `${args.join(' ')}: ${stderr}`);
    assert.match(stderr, /^tiv-charts: [^\n]+\n$/, 'one line');
    assert.match(stderr, reason);
    assert.equal(result.stdout.length, 0);
  }
});

/** Runs the command and asserts it failed with exactly `line` on stderr and nothing on stdout. */
function assertFails(args, line) {
  const result = run(...args);
  assert.equal(result.status, 1, `${args.join(' ')}: ${result.stderr}`);
  assert.equal(result.stderr.toString(), `tiv-charts: ${line}\n`);
  assert.equal(result.stdout.length, 0);
}

test('cli: the data as --attr data=JSON, without a DATA file; refused beside one', () => {
  const result = run('render', '--element', 'tiv-trend', '--width', '375', '--format', 'svg', '--attr', 'data=[[2001,5],[2002,7]]');
  assert.equal(result.status, 0, result.stderr.toString());
  assert.equal((result.stdout.toString().match(/<rect class="column/g) ?? []).length, 2);
  assertFails(['render', TREND_CSV, '--element', 'tiv-trend', '--width', '375', '--format', 'svg', '--attr', 'data=[[2001,5]]'], `${TREND_CSV} and --attr data: give the data one way, not both.`);
});

test('cli: an unknown attribute, a property name, or one the command sets itself, exits 1 with one line', () => {
  const base = ['render', TREND_CSV, '--element', 'tiv-trend', '--width', '375', '--format', 'svg'];
  assertFails([...base, '--attr', 'bogus=1'], '"bogus" is not an attribute of <tiv-trend> (its attributes are listed by custom-elements.json and the README).');
  assertFails([...base, '--attr', 'yScale=log'], '"yScale" is not an attribute of <tiv-trend>: did you mean y-scale?');
  assertFails([...base, '--attr', 'theme=dark'], '--attr theme: use --theme.');
  assertFails([...base, '--attr', 'src=other.csv'], '--attr src: give the data file as DATA.');
});

test('cli: a bad ratio is said on stderr as a warning, and the PNG shows the message in the callout\'s place', () => {
  const out = join(dir, 'ratio.png');
  const result = run('render', fixture('milex-china-russia.csv'), '--element', 'spend-compare', '--width', '640', '--attr', 'ratio=china/usa', '--scale', '1', '-o', out);
  assert.equal(result.status, 0, result.stderr.toString());
  assert.equal(result.stderr.toString(), 'tiv-charts: warning: No series named "usa" for the ratio. The series are: China, Russia.\n');
  const svg = run('render', fixture('milex-china-russia.csv'), '--element', 'spend-compare', '--width', '640', '--attr', 'ratio=china/usa', '--format', 'svg');
  assert.match(svg.stdout.toString(), /<text class="fig-ratio-error" x="0" y="[\d.]+">No series named &quot;usa&quot; for the ratio/);
  assert.doesNotMatch(svg.stdout.toString(), /class="fig-ratio-value"/, 'no empty value line');
  // Text where the callout would be: dark pixels in the band between the top and the plot.
  const image = decodePng(readFileSync(out));
  let dark = 0;
  for (let y = 10; y < 60; y++) for (let x = 12; x < 400; x++) if (image.pixel(x, y)[0] < 128) dark++;
  assert.ok(dark > 50, `${dark} dark pixels of text above the plot`);
});

test('cli: data it cannot draw exit 1 in html too, writing nothing; --keep-error writes the element with its message', () => {
  const words = join(dir, 'text-column.csv');
  writeFileSync(words, 'year,value\n2001,many\n2002,few\n');
  const out = join(dir, 'words.html');
  const result = run('render', words, '--element', 'tiv-trend', '--width', '375', '-o', out);
  assert.equal(result.status, 1);
  assert.match(result.stderr.toString(), /^tiv-charts: tiv-trend drew no chart: [^\n]+\n$/);
  const svg = run('render', words, '--element', 'tiv-trend', '--width', '375', '--format', 'svg');
  assert.equal(result.stderr.toString(), svg.stderr.toString(), 'the same line as for svg');
  assert.throws(() => readFileSync(out), {code: 'ENOENT'});
  const kept = run('render', words, '--element', 'tiv-trend', '--width', '375', '-o', out, '--keep-error');
  assert.equal(kept.status, 0, kept.stderr.toString());
  assert.match(readFileSync(out, 'utf8'), /<div class="message"/);
});

test('cli: --help cuts each description at a sentence end, wraps at 80 columns, has an example; --version', () => {
  const help = run('--help').stdout.toString();
  for (const line of help.split('\n')) assert.ok(line.length <= 80, `${line.length} columns: ${line}`);
  assert.match(help, /\n {2}unit \(string\): Text after each number, e\.g\. `mn` or `%`\.\n/);
  assert.match(help, /\n {2}subheading \(string\): Line under the heading; put the unit here, e\.g\. "TIV,\n {6}millions"\.\n/);
  assert.match(help, /the total, the summary the largest share in the latest year\)\.\n/, 'mark: its whole first sentence');
  assert.match(help, /\nExample:\n {2}tiv-charts render /);
  assert.doesNotMatch(help, /\n {2}(src|theme) /, 'no attribute the command sets itself');
  const version = run('--version');
  assert.equal(version.stdout.toString(), JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version + '\n');
});

test('cli: usage errors say what is wrong in one line', () => {
  const base = ['render', TREND_CSV, '--element', 'tiv-trend'];
  assertFails([...base, '--width', '-5', '--format', 'svg'], '--width must be a positive number of px, not "-5".');
  assertFails([...base, '--format', 'svg'], "--width is required: the chart's width in px, e.g. --width 640.");
  assertFails([...base, '--width', '640', '--foo'], 'Unknown option --foo. See tiv-charts --help.');
  const folder = join(dir, 'no-such-folder');
  assertFails([...base, '--width', '640', '-o', join(folder, 'x.svg')], `cannot write ${join(folder, 'x.svg')}: folder ${folder} does not exist.`);
  assertFails([...base, '--width', '640', '--format', 'png', '-o', join(dir, 'x.svg')], `--format png does not match ${join(dir, 'x.svg')}: give -o a .png name, or leave --format out.`);
  assertFails([...base, '--width', '640'], '--format is required without -o (svg, png or html).');
});

test('cli: the format from -o\'s extension; .tsv and .txt data files, as the API reads them', () => {
  const out = join(dir, 'inferred.png');
  const png = run('render', TREND_CSV, '--element', 'tiv-trend', '--width', '375', '--scale', '1', '-o', out);
  assert.equal(png.status, 0, png.stderr.toString());
  assert.deepEqual([...readFileSync(out).subarray(1, 4)], [...Buffer.from('PNG')], 'PNG bytes in a .png');
  for (const name of ['tab.tsv', 'tab.txt']) {
    const file = join(dir, name);
    writeFileSync(file, 'year\tvalue\n2001\t5\n2002\t7\n');
    const svg = run('render', file, '--element', 'tiv-trend', '--width', '375', '--format', 'svg');
    assert.equal(svg.status, 0, svg.stderr.toString());
    assert.equal((svg.stdout.toString().match(/<rect class="column/g) ?? []).length, 2, name);
  }
});
