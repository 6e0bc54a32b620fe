import {html, nothing, type CSSResultGroup, type PropertyDeclarations} from 'lit';
import {ChartDataError, computeRatio, type DirectLabel, largestShare, ratioFigures, seriesDatumAt, type ChartLayout, type LayoutOptions, type MarkType, type NormalizedData, type NormalizeOptions, type Ratio, type Series, type Share, type SeriesSpec, type ValueFormats} from '../core/index.js';
import {asChartError} from '../controllers/data-controller.js';
import {chosen} from './attribute-problems.js';
import {ChartElement} from './chart-element.js';
import {compareStyles} from './compare-styles.js';
import type {SeriesOption} from './element-types.js';
import {jsonProperty, numberConverter} from './converters.js';
import {directLabelRoom} from './direct-labels.js';
import {PALETTE_SIZE} from './palette.js';
import {renderDirectLabels, renderLegend} from './templates/legend.js';
import {reservedBeforePlot} from './templates/reserved.js';

const LABEL_MODES = ['auto', 'direct', 'legend'] as const;

/**
 * `<spend-compare>`: two to eight yearly series compared, such as China's and Russia's military
 * spending, as lines labelled at their ends, as grouped columns or as stacked columns, with a
 * headline ratio ("3.7×").
 *
 * Data: wide rows `[{"year": 2020, "China": 252, "Russia": 61.7}]` (every numeric column but the
 * year is a series, in column order) or long rows `[{"series": "China", "year": 2020, "value": 252}]`,
 * through `data`, `src` (CSV or JSON), a child `<script type="application/json">` or a child
 * `<table>` (first column years, one column per series).
 *
 * @summary Several yearly series compared, with the ratio of two of them.
 * @tagname spend-compare
 *
 * @csspart ratio - The ratio callout ("3.7×" and its year), or its error message.
 * @csspart legend - The legend, shown when direct labels do not fit or `labels="legend"`.
 * @cssprop [--tiv-series-1=#1c7ed6] - Colour of the first series (up to `--tiv-series-8`).
 */
export class SpendCompare extends ChartElement {
  static override styles: CSSResultGroup = [ChartElement.styles, compareStyles];

  static override properties: PropertyDeclarations = {
    mark: {},
    series: jsonProperty,
    ratio: {},
    ratioYear: {attribute: 'ratio-year', converter: numberConverter},
    labels: {},
    year: {converter: numberConverter},
  };

  /**
   * `line` (default), `bar` (grouped columns per year) or `stacked` (one column per year made of a
   * segment per series: positive values stacked up from zero, negative ones down; the tooltip adds
   * the total, the summary the largest share in the latest year).
   */
  mark: 'line' | 'bar' | 'stacked' = 'line';

  /**
   * JSON `[{"key": "china", "label": "China", "color": "#c00"}]`: which series, in which order,
   * named and coloured how. A series without a `label` is named by its key made readable
   * ("china_spend" is "China spend", "usa" is "USA") in the legend, labels, tooltip, table, CSV and
   * summary. A key the data lacks is an error (`missing-column`, naming the key and the data's series).
   */
  series?: readonly SeriesOption[];

  /** The two series of the ratio callout as `"a/b"` (keys or labels); default the first over the second; `none` hides it. */
  ratio?: string;

  /** Year of the ratio; default the latest year in which both series have values. */
  ratioYear?: number;

  /** `auto` (default: direct labels where they fit, else a legend), `direct` or `legend`. Columns (`bar`, `stacked`) always have a legend. */
  labels: 'auto' | 'direct' | 'legend' = 'auto';

  /** With `mark="bar"`, draws only this year: a direct comparison of the series in it. */
  year?: number;

  protected _ratio?: Ratio;
  protected _ratioError?: ChartDataError;
  /** Stacked columns: the largest share of the latest year's total, for the summary. */
  protected _share?: Share;
  /** What the ratio was computed from: its options and the model. */
  private _ratioKey?: string;
  private _ratioModel?: NormalizedData;
  protected _directLabels: DirectLabel[] = [];
  /** Whether the series are named in a legend (else by direct labels). */
  protected _legend = false;

  protected get _marks(): readonly MarkType[] {
    return ['line', 'bar', 'stacked'];
  }

  protected get _multiSeries() {
    return true;
  }

  protected override get _secondaryError() {
    return this._chart.error ? undefined : this._ratioError;
  }

  private get _labelMode(): (typeof LABEL_MODES)[number] {
    return chosen(this.labels, LABEL_MODES);
  }

