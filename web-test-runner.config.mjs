// Browser tests in Debian's headless Chromium (no browser download): CHROME_PATH or /usr/bin/chromium.
import {chromeLauncher} from '@web/test-runner-chrome';
import {esbuildPlugin} from '@web/dev-server-esbuild';


const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * Test commands over the DevTools protocol: `emulate-media-features` (any media feature,
 * forced-colors included, and the media type), `emulate-timezone` (the page's time zone) and
 * `ax-tree` (Chromium's accessibility tree) and `touch` (a real touch event: `{type: 'touchStart' |
 * 'touchMove' | 'touchEnd', points: [{x, y}]}` in viewport px, through `Input.dispatchTouchEvent`).
 * One CDP session per page, kept open: emulation set by a session ends when it detaches.
 */
function cdpCommands() {
  const sessions = new Map();
  const cdp = async (session) => {
    const page = session.browser.getPage(session.id);
    if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
    return {page, client: sessions.get(page)};
  };
  return {
    name: 'cdp-commands',
    async executeCommand({command, payload, session}) {
      if (command === 'emulate-media-features') {
        const {client} = await cdp(session);
        await client.send('Emulation.setEmulatedMedia', {media: payload.media ?? '', features: payload.features ?? []});
        return true;
      }
      if (command === 'emulate-timezone') {
        const {client} = await cdp(session);
        await client.send('Emulation.setTimezoneOverride', {timezoneId: payload.timezoneId});
        return true;
      }
      if (command === 'touch') {
        const {client} = await cdp(session);
        const touchPoints = (payload.points ?? []).map((p) => ({x: p.x, y: p.y, id: p.id ?? 0, radiusX: 6, radiusY: 6}));
        await client.send('Input.dispatchTouchEvent', {type: payload.type, touchPoints});
        return true;
      }
      if (command === 'ax-tree') {
        const {page} = await cdp(session);
        return page.accessibility.snapshot({interestingOnly: payload?.interestingOnly ?? true});
      }
      return undefined;
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 300000,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
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
        ],
      },
    }),
  ],
  plugins: [esbuildPlugin({ts: true, tsconfig: 'tsconfig.json'}), cdpCommands()],
  testFramework: {config: {timeout: 20000}},
  middleware: [
    // Test fixtures that need special bytes or statuses.
    function fixtures(context, next) {
      const fixed = {
        '/test-fixtures/bom.csv': ['text/csv', '\uFEFFyear,value\n2019,1450\n2020,980\n2021,1210\n'],
        '/test-fixtures/bom-tiv.csv': ['text/csv', '\uFEFFyear,tiv\n2019,1450\n2020,980\n2021,1210\n'],
        '/test-fixtures/bom.json': ['application/json', '\uFEFF[{"year":2019,"value":1450},{"year":2020,"value":980},{"year":2021,"value":1210}]'],
        '/test-fixtures/header-only.csv': ['text/csv', 'year,value\n'],
        '/test-fixtures/unsorted.csv': ['text/csv', 'year,value\n2005,310\n2001,220\n2003,180\n2002,260\n2004,240\n'],
      }[context.url.split('?')[0]];
      if (fixed) {
        context.type = fixed[0];
        context.body = Buffer.from(fixed[1], 'utf8');
        return;
      }
      if (context.url.startsWith('/test-fixtures/csp.html')) {
        // Both elements from one bundle under a strict policy; csp-probe.js records violations.
        const bundle = context.url.includes('esm')
          ? '<script type="module" src="/dist/tiv-charts.bundle.js"></script>'
          : '<script src="/dist/tiv-charts.min.js"></script>';
        if (!context.url.includes('nocsp')) {
          context.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'");
        }
        context.type = 'text/html';
        context.body = `<!doctype html><html lang="en"><head><script src="/test/fixtures/csp-probe.js"></script>${bundle}</head><body>
<div id="host">
<tiv-trend heading="Arms imports, Country O" unit="mn" mark="column" aspect-ratio="4 / 3" highlight="max" annotations='[{"year":2020,"label":"Note"}]' data='[{"year":2020,"value":300},{"year":2021,"value":420}]'></tiv-trend>
<tiv-trend mark="line" data='[{"year":2020,"value":300},{"year":2021,"value":420}]'></tiv-trend>
<tiv-trend mark="area" data='[{"year":2020,"value":300},{"year":2021,"value":420}]'></tiv-trend>
<spend-compare heading="Spending, Country A and Country B" prefix="$" unit="bn" series='[{"key":"a","label":"A","color":"#c00"},{"key":"b","label":"B"}]' data='[{"year":2020,"a":30,"b":12},{"year":2021,"a":33,"b":12.5}]'></spend-compare>
<spend-compare mark="bar" data='[{"year":2020,"a":30,"b":12},{"year":2021,"a":33,"b":12.5}]'></spend-compare>
<tiv-trend theme="dark" heading="Dark" data='[{"year":2020,"value":300},{"year":2021,"value":420}]'></tiv-trend>
</div></body></html>`;
        return;
      }
      if (context.url.startsWith('/test-fixtures/page.csv')) {
        context.type = 'text/html';
        context.body = '<!doctype html><html><body>Not found</body></html>';
        return;
      }
      if (context.url.startsWith('/test-fixtures/huge.csv')) {
        // 50 MB of rows.
        context.type = 'text/csv';
        context.body = Buffer.alloc(50 * 1024 * 1024, '2000,1\n');
        return;
      }
      if (context.url.startsWith('/test-fixtures/hang.csv')) {
        // Answers only after 4 s: a client with a shorter timeout gives up first.
        return new Promise((resolve) =>
          setTimeout(() => {
            context.type = 'text/csv';
            context.body = 'year,value\n2000,1\n';
            resolve();
          }, 4000)
        );
      }
      if (context.url.startsWith('/test-fixtures/delay.csv')) {
        // /test-fixtures/delay.csv?ms=300&v=7: one row with value v after ms milliseconds.
        const params = new URLSearchParams(context.url.split('?')[1] ?? '');
        return new Promise((resolve) =>
          setTimeout(() => {
            context.type = 'text/csv';
            context.body = `year,value\n2000,${Number(params.get('v') ?? 1)}\n2001,${Number(params.get('v') ?? 1) + 1}\n`;
            resolve();
          }, Number(params.get('ms') ?? 0))
        );
      }
      if (context.url.startsWith('/test-fixtures/hostile.csv')) {
        context.type = 'text/csv';
        context.body = 'year,"<img src=x onerror=window.__pwned=7>"\n2020,100\n2021,"<script>window.__pwned=8</script>"\n2022,120\n';
        return;
      }
      if (context.url.startsWith('/test-fixtures/slow.csv')) {
        return new Promise((resolve) =>
          setTimeout(() => {
            context.type = 'text/csv';
            context.body = 'year,value\n2000,1\n2001,2\n';
            resolve();
          }, 800)
        );
      }
      return next();
    },
  ],
};
