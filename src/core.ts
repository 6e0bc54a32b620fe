/**
 * `tiv-charts/core.js`: the pure, DOM-free functions behind the elements (parsing, normalizing,
 * number formats, layout, summaries). Safe to import in Node.
 * @module
 */
export * from './core/index.js';
