// scripts/browsers/run-output.mjs: what the browser suite's runner reads from a web-test-runner
// run, and when it runs files again (only when the driver did not answer and no test failed).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {countsOf, driverFailures, failuresOf} from '../../scripts/browsers/run-output.mjs';

// A WebKit run of CI (2026-12-07) whose tests all passed, as it printed it (cursor moves
// included), but whose driver never answered the navigation that ends one test file.
const noAnswer = `
\x1b[2K\x1b[1A\x1b[2K\x1b[Gtest/core/time.test.ts:

 🚧 Browser logs:
      Lit is in dev mode. Not recommended for production! See https://lit.dev/msg/dev-mode for more information.

 ❌ Error: WebDriverError: Request failed with error code UND_ERR_HEADERS_TIMEOUT when running "url" with method "POST" 
    Error: WebDriverError: Request failed with error code UND_ERR_HEADERS_TIMEOUT when running "url" with method "POST"
        at SessionManager.stopSession (node_modules/@web/test-runner-webdriver/dist/SessionManager.js:59:9)

WebKit: |██████████▌                   | 27/77 test files | 712 passed, 0 failed
WebKit: 1284 tests: 1212 passed, 0 failed, 72 skipped
`;

// A failed test, in the form web-test-runner prints it.
const failedTest = `
test/elements/tooltip.test.ts:

 ❌ tooltip > stays inside the viewport
      AssertionError: expected 412 to be at most 375
        at n.<anonymous> (test/elements/tooltip.test.ts:88:31)

WebKit: 1284 tests: 1211 passed, 1 failed, 72 skipped
`;

test('the counts line and the failures of a run are read through its cursor moves', () => {
  assert.equal(countsOf(noAnswer), '1284 tests: 1212 passed, 0 failed, 72 skipped');
  assert.deepEqual(failuresOf(noAnswer), [
    {
      file: 'test/core/time.test.ts',
      test: 'Error: WebDriverError: Request failed with error code UND_ERR_HEADERS_TIMEOUT when running "url" with method "POST"',
      error: 'Error: WebDriverError: Request failed with error code UND_ERR_HEADERS_TIMEOUT when running "url" with method "POST"',
    },
  ]);
  assert.equal(countsOf('WebKit: |███ | 27/77 test files | 712 passed, 0 failed'), undefined, 'a progress line is not the counts');
});

test('files whose driver did not answer, with no failed test, are run again', () => {
  assert.deepEqual(driverFailures(noAnswer), ['test/core/time.test.ts']);
});

test('a failed test is never run again, with or without a driver that did not answer', () => {
  assert.equal(driverFailures(failedTest), undefined);
  assert.equal(driverFailures(noAnswer.replace('0 failed, 72', '1 failed, 72') + failedTest.replace(/^WebKit: .*$/m, '')), undefined);
  // Counts that say a test failed, though the only failure printed is the driver's.
  assert.equal(driverFailures(noAnswer.replace('1212 passed, 0 failed', '1211 passed, 1 failed')), undefined);
});

test('a run that did not finish, or failed another way, is not taken for a driver that did not answer', () => {
  assert.equal(driverFailures(noAnswer.replace(/^WebKit: 1284 tests.*$/m, '')), undefined, 'no counts line');
  const importFailed = noAnswer.replace(/❌ Error: WebDriverError[^\n]*\n[^\n]*\n/, ' ❌ Could not import your test module.\n      TypeError: Failed to fetch dynamically imported module\n');
  assert.equal(driverFailures(importFailed), undefined);
  // The driver's failure in one file and another kind in the next: nothing is run again.
  const both = noAnswer.replace('WebKit: |', 'test/core/format.test.ts:\n\n ❌ Could not import your test module.\n      TypeError: Failed to fetch dynamically imported module\n\nWebKit: |');
  assert.equal(failuresOf(both).length, 2);
  assert.equal(driverFailures(both), undefined);
  assert.equal(driverFailures('WebKit: 1284 tests: 1212 passed, 0 failed, 72 skipped\n'), undefined, 'nothing failed');
});
