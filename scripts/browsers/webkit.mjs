// WebKit for the test suite: WebKitGTK's MiniBrowser through WebKitWebDriver (WebDriver classic,
// webdriverio) on an Xvfb display, from Debian's webkit2gtk-driver, xvfb and xauth packages.
// WEBKIT_WEBDRIVER_URL names a driver that is already running (.ci/run starts one); without it
// the launcher starts Xvfb and the driver itself and stops both, by pid, when the run ends.
import {spawn} from 'node:child_process';
import {createServer} from 'node:net';
import {WebdriverLauncher} from '@web/test-runner-webdriver';

const miniBrowser = process.env.WEBKIT_MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A WebDriver launcher for WebKitGTK that brings its own driver when none is running. */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {binary: miniBrowser, args: ['--automation']},
      },
    });
    /** @type {import('node:child_process').ChildProcess[]} */
    this._processes = [];
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    const url = new URL(process.env.WEBKIT_WEBDRIVER_URL || (await this._startDriver()));
    Object.assign(this.options, {protocol: url.protocol.slice(0, -1), hostname: url.hostname, port: Number(url.port), path: url.pathname});
  }

  async createDriverManager() {
    const manager = await super.createDriverManager();
    // The same viewport puppeteer gives Chromium and Firefox pages.
    await this.driver.setWindowSize(800, 600);
    return manager;
  }

  async stop() {
    await super.stop();
    this._killAll();
  }

  async _startDriver() {
    const display = await startXvfb(this._processes);
    const port = await freePort();
    const driver = spawn('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], {
      env: {...process.env, DISPLAY: display},
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    this._processes.push(driver);
    // Stopped on every way out, a failed run and Ctrl+C included.
    process.once('exit', () => this._killAll());
    // wtr stops itself on SIGINT; on SIGTERM and SIGHUP Node would skip the exit handlers.
    for (const signal of ['SIGTERM', 'SIGHUP']) process.once(signal, () => process.exit(1));
    const url = `http://127.0.0.1:${port}/`;
    await waitForStatus(url, driver);
    return url;
  }

  _killAll() {
    for (const p of this._processes.splice(0).reverse()) {
      if (p.exitCode === null && p.signalCode === null) p.kill('SIGTERM');
    }
  }
}

export function webkit() {
  return new WebKitLauncher();
}

/** Starts Xvfb on the first free display; resolves to its name (":N"). */
function startXvfb(processes) {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    processes.push(xvfb);
    xvfb.on('error', (e) => reject(new Error(`Xvfb did not start (apt-get install xvfb xauth): ${e.message}`)));
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForStatus(url, driver) {
  let failed;
  driver.once('error', (e) => (failed = new Error(`WebKitWebDriver did not start (apt-get install webkit2gtk-driver): ${e.message}`)));
  driver.once('exit', (code) => (failed ??= new Error(`WebKitWebDriver exited with ${code}`)));
  for (let i = 0; i < 200; i++) {
    if (failed) throw failed;
    try {
      const res = await fetch(new URL('status', url));
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url} within 10 s`);
}