  /** The year drawn alone (`year` with `mark="bar"`, when it has data). */
  private _yearShown(model: NormalizedData): number | undefined {
    return this._mark === 'bar' && this.year !== undefined && model.xs.includes(this.year) ? this.year : undefined;
  }

  protected override _normalizeOptions(): NormalizeOptions {
    const options = super._normalizeOptions();
    if (Array.isArray(this.series)) {
      options.series = this.series
        .filter((s): s is Record<string, unknown> => !!s && typeof s === 'object' && (typeof s.key === 'string' || typeof s.key === 'number'))
        .map((s) => {
          const spec: SeriesSpec = {key: String(s.key)};
          if (typeof s.label === 'string' || typeof s.label === 'number') spec.label = String(s.label);
          if (typeof s.color === 'string') spec.color = s.color;
          return spec;
        });
    }
    return options;
  }

  protected override _seriesForLayout(model: NormalizedData): readonly Series[] {
    // A year without data draws every year (with a warning), not an empty chart.
    const year = this._yearShown(model);
    if (year === undefined) return model.series;
    // Series of one datum each (not spread copies, which would read every datum of the originals).
    return model.series.map((s) => {
      const d = seriesDatumAt(s, year);
      return {key: s.key, label: s.label, ...(s.color ? {color: s.color} : {}), data: d ? [d] : []};
    });
  }

  /** This element's own invalid attribute values, each falling back to its default. */
  private _ownProblems(): string[] {
    const problems: string[] = [];
    if (this.labels && this._labelMode !== this.labels.trim().toLowerCase()) problems.push(`labels="${this.labels}" is not one of ${LABEL_MODES.join(', ')}; using auto.`);
    if (this.series instanceof ChartDataError) problems.push(`series: ${this.series.message} It is ignored.`);
    else if (this.series !== undefined && this.series !== null && !Array.isArray(this.series)) problems.push('series should be a JSON array of {"key", "label", "color"}; it is ignored.');
    for (const name of ['ratio-year', 'year']) {
      const value = this.getAttribute(name);
      if (value !== null && value.trim() !== '' && numberConverter.fromAttribute(value) === undefined) problems.push(`${name}="${value}" is not a year; it is ignored.`);
    }
    return problems;
  }

  protected override _compute() {
    // Columns, or an author's choice, are named in a legend; else lines (bars drawn as lines on a
    // log scale too) get direct labels, where they fit.
    // (Stacked columns too: labels beside the last column's segments would be pushed far from thin
    // segments, and their room would take a third of a phone's width from the columns.)
    this._legend = this._drawnMark !== 'line' || this._labelMode === 'legend';
    this._directLabels = [];
    super._compute();
    const model = this._chart.model;
    this._computeRatio(model);
    this._share = model && this._chart.layout?.mark === 'stacked' ? largestShare(model.series) : undefined;
    if (!model) return;
    // This element's own warnings, after the layout's.
    const own: string[] = [];
    if (this._mark === 'bar' && this.year !== undefined && !model.xs.includes(this.year)) own.push(`year=${this.year} has no data; every year is drawn.`);
    if (model.series.length > PALETTE_SIZE) own.push(`${model.series.length} series: colours repeat after eight; choose up to eight with "series".`);
    this._chart.warn(this._ownProblems());
    this._chart.warn(own, 'drawn');
    this._chart.report();
  }

  /** The label policy: direct labels when they fit (or are asked for), else a legend and a second layout. */
  protected override _layOut(model: NormalizedData): ChartLayout | undefined {
    const auto = this._labelMode === 'auto';
    const width = this._size.value?.width ?? 0;
    // Labels wider than a third of the chart leave too little for the data.
    if (!this._legend && auto && directLabelRoom(model.series.map((s) => s.label), this._labelMeasure) > width * 0.32) this._legend = true;
    const layout = super._layOut(model);
    if (!layout || this._legend) return layout;
    if (layout.directLabels) this._directLabels = layout.directLabels;
    else if (auto) {
      // The labels do not fit beside the lines: lay out again with a legend instead.
      this._legend = true;
      return super._layOut(model);
    }
    return layout;
  }

  /** Room on the right for direct labels, or none with a legend; the year drawn alone highlighted. */
  protected override _layoutOptions(model: NormalizedData): Partial<LayoutOptions> {
    const options: Partial<LayoutOptions> = {};
    const year = this._yearShown(model);
    if (year !== undefined) options.highlight = new Set([year]);
    // Before the plot box is observed there is no size, and only the rows around the plot are
    // read (rowContentOf): no room to measure. (Text measured before the page's first layout costs
    // a fresh page 15 to 20 ms in Chromium, against under 1 ms after it.)
    if (this._legend || !this._size.value) return options;
    const width = this._size.value.width;
    const room = directLabelRoom(model.series.map((s) => s.label), this._labelMeasure);
    options.marginRight = Math.min(room, Math.max(0, width * 0.5));
    options.directLabels = {lineHeight: Math.ceil(this._fontSize * 1.25), strict: this._labelMode === 'auto'};
    return options;
  }

