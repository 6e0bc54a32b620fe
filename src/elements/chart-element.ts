import {html, isServer, nothing, type CSSResultGroup, type PropertyValues} from 'lit';
import {drawnMark, resolveHighlight, rowContentOf, rowsCss, validFormatSpecifier, validLocale, type Annotation, type ChartDataError, type ChartLayout, type LayoutOptions, type MarkType, type MeasureText, type NormalizedData, type NormalizeOptions, type RowContent, type Series} from '../core/index.js';
import {ChartModelController} from '../controllers/chart-model.js';
import {asChartError, DataController} from '../controllers/data-controller.js';
import {LocaleController} from '../controllers/locale.js';
import {SizeController} from '../controllers/size-controller.js';
import {measuredFirst, readServerMarkup, serverPlotSize, slottedChild, type ServerRender} from './server-markup.js';
import {DataTableController} from '../controllers/data-table.js';
import {FontsController} from '../controllers/fonts.js';
import {PlotInteraction} from '../controllers/plot-interaction.js';
import {attributeProblems, chosen, CURVES, Y_AXES, Y_SCALES} from './attribute-problems.js';
import {ChartProperties} from './chart-properties.js';
import {chartStyles} from './chart-styles.js';
import {labelStyles} from './label-styles.js';
import {printStyles} from './print-styles.js';
import {coerceProperties} from './converters.js';
import {dispatchChartError, dispatchChartRender} from './events.js';
import {csvHref, renderControls, renderTable, type DataTableView} from './templates/data-table.js';
import {DownloadsController} from '../controllers/downloads.js';
import {fileName, shownHeading} from '../export/file-name.js';
import {httpUrl, outlineLevel, renderFigure, renderMessage} from './templates/figure.js';
import {expectedRowContent, reservedControls} from './templates/reserved.js';
import {renderNotes, renderPlot} from './templates/plot.js';
import {pointAnnouncement, renderTooltip, tooltipLines} from './templates/tooltip.js';
import {forgetTextMeasures, textMeasurer} from './text-measure.js';
import {readAnnotations, readX} from './x-values.js';

export type {ChartErrorDetail, ChartRenderDetail} from './events.js';

let uid = 0;

/**
 * Base class of the tiv-charts elements: their properties, the update cycle (data → model →
 * events) and the render skeleton. The work is done by controllers (`src/controllers/`: data,
 * size, model, locale, tooltip, keyboard) and template functions (`./templates/`). Not registered
 * as an element itself. A subclass names its marks and may narrow the series laid out, add layout
 * options, content before the plot and labels over it (the `_`-prefixed hooks below).
 */
export abstract class ChartElement extends ChartProperties {
  static override styles: CSSResultGroup = [chartStyles, labelStyles, printStyles];

  /** Up to this many rows, the table is always in the page for screen readers; above, only when shown. @internal (tests lower it) */
  static tableRowLimit = 1000;
  /** A shown table has at most this many rows (the first ones), with a note; the CSV has every row. @internal (tests lower it) */
  static tableRenderLimit = 5000;

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
  private readonly _downloads = new DownloadsController(this, () => this._locale.messages);
  private readonly _reported = new WeakSet<ChartDataError>();
  private _renderFault?: ChartDataError;
  private _renderedLayout?: ChartLayout;
  /** What the rows around the plot area hold: from the data and options, never from the size. */
  private _rowContent: RowContent = {annotationCount: 0, valueLabels: false};
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
    return {xKey: this.xKey, yKey: this.yKey, multi: this._multiSeries, explicitKeys};
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
    const declared = (this.constructor as typeof ChartElement).elementProperties;
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

  /** Hook: an error that does not stop the chart (e.g. a bad ratio); reported with `chart-error` like the others. */
  protected get _secondaryError(): ChartDataError | undefined {
    return undefined;
  }

  /** Hook: content between the subheading and the plot (e.g. a legend). */
  protected _renderBeforePlot(): unknown {
    return nothing;
  }

  /** Hook: drawn over the marks after the value labels (e.g. direct labels). */
  protected _renderLabels(_layout: ChartLayout): unknown {
    return nothing;
  }

  protected override firstUpdated() {
    this._size.observe(this.renderRoot.querySelector('.plot') ?? undefined);
  }

  protected override updated() {
    const layout = this._chart.layout;
    const shownError = this._chart.error ?? this._renderFault;
    const status = this._data.state.status;
    this._show(shownError ? 'error' : status === 'empty' ? 'empty' : layout && status !== 'loading' ? 'ready' : 'loading', shownError ?? this._secondaryError);
    for (const error of [this._chart.error, this._secondaryError, this._renderFault]) {
      if (!error || this._reported.has(error)) continue;
      this._reported.add(error);
      dispatchChartError(this, error);
    }
    if (layout && layout !== this._renderedLayout) {
      this._renderedLayout = layout;
      dispatchChartRender(this, layout.markCount, this._chart.warnings);
    }
  }

  /** The heading as the reader sees it, as plain text: the slotted heading's text, else the attribute. */
  protected get _headingText(): string {
    return shownHeading(this);
  }

