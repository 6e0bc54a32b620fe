// Browser tests, in Chromium by default (what `npx wtr` and `npm run test:chromium` run).
// web-test-runner.firefox.config.mjs and web-test-runner.webkit.config.mjs take everything
// from here but the browser; `npm test` runs all three (scripts/test-browsers.mjs).
// Engines, drivers and their commands: scripts/browsers/.
import {readFile} from 'node:fs/promises';
import {defaultReporter} from '@web/test-runner';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromium} from './scripts/browsers/engines.mjs';
import {engineCommands} from './scripts/browsers/commands.mjs';
import {skipReport} from './scripts/browsers/skip-report.mjs';
import {examplesPlugin} from './scripts/examples-plugin.mjs';
import {sitePages} from './scripts/site-pages.mjs';
import {visualRegressionPlugin} from '@web/test-runner-visual-regression/plugin';

/**
 * Visual regression (test/visual/): Chromium's pictures of the charts against the baselines in
 * test/visual/baseline/, made on Debian's Chromium with its DejaVu and Liberation fonts. A picture
 * that differs goes to test/visual/failed/ with a -diff picture beside it (differences in red).
 * `npm run test:visual -- --update-visual-baseline` makes the baselines anew: look at each one.
 */
function visualBaselines() {
  return visualRegressionPlugin({
    update: process.argv.includes('--update-visual-baseline'),
    baseDir: 'test/visual',
    getBaselineName: ({name}) => `baseline/${name}.png`,
    getFailedName: ({name}) => `failed/${name}.png`,
    getDiffName: ({name}) => `failed/${name}-diff.png`,
    failureThresholdType: 'percent',
    failureThreshold: 0.05,
  });
}

// On an uncaught exception in its own process (a browser driver's dropped connection, say),
// web-test-runner stops and exits with 1, but its message goes through the console buffer of its
// progress display, which that exit does not flush: the run ends without a word (seen in WebKit
// runs in CI). The message is written here first, straight to stderr.
process.on('uncaughtException', (error) => {
  process.stderr.write(`\nUncaught exception in the test runner, which stops: ${error?.stack ?? error}\n`);
});

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 300000,
  browsers: [chromium()],
  plugins: [esbuildPlugin({ts: true, tsconfig: 'tsconfig.json'}), examplesPlugin(), engineCommands(), visualBaselines()],
  reporters: [defaultReporter(), skipReport()],
  testFramework: {config: {timeout: 20000}},
  middleware: [
    // The demo article with its data held back, and server-rendered pages (scripts/site-pages.mjs).
    sitePages,
    // Test fixtures that need special bytes or statuses.
    async function fixtures(context, next) {
      const fixed = {
        '/test-fixtures/bom.csv': ['text/csv', '\uFEFFyear,value\n2019,1450\n2020,980\n2021,1210\n'],
        '/test-fixtures/bom-tiv.csv': ['text/csv', '\uFEFFyear,tiv\n2019,1450\n2020,980\n2021,1210\n'],
        '/test-fixtures/bom.json': ['application/json', '\uFEFF[{"year":2019,"value":1450},{"year":2020,"value":980},{"year":2021,"value":1210}]'],
        '/test-fixtures/header-only.csv': ['text/csv', 'year,value\n'],
        '/test-fixtures/empty.csv': ['text/csv', ''],
        '/test-fixtures/empty.json': ['application/json', '[]'],
        '/test-fixtures/unsorted.csv': ['text/csv', 'year,value\n2005,310\n2001,220\n2003,180\n2002,260\n2004,240\n'],
        '/test-fixtures/unclosed-quote.csv': ['text/csv', 'year,value\n2019,1\n2020,"unterminated\n2021,3\n'],
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
      if (context.url.startsWith('/test-fixtures/csp-page.html')) {
        // A page under a strict policy whose img-src (and connect-src) the query gives, with the
        // classic-script bundle and an empty #host (in the test web font with ?font):
        // /test-fixtures/csp-page.html?img='self'%20data:&connect='none'&font
        const params = new URLSearchParams(context.url.split('?')[1] ?? '');
        const policy = [`default-src 'self'`, `script-src 'self'`, `style-src 'self'`, `img-src ${params.get('img') ?? "'self'"}`];
        if (params.has('connect')) policy.push(`connect-src ${params.get('connect')}`);
        context.set('Content-Security-Policy', policy.join('; '));
        context.type = 'text/html';
        context.body = `<!doctype html><html lang="en"><head><script src="/test/fixtures/csp-probe.js"></script><script src="/dist/tiv-charts.min.js"></script>
${params.has('font') ? '<link rel="stylesheet" href="/test/fixtures/fonts/wide-test.css">' : ''}</head>
<body><div id="host" ${params.has('font') ? 'class="wide-test"' : ''}></div></body></html>`;
        return;
      }
      if (context.url.startsWith('/test-fixtures/lonely/tiv-charts.min.js')) {
        // The classic-script bundle served without tiv-charts.export.js beside it.
        context.type = 'text/javascript';
        context.body = await readFile(new URL('./dist/tiv-charts.min.js', import.meta.url));
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
      if (context.url.startsWith('/test-fixtures/late-font.woff')) {
        // /test-fixtures/late-font.woff?ms=1500: the test web font, after ms milliseconds.
        const params = new URLSearchParams(context.url.split('?')[1] ?? '');
        const font = await readFile(new URL('./test/fixtures/fonts/late-wide-test.woff', import.meta.url));
        return new Promise((resolve) =>
          setTimeout(() => {
            context.type = 'font/woff';
            context.body = font;
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
