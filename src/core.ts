/**
 * `tiv-charts/core.js`: the pure, DOM-free pipeline behind the elements, for a static renderer
 * (a server, a build step, a test): parse → normalize → formats → layout → summary. Safe to
 * import in Node.
 *
 * This list is the public API, written out one name at a time: a name added here is a deliberate
 * change, documented in the README ("API: tiv-charts/core.js"), whose list a Node test compares
 * with what this module exports. Everything else in `src/core/` is internal and may change in any
 * release; the library and its tests import it from `./core/index.js`.
 * @module
 */

// Parse: text of a data file to raw rows.
export {parseCsv, parseJson, parseDataText} from './core/index.js';

// Normalize: raw rows to series of data.
export {normalizeData} from './core/index.js';
export type {NormalizeOptions, SeriesSpec} from './core/index.js';

// Formats: numbers and x values as shown, spoken and written to CSV.
export {createFormats, createXFormats, createTimeFormats, timePrecision} from './core/index.js';
export type {NumberFormatOptions, ValueFormats, XFormats, TimeFormats, TimeUnit} from './core/index.js';

// Layout: series to the geometry of a chart, in px.
export {layoutChart} from './core/index.js';
export type {
  LayoutOptions,
  YScaleType,
  CurveType,
  MeasureText,
  ChartLayout,
  Frame,
  Tick,
  ColumnMark,
  PathMark,
  PointMark,
  ValueLabel,
  AnnotationMark,
  Leader,
  LabelNote,
  DirectLabel,
  DirectLabelOptions,
} from './core/index.js';

// Summary: the words a screen reader hears, and the data they name.
export {describeSeries, seriesStats, resolveHighlight} from './core/index.js';
export type {DescribeOptions, SeriesStats} from './core/index.js';

// Ratio: the headline ratio of two series.
export {computeRatio} from './core/index.js';
export type {Ratio} from './core/index.js';

// Messages: the words of each language.
export {registerMessages, messagesFor, namesDay} from './core/index.js';
export type {Messages} from './core/index.js';

// Errors and the shapes of data.
export {ChartDataError} from './core/index.js';
export type {ChartErrorCode, Datum, Series, NormalizedData, XType, MarkType, Annotation} from './core/index.js';
