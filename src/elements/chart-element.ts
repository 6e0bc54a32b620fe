import {html, LitElement, nothing, svg, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {csvFormatRows} from 'd3-dsv';
import {styleProperties} from './style-properties.js';
import {
  ChartDataError,
  createFormats,
  createXFormats,
  columnsOf,
  seriesDatumAt,
  valuesAt,
  describeSeries,
  layoutChart,
  nearestIndex,
  normalizeData,
  parseJson,
  positionsAt,
  resolveHighlight,
  validFormatSpecifier,
  validLocale,
  type Annotation,
  type ChartLayout,
  type DatumPosition,
  type MarkType,
  type NormalizedData,
  type NormalizeOptions,
  type Series,
  messagesFor,
  toNumber,
  toTime,
  type Messages,
  type XFormats,
  type ValueFormats,
} from '../core/index.js';
import {asChartError, DataController} from '../controllers/data-controller.js';
import {PointNavigation} from '../controllers/point-navigation.js';
import {SizeController, type Size} from '../controllers/size-controller.js';
import {chartStyles} from './chart-styles.js';
import {textMeasurer} from './text-measure.js';

/** Detail of the `chart-error` event. */
export interface ChartErrorDetail {
  /** Stable code: `no-data`, `invalid-json`, `invalid-data`, `missing-column`, `no-values`, `fetch-failed`, `invalid-ratio`. */
  code: string;
  /** What went wrong, in words, as shown on the chart. */
  message: string;
}

/** Detail of the `chart-render` event. */
export interface ChartRenderDetail {
  /** Number of data drawn: columns or bars, or the defined vertices of lines and areas. */
  marks: number;
  /** Problems that did not stop the chart (dropped rows, duplicate years, ignored options). */
  warnings: string[];
}

/** Parses a JSON attribute; a value that is not JSON arrives as a ChartDataError (never thrown). */
export const jsonConverter = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    try {
      return parseJson(value);
    } catch (e) {
      return asChartError(e);
    }
  },
};

/** A number attribute; blank or non-numeric text is `undefined`. */
export const numberConverter = {
  fromAttribute(value: string | null): number | undefined {
    if (value === null || value.trim() === '') return undefined;
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  },
};

const SLOTS = ['heading', 'subheading', 'note', 'source'] as const;
/** Colours in the series palette (`--tiv-series-1` … `--tiv-series-8`). */
export const PALETTE_SIZE = 8;
let uid = 0;

/** A value kept with the keys it was made from (see {@link remember}). */
interface Memo<T> {
  keys?: unknown[];
  value?: T;
}

/** The memo's value, made again by `make` only when one of `keys` differs (`!==`) from the last ones. */
function remember<T>(memo: Memo<T>, keys: unknown[], make: () => T): T {
  if (!memo.keys?.every((k, i) => k === keys[i])) {
    memo.value = make();
    memo.keys = keys;
  }
  return memo.value!;
}

/**
 * Base class of the tiv-charts elements: data loading, text, number formats, layout, tooltip,
 * summary, data table and errors. Not registered as an element itself.
 *
 * @fires chart-render - After each drawing. Detail: `{marks: number, warnings: string[]}`.
 * @fires chart-error - When the data cannot be drawn (also for "no data"). Detail: `{code: string, message: string}`.
 *
 * @slot heading - Rich text for the heading; replaces the `heading` attribute's text.
 * @slot subheading - Rich text for the line under the heading (put units here).
 * @slot note - Rich text for the note under the chart.
 * @slot source - Rich text for the source line, e.g. with a link.
 * @slot description - Your own description for screen readers; replaces the generated summary.
 *
 * @csspart figure - The whole chart, a `<figure>`.
 * @csspart heading - The heading.
 * @csspart subheading - The line under the heading.
 * @csspart plot - The box that holds the SVG, the message and the tooltip.
 * @csspart svg - The SVG drawing.
 * @csspart message - The "no data" or error message in place of the plot.
 * @csspart tooltip - The tooltip.
 * @csspart note - The note line.
 * @csspart source - The source line.
 * @csspart summary - The summary (visually hidden unless `show-summary`).
 * @csspart controls - The row with the "Show data" button and the "Download CSV" link.
 * @csspart button - The "Show data" button.
 * @csspart download - The "Download CSV" link.
 * @csspart table-wrapper - The box around the data table (visually hidden until "Show data").
 * @csspart table - The data table; screen readers reach it even while it is visually hidden.
 *
 * @cssprop [--tiv-color-text=currentColor] - Text colour (heading, labels).
 * @cssprop [--tiv-color-muted=text at 72%] - Secondary text: subheading, ticks, note, source.
 * @cssprop [--tiv-color-mark=--tiv-series-1] - Colour of the columns, line or area of `<tiv-trend>`; `<spend-compare>` colours its series with `--tiv-series-1` … `--tiv-series-8` only.
 * @cssprop [--tiv-color-highlight=#c2410c] - Colour of highlighted marks.
 * @cssprop [--tiv-color-grid=text at 16%] - Gridlines.
 * @cssprop [--tiv-color-baseline=text at 75%] - The zero baseline.
 * @cssprop [--tiv-color-range=text at 8%] - Shaded annotation ranges.
 * @cssprop [--tiv-color-background=transparent] - Background of the element (`theme="light"`/`"dark"` paint white / #121212).
 * @cssprop [--tiv-color-focus=text colour] - Keyboard focus ring.
 * @cssprop [--tiv-tooltip-background=Canvas] - Tooltip background.
 * @cssprop [--tiv-tooltip-color=CanvasText] - Tooltip text.
 * @cssprop [--tiv-font-family=inherit] - Font of all text; the page's font by default.
 * @cssprop [--tiv-font-size-heading=1.25rem] - Heading size.
 * @cssprop [--tiv-font-weight-heading=700] - Heading weight.
 * @cssprop [--tiv-font-size-subheading=1rem] - Subheading size.
 * @cssprop [--tiv-font-size-small=0.8125rem] - Ticks, labels, note and source.
 * @cssprop [--tiv-line-width=2.5px] - Stroke width of lines.
 * @cssprop [--tiv-aspect-ratio=16 / 9] - Width-to-height ratio of the plot (the `aspect-ratio` attribute overrides it).
 * @cssprop [--tiv-plot-min-height=12rem] - Smallest plot height.
 * @cssprop [--tiv-plot-max-height=28rem] - Largest plot height.
 */
