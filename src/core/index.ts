/**
 * The pure, DOM-free pipeline behind the tiv-charts elements: parse → normalize → format →
 * layout → describe. Safe to import in Node (no browser globals are touched).
 * @module
 */
export * from './types.js';
export * from './parse.js';
export * from './normalize.js';
export * from './format.js';
export * from './layout.js';
export * from './summary.js';
export * from './compare.js';
export * from './messages.js';
export * from './time.js';
export * from './columns.js';
