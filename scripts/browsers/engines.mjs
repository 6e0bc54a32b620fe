// The three browser engines of the test suite, from Debian's packages (no browser download):
//   chromium  /usr/bin/chromium (or CHROME_PATH), over the DevTools protocol (puppeteer-core);
//   firefox   /usr/bin/firefox-esr (or FIREFOX_PATH), over WebDriver BiDi (puppeteer-core);
//   webkit    WebKitGTK's MiniBrowser through WebKitWebDriver: see webkit.mjs.
import * as puppeteer from 'puppeteer-core';
import {chromeLauncher} from '@web/test-runner-chrome';

export function chromium() {
  const launcher = chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--headless=new',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--js-flags=--expose-gc',
        // Test pages run side by side; keep animation frames and timers running in each.
        '--disable-background-timer-throttling',
        '--disable-renderer-backgrounding',
        '--disable-backgrounding-occluded-windows',
        // This Chromium (156) builds the address bar's popup (a page of its own, in a renderer
        // process of its own) for every window, headless too: CPU and memory that no test needs.
        '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
      ],
    },
  });
  launcher.name = 'Chromium';
  return launcher;
}

export function firefox() {
  return chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
      headless: true,
      extraPrefsFirefox: {
        // Pages run side by side in one window; keep timers of background tabs at full speed.
        'dom.min_background_timeout_value': 0,
        'dom.timeout.enable_budget_timer_throttling': false,
      },
    },
  });
}