  /** The description read by screen readers: the summary of the data (unless shown or drawn by a server, '' until the hidden table is built, a frame after the chart), or why there is none. */
  protected _summaryText(): string {
    const m = this._locale.messages;
    const {error, model, formats} = this._chart;
    if (error) return error.code === 'no-data' ? error.message : m.couldNotDraw(error.message);
    if (!model || !formats) return this._data.state.status === 'loading' ? m.loading : m.noData;
    if (!this._table.ready && !this.showSummary && !this._size.assumed) return '';
    return this._chart.summary({annotations: this._annotations, spokenX: this._spokenX, unit: this.unit, named: this._namedSeries});
  }

  /** The live-region text for a point (see pointAnnouncement). */
  private _describe(seriesIndex: number, x: number): string {
    const chart = this._chart;
    if (!chart.model || !chart.formats) return '';
    const options = {messages: this._locale.messages, spokenX: this._spokenX, annotations: this._annotations, named: this._namedSeries};
    return pointAnnouncement(chart.model, chart.formats, seriesIndex, x, options);
  }

  protected override render() {
    try {
      const result = this._renderFigure();
      this._renderFault = undefined;
      this._serverRender?.rendered?.(this);
      return result;
    } catch (e) {
      // A fault while drawing must not escape into the page: it is shown, and reported once.
      const error = asChartError(e);
      if (this._renderFault?.message !== error.message) this._renderFault = error;
      return renderMessage(error.message, 'alert');
    }
  }

  /** The whole chart: heading, plot, notes, controls and table. */
  private _renderFigure() {
    const aspect = this.aspectRatio;
    return renderFigure(this, {
      id: this._id,
      sourceHref: httpUrl(this.sourceHref),
      outlineLevel: outlineLevel(this.headingLevel),
      slotted: (name) => !!slottedChild(this, name),
      summary: this._summaryText(),
      label: this._locale.messages.chartData,
      lang: this._locale.lang,
      aspectRatio: aspect && typeof CSS !== 'undefined' && CSS.supports('aspect-ratio', aspect) ? aspect : undefined,
      // Known before the size and the same at every size: the box never answers its own size.
      plotRows: rowsCss(this._rowContent),
      beforePlot: this._renderBeforePlot(),
      plot: this._renderPlot(),
      belowPlot: renderNotes(this._chart.error ? undefined : this._chart.layout),
      after: this._renderData(),
    });
  }

  /** The plot: SVG, tooltip, or the message that replaces them. */
  private _renderPlot(): unknown {
    const {error, layout, model, formats} = this._chart;
    const m = this._locale.messages;
    const status = this._data.state.status;
    if (error) return renderMessage(error.message, error.code === 'no-data' ? 'status' : 'alert');
    if (status === 'loading' || status === 'empty') return renderMessage(status === 'loading' ? m.loading : m.noData, 'status');
    if (!layout || !model || !formats) return nothing;
    const {x, seriesIndex, positions, onPointer, onLeave} = this._tooltip;
    // A stacked column's tooltip ends with its total, which the stack's height shows.
    const total = layout.mark === 'stacked' ? m.total : undefined;
    const lines = x === undefined ? undefined : tooltipLines(model, formats, x, {formatX: this._formatX, noData: m.noDataCell, activeSeries: seriesIndex, total, named: this._namedSeries});
    return renderPlot({
      id: this._id,
      layout,
      series: model.series,
      lang: this._locale.lang,
      label: this._headingText ? `${m.chartData}: ${this._headingText}` : m.chartData,
      keyHelp: m.keyHelp(model.series.length > 1),
      announcement: this._keyboard.announcement,
      hover: {x, positions, seriesIndex},
      labels: this._renderLabels(layout),
      tooltip: renderTooltip(lines),
      onPointer,
      onLeave,
      onKey: this._keyboard.onKey,
      onBlur: this._keyboard.onBlur,
    });
  }

  /** "Show data", "Download CSV" and the data table. */
  private _renderData(): unknown {
    const chart = this._chart;
    if (this._data.state.status === 'loading') return reservedControls(this._locale.messages, this._downloads.view(this.downloads).formats);
    if (!chart.model || !chart.formats || chart.error) return nothing;
    const view: DataTableView = {
      id: this._id,
      model: chart.model,
      formats: chart.formats,
      xFormats: chart.xFormats,
      messages: this._locale.messages,
      lang: this._locale.lang,
      headingText: this._headingText,
      open: this._table.open,
      ready: this._table.ready,
      rowLimit: ChartElement.tableRowLimit,
      renderLimit: ChartElement.tableRenderLimit,
      onToggle: this._table.toggle,
      onDownload: this._prepareCsv,
      downloads: this._downloads.view(this.downloads),
    };
    return html`${renderControls(view)} ${renderTable(view)}`;
  }

  /**
   * Writes the CSV link's `href` when it is about to be used (see renderControls), and its file
   * name again: a slotted heading may have changed since the render (the SVG and PNG read it when
   * made).
   */
  private _prepareCsv = (event: Event) => {
    const {model, xFormats} = this._chart;
    const link = event.currentTarget as HTMLAnchorElement;
    link.download = fileName(this._headingText) + '.csv';
    if (model) link.href = csvHref(model, xFormats);
  };
}
