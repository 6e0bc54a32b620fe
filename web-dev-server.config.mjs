// `npm start`: serves the demo on http://localhost:8000 with bare imports resolved, and the
// framework examples (examples/react/, examples/vue/, examples/svelte/) as a bundler would.
// Only this computer can connect (127.0.0.1); `npm start -- --hostname 0.0.0.0` serves every
// network interface, e.g. to try the demo on a phone on the same network.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {examplesPlugin} from './scripts/examples-plugin.mjs';

/**
 * Keeps the server on the loopback interface. @web/dev-server listens on every interface when
 * its hostname is `localhost` or `127.0.0.1` (it passes no host to `listen`, for some remote
 * browsers); this listens again on 127.0.0.1 before any request is served. Another hostname
 * (`--hostname 0.0.0.0`) is left as it is.
 */
function loopbackOnly() {
  return {
    name: 'loopback-only',
    async serverStart({config, server}) {
      if (!server || !['localhost', '127.0.0.1'].includes(config.hostname)) return;
      await new Promise((resolve) => server.close(resolve));
      await new Promise((resolve) => server.listen(config.port, '127.0.0.1', resolve));
    },
  };
}

export default {
  port: 8000,
  nodeResolve: true,
  open: false,
  rootDir: '.',
  plugins: [loopbackOnly(), esbuildPlugin({ts: true, tsconfig: 'tsconfig.json'}), examplesPlugin()],
  middleware: [
    // http://localhost:8000/ opens the demo.
    function demoIndex(context, next) {
      if (context.path === '/') {
        context.redirect('/demo/');
        return;
      }
      return next();
    },
  ],
};
