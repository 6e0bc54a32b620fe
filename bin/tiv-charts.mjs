#!/usr/bin/env node
// tiv-charts render DATA.(csv|tsv|txt|json) --element tiv-trend|spend-compare --width 640
//   [--height N] [--theme light|dark] [--attr name=value …] [--format svg|png|html] [-o OUT]
// A chart drawn in Node (tiv-charts/ssr.js) to a file or to stdout. Exit code 1 with a one-line
// reason on bad input; 0 on success (with warnings, one line each, on stderr).
import process from 'node:process';
import {parseArgs} from 'node:util';
import {readFileSync, writeFileSync, statSync} from 'node:fs';
import {dirname, extname, resolve} from 'node:path';

const root = new URL('../', import.meta.url);
const ELEMENTS = ['tiv-trend', 'spend-compare'];
const FORMATS = ['svg', 'png', 'html'];
const THEMES = ['light', 'dark'];
const DATA_FILES = ['.csv', '.tsv', '.txt', '.json'];
/** Attributes the command sets itself, not listed by --help and refused in --attr: what to use instead. */
const OWN_ATTRIBUTES = {src: 'give the data file as DATA', theme: 'use --theme'};
/** Attributes that only the html format uses: --help says so. */
const HTML_ONLY = ['downloads'];
/** The width of --help's lines. */
const COLUMNS = 80;

/** A bad-input failure: its message is the one line the CLI prints. */
class UsageError extends Error {}

/** `text` broken into lines of at most COLUMNS characters between words: the first after `lead`, the others indented by `indent` spaces. */
function wrap(lead, text, indent) {
  const lines = [];
  let line = lead;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line.trim() && line.length + 1 + word.length > COLUMNS) {
      lines.push(line);
      line = ' '.repeat(indent) + word;
    } else line = line.trim() ? `${line} ${word}` : line + word;
  }
  return [...lines, line].join('\n');
}

/** The first sentence of a description: up to a full stop followed by a capital, not after "e.g." or "i.e.". */
const firstSentence = (text) => text.replace(/\s+/g, ' ').trim().split(/(?<!\b(?:e\.g|i\.e))(?<=[.!?])\s+(?=[A-Z(])/)[0];

/** An attribute's type as help shows it: JSON for arrays and objects, without `undefined` and `null`. */
function typeText(type) {
  const text = (type ?? '').replace(/\s*\|\s*(undefined|null)\b/g, '').trim();
  return /\[\]|ChartData/.test(text) ? 'JSON' : text === 'DownloadList' ? 'list' : text;
}

/** The attributes custom-elements.json documents for each element, as help text. */
function attributeHelp() {
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  const lines = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!ELEMENTS.includes(declaration.tagName)) continue;
      lines.push('', `Attributes of <${declaration.tagName}> (--attr name=value):`);
      for (const attribute of declaration.attributes ?? []) {
        if (attribute.name in OWN_ATTRIBUTES) continue;
        const type = typeText(attribute.type?.text);
        const only = HTML_ONLY.includes(attribute.name) ? ' (html only)' : '';
        const summary = firstSentence(attribute.description ?? '') + only;
        lines.push(wrap(`  ${attribute.name}${type ? ` (${type})` : ''}${summary ? ':' : ''}`, summary, 6));
      }
    }
  }
  return lines.join('\n');
}

const USAGE = `Usage: tiv-charts render DATA --element tiv-trend|spend-compare --width PX
         [--height PX] [--theme light|dark] [--attr name=value ...] [--scale N]
         [--format svg|png|html] [--keep-error] [-o OUT]
       tiv-charts --help | --version

Draws a chart in Node, without a browser, into OUT (to stdout without -o).
DATA is a .csv, .tsv, .txt (comma, semicolon or tab separated) or .json file;
or leave it out and give --attr data='[[2001,5],[2002,7]]' (not both).
  svg   one standalone SVG document (heading, plot, labels, notes, source)
  png   that SVG as a PNG image, --scale pixels per px (default 2);
        needs @resvg/resvg-js
  html  the element with declarative shadow DOM, for a page with the script
--format: by default OUT's extension (.svg, .png, .html); required without -o.
--height: the plot area's height in px (default: as the element's CSS gives).
--theme: the colours (svg, png: light by default; html: the theme attribute).
Data the element cannot draw exit with code 1 and its message, in every format;
--keep-error writes the html anyway, with the message in the chart's place.
Warnings (a bad ratio, an ignored attribute) go to stderr, one line each.
Not listed below: src (DATA gives the data) and theme (--theme sets it).

Example:
  tiv-charts render tiv.csv --element tiv-trend --width 640 --attr unit=mn \\
    --attr "heading=Russia's arms deliveries to China" -o tiv.png`;

const OPTIONS = {
  element: {type: 'string'},
  width: {type: 'string'},
  height: {type: 'string'},
  theme: {type: 'string'},
  attr: {type: 'string', multiple: true},
  format: {type: 'string'},
  scale: {type: 'string'},
  output: {type: 'string', short: 'o'},
  'keep-error': {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean'},
};

/** `argv` with a negative number after an option joined to it (`--width -5` as `--width=-5`), which parseArgs would call ambiguous. */
function joinNegativeValues(argv) {
  const joined = [];
  for (let i = 0; i < argv.length; i++) {
    const name = /^--([a-z-]+)$/.exec(argv[i])?.[1];
    if (OPTIONS[name]?.type === 'string' && /^-[\d.]/.test(argv[i + 1] ?? '')) joined.push(`${argv[i]}=${argv[++i]}`);
    else joined.push(argv[i]);
  }
  return joined;
}

/** A positive number of px from option `name`, or a UsageError. */
function positive(name, text, unit = ' of px') {
  if (text === undefined) throw new UsageError(`--${name} is required: the chart's width in px, e.g. --${name} 640.`);
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0) throw new UsageError(`--${name} must be a positive number${unit}, not "${text}".`);
  return value;
}

