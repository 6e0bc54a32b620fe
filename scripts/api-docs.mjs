// Writes the element reference in README.md (between the api markers) from custom-elements.json,
// so the README and the manifest cannot drift apart. `--check` exits 1 when README.md is stale.
import {readFileSync, writeFileSync} from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const readmeUrl = new URL('../README.md', import.meta.url);
const readme = readFileSync(readmeUrl, 'utf8');

const cell = (s = '') => String(s).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (s) => (s === undefined || s === '' ? '' : '`' + String(s).replace(/`/g, "'") + '`');

function table(header, rows) {
  if (rows.length === 0) return '';
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n') + '\n';
}

const parts = [];
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) {
    if (!d.tagName) continue;
    const publicFields = (d.members ?? []).filter((m) => m.kind === 'field' && (m.privacy ?? 'public') === 'public' && !m.static);
    parts.push(`### \`<${d.tagName}>\`\n\n${d.summary ?? ''}\n`);
    parts.push('#### Attributes and properties\n');
    parts.push(
      table(
        ['Attribute', 'Property', 'Type', 'Default', 'Description'],
        publicFields.map((m) => [code(m.attribute), code(m.name), code(m.type?.text), code(m.default), m.description ?? ''])
      )
    );
    parts.push('#### Events\n');
    parts.push(table(['Event', 'Description'], (d.events ?? []).map((e) => [code(e.name), e.description ?? ''])));
    parts.push('#### Slots\n');
    parts.push(table(['Slot', 'Description'], (d.slots ?? []).map((s) => [code(s.name), s.description ?? ''])));
    parts.push('#### CSS custom properties\n');
    parts.push(table(['Property', 'Default', 'Description'], (d.cssProperties ?? []).map((p) => [code(p.name), code(p.default), p.description ?? ''])));
    parts.push('#### CSS parts\n');
    parts.push(table(['Part', 'Description'], (d.cssParts ?? []).map((p) => [code(p.name), p.description ?? ''])));
  }
}
const generated = `<!-- api:start (generated from custom-elements.json by scripts/api-docs.mjs; do not edit) -->\n\n${parts.join('\n')}\n<!-- api:end -->`;
const next = readme.replace(/<!-- api:start[\s\S]*?<!-- api:end -->/, () => generated);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md is out of date with custom-elements.json: run `npm run build`.');
    process.exit(1);
  }
} else if (next !== readme) {
  writeFileSync(readmeUrl, next);
}
