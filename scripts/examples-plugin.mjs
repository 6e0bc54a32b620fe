// A plugin for @web/dev-server and @web/test-runner that serves the framework examples in
// examples/ as a bundler would: React's CommonJS pre-bundled to ES modules by esbuild (once, in
// memory: React and React DOM share one copy), .tsx compiled by esbuild, .svelte components
// compiled by Svelte's compiler, and Vue as its ES module browser build. `npm start` and the
// browser tests (test/elements/frameworks.test.ts) use it.
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {build, transform} from 'esbuild';
import {compile} from 'svelte/compiler';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const PREFIX = '/__prebundled/';

/** The CommonJS modules a React app imports, by the name of their pre-bundled file. */
const COMMONJS = {
  'react.js': 'react',
  'react-jsx-runtime.js': 'react/jsx-runtime',
  'react-dom.js': 'react-dom',
  'react-dom-client.js': 'react-dom/client',
};
const byModule = new Map(Object.entries(COMMONJS).map(([file, name]) => [name, PREFIX + file]));

/**
 * An ES module entry for a CommonJS module: its default export and one named export per key of
 * its `module.exports` (esbuild's ES output of a CommonJS entry has only the default).
 */
function esmEntry(name) {
  // Read in a child process: React's development build patches the console of the process that loads it.
  const keys = JSON.parse(execFileSync(process.execPath, ['-p', `JSON.stringify(Object.keys(require(${JSON.stringify(name)})))`], {cwd: root, encoding: 'utf8'}));
  const names = keys.filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
  return `import cjs from ${JSON.stringify(name)};\nexport default cjs;\nexport const {${names.join(', ')}} = cjs;\n`;
}

/** Builds every entry of COMMONJS into one set of ES modules with shared chunks: file name → code. */
async function prebundle() {
  const result = await build({
    entryPoints: Object.keys(COMMONJS).map((file) => ({in: `entry:${file}`, out: file.replace(/\.js$/, '')})),
    bundle: true,
    splitting: true,
    format: 'esm',
    write: false,
    outdir: 'out',
    logLevel: 'silent',
    define: {'process.env.NODE_ENV': '"development"'},
    plugins: [
      {
        name: 'commonjs-entries',
        setup(b) {
          b.onResolve({filter: /^entry:/}, (args) => ({path: args.path.slice('entry:'.length), namespace: 'entry'}));
          b.onLoad({filter: /.*/, namespace: 'entry'}, (args) => ({contents: esmEntry(COMMONJS[args.path]), resolveDir: root, loader: 'js'}));
        },
      },
    ],
  });
  return new Map(result.outputFiles.map((file) => [path.basename(file.path), file.text]));
}

/** Packages whose browser build is chosen by the `browser` export condition, which the dev server's node resolution leaves out. */
const BROWSER_CONDITION = ['svelte', 'esm-env'];

/** The file of a package's export for `subpath` under the browser's conditions, as a URL path. */
function browserExport(name, subpath) {
  const manifest = JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'));
  let target = manifest.exports?.[subpath];
  while (target && typeof target === 'object') target = target.browser ?? target.development ?? target.import ?? target.default;
  return typeof target === 'string' ? `/node_modules/${name}/${target.replace(/^\.\//, '')}` : undefined;
}

/** tsconfig.examples.json's JSX settings, for esbuild. */
const tsconfigRaw = readFileSync(path.join(root, 'tsconfig.examples.json'), 'utf8');

/** @returns {import('@web/dev-server-core').Plugin} */
export function examplesPlugin() {
  let bundled;
  return {
    name: 'tiv-charts-examples',
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      bundled ??= prebundle();
      const body = (await bundled).get(context.path.slice(PREFIX.length));
      return body === undefined ? undefined : {body, type: 'js'};
    },
    resolveMimeType(context) {
      if (context.path.endsWith('.tsx') || context.path.endsWith('.svelte')) return 'js';
      return undefined;
    },
    resolveImport({source, context}) {
      if (byModule.has(source)) return byModule.get(source);
      if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.js';
      const name = BROWSER_CONDITION.find((pkg) => source === pkg || source.startsWith(pkg + '/'));
      if (name) return browserExport(name, '.' + source.slice(name.length));
      // A relative `./App.js` in TypeScript names `./App.tsx` when that is the file there.
      if (source.startsWith('.') && source.endsWith('.js') && /\.tsx?$/.test(context.path)) {
        const file = path.join(root, path.dirname(context.path), source.replace(/\.js$/, '.tsx'));
        if (existsSync(file)) return source.replace(/\.js$/, '.tsx');
      }
      return undefined;
    },
    async transform(context) {
      const file = path.join(root, context.path);
      if (context.path.endsWith('.tsx')) {
        const {code} = await transform(context.body, {loader: 'tsx', sourcefile: file, tsconfigRaw, sourcemap: 'inline'});
        return code;
      }
      if (context.path.endsWith('.svelte')) {
        const {js} = compile(context.body, {filename: file, generate: 'client', css: 'injected'});
        return js.code;
      }
      return undefined;
    },
  };
}