export abstract class ChartElement extends LitElement {
  static override styles: CSSResultGroup = chartStyles;

  static override properties: PropertyDeclarations = {
    heading: {},
    subheading: {},
    source: {},
    sourceHref: {attribute: 'source-href'},
    note: {},
    headingLevel: {attribute: 'heading-level', converter: numberConverter},
    data: {converter: jsonConverter},
    src: {},
    xKey: {attribute: 'x-key'},
    yKey: {attribute: 'y-key'},
    unit: {},
    unitLabel: {attribute: 'unit-label'},
    prefix: {},
    locale: {},
    yFormat: {attribute: 'y-format'},
    yMin: {attribute: 'y-min', converter: numberConverter},
    yMax: {attribute: 'y-max', converter: numberConverter},
    highlight: {},
    annotations: {converter: jsonConverter},
    aspectRatio: {attribute: 'aspect-ratio'},
    description: {},
    showSummary: {type: Boolean, attribute: 'show-summary'},
    theme: {reflect: true},
    _hover: {state: true, attribute: false},
    _activeSeries: {state: true, attribute: false},
    _announcement: {state: true, attribute: false},
    _tableOpen: {state: true, attribute: false},
    _tableReady: {state: true, attribute: false},
  };

  /** Chart title; names the chart for assistive technology. The `heading` slot overrides its display. */
  heading?: string;

  /** Line under the heading; put the unit here, e.g. "TIV, millions". */
  subheading?: string;

  /** Source line under the chart, e.g. "Source: SIPRI Arms Transfers Database". */
  source?: string;

  /** Makes the source line a link; only `http:` and `https:` URLs are used. */
  sourceHref?: string;

  /** A note under the chart. */
  note?: string;

  /** 1–6: renders the heading as a heading of that level in the page outline. Without it the heading is styled text. */
  headingLevel?: number;

  /**
   * The data: an array of `{"year": 2001, "value": 2890}` objects or `[2001, 2890]` pairs, as a
   * JSON attribute or an array property. Takes precedence over `src` and child content.
   */
  data?: unknown;

  /** URL of a CSV or JSON data file. A new URL aborts the previous request; only the latest is drawn. */
  src?: string;

  /** Column with the years, or ISO 8601 dates (a date axis, in UTC). Default `year` (else the first column). */
  xKey?: string;

  /** Column with the values. Default `value` (else the first other numeric column). */
  yKey?: string;

  /** Text after each number, e.g. `mn` or `%`. */
  unit?: string;

  /** Words for `unit` and `prefix` read by screen readers, e.g. `million TIV`; common abbreviations have defaults. */
  unitLabel?: string;

  /**
   * Text before each number, e.g. `$`. (This replaces the DOM's namespace `prefix`, which is
   * always null for HTML elements.)
   */
  override prefix: string | null = null;

  /** BCP 47 locale for numbers; default: the nearest `lang` attribute, else `en`. */
  locale?: string;

  /** d3-format specifier for values and y-axis ticks alike, e.g. `,.1f`; invalid specifiers are ignored with a warning. */
  yFormat?: string;

  /** Lower end of the value axis (columns and areas always include zero). */
  yMin?: number;

  /** Upper end of the value axis (columns and areas always include zero). */
  yMax?: number;

  /** Years (ISO dates on a date axis) to emphasise, separated by commas or spaces, or `max`, `min`, `first`, `last`. */
  highlight?: string;

  /**
   * JSON list of `{"year": 2014, "label": "…"}` markers and `{"from": 2014, "to": 2016, "label": "…"}`
   * ranges; on a date axis ISO dates, `{"date": "2020-04-20", "label": "…"}`.
   */
  annotations?: unknown;

  /** Width-to-height ratio of the plot, as CSS `aspect-ratio` (e.g. `4 / 3`). Default 16 / 9 within a min and max height. */
  aspectRatio?: string;

  /** Your own description of the chart for screen readers; replaces the generated summary (the `description` slot does too). */
  description?: string;

  /** Shows the summary (generated or `description`) as a visible caption under the subheading. */
  showSummary = false;

  /** `light`, `dark` or `auto` (default: the page's own colours). `light` and `dark` paint their own background. */
  theme?: string;

  /** How values are drawn; each element documents its own marks. */
  abstract mark: string;

  /** The year under the pointer or keyboard focus (tooltip). */
  protected _hover?: number;
  /** Series of the keyboard-focused point (focus ring), when navigating with the keyboard. */
  protected _activeSeries?: number;
  /** What the polite live region says after a keyboard move. */
  protected _announcement = '';
  /** Whether the data table is shown. */
  protected _tableOpen = false;
  /**
   * Whether the visually hidden table is built: in the frame after the first chart is drawn, so
   * that the chart paints first (ten charts on a page: 12 ms earlier); screen readers get the
   * table a frame later. "Show data" builds it at once.
   */
  protected _tableReady = false;
  private _tableScheduled = false;
  protected readonly _navigation = new PointNavigation();

  protected readonly _data = new DataController(this);
  protected readonly _size = new SizeController(this);
  protected _model?: NormalizedData;
  protected _formats?: ValueFormats;
  /** Formats of the x values: English ones until the data set the locale and type. */
  protected _xFormats: XFormats = createXFormats('en');
  /** The series laid out (see {@link seriesForLayout}). */
  protected _layoutSeries: Series[] = [];
  protected _layout?: ChartLayout;
  protected _error?: ChartDataError;
  protected _warnings: string[] = [];
  protected _fontSize = 13;
  protected _fontFamily = '';
  private _reported = new WeakSet<ChartDataError>();
  private _renderFault?: ChartDataError;
  private _normalized: Memo<{model?: NormalizedData; error?: ChartDataError}> = {};
  private _formatted: Memo<{formats: ValueFormats; x: XFormats}> = {};
  private _summary: Memo<string> = {};
  private _renderedLayout?: ChartLayout;
  private _warned = new Set<string>();
  private readonly _id = `tiv${++uid}`;

