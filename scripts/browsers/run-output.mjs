// Reads what a web-test-runner run printed (scripts/test-browsers.mjs): its counts line, its
// failures, and whether its only failures were its WebDriver connection's.

/** The counts line of scripts/browsers/skip-report.mjs, which a run prints when it finishes ("1284 tests: …"). */
export const countsOf = (output) => output.match(/^\S+: (\d+ tests: .*)$/m)?.[1];

/**
 * The failures a run printed: web-test-runner's lines "❌ suite > test" (or a whole file's
 * failure, such as a module that could not be imported, or tests that did not finish), each with
 * the test file above it and the first line of its error, the indented line below it.
 */
export function failuresOf(output) {
  // eslint-disable-next-line no-control-regex -- colours and cursor moves of the progress bar
  const lines = output.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').split(/\r?\n/);
  const failures = new Map();
  let file = '';
  for (const [i, line] of lines.entries()) {
    file = line.match(/^(\S+\.test\.\w+):$/)?.[1] ?? file;
    const test = line.match(/^\s*❌\s*(.+)$/)?.[1].trim();
    if (!test) continue;
    const next = lines[i + 1] ?? '';
    const error = /^ {4,}\S/.test(next) ? next.trim() : '';
    failures.set(`${file} ${test}`, {file, test, error});
  }
  return [...failures.values()];
}

/**
 * A failure that is the WebDriver connection's, not a test's: a request to the driver that got no
 * answer (undici's `UND_ERR_…` codes, as webdriver's `Request failed with error code …` names them).
 */
const DRIVER_NO_ANSWER = /WebDriverError: Request failed with error code UND_ERR_/;

/**
 * The test files to run again when a run that finished failed only because the driver did not
 * answer: its counts say no test failed, and every failure it printed is a whole file's
 * {@link DRIVER_NO_ANSWER}. `undefined` otherwise (a failed test, or a failure of another kind).
 */
export function driverFailures(output) {
  const counts = countsOf(output);
  const failures = failuresOf(output);
  if (!counts || !/\b0 failed\b/.test(counts) || failures.length === 0) return undefined;
  if (!failures.every((f) => f.file && DRIVER_NO_ANSWER.test(`${f.test} ${f.error}`))) return undefined;
  return [...new Set(failures.map((f) => f.file))];
}