  private get _fontSize() {
    return this._size.font?.size ?? 13;
  }

  /** Measures direct labels, which are bold. */
  private get _labelMeasure() {
    return this._measurer(600);
  }

  /** The ratio callout's value, computed again only when its options or the model change. */
  private _computeRatio(model: NormalizedData | undefined) {
    const spec = (this.ratio ?? '').trim();
    // The model's series (and so their keys) are part of the model, compared below.
    const key = JSON.stringify([spec, this.ratioYear, this._mark, this.year]);
    if (model && this._ratioKey === key && this._ratioModel === model) return;
    this._ratioKey = model ? key : undefined;
    this._ratioModel = model;
    this._ratio = undefined;
    this._ratioError = undefined;
    if (!model || spec.toLowerCase() === 'none') return;
    try {
      // A one-year bar chart states the ratio of the year it shows.
      this._ratio = computeRatio(model.series, spec || undefined, this.ratioYear ?? this._yearShown(model));
    } catch (e) {
      this._ratioError = asChartError(e);
    }
  }

  protected override _renderLabels() {
    return renderDirectLabels(this._directLabels, this._chart.model?.series ?? []);
  }

  protected override _renderBeforePlot() {
    const model = this._chart.model;
    // While `src` loads: the ratio's place, and the legend's when there will be one (set in _compute).
    if (this._data.state.status === 'loading') {
      const ratio = (this.ratio ?? '').trim().toLowerCase() !== 'none';
      const named = this._normalizeOptions().series?.map((s) => s.label ?? s.key);
      return reservedBeforePlot({ratio, legend: this._legend ? (named ?? []) : undefined, box: this._drawnMark !== 'line'});
    }
    if (this._chart.error || !model) return nothing;
    return html`${this._renderRatio()}${this._legend ? renderLegend(model.series, !!this._chart.layout?.columnar) : nothing}`;
  }

  private _renderRatio() {
    if (this._ratioError) return html`<p class="ratio ratio-error" part="ratio" role="alert">${this._ratioError.message}</p>`;
    const callout = this._ratioCallout();
    if (!callout) return nothing;
    return html`<p class="ratio" part="ratio">
      <span class="ratio-value" aria-hidden="true">${`${callout.times}×`}</span>
      <span class="visually-hidden">${this._locale.messages.times(callout.spoken)}</span>
      <span class="ratio-text">${callout.caption}</span>
    </p>`;
  }

  /**
   * The ratio callout's number (always one decimal: "4.0×", read "4.0 times"; "<0.1×", read "less
   * than 0.1 times", for a tiny one: see ratioFigures) and caption, when there is a ratio.
   */
  private _ratioCallout(): {times: string; spoken: string; caption: string} | undefined {
    const r = this._ratio;
    const formats = this._chart.formats;
    if (!r || !formats) return undefined;
    const {shown, spoken} = this._ratioFigures(r.value, formats);
    return {times: shown, spoken, caption: this._locale.messages.ratioCaption(r.numerator.label, r.denominator.label, this._formatX(r.year))};
  }

  /** A ratio at one decimal, shown and in words (see ratioFigures). */
  private _ratioFigures(value: number, formats: ValueFormats) {
    return ratioFigures(value, (v) => formats.number(v, 1, true), this._locale.messages);
  }

  protected override _summaryText(): string {
    const base = super._summaryText();
    const formats = this._chart.formats;
    if (!formats || this._chart.error || this.description || !base) return base;
    return [base, this._ratioSentence(formats), this._shareSentence(formats)].filter(Boolean).join(' ');
  }

  /** The ratio in words, or '' without one. */
  private _ratioSentence(formats: ValueFormats): string {
    const r = this._ratio;
    if (!r) return '';
    return this._locale.messages.ratio(this._spokenX(r.year), r.numerator.label, this._ratioFigures(r.value, formats).spoken, r.denominator.label);
  }

  /** Stacked columns: the largest share of the latest year's total in words, or '' (see largestShare). */
  private _shareSentence(formats: ValueFormats): string {
    const share = this._share;
    if (!share) return '';
    const percent = formats.number(share.fraction * 100, 0);
    return this._locale.messages.largestShare(this._spokenX(share.year), share.series.label, percent, formats.spoken(share.total));
  }
}
