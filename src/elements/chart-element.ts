import {html, nothing, type CSSResultGroup} from 'lit';
import {rowsCss, type ChartDataError, type ChartLayout} from '../core/index.js';
import {asChartError} from '../controllers/data-controller.js';
import {DownloadsController} from '../controllers/downloads.js';
import {fileName, shownHeading} from '../export/file-name.js';
import {ChartPipeline} from './chart-pipeline.js';
import {chartStyles} from './chart-styles.js';
import {dispatchChartError, dispatchChartRender} from './events.js';
import {labelStyles} from './label-styles.js';
import {printStyles} from './print-styles.js';
import {slottedChild} from './server-markup.js';
import {csvHref, renderControls, renderTable, type DataTableView} from './templates/data-table.js';
import {httpUrl, outlineLevel, renderFigure, renderMessage} from './templates/figure.js';
import {renderNotes, renderPlot} from './templates/plot.js';
import {reservedControls} from './templates/reserved.js';
import {renderTooltip, tooltipLines} from './templates/tooltip.js';

export type {ChartErrorDetail, ChartRenderDetail} from './events.js';

/**
 * Base class of the tiv-charts elements: the render half (heading, plot, notes, controls, table)
 * and what it reports (`state`, `chart-error`, `chart-render`), over {@link ChartPipeline}, the
 * update half (properties → data → model → layout) with the controllers. The drawing is done by
 * template functions (`./templates/`). Not registered as an element itself. A subclass names its
 * marks (see ChartPipeline) and may add content before the plot, labels over it and an error that
 * does not stop the chart (the `_`-prefixed hooks below).
 */
export abstract class ChartElement extends ChartPipeline {
  static override styles: CSSResultGroup = [chartStyles, labelStyles, printStyles];

  /** Up to this many rows, the table is always in the page for screen readers; above, only when shown. @internal (tests lower it) */
  static tableRowLimit = 1000;
  /** A shown table has at most this many rows (the first ones), with a note; the CSV has every row. @internal (tests lower it) */
  static tableRenderLimit = 5000;

  private readonly _downloads = new DownloadsController(this, () => this._locale.messages);
  private readonly _reported = new WeakSet<ChartDataError>();
  private _renderFault?: ChartDataError;
  private _renderedLayout?: ChartLayout;

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
