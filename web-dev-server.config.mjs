// `npm start`: serves the demo on http://localhost:8000 with bare imports resolved.
import {esbuildPlugin} from '@web/dev-server-esbuild';

export default {
  port: 8000,
  nodeResolve: true,
  open: false,
  appIndex: 'demo/index.html',
  rootDir: '.',
  plugins: [esbuildPlugin({ts: true, tsconfig: 'tsconfig.json'})],
};
