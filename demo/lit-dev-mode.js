// The story book runs the library from its sources through the dev server, which resolves Lit's
// "development" build (with its checks, useful while editing). That build warns once, on every
// page, that it is in dev mode. The warning is Lit's, not ours, and says nothing about the charts:
// it is silenced here, before Lit loads, the way Lit documents (https://lit.dev/msg/dev-mode).
// Any other Lit warning still shows. The article page uses the built bundle, without dev mode.
globalThis.litIssuedWarnings ??= new Set();
globalThis.litIssuedWarnings.add('dev-mode');
