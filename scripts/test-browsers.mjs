// Runs the browser suite in Chromium, Firefox and WebKit (`npm run test:browser`, part of
// `npm test`), all at once or one engine after the other, and prints each engine's time and counts,
// after the names and first error lines of the failed tests of each engine that failed.
//
//   node scripts/test-browsers.mjs [--engines chromium,firefox,webkit] [--serial] [wtr arguments]
//
// By default the engines run at once, each in its own web-test-runner, with its output printed
// when it ends: on a 2-core machine that takes about as long as the slowest engine alone, since
// much of a browser test is waiting (figures in the README's Development section). --serial (or
// TIV_TEST_SERIAL=1) runs them one after the other, with the output as it comes. Extra arguments
// go to every web-test-runner (for example --files test/core/format.test.ts).
import {spawn} from 'node:child_process';
import {createServer} from 'node:net';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {countsOf, driverFailures, failuresOf} from './browsers/run-output.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const wtr = join(root, 'node_modules', '.bin', 'wtr');
const configs = {
  chromium: 'web-test-runner.config.mjs',
  firefox: 'web-test-runner.firefox.config.mjs',
  webkit: 'web-test-runner.webkit.config.mjs',
};

const args = process.argv.slice(2);
let engines = Object.keys(configs);
let parallel = process.env.TIV_TEST_SERIAL !== '1';
const passOn = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--parallel') parallel = true;
  else if (args[i] === '--serial') parallel = false;
  else if (args[i] === '--engines') engines = args[++i].split(',');
  else passOn.push(args[i]);
}
const unknown = engines.filter((e) => !configs[e]);
if (unknown.length) {
  console.error(`Unknown engine ${unknown.join(', ')}: choose from ${Object.keys(configs).join(', ')}.`);
  process.exit(2);
}

/**
 * Runs one engine's suite (with `extra` arguments for web-test-runner after the command line's);
 * resolves to its exit code, seconds and output. The output is shown as it comes, or (`hold`) in
 * one piece when the run ends.
 */
function run(engine, hold, port, env = process.env, extra = []) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(wtr, ['--config', configs[engine], ...(port ? ['--port', String(port)] : []), ...passOn, ...extra], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (d) => {
        output += d;
        if (!hold) process.stdout.write(d);
      });
    }
    child.on('close', (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      if (hold) process.stdout.write(`\n===== ${engine} =====\n${output}`);
      resolve({engine, code: code ?? (signal ? 1 : 0), signal, seconds, output});
    });
  });
}

/**
 * `n` ports free at once, one for each web-test-runner started together: left to itself, each
 * would find the same first free port and all but one would fail to listen on it.
 */
async function freePorts(n) {
  const servers = await Promise.all(
    Array.from({length: n}, () => new Promise((resolve, reject) => {
      const server = createServer().once('error', reject);
      server.listen(0, () => resolve(server));
    }))
  );
  const ports = servers.map((s) => s.address().port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

const started = performance.now();
const results = [];
if (parallel) {
  const ports = passOn.includes('--port') ? [] : await freePorts(engines.length);
  results.push(...(await Promise.all(engines.map((e, i) => run(e, true, ports[i])))));
} else {
  for (const e of engines) {
    console.log(`\n===== ${e} =====`);
    results.push(await run(e, false));
  }
}

// A run that ends without its counts line did not finish: the runner itself stopped (seen with
// WebKitGTK's driver on a busy machine, after 24 to 55 of the files, with no error printed). That
// engine runs once more, alone, and the summary says so. A run that finished is never repeated:
// a failed test fails the suite.
// WebKit's second run brings its own WebKitWebDriver (and Xvfb) rather than the one named by
// WEBKIT_WEBDRIVER_URL (.ci/run starts one): a runner that stopped leaves its session open in that
// driver, which takes one session at a time ("Maximum number of active sessions").
// A run that finished with no failed test but a file that failed because its WebDriver request got
// no answer (seen once with WebKitGTK's driver on a busy machine: the driver did not answer the
// navigation to about:blank that ends a test file, whose tests had all passed): those files, and
// only they, run once more, alone, with a driver of their own. A failed test is never repeated.
const ownDriver = (engine) => {
  const env = {...process.env};
  if (engine === 'webkit') delete env.WEBKIT_WEBDRIVER_URL;
  return env;
};
for (const [i, r] of results.entries()) {
  if (r.code === 0) continue;
  if (!countsOf(r.output)) {
    console.log(`\n${r.engine} stopped after ${r.seconds.toFixed(0)} s without finishing (exit code ${r.code}${r.signal ? `, signal ${r.signal}` : ''}); running it once more, alone.`);
    results[i] = {...(await run(r.engine, false, undefined, ownDriver(r.engine))), again: 'the first stopped without finishing'};
    continue;
  }
  const files = driverFailures(r.output);
  if (!files) continue;
  console.log(`\n${r.engine}: no test failed, but the WebDriver requests of ${files.join(', ')} got no answer; running ${files.length === 1 ? 'that file' : 'those files'} once more, alone.`);
  const again = await run(r.engine, false, undefined, ownDriver(r.engine), ['--files', ...files]);
  results[i] = {...r, code: again.code, seconds: r.seconds + again.seconds, again: `${files.length} file${files.length === 1 ? '' : 's'} run again, ${again.code === 0 ? 'passed' : 'FAILED'}: the driver had not answered`, againRun: again};
}

/** A failed engine's failed tests, for the summary: the first `most`, with the first line of each error. */
function printFailures(r, most = 8) {
  const failures = failuresOf(r.output);
  console.log(`\n${r.engine} failed (exit code ${r.code}${r.signal ? `, signal ${r.signal}` : ''}): ${failures.length ? `${failures.length} failure${failures.length === 1 ? '' : 's'}` : 'no failed test named in its output (see the output above)'}`);
  const clip = (text) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);
  for (const f of failures.slice(0, most)) {
    console.log(`  ❌ ${clip(`${f.file ? `${f.file}: ` : ''}${f.test}`)}`);
    if (f.error) console.log(`       ${clip(f.error)}`);
  }
  if (failures.length > most) console.log(`  and ${failures.length - most} more (see the output above)`);
}

// The end of the output names what failed, so that the last lines of a CI log say it.
for (const r of results) if (r.code !== 0) printFailures(r.againRun ?? r);

const total = (performance.now() - started) / 1000;
console.log(`\nBrowser suite, ${parallel ? 'engines at once' : 'one engine after the other'}:`);
for (const r of results) {
  const counts = countsOf(r.output) ?? 'no counts (the run did not finish)';
  console.log(`  ${r.engine.padEnd(9)} ${r.seconds.toFixed(0).padStart(4)} s  ${r.code === 0 ? 'passed' : 'FAILED'}  ${counts}${r.again ? ` (second run: ${r.again})` : ''}`);
}
console.log(`  ${'total'.padEnd(9)} ${total.toFixed(0).padStart(4)} s`);
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