  /** Marks the element accepts; the first is the default. */
  protected abstract get marks(): readonly MarkType[];
  /** Whether every numeric column is a series (true) or only one (false). */
  protected abstract get multiSeries(): boolean;

  /** The mark in use: the `mark` attribute when valid, else the default. */
  protected get effectiveMark(): MarkType {
    const m = (this.mark ?? '').trim().toLowerCase() as MarkType;
    return this.marks.includes(m) ? m : this.marks[0];
  }

  /** Options for {@link normalizeData}; subclasses add series specs. */
  protected normalizeOptions(): NormalizeOptions {
    return {
      xKey: this.xKey,
      yKey: this.yKey,
      multi: this.multiSeries,
      explicitKeys: {x: !!this.xKey && this._data.state.origin !== 'table', y: !!this.yKey},
    };
  }

  /** The locale in use: `locale` when valid, else the nearest `lang`, else `en`. */
  protected get effectiveLocale(): string {
    const own = validLocale(this.locale);
    if (own) return own;
    const lang = this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    return validLocale(lang) ?? 'en';
  }

  /** The annotations that are well formed. */
  protected get validAnnotations(): Annotation[] {
    const a = this.annotations;
    if (!Array.isArray(a)) return [];
    const read = (value: unknown) => this.parseX(value) ?? undefined;
    return a
      .filter((x): x is Record<string, unknown> => !!x && typeof x === 'object')
      .map((x) => ({
        year: read(x.year ?? x.date),
        from: read(x.from),
        to: read(x.to),
        label: String(x.label ?? ''),
      }))
      .filter((x) => x.year !== undefined || (x.from !== undefined && x.to !== undefined));
  }

  /** Formats an x value for display: a year ("2005"), or a date in UTC ("20 Apr 2020"). */
  protected formatX = (x: number): string => this._xFormats.value(x);
  /** Formats an x value in words for screen readers ("2005", "20 April 2020"). */
  protected spokenX = (x: number): string => this._xFormats.spoken(x);

  /**
   * Reads an x value given by the author (annotations, highlight): a number; on a date axis an ISO
   * date, or a whole number up to 9999 as that year.
   */
  protected parseX = (value: unknown): number | null => {
    if (this._model?.xType !== 'date') return toNumber(value);
    const n = toNumber(value);
    if (n !== null && Number.isInteger(n) && Math.abs(n) <= 9999) return toTime(String(n).padStart(4, '0'), true);
    return toTime(value, true);
  };

  /** Warns on the console once per element and message. */
  protected warnOnce(message: string) {
    if (this._warned.has(message)) return;
    this._warned.add(message);
    console.warn(`<${this.localName}>: ${message}`);
  }

  /**
   * Coerces values set from script to the types the element works with; never throws. Text
   * properties (no type nor converter) take a number or other value as its string; JSON
   * properties take a string (as some tools set them) as JSON, as the attribute does.
   */
  private coerceProperties(changed: PropertyValues<this>) {
    const self = this as unknown as Record<string, unknown>;
    const declared = (this.constructor as typeof ChartElement).elementProperties;
    for (const name of changed.keys() as Iterable<string>) {
      const options = declared.get(name);
      const v = self[name];
      if (!options || options.state || v === undefined || v === null) continue;
      if (options.converter === jsonConverter) {
        if (typeof v === 'string') self[name] = jsonConverter.fromAttribute(v);
      } else if (!options.type && !options.converter && typeof v !== 'string') {
        let text: string;
        try {
          text = String(v);
        } catch {
          text = ''; // a Symbol, or an object whose toString throws
        }
        self[name] = text;
        this.warnOnce(`${name} should be a string; ${typeof v} given.`);
      }
    }
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // Only interaction state (the `state` properties) or show-summary changed: geometry stays as it is.
    const declared = (this.constructor as typeof ChartElement).elementProperties;
    if (changed.size > 0 && [...changed.keys()].every((k) => k === 'showSummary' || declared.get(k)?.state)) return;
    try {
      this.coerceProperties(changed);
      if (changed.has('data') || changed.has('src')) this._data.sync();
      this.compute();
    } catch (e) {
      this._model = undefined;
      this._layout = undefined;
      const error = asChartError(e);
      // The same fault on every update (e.g. at each resize) is reported once.
      const last = this._error;
      this._error = last && last.code === error.code && last.message === error.message ? last : error;
    }
  }

  /** Normalizes, formats and lays out the current data. Throws only on unexpected faults. */
  protected compute() {
    const warnings: string[] = [];
    this._error = undefined;
    this._model = undefined;
    this._layout = undefined;
    // No point is hovered or focused in new data.
    this._onBlur();
    const state = this._data.state;
    const options = this.normalizeOptions();
    // Same data and options (e.g. only the size changed): the result and its error object are
    // kept, so that a chart-error is dispatched once per change of data.
    const {model, error} = remember(this._normalized, [state, JSON.stringify(options)], () => {
      if (state.status === 'error') return {error: state.error};
      try {
        return {model: state.status === 'ready' ? normalizeData(state.rows, options) : undefined};
      } catch (e) {
        return {error: asChartError(e)};
      }
    });
    this._model = model;
    this._error = error;
    // After the data: annotations and highlight are read as dates on a date axis.
    warnings.push(...this.attributeProblems());
    if (model) {
      warnings.push(...model.warnings);
      const formatOptions = {locale: this.effectiveLocale, prefix: this.prefix ?? '', unit: this.unit, yFormat: this.yFormat, unitLabel: this.unitLabel};
      // Formats depend on the data and the options only: a resize keeps them (and the summary).
      const {formats, x} = remember(this._formatted, [model, JSON.stringify(formatOptions)], () => {
        // The values of every series, gaps (NaN) included: one series' column as it is.
        const values = model.series.length === 1 ? columnsOf(model.series[0]).y : model.series.flatMap((s) => columnsOf(s).y);
        const formats = createFormats(formatOptions, values);
        return {formats, x: createXFormats(formats.locale, model.xType, model.xs)};
      });
      this._formats = formats;
      this._xFormats = x;
      const size = this._size.value;
      if (size) {
        // The font was read with the size, before any chart on the page drew (no read after a write).
        const {size: fontSize, family} = this._size.font ?? {size: 13, family: ''};
        this._fontSize = fontSize;
        this._fontFamily = family;
        this._layoutSeries = this.seriesForLayout(model);
        this._layout = layoutChart(this._layoutSeries, {
          width: size.width,
          height: size.height,
          mark: this.effectiveMark,
          formats,
          formatX: this.formatX,
          xType: model.xType,
          formatTimeTick: this._xFormats.tick,
          yMin: this.yMin,
          yMax: this.yMax,
          measureText: textMeasurer(fontSize, family),
          fontSize,
          annotations: this.validAnnotations,
          highlight: resolveHighlight(this.highlight, model.series, this.parseX),
          xs: this._layoutSeries === model.series ? model.xs : undefined,
          ...this.layoutExtras(model),
        });
        warnings.push(...this._layout.warnings);
      }
    }
    this._warnings = warnings;
    for (const w of warnings) this.warnOnce(w);
  }

