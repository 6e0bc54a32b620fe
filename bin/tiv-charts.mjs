#!/usr/bin/env node
// tiv-charts render DATA.(csv|json) --element tiv-trend|spend-compare --width 640 [--height N]
//   [--theme light|dark] [--attr name=value …] --format svg|png|html [-o OUT]
// A chart drawn in Node (tiv-charts/ssr.js) to a file or to stdout. Exit code 1 with a one-line
// reason on bad input; 0 on success.
import process from 'node:process';
import {parseArgs} from 'node:util';
import {readFileSync, writeFileSync, statSync} from 'node:fs';
import {extname, resolve} from 'node:path';

const root = new URL('../', import.meta.url);
const ELEMENTS = ['tiv-trend', 'spend-compare'];
const FORMATS = ['svg', 'png', 'html'];
const THEMES = ['light', 'dark'];

/** A bad-input failure: its message is the one line the CLI prints. */
class UsageError extends Error {}

/** The attributes custom-elements.json documents for each element, as help text. */
function attributeHelp() {
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  const lines = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!ELEMENTS.includes(declaration.tagName)) continue;
      lines.push('', `Attributes of <${declaration.tagName}> (--attr name=value):`);
      for (const attribute of declaration.attributes ?? []) {
        const summary = (attribute.description ?? '').split(/\n|(?<=\.) /)[0];
        const type = attribute.type?.text ? ` (${attribute.type.text.replace(/\s*\|\s*undefined/, '')})` : '';
        lines.push(`  ${attribute.name}${type}${summary ? ': ' + summary : ''}`);
      }
    }
  }
  return lines.join('\n');
}

const USAGE = `Usage: tiv-charts render DATA.csv|DATA.json --element tiv-trend|spend-compare --width PX
         [--height PX] [--theme light|dark] [--attr name=value ...] [--scale N]
         --format svg|png|html [-o OUT]

Draws a chart in Node, without a browser, and writes it to OUT (stdout without -o).
  svg   one standalone SVG document (heading, plot, labels, notes, source)
  png   that SVG as a PNG image, --scale pixels per px (default 2); needs @resvg/resvg-js
  html  the element with declarative shadow DOM, for a page that loads the script to hydrate it
--height is the plot area's height in px (default: as the element's CSS gives at that width).`;

const OPTIONS = {
  element: {type: 'string'},
  width: {type: 'string'},
  height: {type: 'string'},
  theme: {type: 'string'},
  attr: {type: 'string', multiple: true},
  format: {type: 'string'},
  scale: {type: 'string'},
  output: {type: 'string', short: 'o'},
  help: {type: 'boolean', short: 'h'},
};

/** A positive number of px from option `name`, or a UsageError. */
function positive(name, text) {
  const value = Number(text);
  if (text === undefined || text.trim() === '' || !Number.isFinite(value) || value <= 0) {
    throw new UsageError(`--${name} must be a positive number, not "${text ?? ''}".`);
  }
  return value;
}

/** The render's options from the command line, checked. */
function readCommand(argv) {
  let parsed;
  try {
    parsed = parseArgs({args: argv, options: OPTIONS, allowPositionals: true, strict: true});
  } catch (e) {
    throw new UsageError(e.message.split('\n')[0]);
  }
  const {values, positionals} = parsed;
  if (values.help || positionals.length === 0) return {help: true};
  const [command, file, ...extra] = positionals;
  if (command !== 'render') throw new UsageError(`unknown command "${command}": use "render" (see --help).`);
  if (!file) throw new UsageError('no data file: give a .csv or .json file after "render".');
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}".`);
  if (!ELEMENTS.includes(values.element)) throw new UsageError(`--element must be ${ELEMENTS.join(' or ')}, not "${values.element ?? ''}".`);
  if (!FORMATS.includes(values.format)) throw new UsageError(`--format must be ${FORMATS.join(', ')}, not "${values.format ?? ''}".`);
  if (values.theme !== undefined && !THEMES.includes(values.theme)) throw new UsageError(`--theme must be light or dark, not "${values.theme}".`);
  if (!['.csv', '.json'].includes(extname(file).toLowerCase())) throw new UsageError(`${file}: the data file must be .csv or .json.`);
  try {
    if (!statSync(file).isFile()) throw new Error('not a file');
  } catch {
    throw new UsageError(`${file}: no such data file.`);
  }
  const attributes = {};
  for (const pair of values.attr ?? []) {
    const at = pair.indexOf('=');
    if (at < 1) throw new UsageError(`--attr "${pair}" must be name=value.`);
    attributes[pair.slice(0, at)] = pair.slice(at + 1);
  }
  attributes.src = resolve(file);
  const options = {attributes, width: positive('width', values.width)};
  if (values.height !== undefined) options.height = positive('height', values.height);
  if (values.scale !== undefined) options.scale = positive('scale', values.scale);
  if (values.format !== 'html') options.theme = values.theme ?? 'light';
  else if (values.theme) attributes.theme = values.theme;
  return {tag: values.element, format: values.format, options, output: values.output};
}

async function main(argv) {
  const command = readCommand(argv);
  if (command.help) {
    process.stdout.write(`${USAGE}\n${attributeHelp()}\n`);
    return;
  }
  const ssr = await import(new URL('dist/ssr.js', root).href);
  const {tag, format, options, output} = command;
  const result =
    format === 'png' ? await ssr.renderChartPNG(tag, options) : format === 'svg' ? await ssr.renderChartSVG(tag, options) : await ssr.renderChartHTML(tag, options);
  if (output) writeFileSync(output, result);
  else process.stdout.write(result);
}

main(process.argv.slice(2)).catch((e) => {
  // One line: the reason, without a stack (a bug in the library would show as its message too).
  process.stderr.write(`tiv-charts: ${String(e?.message ?? e).split('\n')[0]}\n`);
  process.exitCode = 1;
});
