/**
 * Loads the module that makes the SVG and PNG downloads (`export/download.ts`) when a reader asks
 * for one: with the npm modules, a plain dynamic import, which an app's bundler makes a chunk of
 * its own. The script-tag bundles load it from beside themselves instead (`export-loader.bundle.ts`,
 * which rollup.config.mjs puts in this module's place).
 * @internal
 */
export type ExportModule = typeof import('../export/download.js');

/** The export module, loaded on the first call. @internal */
export const loadExportModule = (): Promise<ExportModule> => import('../export/download.js');