  /** The series drawn; a subclass may narrow them (e.g. to one year). */
  protected seriesForLayout(model: NormalizedData): Series[] {
    return model.series;
  }

  /**
   * Invalid attribute values, each of which falls back to its default; reported once each on the
   * console (and in the `chart-render` warnings).
   */
  protected attributeProblems(): string[] {
    const problems: string[] = [];
    if (this.mark && !this.marks.includes(this.mark.trim().toLowerCase() as MarkType)) {
      problems.push(`mark="${this.mark}" is not one of ${this.marks.join(', ')}; using ${this.marks[0]}.`);
    }
    if (this.locale && !validLocale(this.locale)) problems.push(`locale="${this.locale}" is not a valid BCP 47 tag; using ${this.effectiveLocale}.`);
    if (this.yFormat && !validFormatSpecifier(this.yFormat)) problems.push(`y-format="${this.yFormat}" is not a d3-format specifier; using the default format.`);
    if (this.annotations instanceof ChartDataError) problems.push(`annotations: ${this.annotations.message} They are ignored.`);
    // Annotations and highlight are read as years or dates, which the data decide: checked once they are in.
    else if (this.annotations !== undefined && this.annotations !== null && this._model) {
      const bad = (Array.isArray(this.annotations) ? this.annotations.length : 1) - this.validAnnotations.length;
      const what = this._model.xType === 'date' ? 'an ISO date in "date" (or "year")' : 'a numeric "year"';
      if (bad > 0) problems.push(`${bad === 1 ? '1 annotation has' : `${bad} annotations have`} neither ${what} nor "from" and "to"; ${bad === 1 ? 'it is' : 'they are'} not drawn.`);
    }
    for (const name of ['y-min', 'y-max']) {
      const value = this.getAttribute(name);
      if (value?.trim() && numberConverter.fromAttribute(value) === undefined) problems.push(`${name}="${value}" is not a number; it is ignored.`);
    }
    // The attribute as written, else a property set from script.
    const level = this.getAttribute('heading-level') ?? (this.headingLevel == null ? null : String(this.headingLevel));
    if (level !== null && !this.outlineLevel) {
      problems.push(`heading-level="${level}" is not 1 to 6; the heading is not part of the page outline.`);
    }
    if (this.aspectRatio && typeof CSS !== 'undefined' && !CSS.supports('aspect-ratio', this.aspectRatio)) {
      problems.push(`aspect-ratio="${this.aspectRatio}" is not a CSS aspect ratio; using the default.`);
    }
    if (this.theme && !['light', 'dark', 'auto'].includes(this.theme)) problems.push(`theme="${this.theme}" is not light, dark or auto; using auto.`);
    if (this.sourceHref && !this.safeSourceHref) problems.push(`source-href="${this.sourceHref}" is not an http(s) URL; the source is not linked.`);
    if (this.highlight && this._model) {
      const unknown = this.highlight.split(/[\s,]+/).filter((t) => t && !/^(max|min|first|last)$/i.test(t) && this.parseX(t) === null);
      if (unknown.length) problems.push(`highlight: ${unknown.map((t) => `"${t}"`).join(', ')} is not a ${this._model.xType === 'date' ? 'date' : 'year'}, max, min, first or last; ignored.`);
    }
    return problems;
  }

  /** Extra layout options a subclass needs (e.g. room for direct labels). */
  protected layoutExtras(_model: NormalizedData): Partial<Parameters<typeof layoutChart>[1]> {
    return {};
  }

  protected override firstUpdated() {
    this._size.observe(this.renderRoot.querySelector('.plot') ?? undefined);
  }

  /** An error that does not stop the chart (e.g. a bad ratio); reported with chart-error like the others. */
  protected get secondaryError(): ChartDataError | undefined {
    return undefined;
  }

  protected override updated() {
    this.placeTooltip();
    if (this._layout && !this._tableReady && !this._tableScheduled) {
      this._tableScheduled = true;
      // A chart removed before that frame builds no table (it schedules one when next drawn).
      requestAnimationFrame(() => {
        if (this.isConnected) this._tableReady = true;
        else this._tableScheduled = false;
      });
    }
    for (const error of [this._error, this.secondaryError, this._renderFault]) {
      if (!error || this._reported.has(error)) continue;
      this._reported.add(error);
      this.dispatchEvent(
        new CustomEvent<ChartErrorDetail>('chart-error', {
          detail: {code: error.code, message: error.message},
          bubbles: true,
          composed: true,
        })
      );
    }
    if (this._layout && this._layout !== this._renderedLayout) {
      this._renderedLayout = this._layout;
      this.dispatchEvent(
        new CustomEvent<ChartRenderDetail>('chart-render', {
          detail: {marks: this._layout.markCount, warnings: [...this._warnings]},
          bubbles: true,
          composed: true,
        })
      );
    }
  }

