// The browser tests in WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver): `npm run test:webkit`.
// One page at a time: the WebDriver launcher drives a single browser session.
import base from './web-test-runner.config.mjs';
import {webkit} from './scripts/browsers/webkit.mjs';

export default {...base, concurrency: 1, browsers: [webkit()]};
