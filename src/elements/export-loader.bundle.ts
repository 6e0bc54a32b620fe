/**
 * The script-tag bundles' loader of the export module (in `export-loader.ts`'s place, see
 * rollup.config.mjs): `tiv-charts.export.js`, an ES module beside the bundle, resolved against
 * the bundle's own URL, read when the bundle loads: `import.meta.url` in the ES module bundle, and
 * in the classic script rollup's equivalent, `document.currentScript.src` (which is only set
 * while the script runs).
 * @internal
 */
import type {ExportModule} from './export-loader.js';

/** The export module's URL: beside the bundle that holds this code. */
const EXPORT_URL = new URL('tiv-charts.export.js', import.meta.url).href;

/**
 * The export module, loaded on the first call; rejects with the URL that did not load and the
 * likely cause (the file missing beside the bundle, or a Content-Security-Policy).
 * @internal
 */
export const loadExportModule = (): Promise<ExportModule> =>
  import(/* webpackIgnore: true */ EXPORT_URL).catch(() => {
    // The browser's own reason (a 404, a policy) is on its console.
    throw new Error(`${EXPORT_URL} did not load; it must be served beside the script and allowed by the page's Content-Security-Policy.`);
  });