  /** The source link when `source-href` is an http(s) URL. */
  protected get safeSourceHref(): string | undefined {
    if (!this.sourceHref) return undefined;
    try {
      const url = new URL(this.sourceHref, document.baseURI);
      return /^https?:$/.test(url.protocol) ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  private hasSlotted(name: string) {
    return !!this.querySelector(`:scope > [slot="${name}"]`);
  }

  /** `headingLevel` when it is a whole number from 1 to 6 (else the heading is no part of the outline). */
  private get outlineLevel(): number | undefined {
    // A number from script may come as a string ("2" from a framework's binding).
    const level = Number(this.headingLevel);
    return Number.isInteger(level) && level >= 1 && level <= 6 ? level : undefined;
  }

  protected renderHeading(): TemplateResult {
    const level = this.outlineLevel;
    const hidden = !this.heading && !this.hasSlotted('heading');
    return html`<div
      id="${this._id}-heading"
      class="heading"
      part="heading"
      role=${level ? 'heading' : nothing}
      aria-level=${level ?? nothing}
      ?hidden=${hidden}
    ><slot name="heading">${this.heading ?? ''}</slot></div>`;
  }

  /** Words in the element's language. */
  protected get messages(): Messages {
    return messagesFor(this._formats?.locale ?? this.effectiveLocale);
  }

  /**
   * A `lang` for generated words when they are not in the element's language (English on an
   * Arabic page), so that a screen reader uses the right voice; `nothing` when they are.
   */
  protected get messagesLang() {
    const m = this.messages;
    const page = (this._formats?.locale ?? this.effectiveLocale).toLowerCase().split('-')[0];
    return m.lang === page ? nothing : m.lang;
  }

  protected override render() {
    try {
      const result = this.renderChart();
      this._renderFault = undefined;
      return result;
    } catch (e) {
      // A fault while drawing must not escape into the page: it is shown, and reported once.
      const error = asChartError(e);
      if (this._renderFault?.message !== error.message) this._renderFault = error;
      return html`<div class="message" part="message" role="alert">${error.message}</div>`;
    }
  }

  /** The whole chart: heading, plot, notes, controls and table. */
  protected renderChart() {
    const sourceHref = this.safeSourceHref;
    const has = Object.fromEntries(SLOTS.map((s) => [s, !!this[s] || this.hasSlotted(s)]));
    const aspect = this.aspectRatio && typeof CSS !== 'undefined' && CSS.supports('aspect-ratio', this.aspectRatio) ? this.aspectRatio : undefined;
    // An author's aspect ratio wins over the default height limits.
    const plotStyle = aspect ? {'aspect-ratio': aspect, 'max-height': 'none', 'min-height': '0'} : {};
    const ownDescription = !!this.description || this.hasSlotted('description');
    return html`<figure
      part="figure"
      aria-labelledby=${has.heading ? `${this._id}-heading` : nothing}
      aria-label=${has.heading ? nothing : this.messages.chartData}
      aria-describedby="${this._id}-summary"
    >
      ${this.renderHeading()}
      <p class="subheading" part="subheading" ?hidden=${!has.subheading}><slot name="subheading">${this.subheading ?? ''}</slot></p>
      <p id="${this._id}-summary" class=${this.showSummary ? 'summary' : 'visually-hidden'} part="summary" lang=${ownDescription ? nothing : this.messagesLang}
        ><slot name="description">${ownDescription ? (this.description ?? '') : this.summaryText()}</slot></p
      >
      ${this.renderBeforePlot()}
      <div class="plot" part="plot" style=${styleProperties(plotStyle)}>
        ${this.renderPlot()}
      </div>
      <p class="note" part="note" ?hidden=${!has.note}><slot name="note">${this.note ?? ''}</slot></p>
      <p class="source" part="source" ?hidden=${!has.source}><slot name="source"
        >${sourceHref ? html`<a href=${sourceHref}>${this.source ?? sourceHref}</a>` : (this.source ?? '')}</slot
      ></p>
      ${this.renderControls()}
      ${this.renderTable()}
    </figure>`;
  }

  /** Content between the subheading and the plot (e.g. a legend). */
  protected renderBeforePlot(): unknown {
    return nothing;
  }

  /** The plot: SVG, tooltip, or the message that replaces them. */
  protected renderPlot(): unknown {
    const state = this._data.state;
    const m = this.messages;
    if (this._error) {
      const none = this._error.code === 'no-data';
      return html`<div class="message" part="message" role=${none ? 'status' : 'alert'}>${this._error.message}</div>`;
    }
    if (state.status === 'loading') return html`<div class="message" part="message" role="status">${m.loading}</div>`;
    if (state.status === 'empty') return html`<div class="message" part="message" role="status">${m.noData}</div>`;
    const layout = this._layout;
    if (!layout) return nothing;
    const several = (this._model?.series.length ?? 0) > 1;
    // The SVG is one tab stop, a graphics document whose points are reached with the arrow keys
    // and announced in the live region; everything drawn inside it is hidden from the
    // accessibility tree (the summary and the table carry the data for reading).
    return html`<svg
        class="chart"
        part="svg"
        role="graphics-document"
        aria-roledescription="chart"
        aria-label=${this.headingText ? `${m.chartData}: ${this.headingText}` : m.chartData}
        aria-describedby="${this._id}-keys"
        tabindex="0"
        width=${layout.width}
        height=${layout.height}
        viewBox="0 0 ${layout.width} ${layout.height}"
        @pointermove=${this._onPointer}
        @pointerdown=${this._onPointer}
        @pointerleave=${this._onLeave}
        @keydown=${this._onKey}
        @blur=${this._onBlur}
      >
        <g aria-hidden="true">
          ${this.renderAxes(layout)}
          ${this.renderClipped(layout)}
          ${this.renderLabels(layout)} ${this.renderAnnotations(layout)} ${this.renderHover(layout)}
        </g>
      </svg>
      <p id="${this._id}-keys" class="visually-hidden" lang=${this.messagesLang}>${m.keyHelp(several)}</p>
      <p class="visually-hidden live" aria-live="polite" aria-atomic="true" lang=${this.messagesLang}>${this._announcement}</p>
      ${this.renderTooltip(layout)}`;
  }

  /**
   * The marks, cut off a little outside the frame (data beyond an author's y-min / y-max). A
   * nested <svg> viewport clips them: a clip-path referenced by id from a shadow root keeps the
   * element alive in Chromium after removal.
   */
  protected renderClipped(layout: ChartLayout) {
    const {frame} = layout;
    const x = frame.left - 6;
    const y = frame.top - 6;
    const w = Math.max(0, frame.right - frame.left + 12);
    const h = Math.max(0, frame.bottom - frame.top + 12);
    return svg`<svg class="marks" x=${x} y=${y} width=${w} height=${h} viewBox="${x} ${y} ${w} ${h}" overflow="hidden">${this.renderMarks(layout)}</svg>`;
  }

  protected renderAxes(layout: ChartLayout) {
    const {frame} = layout;
    return svg`<g class="grid">${layout.yTicks.map(
      (t) => svg`<line x1=${frame.left} x2=${frame.right} y1=${t.position} y2=${t.position}></line>`
    )}</g>
      <g class="y-axis">${layout.yTicks.map(
        (t) => svg`<text x=${Math.max(0, frame.left - 6)} y=${t.labelPosition} dy="0.32em" text-anchor="end">${t.label}</text>`
      )}</g>
      <g class="x-axis">${layout.xTicks.map(
        (t) => svg`<text x=${t.labelPosition} y=${frame.bottom + 6} dy="0.71em" text-anchor="middle">${t.label}</text>`
      )}</g>`;
  }

  /** Inline colour for a series with its own valid CSS `color` (set through the CSSOM, so CSP-safe). */
  /** The palette class of series `index` (series-0 … series-7: the palette repeats after {@link PALETTE_SIZE}). */
  protected seriesClass(index: number) {
    return `series-${index % PALETTE_SIZE}`;
  }

  protected seriesStyle(index: number) {
    const color = this._model?.series[index]?.color;
    const valid = !!color && typeof CSS !== 'undefined' && CSS.supports('color', color);
    // Series past the eighth take the palette again (see seriesClass): a dash and a lighter fill of
    // their own tell them from the first eight.
    const repeat = index >= PALETTE_SIZE;
    return styleProperties({'--_c': valid ? color : undefined, '--_dash': repeat ? '2 3' : undefined, 'fill-opacity': repeat ? '0.55' : undefined});
  }

  protected renderMarks(layout: ChartLayout) {
    const {frame} = layout;
    return svg`${layout.areas.map((a) => svg`<path class="area ${this.seriesClass(a.seriesIndex)}" style=${this.seriesStyle(a.seriesIndex)} d=${a.d}></path>`)}
      ${layout.columns.map(
        (c) =>
          svg`<rect class="column ${this.seriesClass(c.seriesIndex)}${c.highlight ? ' highlight' : ''}" style=${this.seriesStyle(c.seriesIndex)} data-x=${c.datum.x} x=${c.x} y=${c.y} width=${c.width} height=${c.height}></rect>`
      )}
      ${layout.baseline !== null ? svg`<line class="baseline" x1=${frame.left} x2=${frame.right} y1=${layout.baseline} y2=${layout.baseline}></line>` : nothing}
      ${layout.lines.map((l) => svg`<path class="line ${this.seriesClass(l.seriesIndex)}" style=${this.seriesStyle(l.seriesIndex)} d=${l.d}></path>`)}
      ${layout.points.map(
        (p) =>
          svg`<circle class="point ${this.seriesClass(p.seriesIndex)}${p.kind === 'highlight' ? ' highlight' : ''}" style=${this.seriesStyle(p.seriesIndex)} data-x=${p.datum.x} cx=${p.cx} cy=${p.cy} r=${p.kind === 'highlight' ? 4.5 : 3.5}></circle>`
      )}
`;
  }

  /** Text drawn over the marks, outside the clip: value labels of highlighted data. */
  protected renderLabels(layout: ChartLayout) {
    return svg`${layout.valueLabels.map((v) => svg`<text class="value-label" x=${v.x} y=${v.y} text-anchor=${v.anchor}>${v.text}</text>`)}`;
  }

  protected renderAnnotations(layout: ChartLayout) {
    const {frame} = layout;
    return svg`${layout.annotations.map(
      (a) => svg`<g class="annotation ${a.kind}">
        ${
          a.kind === 'range'
            ? svg`<rect x=${a.x} y=${frame.top} width=${Math.max(0, a.x2 - a.x)} height=${Math.max(0, frame.bottom - frame.top)}></rect>`
            : svg`<line x1=${a.x} x2=${a.x} y1=${Math.max(0, a.labelY - 10)} y2=${frame.bottom}></line>`
        }
        <text x=${a.labelX} y=${a.labelY} text-anchor=${a.anchor}>${a.shownLabel}</text>
      </g>`
    )}`;
  }

  /** Data at the hovered or focused x, one per series. */
  protected hovered(layout: ChartLayout): DatumPosition[] {
    if (this._hover === undefined) return [];
    return positionsAt(layout, this._layoutSeries, this._hover);
  }

  /** The rule at the hovered year, and the keyboard focus ring around the active point. */
  protected renderHover(layout: ChartLayout) {
    const at = this.hovered(layout);
    if (this._hover === undefined) return nothing;
    const {frame} = layout;
    // The rule marks a gap too.
    const x = at[0]?.x ?? layout.xScale(this._hover);
    const bars = this.effectiveMark === 'column' || this.effectiveMark === 'bar';
    const active = this._activeSeries === undefined ? undefined : at.find((p) => p.seriesIndex === this._activeSeries);
    const column = active && bars ? layout.columns.find((c) => c.seriesIndex === active.seriesIndex && c.datum.x === active.datum.x) : undefined;
    return svg`<g class="hover">
      <line class="hover-rule" x1=${x} x2=${x} y1=${frame.top} y2=${frame.bottom}></line>
      ${bars ? nothing : at.map((p) => svg`<circle class="point ${this.seriesClass(p.seriesIndex)}" style=${this.seriesStyle(p.seriesIndex)} cx=${p.x} cy=${p.y} r="4"></circle>`)}
      ${
        column
          ? svg`<rect class="focus-ring" x=${column.x - 3} y=${column.y - 3} width=${column.width + 6} height=${column.height + 6}></rect>`
          : active
            ? svg`<circle class="focus-ring" cx=${active.x} cy=${active.y} r="8"></circle>`
            : nothing
      }
    </g>`;
  }

  /** The tooltip's lines for an x value: the year, then every series' value (one line each). */
  protected tooltipLines(x: number): {text: string; active: boolean}[] {
    const model = this._model;
    const formats = this._formats;
    if (!model || !formats) return [];
    const several = model.series.length > 1;
    const rows = model.series.map((s, i) => {
      const d = seriesDatumAt(s, x);
      const value = d && d.y !== null ? formats.value(d.y) : this.messages.noDataCell;
      return {text: several ? `${s.label}: ${value}` : `${this.formatX(x)}: ${value}`, active: several && i === this._activeSeries};
    });
    return several ? [{text: this.formatX(x), active: false}, ...rows] : rows;
  }

  /** Where the tooltip points: the hovered x and the top of its data, in plot px. */
  private _tooltipAnchor?: {x: number; y: number};

  protected renderTooltip(layout: ChartLayout) {
    const at = this.hovered(layout);
    if (this._hover === undefined) {
      this._tooltipAnchor = undefined;
      return nothing;
    }
    // Above the highest value there; at a gap (no value in any series), mid-frame, saying so.
    const {frame} = layout;
    this._tooltipAnchor = at.length ? {x: at[0].x, y: Math.min(...at.map((p) => p.y))} : {x: layout.xScale(this._hover), y: (frame.top + frame.bottom) / 2};
    const lines = this.tooltipLines(this._hover);
    return html`<div class="tooltip" part="tooltip" aria-hidden="true">${lines.map(
      (l, i) => html`<div class=${l.active ? 'active' : i === 0 && lines.length > 1 ? 'year' : ''}>${l.text}</div>`
    )}</div>`;
  }

  /** The tooltip element observed, and its border-box size as last observed (px). */
  private _tip?: HTMLElement;
  private _tipSize?: Size;
  private _tipObserver?: ResizeObserver;

  /**
   * Keeps the tooltip inside the plot (and so the viewport): beside its point, clamped to the
   * edges. Its size comes from a ResizeObserver, after the browser's own layout and before the
   * paint, so placing it never forces a layout; a new point with a tooltip of the same size is
   * placed at once from the size known.
   */
  private placeTooltip() {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip') ?? undefined;
    if (tip !== this._tip) {
      this._tipObserver ??= new ResizeObserver(([entry]) => {
        const box = entry.borderBoxSize?.[0];
        // (Browsers without borderBoxSize: the tooltip's own size, read after the layout.)
        const tip = entry.target as HTMLElement;
        this._tipSize = {width: box?.inlineSize ?? tip.offsetWidth, height: box?.blockSize ?? tip.offsetHeight};
        this.placeTooltip();
      });
      if (this._tip) this._tipObserver.unobserve(this._tip);
      if (tip) this._tipObserver.observe(tip);
      this._tip = tip;
      this._tipSize = undefined;
    }
    const anchor = this._tooltipAnchor;
    const plot = this._size.value;
    const size = this._tipSize;
    if (!tip || !anchor || !plot || !size) return;
    const w = size.width;
    const h = size.height;
    const left = Math.max(0, Math.min(anchor.x - w / 2, plot.width - w));
    const top = anchor.y - h - 10 >= 0 ? anchor.y - h - 10 : Math.min(anchor.y + 12, Math.max(0, plot.height - h));
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  private _onPointer = (event: PointerEvent) => {
    const layout = this._layout;
    const svgEl = event.currentTarget as SVGSVGElement | null;
    if (!layout || !svgEl || layout.xs.length === 0) return;
    const box = svgEl.getBoundingClientRect();
    const scale = box.width > 0 ? layout.width / box.width : 1;
    // The nearest x (binary search: a million points answer as fast as ten).
    const x = layout.xs[nearestIndex(layout.xs, (event.clientX - box.left) * scale, layout.xScale)];
    this._hover = x;
    this.listenForEscape(true);
  };

  private _onLeave = () => {
    if (this._activeSeries === undefined) this._hover = undefined;
    this.listenForEscape(false);
  };

  private _onBlur = () => {
    this._hover = undefined;
    this._activeSeries = undefined;
    this._navigation.active = undefined;
  };

  private _onKey = (event: KeyboardEvent) => {
    const layout = this._layout;
    if (!layout || event.altKey || event.ctrlKey || event.metaKey) return;
    // The x values drawn (one year when a chart shows one), as the pointer reaches.
    const handled = this._navigation.key(event.key, layout.xs, this._model?.series.length ?? 0);
    if (!handled) {
      if (event.key === 'Escape' && this._hover !== undefined) {
        this._hover = undefined;
        event.preventDefault();
      }
      return;
    }
    event.preventDefault();
    const active = this._navigation.active;
    this._hover = active?.x;
    this._activeSeries = active?.seriesIndex;
    this._announcement = active ? this.announce(active.seriesIndex, active.x) : '';
  };

  /** The live-region text for a point, with numbers in words: "2002: 2,890 million", or "no data". */
  protected announce(seriesIndex: number, x: number): string {
    const series = this._model?.series[seriesIndex];
    if (!series || !this._formats) return '';
    const d = seriesDatumAt(series, x);
    const several = (this._model?.series.length ?? 0) > 1;
    const value = d && d.y !== null ? this._formats.spoken(d.y) : this.messages.noDataCell;
    // An annotation on this year (or a range holding it) is read with the point.
    const notes = this.validAnnotations
      .filter((a) => a.year === x || (a.from !== undefined && a.to !== undefined && Math.min(a.from, a.to) <= x && x <= Math.max(a.from, a.to)))
      .map((a) => a.label)
      .filter(Boolean);
    return [this.messages.point(this.spokenX(x), value, several ? series.label : undefined), ...notes].join('. ');
  }

  /** While a tooltip shows under the pointer, Escape anywhere dismisses it (WCAG 1.4.13). */
  private _escapeListening = false;
  private listenForEscape(on: boolean) {
    if (on === this._escapeListening || typeof window === 'undefined') return;
    this._escapeListening = on;
    if (on) window.addEventListener('keydown', this._onWindowKey);
    else window.removeEventListener('keydown', this._onWindowKey);
  }
  private _onWindowKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || this._hover === undefined || this._activeSeries !== undefined) return;
    this._hover = undefined;
    this.listenForEscape(false);
  };

  override connectedCallback() {
    super.connectedCallback();
    // Put back after being removed before its hidden table was built: nothing else may redraw it
    // (same src, same size), so it asks for the update that schedules the table.
    if (this._layout && !this._tableReady && !this._tableScheduled) this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.listenForEscape(false);
    this._tipObserver?.disconnect();
    this._tip = undefined;
  }

  /** The description read by screen readers. */
  protected summaryText(): string {
    const m = this.messages;
    const error = this._error;
    const model = this._model;
    const formats = this._formats;
    if (error) return error.code === 'no-data' ? error.message : m.couldNotDraw(error.message);
    if (!model || !formats) return this._data.state.status === 'loading' ? m.loading : m.noData;
    // Described once per formats (made once per data and options) and annotations, not at every
    // render (a resize, a hover).
    const annotations = this.validAnnotations;
    return remember(this._summary, [formats, JSON.stringify(annotations)], () =>
      describeSeries(model.series, formats, annotations, this.spokenX, {
        relativeChange: (this.unit ?? '').trim() !== '%',
        dates: model.xType === 'date',
        locale: formats.locale,
      })
    );
  }

  /** The heading as plain text: the attribute, else the slotted heading's text. */
  protected get headingText(): string {
    return this.heading || (this.querySelector(':scope > [slot="heading"]')?.textContent ?? '').trim();
  }

  /** The unit in words for table headers, e.g. "million TIV" or "billion US dollars". */
  private get spokenUnit(): string {
    if (!this._formats) return '';
    // The spoken form of 1, less the number itself.
    return this._formats.spoken(1).replace(/^\S+\s*/, '');
  }

  /** "Show data" (toggles the table) and "Download CSV". */
  protected renderControls() {
    const model = this._model;
    if (!model || this._error) return nothing;
    const m = this.messages;
    const name = (this.headingText || 'chart-data').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'chart-data';
    return html`<div class="controls" part="controls" lang=${this.messagesLang}>
      <button type="button" part="button" aria-expanded=${this._tableOpen ? 'true' : 'false'} aria-controls="${this._id}-table"
        @click=${() => (this._tableOpen = !this._tableOpen)}>${this._tableOpen ? m.hideData : m.showData}</button>
      <a part="download" href="#" download="${name}.csv" @pointerdown=${this._prepareCsv} @focus=${this._prepareCsv} @click=${this._prepareCsv}
        >${m.downloadCsv}</a
      >
    </div>`;
  }

  /**
   * Writes the CSV link's `href` when it is about to be used (pointer down, focus or click, which
   * runs before the download), not on every render: for a large series it is megabytes long.
   */
  private _prepareCsv = (event: Event) => {
    const model = this._model;
    if (model) (event.currentTarget as HTMLAnchorElement).href = this.csvHref(model);
  };

  /** The data as a CSV `data:` URL: the x column, then one column per series; blank for no data. */
  private csvHref(model: NormalizedData): string {
    // A leading = + - @ would make a spreadsheet run the cell as a formula.
    const safe = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
    const values = model.series.map((s) => valuesAt(s, model.xs));
    const rows = [[safe(model.xLabel || 'year'), ...model.series.map((s) => safe(s.label))]];
    model.xs.forEach((x, row) => rows.push([this._xFormats.csv(x), ...values.map((column) => (column[row] ?? '') + '')]));
    // A byte-order mark, so that spreadsheet programs read the text as UTF-8.
    return 'data:text/csv;charset=utf-8,' + encodeURIComponent('\uFEFF' + csvFormatRows(rows) + '\n');
  }

  /** Up to this many rows, the table is always in the page for screen readers; above, only when shown. */
  static tableRowLimit = 1000;
  /** A shown table has at most this many rows (the first ones), with a note; the CSV has every row. */
  static tableRenderLimit = 5000;

  protected renderTable() {
    const model = this._model;
    const formats = this._formats;
    if (!model || !formats || this._error) return nothing;
    if (!this._tableOpen && (!this._tableReady || model.xs.length > ChartElement.tableRowLimit)) return nothing;
    const m = this.messages;
    const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
    const xName = model.xLabel && model.xLabel.toLowerCase() !== 'year' ? capital(model.xLabel) : m.year;
    const unit = this.spokenUnit;
    const cut = model.xs.length > ChartElement.tableRenderLimit;
    const rows = cut ? model.xs.slice(0, ChartElement.tableRenderLimit) : model.xs;
    // One column of values per series, along the rows.
    const values = model.series.map((s) => valuesAt(s, rows));
    // Cells show the house style and say the value in words; a table ignores width: 1px, so the
    // wrapper is what is visually hidden while the table is closed.
    return html`<div
      id="${this._id}-table"
      class=${this._tableOpen ? 'data-table' : 'visually-hidden'}
      part="table-wrapper"
      role=${this._tableOpen ? 'region' : nothing}
      aria-label=${this._tableOpen ? this.headingText || m.chartData : nothing}
      tabindex=${this._tableOpen ? '0' : nothing}
    >
      <table part="table">
        <caption>${this.headingText || m.chartData}</caption>
        <thead><tr><th scope="col">${xName}</th>${model.series.map(
          (s) => html`<th scope="col">${s.label === 'value' ? m.value : s.label}${unit ? html`<span class="unit">${` (${unit})`}</span>` : nothing}</th>`
        )}</tr></thead>
        <tbody>${rows.map(
          (x, row) =>
            html`<tr><th scope="row">${this.formatX(x)}</th>${values.map((column) => {
              const v = column[row];
              return v === null
                ? html`<td>${m.noDataCell}</td>`
                : html`<td><span class="shown" aria-hidden="true">${formats.value(v)}</span><span class="visually-hidden">${formats.spoken(v)}</span></td>`;
            })}</tr>`
        )}</tbody>
      </table>
      ${cut ? html`<p class="table-note">${m.tableCut(formats.number(ChartElement.tableRenderLimit), formats.number(model.xs.length))}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'chart-error': CustomEvent<ChartErrorDetail>;
    'chart-render': CustomEvent<ChartRenderDetail>;
  }
}
