// The browser tests in WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver): `npm run test:webkit`.
// One page at a time: the WebDriver launcher drives a single browser session.
import base from './web-test-runner.config.mjs';
import {webkit} from './scripts/browsers/webkit.mjs';

// A browser that starts slowly on a busy machine is waited for, not failed; a test's time limit
// (mocha's, which catches a hang) is longer than Chromium's: this engine runs the suite slower.
export default {
  ...base,
  browserStartTimeout: 120000,
  testFramework: {config: {...base.testFramework.config, timeout: 60000}},
  concurrency: 1,
  browsers: [webkit()],
};
