import {html, nothing, svg, type CSSResultGroup, type PropertyDeclarations} from 'lit';
import {
  ChartDataError,
  seriesDatumAt,
  computeRatio,
  layoutChart,
  placeLabels,
  seriesStats,
  truncateText,
  type ChartLayout,
  type MarkType,
  type NormalizedData,
  type NormalizeOptions,
  type Ratio,
  type Series,
  type SeriesSpec,
} from '../core/index.js';
import {asChartError} from '../controllers/data-controller.js';
import {ChartElement, jsonConverter, numberConverter, PALETTE_SIZE} from './chart-element.js';
import {compareStyles} from './compare-styles.js';
import {textMeasurer} from './text-measure.js';

/** A direct label at the end of a line. */
interface DirectLabel {
  seriesIndex: number;
  text: string;
  /** Where the line ends. */
  anchorY: number;
  y: number;
  x: number;
}

const LABEL_MODES = ['auto', 'direct', 'legend'] as const;

/**
 * `<spend-compare>`: two to eight yearly series compared, such as China's and Russia's military
 * spending, as lines labelled at their ends or as grouped columns, with a headline ratio ("3.7×").
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
    series: {converter: jsonConverter},
    ratio: {},
    ratioYear: {attribute: 'ratio-year', converter: numberConverter},
    labels: {},
    year: {converter: numberConverter},
  };

  /** `line` (default) or `bar` (grouped columns per year). */
  mark = 'line';

  /** JSON `[{"key": "china", "label": "China", "color": "#c00"}]`: which series, in which order, named and coloured how. */
  series?: unknown;

  /** The two series of the ratio callout as `"a/b"` (keys or labels); default the first over the second; `none` hides it. */
  ratio?: string;

  /** Year of the ratio; default the latest year in which both series have values. */
  ratioYear?: number;


  /** `auto` (default: direct labels where they fit, else a legend), `direct` or `legend`. */
  labels = 'auto';

  /** With `mark="bar"`, draws only this year: a direct comparison of the series in it. */
  year?: number;

  protected _ratio?: Ratio;
  protected _ratioError?: ChartDataError;
  private _ratioKey?: string;
  protected _directLabels: DirectLabel[] = [];
  protected _legend = false;

  protected get marks(): readonly MarkType[] {
    return ['line', 'bar'];
  }

  protected get multiSeries() {
    return true;
  }

  protected override get secondaryError() {
    return this._error ? undefined : this._ratioError;
  }

  private get labelMode(): (typeof LABEL_MODES)[number] {
    const m = (this.labels ?? '').trim().toLowerCase();
    return (LABEL_MODES as readonly string[]).includes(m) ? (m as (typeof LABEL_MODES)[number]) : 'auto';
  }

  protected override normalizeOptions(): NormalizeOptions {
    const options = super.normalizeOptions();
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

  protected override seriesForLayout(model: NormalizedData): Series[] {
    // A year without data draws every year (with a warning), not an empty chart.
    if (this.effectiveMark !== 'bar' || this.year === undefined || !model.xs.includes(this.year)) return model.series;
    // Series of one datum each (not spread copies, which would read every datum of the originals).
    return model.series.map((s) => {
      const d = seriesDatumAt(s, this.year!);
      return {key: s.key, label: s.label, ...(s.color ? {color: s.color} : {}), data: d ? [d] : []};
    });
  }

  protected override attributeProblems(): string[] {
    const problems = super.attributeProblems();
    if (this.labels && this.labelMode !== this.labels.trim().toLowerCase()) {
      problems.push(`labels="${this.labels}" is not one of ${LABEL_MODES.join(', ')}; using auto.`);
    }
    if (this.series instanceof ChartDataError) problems.push(`series: ${this.series.message} It is ignored.`);
    else if (this.series !== undefined && this.series !== null && !Array.isArray(this.series)) problems.push('series should be a JSON array of {"key", "label", "color"}; it is ignored.');
    for (const name of ['ratio-year', 'year']) {
      const value = this.getAttribute(name);
      if (value !== null && value.trim() !== '' && numberConverter.fromAttribute(value) === undefined) problems.push(`${name}="${value}" is not a year; it is ignored.`);
    }
    return problems;
  }

  protected override compute() {
    this._legend = this.effectiveMark === 'bar' || this.labelMode === 'legend';
    this._directLabels = [];
    super.compute();
    const model = this._model;
    if (!model) {
      this._ratio = undefined;
      this._ratioError = undefined;
      this._ratioKey = undefined;
      return;
    }
    // This element's own warnings, added after any second layout (which starts a new list).
    const own: string[] = [];
    if (this.effectiveMark === 'bar' && this.year !== undefined && !model.xs.includes(this.year)) own.push(`year=${this.year} has no data; every year is drawn.`);
    if (model.series.length > PALETTE_SIZE) own.push(`${model.series.length} series: colours repeat after eight; choose up to eight with "series".`);
    this.computeRatio(model);
    if (this._layout && !this._legend) {
      const labels = this.placeDirectLabels(this._layout, model);
      if (labels) {
        this._directLabels = labels;
      } else if (this.labelMode === 'auto') {
        // The labels do not fit beside the lines: lay out again with a legend instead.
        this._legend = true;
        super.compute();
      }
    }
    for (const warning of own) this.warnOnce(warning);
    this._warnings.push(...own);
  }

  private computeRatio(model: NormalizedData) {
    const spec = (this.ratio ?? '').trim();
    // The model's series (and so their keys) are part of the model, compared below.
    const key = JSON.stringify([spec, this.ratioYear, this.effectiveMark, this.year]);
    if (this._ratioKey === key && this._normalizedModel === model) return;
    this._ratioKey = key;
    this._normalizedModel = model;
    this._ratio = undefined;
    this._ratioError = undefined;
    if (spec.toLowerCase() === 'none') return;
    try {
      // A one-year bar chart states the ratio of the year it shows.
      const year = this.ratioYear ?? (this.effectiveMark === 'bar' && this.year !== undefined && model.xs.includes(this.year) ? this.year : undefined);
      this._ratio = computeRatio(model.series, spec || undefined, year);
    } catch (e) {
      this._ratioError = asChartError(e);
    }
  }
  private _normalizedModel?: NormalizedData;

  /** Measures direct labels, which are bold. */
  private get labelMeasure() {
    return textMeasurer(this._fontSize, this._fontFamily, 600);
  }

  /** Room on the right for direct labels (line mode), or none when a legend is used. */
  protected override layoutExtras(model: NormalizedData): Partial<Parameters<typeof layoutChart>[1]> {
    const extras: Partial<Parameters<typeof layoutChart>[1]> = {};
    if (this.effectiveMark === 'bar' && this.year !== undefined && model.xs.includes(this.year)) {
      extras.highlight = new Set([this.year]);
    }
    if (this._legend) return extras;
    const measure = this.labelMeasure;
    const widest = Math.max(...model.series.map((s) => measure(s.label)));
    const room = widest + 24;
    const width = this._size.value?.width ?? 0;
    if (this.labelMode === 'auto' && room > width * 0.32) {
      this._legend = true;
      return extras;
    }
    extras.marginRight = Math.min(room, Math.max(0, width * 0.5));
    return extras;
  }

  /** Places one label per series at the height of its last value, pushed apart so none overlap. */
  private placeDirectLabels(layout: ChartLayout, model: NormalizedData): DirectLabel[] | undefined {
    const lineHeight = Math.ceil(this._fontSize * 1.25);
    const auto = this.labelMode === 'auto';
    const ends = model.series.map((s, seriesIndex) => {
      const last = seriesStats(s)?.last;
      return {seriesIndex, text: s.label, anchorY: last ? layout.yScale(last.y) : NaN, lastX: last?.x};
    });
    const drawn = ends.filter((e) => Number.isFinite(e.anchorY));
    // A label beside the last year would say that a series which ended earlier has a value there.
    const lastX = model.xs[model.xs.length - 1];
    if (auto && ends.some((e) => e.lastX !== lastX)) return undefined;
    const placed = placeLabels(
      drawn.map((e) => ({y: e.anchorY, height: lineHeight})),
      0,
      layout.frame.bottom
    );
    // Only labels the author asked for are drawn when they cannot be placed: stacked from the top.
    if (!placed && this.labelMode !== 'direct') return undefined;
    const x = layout.frame.right + 4;
    const measure = this.labelMeasure;
    if (auto && !drawn.every((e) => x + 18 + measure(e.text) <= layout.width)) return undefined;
    // Asked for direct labels that do not fit: each is cut with an ellipsis (the table and the
    // summary keep the whole name).
    return drawn.map((e, i) => ({...e, text: truncateText(e.text, Math.max(0, layout.width - x - 18), measure), y: placed ? placed[i] : (i + 0.5) * lineHeight, x}));
  }

  protected override renderLabels(layout: ChartLayout) {
    const labels = this._directLabels;
    return svg`${super.renderLabels(layout)}
      ${labels.length
        ? svg`<g class="direct-labels">${labels.map(
            (l) => svg`<g class="direct-label ${this.seriesClass(l.seriesIndex)}" style=${this.seriesStyle(l.seriesIndex)}>
              <line class="swatch" x1=${l.x} x2=${l.x + 14} y1=${l.y} y2=${l.y}></line>
              <text x=${l.x + 18} y=${l.y} dy="0.32em">${l.text}</text>
            </g>`
          )}</g>`
        : nothing}`;
  }

  protected override renderBeforePlot() {
    return html`${this.renderRatio()}${this.renderLegend()}`;
  }

  private renderRatio() {
    if (this._error || !this._model) return nothing;
    if (this._ratioError) {
      return html`<p class="ratio ratio-error" part="ratio" role="alert">${this._ratioError.message}</p>`;
    }
    const r = this._ratio;
    if (!r || !this._formats) return nothing;
    const times = this._formats.number(r.value, 1);
    return html`<p class="ratio" part="ratio">
      <span class="ratio-value" aria-hidden="true">${`${times}×`}</span>
      <span class="visually-hidden">${this.messages.times(times)}</span>
      <span class="ratio-text">${this.messages.ratioCaption(r.numerator.label, r.denominator.label, this.formatX(r.year))}</span>
    </p>`;
  }

  private renderLegend() {
    const model = this._model;
    if (!this._legend || !model || this._error) return nothing;
    const bar = this.effectiveMark === 'bar';
    return html`<ul class="legend" part="legend">
      ${model.series.map(
        (s, i) => html`<li>
          <svg class="swatch ${this.seriesClass(i)}" style=${this.seriesStyle(i)} width="26" height="12" viewBox="0 0 26 12" aria-hidden="true">
            ${bar ? svg`<rect class="swatch-box" x="7" y="0" width="12" height="12"></rect>` : svg`<line class="swatch-line" x1="1" x2="25" y1="6" y2="6"></line>`}
          </svg>
          <span>${s.label}</span>
        </li>`
      )}
    </ul>`;
  }

  protected override summaryText(): string {
    const base = super.summaryText();
    const r = this._ratio;
    if (!r || !this._formats || this._error || this.description) return base;
    const times = this._formats.number(r.value, 1);
    return `${base} ${this.messages.ratio(this.spokenX(r.year), r.numerator.label, times, r.denominator.label)}`;
  }
}
