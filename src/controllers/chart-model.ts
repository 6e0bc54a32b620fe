import {
  ChartDataError,
  columnsOf,
  createFormats,
  createXFormats,
  describeSeries,
  layoutChart,
  normalizeData,
  type Annotation,
  type ChartLayout,
  type LayoutOptions,
  type NormalizedData,
  type NormalizeOptions,
  type NumberFormatOptions,
  type Series,
  type ValueFormats,
  type XFormats,
} from '../core/index.js';
import {asChartError, type DataState} from './data-controller.js';

/** A value kept with the keys it was made from (see {@link remember}). */
interface Memo<T> {
  keys?: readonly unknown[];
  value?: T;
}

/** The memo's value, made again by `make` only when one of `keys` differs (`!==`) from the last ones. */
function remember<T>(memo: Memo<T>, keys: readonly unknown[], make: () => T): T {
  if (!memo.keys?.every((k, i) => k === keys[i])) {
    memo.value = make();
    memo.keys = keys;
  }
  return memo.value!;
}

/** What the model controller needs of its host: a name for console warnings. */
export interface ChartModelHost {
  readonly localName: string;
}

/** What the summary is made from (see {@link ChartModelController.summary}). */
export interface SummaryInputs {
  annotations: readonly Annotation[];
  /** Speaks an x value ("20 April 2020"). */
  spokenX: (x: number) => string;
  /** The author's unit: a percentage is not described by its relative change. */
  unit?: string;
  /** Whether one series is named, as several are (see DescribeOptions). */
  named?: boolean;
}

/**
 * The data pipeline of a chart, as a controller object of its host (it has no lifecycle hooks:
 * the host drives it from `willUpdate`): rows → {@link normalizeData} → formats
 * ({@link createFormats}, {@link createXFormats}) → {@link layoutChart}, one step per method, each
 * keeping its last result while its inputs are the same (`!==`), so that a resize lays out again
 * without normalizing or formatting again, and the same fault keeps the same error object (a
 * `chart-error` is dispatched once per change of data). Also the summary (described once per
 * formats and annotations) and the element's warnings, printed once each on the console.
 *
 * The host calls {@link read} first, then {@link format} and {@link layOut} while they have
 * data. Methods throw only on unexpected faults; {@link fail} records one.
 */
export class ChartModelController {
  /** The normalized data, when the data could be read. */
  model?: NormalizedData;
  /** Value formats of the data and options; set by {@link format}. */
  formats?: ValueFormats;
  /** Formats of the x values: English ones until the data set the locale and type. */
  xFormats: XFormats = createXFormats('en');
  /** The series laid out (all of the model's, or fewer, see {@link layOut}). */
  layoutSeries: readonly Series[] = [];
  /** The geometry, when the data and a size are known. */
  layout?: ChartLayout;
  /** Why the data cannot be drawn. */
  error?: ChartDataError;

  private _optionWarnings: string[] = [];
  private _layoutWarnings: readonly string[] = [];
  private _drawnWarnings: string[] = [];
  private readonly _warned = new Set<string>();
  private readonly _normalized: Memo<{model?: NormalizedData; error?: ChartDataError}> = {};
  private readonly _formatted: Memo<{formats: ValueFormats; x: XFormats}> = {};
  private readonly _summary: Memo<string> = {};
  private _inputs?: readonly unknown[];

  constructor(private readonly _host: ChartModelHost) {}

  /**
   * Whether `inputs` (the data state, the size, the locale…: what the model is made from besides
   * the host's properties) are those recorded by the last {@link computedFrom} (`===` each).
   */
  isCurrent(inputs: readonly unknown[]): boolean {
    const last = this._inputs;
    return !!last && last.length === inputs.length && inputs.every((input, i) => input === last[i]);
  }

  /** Records the inputs the model was just computed from (see {@link isCurrent}). */
  computedFrom(inputs: readonly unknown[]) {
    this._inputs = inputs;
  }

  /** Step 1: normalizes the rows of `state` (or takes its error); forgets every later result. */
  read(state: DataState, options: NormalizeOptions) {
    this._optionWarnings = [];
    this._layoutWarnings = [];
    this._drawnWarnings = [];
    this.layout = undefined;
    this.layoutSeries = [];
    const {model, error} = remember(this._normalized, [state, JSON.stringify(options)], () => {
      if (state.status === 'error') return {error: state.error};
      try {
        return {model: state.status === 'ready' ? normalizeData(state.rows, options) : undefined};
      } catch (e) {
        return {error: asChartError(e)};
      }
    });
    this.model = model;
    this.error = error;
  }

  /** Step 2: the value and x formats of the model (kept while the model and options are the same). */
  format(options: NumberFormatOptions) {
    const model = this.model;
    if (!model) return;
    const {formats, x} = remember(this._formatted, [model, JSON.stringify(options)], () => {
      // The values of every series, gaps (NaN) included: one series' column as it is.
      const values = model.series.length === 1 ? columnsOf(model.series[0]).y : model.series.flatMap((s) => columnsOf(s).y);
      const formats = createFormats(options, values);
      return {formats, x: createXFormats(formats.locale, model.xType, model.xs)};
    });
    this.formats = formats;
    this.xFormats = x;
  }

  /** Step 3: lays out `series` (a later call replaces the layout and its warnings). */
  layOut(series: readonly Series[], options: LayoutOptions): ChartLayout {
    this.layoutSeries = series;
    this.layout = layoutChart(series, options);
    this._layoutWarnings = this.layout.warnings;
    return this.layout;
  }

  /**
   * Adds warnings of the host's own: `options` (invalid attribute values) come first in
   * {@link warnings}, before the data's and the layout's; `drawn` (about what the layout drew) last.
   */
  warn(messages: readonly string[], kind: 'options' | 'drawn' = 'options') {
    (kind === 'options' ? this._optionWarnings : this._drawnWarnings).push(...messages);
  }

  /** Every warning of the last computation: options, data, layout, then what was drawn. */
  get warnings(): string[] {
    return [...this._optionWarnings, ...(this.model?.warnings ?? []), ...this._layoutWarnings, ...this._drawnWarnings];
  }

  /** Prints each warning of {@link warnings} on the console, once per element and message. */
  report() {
    for (const message of this.warnings) this.warnOnce(message);
  }

  /** Warns on the console once per element and message. */
  warnOnce(message: string) {
    if (this._warned.has(message)) return;
    this._warned.add(message);
    console.warn(`<${this._host.localName}>: ${message}`);
  }

  /** Records an unexpected fault; the same fault on every update (e.g. at each resize) keeps its error object. */
  fail(e: unknown) {
    this.model = undefined;
    this.layout = undefined;
    const error = asChartError(e);
    const last = this.error;
    this.error = last && last.code === error.code && last.message === error.message ? last : error;
  }

  /**
   * The generated description of the data (see {@link describeSeries}), made once per formats
   * and annotations, not at every render (a resize, a hover); '' without data.
   */
  summary({annotations, spokenX, unit, named}: SummaryInputs): string {
    const model = this.model;
    const formats = this.formats;
    if (!model || !formats) return '';
    return remember(this._summary, [formats, JSON.stringify(annotations), named], () =>
      describeSeries(model.series, formats, annotations, spokenX, {
        relativeChange: (unit ?? '').trim() !== '%',
        dates: model.xType === 'date',
        locale: formats.locale,
        named,
      })
    );
  }
}
