import {isServer, type PropertyValues} from 'lit';
import {drawnMark, resolveHighlight, rowContentOf, validFormatSpecifier, validLocale} from '../core/index.js';
import type {Annotation, ChartLayout, LayoutOptions, MarkType, MeasureText, NormalizedData, NormalizeOptions, RowContent, Series} from '../core/index.js';
import {ChartModelController} from '../controllers/chart-model.js';
import {DataController} from '../controllers/data-controller.js';
import {DataTableController} from '../controllers/data-table.js';
import {FontsController} from '../controllers/fonts.js';
import {LocaleController} from '../controllers/locale.js';
import {PlotInteraction} from '../controllers/plot-interaction.js';
import {SizeController} from '../controllers/size-controller.js';
import {attributeProblems, chosen, CURVES, Y_AXES, Y_SCALES} from './attribute-problems.js';
import {ChartProperties} from './chart-properties.js';
import {coerceProperties} from './converters.js';
import {measuredFirst, readServerMarkup, serverPlotSize, type ServerRender} from './server-markup.js';
import {httpUrl, outlineLevel} from './templates/figure.js';
import {expectedRowContent} from './templates/reserved.js';
import {pointAnnouncement} from './templates/tooltip.js';
import {forgetTextMeasures, textMeasurer} from './text-measure.js';
import {readAnnotations, readX} from './x-values.js';

let uid = 0;

/**
 * The update half of the chart elements (the render half is {@link ChartElement}): their
 * controllers, and the update cycle that turns the properties into a model and a layout
 * (properties → data → normalized series → formats → layout at the plot's size), with the
 * warnings each step finds. A subclass names its marks and may narrow the series laid out and
 * add layout options (the `_`-prefixed hooks below). Nothing here draws.
 * @internal
 */
export abstract class ChartPipeline extends ChartProperties {
  protected readonly _data = new DataController(this);
  protected readonly _size = new SizeController(this);
  /** Web fonts that finish loading: measure and lay out again, once. */
  private readonly _fonts = new FontsController(this, forgetTextMeasures);
  /** The data pipeline: model, formats, layout, warnings and error. */
  protected readonly _chart = new ChartModelController(this);
  protected readonly _locale = new LocaleController(this, () => this._chart.formats?.locale);
  /** Pointer, touch and keyboard over the plot, and what they point at kept across a change. */
  private readonly _interaction = new PlotInteraction(this, this._chart, {plotSize: () => this._size.value, describe: (i, x) => this._describe(i, x)});
  protected readonly _tooltip = this._interaction.tooltip;
  protected readonly _keyboard = this._interaction.keyboard;
  protected readonly _table = new DataTableController(this, () => !!this._chart.layout);
  /** What the rows around the plot area hold: from the data and options, never from the size. */
  protected _rowContent: RowContent = {annotationCount: 0, valueLabels: false};
  /** Prefix of the ids in the shadow root (a server-rendered chart keeps the server's). */
  protected _id = `tiv${++uid}`;
  /** Set by a server render (see {@link ServerRender}). @internal */
  _serverRender?: ServerRender;
  /** The widths the server measured, while the first render of a server-rendered chart takes it over. */
  private _serverWidths?: Map<string, number>;

  /** Marks the element accepts; the first is the default. */
  protected abstract get _marks(): readonly MarkType[];
  /** Whether every numeric column is a series (true) or only one (false). */
  protected abstract get _multiSeries(): boolean;

  /** The mark in use: the `mark` attribute when valid, else the default. */
  protected get _mark(): MarkType {
    return chosen(this.mark, this._marks);
  }

  /** The mark drawn: {@link _mark}, or a line where a log scale has no zero baseline for it. */
  protected get _drawnMark(): MarkType {
    return drawnMark(this._mark, chosen(this.yScale, Y_SCALES), []);
  }

  /** Options for normalizeData; a subclass adds its series specs. */
  protected _normalizeOptions(): NormalizeOptions {
    const explicitKeys = {x: !!this.xKey && this._data.state.origin !== 'table', y: !!this.yKey};
    return {xKey: this.xKey, yKey: this.yKey, multi: this._multiSeries, explicitKeys, locale: this._locale.locale};
  }

  /**
   * Whether a chart of one series names it in the tooltip, the live region and the summary, as a
   * chart of several does (the author named it: `series-label` on `<tiv-trend>`).
   */
  protected get _namedSeries(): boolean {
    return false;
  }

  /** The annotations that are well formed. */
  protected get _annotations(): Annotation[] {
    return readAnnotations(this.annotations, this._readX);
  }

