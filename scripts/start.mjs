// `npm start` (after the build): @web/dev-server with web-dev-server.config.mjs and the command
// line's flags (`npm start -- --port 8080`, `npm start -- --hostname 0.0.0.0`), and a start
// message that says who can connect (the server's own names a network address it does not serve).
import {startDevServer} from '@web/dev-server';

const server = await startDevServer({logStartMessage: false});
const {hostname, port} = server.config;
const local = ['localhost', '127.0.0.1'].includes(hostname);
console.log(`Demo:     http://localhost:${port}/demo/`);
console.log(`Examples: http://localhost:${port}/examples/react/, /examples/vue/, /examples/svelte/, /examples/script-tag.html`);
console.log(
  local
    ? 'Only this computer can connect. To serve the network (a phone, say): npm start -- --hostname 0.0.0.0'
    : `Listening on ${hostname}: other computers on the network can connect.`
);