/** The format: --format, else OUT's extension; a UsageError when neither says, or they differ. */
function chosenFormat(format, output) {
  if (format !== undefined && !FORMATS.includes(format)) throw new UsageError(`--format must be ${FORMATS.join(', ')}, not "${format}".`);
  const fromName = output && extname(output).slice(1).toLowerCase().replace(/^htm$/, 'html');
  if (fromName && FORMATS.includes(fromName) && format && format !== fromName) {
    throw new UsageError(`--format ${format} does not match ${output}: give -o a .${format} name, or leave --format out.`);
  }
  const chosen = format ?? (FORMATS.includes(fromName) ? fromName : undefined);
  if (!chosen) throw new UsageError(output ? `--format is required: ${output} does not end in .svg, .png or .html.` : '--format is required without -o (svg, png or html).');
  return chosen;
}

/** The data file, checked, or undefined when the data come as --attr data=…. */
function dataFile(file, attributes) {
  if (!file) {
    if (attributes.data !== undefined) return undefined;
    throw new UsageError(`no data: give a ${DATA_FILES.join(', ')} file after "render", or --attr data=JSON.`);
  }
  if (attributes.data !== undefined) throw new UsageError(`${file} and --attr data: give the data one way, not both.`);
  if (!DATA_FILES.includes(extname(file).toLowerCase())) throw new UsageError(`${file}: the data file must be ${DATA_FILES.join(', ')}.`);
  try {
    if (!statSync(file).isFile()) throw new Error('not a file');
  } catch {
    throw new UsageError(`${file}: no such data file.`);
  }
  return resolve(file);
}

/** The --attr pairs as attributes; a UsageError for a malformed pair or an attribute the command sets itself. */
function attributesOf(pairs) {
  const attributes = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at < 1) throw new UsageError(`--attr "${pair}" must be name=value.`);
    const name = pair.slice(0, at);
    if (name.toLowerCase() in OWN_ATTRIBUTES) throw new UsageError(`--attr ${name}: ${OWN_ATTRIBUTES[name.toLowerCase()]}.`);
    attributes[name] = pair.slice(at + 1);
  }
  return attributes;
}

/** An unwritable OUT as a UsageError before anything is drawn. */
function checkOutput(output) {
  if (!output) return;
  const folder = dirname(resolve(output));
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    // Reported below.
  }
  if (!isFolder) throw new UsageError(`cannot write ${output}: folder ${folder} does not exist.`);
}

/** The render's options from the command line, checked. */
function readCommand(argv) {
  let parsed;
  try {
    parsed = parseArgs({args: joinNegativeValues(argv), options: OPTIONS, allowPositionals: true, strict: true});
  } catch (e) {
    const unknown = /^Unknown option '([^']+)'/.exec(e.message)?.[1];
    throw new UsageError(unknown ? `Unknown option ${unknown}. See tiv-charts --help.` : `${e.message.split('\n')[0]} See tiv-charts --help.`);
  }
  const {values, positionals} = parsed;
  if (values.version) return {version: true};
  if (values.help || positionals.length === 0) return {help: true};
  const [command, file, ...extra] = positionals;
  if (command !== 'render') throw new UsageError(`unknown command "${command}": use "render" (see --help).`);
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}".`);
  if (!ELEMENTS.includes(values.element)) throw new UsageError(`--element must be ${ELEMENTS.join(' or ')}, not "${values.element ?? ''}".`);
  const format = chosenFormat(values.format, values.output);
  if (values.theme !== undefined && !THEMES.includes(values.theme)) throw new UsageError(`--theme must be light or dark, not "${values.theme}".`);
  const attributes = attributesOf(values.attr ?? []);
  const src = dataFile(file, attributes);
  if (src) attributes.src = src;
  const options = {attributes, width: positive('width', values.width)};
  if (values.height !== undefined) options.height = positive('height', values.height);
  if (values.scale !== undefined) options.scale = positive('scale', values.scale, '');
  if (format !== 'html') options.theme = values.theme ?? 'light';
  else if (values.theme) attributes.theme = values.theme;
  checkOutput(values.output);
  return {tag: values.element, format, options, output: values.output, keepError: !!values['keep-error']};
}

async function main(argv) {
  const command = readCommand(argv);
  if (command.version) {
    process.stdout.write(`${JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).version}\n`);
    return;
  }
  if (command.help) {
    process.stdout.write(`${USAGE}\n${attributeHelp()}\n`);
    return;
  }
  const {renderFile} = await import(new URL('dist/ssr/render-file.js', root).href);
  const {tag, format, options, output, keepError} = command;
  // The elements warn on the console as in a browser; the same warnings come back from
  // renderFile and are printed once each, as the command's.
  console.warn = () => {};
  const {content, warnings} = await renderFile(tag, format, options, keepError);
  for (const warning of warnings) process.stderr.write(`tiv-charts: warning: ${warning.replace(/\s+/g, ' ')}\n`);
  if (output) writeFileSync(output, content);
  else process.stdout.write(content);
}

main(process.argv.slice(2)).catch((e) => {
  // One line: the reason, without a stack (a bug in the library would show as its message too).
  process.stderr.write(`tiv-charts: ${String(e?.message ?? e).split('\n')[0]}\n`);
  process.exitCode = 1;
});
