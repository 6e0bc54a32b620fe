import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';

test('README reference matches custom-elements.json', () => {
  // Exits non-zero (and throws here) when the generated reference is stale.
  execFileSync(process.execPath, ['scripts/api-docs.mjs', '--check'], {stdio: 'pipe'});
  const readme = readFileSync('README.md', 'utf8');
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const trend = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'tiv-trend');
  assert.ok(trend, 'the manifest declares <tiv-trend>');
  for (const a of trend.attributes) assert.ok(readme.includes('`' + a.name + '`'), `README documents the ${a.name} attribute`);
  for (const e of trend.events) assert.ok(readme.includes('`' + e.name + '`'), `README documents ${e.name}`);
});

test('README shows the test command that CI runs', () => {
  const readme = readFileSync('README.md', 'utf8');
  const ci = readFileSync('.ci/run', 'utf8');
  assert.match(readme, /npm test/);
  assert.match(ci, /^npm test$/m);
});

test('README: CDN URLs pin the package version, with an integrity attribute and how to compute it', () => {
  const readme = readFileSync('README.md', 'utf8');
  const {version, engines} = JSON.parse(readFileSync('package.json', 'utf8'));
  const urls = readme.match(/https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/tiv-charts[^\s"')]*/g) ?? [];
  assert.ok(urls.length > 0, 'the README has CDN snippets');
  for (const url of urls) assert.ok(url.includes(`/tiv-charts@${version}/`), `${url} pins ${version}`);
  assert.match(readme, /integrity="sha384-/);
  assert.match(readme, /openssl dgst -sha384 -binary/);
  // The Node versions: the package's, as engines states them.
  assert.equal(engines.node, '>=20');
  assert.match(readme, /needs Node 20 or later/);
});
