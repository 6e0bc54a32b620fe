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
