// The browser tests in Firefox ESR (Debian's firefox-esr over WebDriver BiDi): `npm run test:firefox`.
import base from './web-test-runner.config.mjs';
import {firefox} from './scripts/browsers/engines.mjs';

// A browser that starts slowly on a busy machine is waited for, not failed; a test's time limit
// (mocha's, which catches a hang) is longer than Chromium's: this engine runs the suite slower.
export default {
  ...base,
  browserStartTimeout: 120000,
  testFramework: {config: {...base.testFramework.config, timeout: 60000}},
  browsers: [firefox()],
};
