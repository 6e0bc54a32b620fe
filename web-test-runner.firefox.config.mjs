// The browser tests in Firefox ESR (Debian's firefox-esr over WebDriver BiDi): `npm run test:firefox`.
import base from './web-test-runner.config.mjs';
import {firefox} from './scripts/browsers/engines.mjs';

export default {...base, browsers: [firefox()]};
