// `npm start`: serves the demo on http://localhost:8000 with bare imports resolved.
import {esbuildPlugin} from '@web/dev-server-esbuild';

export default {
  port: 8000,
  nodeResolve: true,
  open: false,
  rootDir: '.',
  plugins: [esbuildPlugin({ts: true, tsconfig: 'tsconfig.json'})],
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
