// Node tests of the BUILT script-tag bundles (run `npm run build` first).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';

const root = new URL('../../', import.meta.url);

for (const file of ['tiv-charts.min.js', 'tiv-charts.bundle.js']) {
  test(`${file} is ASCII only, so a page or server that names no charset cannot garble its ×, − or …`, () => {
    const code = readFileSync(new URL(`dist/${file}`, root), 'utf8');
    const offending = [...code].flatMap((char, i) => (char.charCodeAt(0) > 0x7f ? [`${JSON.stringify(char)} at ${i}`] : [])).slice(0, 5);
    assert.deepEqual(offending, []);
    // The ratio's sign is there, escaped.
    assert.match(code, /\\xd7|\\u00d7/i);
  });
}

for (const file of ['tiv-charts.min.js', 'tiv-charts.bundle.js']) {
  test(`${file} keeps the vh fallback of every dvh length: the CSS minifier drops a fallback declared beside it`, () => {
    const code = readFileSync(new URL(`dist/${file}`, root), 'utf8');
    // Declarations (after { or ;), not @supports conditions.
    const declarations = [...code.matchAll(/[{;]([\w-]+:[^;{}]*\d+dvh[^;{}]*)/g)].map((m) => m[1]);
    assert.ok(declarations.length > 0, 'the tooltip is as tall as the viewport at most (100dvh)');
    for (const declaration of declarations) assert.ok(code.includes(declaration.replace(/dvh/g, 'vh')), `no fallback of ${declaration}`);
  });
}