  /** Formats an x value for display: a year ("2005"), or a date in UTC ("20 Apr 2020"). */
  protected _formatX = (x: number): string => this._chart.xFormats.value(x);
  /** Formats an x value in words for screen readers ("2005", "20 April 2020"). */
  protected _spokenX = (x: number): string => this._chart.xFormats.spoken(x);
  /** Reads an x value given by the author (see readX). */
  protected _readX = (value: unknown): number | null => readX(value, this._chart.model?.xType);

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!this.hasUpdated) this._assumeSize();
    const declared = (this.constructor as typeof ChartPipeline).elementProperties;
    // Only interaction (hover, focus, table) or show-summary changed: the geometry stays as it is.
    const interaction = [...changed.keys()].every((k) => k === 'showSummary' || declared.get(k)?.state);
    if (interaction && this._chart.isCurrent(this._modelInputs())) return;
    try {
      coerceProperties(this, declared, changed, (message) => this._chart.warnOnce(message));
      if (changed.has('data') || changed.has('src')) this._data.sync();
      this._compute();
    } catch (e) {
      this._chart.fail(e);
    }
    this._chart.computedFrom(this._modelInputs());
  }

  /**
   * Before the first render: a chart taking a server-rendered shadow root over (hydrating) first
   * draws at the server's size, ids, table and widths, so that it matches the server's markup.
   */
  private _assumeSize() {
    if (isServer) {
      this._table.ready = true;
      return;
    }
    const markup = this._size.value ? undefined : readServerMarkup(this.shadowRoot);
    if (!markup) return;
    this._serverWidths = markup.widths;
    this._size.assume(markup.size, {size: 13, family: ''});
    this._id = markup.id ?? this._id;
    this._table.ready = markup.tableBuilt(this._id);
  }

  /** The plot font's measurer at `fontWeight`: the server's, the server's widths while hydrating, else the canvas. */
  protected _measurer(fontWeight = 400): MeasureText {
    if (isServer && this._serverRender) return this._serverRender.measure(fontWeight);
    const {size, family} = this._size.font ?? {size: 13, family: ''};
    const measure = textMeasurer(size, family, fontWeight);
    const widths = this._size.assumed ? this._serverWidths : undefined;
    return widths ? measuredFirst(measure, widths, fontWeight) : measure;
  }

  /** What the model is made from besides the properties: the data, the plot's size and font, the language, the fonts loaded. */
  private _modelInputs(): unknown[] {
    const font = this._size.font;
    return [this._data.state, this._size.value, font?.size, font?.family, this._size.assumed, this._locale.locale, this._fonts.generation];
  }

  /** Normalizes, formats and lays out the current data, and reports its warnings. Throws only on unexpected faults. */
  protected _compute() {
    const chart = this._chart;
    const held = this._interaction.hold();
    chart.read(this._data.state, this._normalizeOptions());
    // After the data: annotations and highlight are read as dates on a date axis.
    chart.warn(
      attributeProblems(this, {
        marks: this._marks,
        resolvedLocale: this._locale.locale,
        localeValid: !!validLocale(this.locale),
        yFormatValid: !!validFormatSpecifier(this.yFormat),
        valueFormatValid: !!validFormatSpecifier(this.valueFormat),
        validAnnotations: this._annotations.length,
        outlineLevel: outlineLevel(this.headingLevel),
        safeSourceHref: httpUrl(this.sourceHref),
        xType: chart.model?.xType,
        readX: this._readX,
        hasX: (x) => !!chart.model?.xs.includes(x),
        xExtent: chart.model?.xs.length ? [chart.model.xs[0], chart.model.xs[chart.model.xs.length - 1]] : undefined,
      })
    );
    const model = chart.model;
    this._rowContent = model ? rowContentOf(this._sizeFreeOptions(model)) : expectedRowContent({annotations: this.annotations, highlight: this.highlight, yAxis: chosen(this.yAxis, Y_AXES)});
    const server = isServer ? this._serverRender : undefined;
    if (server) this._size.assume(serverPlotSize(server, this._rowContent), server.font);
    if (model) {
      chart.format({locale: this._locale.locale, prefix: this.prefix ?? '', unit: this.unit, yFormat: this.yFormat, valueFormat: this.valueFormat, unitLabel: this.unitLabel});
      if (this._size.value) this._layOut(model);
    }
    this._interaction.resume(held);
    chart.report();
  }

  /** Lays out the series of `model` at the plot's size (a subclass may lay out again with other options). */
  protected _layOut(model: NormalizedData): ChartLayout | undefined {
    const size = this._size.value;
    const valueFormats = this._chart.formats;
    if (!size || !valueFormats) return undefined;
    // The font was read with the size, before any chart on the page drew (no read after a write).
    const fontSize = this._size.font?.size ?? 13;
    const series = this._seriesForLayout(model);
    return this._chart.layOut(series, {
      yScaleType: chosen(this.yScale, Y_SCALES),
      curve: chosen(this.curve, CURVES),
      width: size.width,
      height: size.height,
      mark: this._mark,
      formats: valueFormats,
      formatX: this._formatX,
      xType: model.xType,
      formatTimeTick: this._chart.xFormats.tick,
      yMin: this.yMin,
      yMax: this.yMax,
      measureText: this._measurer(),
      // Value and direct labels are bold (see chart-styles.ts).
      measureBold: this._measurer(600),
      fontSize,
      xs: series === model.series ? model.xs : undefined,
      ...this._sizeFreeOptions(model),
    });
  }

  /** Layout options that do not depend on the size: annotations, highlights, a subclass's own. */
  private _sizeFreeOptions(model: NormalizedData): Partial<LayoutOptions> {
    return {
      annotations: this._annotations,
      highlight: resolveHighlight(this.highlight, model.series, this._readX),
      yAxis: chosen(this.yAxis, Y_AXES),
      ...this._layoutOptions(model),
    };
  }

  /** Hook: the series drawn; a subclass may narrow them (e.g. to one year). Pure. */
  protected _seriesForLayout(model: NormalizedData): readonly Series[] {
    return model.series;
  }

  /** Hook: layout options of a subclass (room for labels, a highlighted year); free of side effects. */
  protected _layoutOptions(_model: NormalizedData): Partial<LayoutOptions> {
    return {};
  }

  /** The live-region text for a point (see pointAnnouncement). */
  protected _describe(seriesIndex: number, x: number): string {
    const chart = this._chart;
    if (!chart.model || !chart.formats) return '';
    const options = {messages: this._locale.messages, spokenX: this._spokenX, annotations: this._annotations, named: this._namedSeries};
    return pointAnnouncement(chart.model, chart.formats, seriesIndex, x, options);
  }
}
