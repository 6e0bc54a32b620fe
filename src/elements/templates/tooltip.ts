import {html, nothing, type TemplateResult} from 'lit';
import {seriesDatumAt, type Annotation, type Messages, type NormalizedData, type ValueFormats} from '../../core/index.js';
import {annotationLabelsAt} from '../x-values.js';

/**
 * One line of the tooltip.
 * @internal
 */
export interface TooltipLine {
  text: string;
  /** The keyboard-focused series' line. */
  active: boolean;
}

/**
 * The tooltip's lines for an x value: with one series "2005: 2,890"; with several (or one that is
 * `named`), the x value, then every series' value, one line each ("China: $252bn"), the
 * keyboard-focused one active, and with `total` (its label, for stacked columns) the sum of the
 * values there ("Total: $330bn").
 * @internal
 */
export function tooltipLines(
  model: Pick<NormalizedData, 'series'>,
  formats: Pick<ValueFormats, 'value'>,
  x: number,
  options: {formatX: (x: number) => string; noData: string; activeSeries?: number; total?: string; named?: boolean}
): TooltipLine[] {
  const several = model.series.length > 1 || !!options.named;
  let sum: number | undefined;
  const rows = model.series.map((s, i) => {
    const d = seriesDatumAt(s, x);
    if (d && d.y !== null) sum = (sum ?? 0) + d.y;
    const value = d && d.y !== null ? formats.value(d.y) : options.noData;
    return {text: several ? `${s.label}: ${value}` : `${options.formatX(x)}: ${value}`, active: several && i === options.activeSeries};
  });
  // (One series is its own total.)
  if (several && options.total !== undefined && sum !== undefined) rows.push({text: `${options.total}: ${formats.value(sum)}`, active: false});
  return several ? [{text: options.formatX(x), active: false}, ...rows] : rows;
}

/**
 * The tooltip (hidden from assistive technology, which hears the live region): its first line
 * styled as the x value when there are several.
 * @internal
 */
export function renderTooltip(lines: readonly TooltipLine[] | undefined): TemplateResult | typeof nothing {
  if (!lines) return nothing;
  const className = (line: TooltipLine, i: number) => (line.active ? 'active' : i === 0 && lines.length > 1 ? 'year' : '');
  return html`<div class="tooltip" part="tooltip" aria-hidden="true">${lines.map((l, i) => html`<div class=${className(l, i)}>${l.text}</div>`)}</div>`;
}

/**
 * The live-region text for the point of series `seriesIndex` at `x`, with numbers in words:
 * "2002: 2,890 million" (with the series' name when there are several, or one `named`), or "no data", followed by
 * the labels of the annotations at `x`.
 * @internal
 */
export function pointAnnouncement(
  model: Pick<NormalizedData, 'series'>,
  formats: Pick<ValueFormats, 'spoken'>,
  seriesIndex: number,
  x: number,
  options: {messages: Pick<Messages, 'point' | 'noDataCell'>; spokenX: (x: number) => string; annotations: readonly Annotation[]; named?: boolean}
): string {
  const series = model.series[seriesIndex];
  if (!series) return '';
  const {messages: m} = options;
  const d = seriesDatumAt(series, x);
  const value = d && d.y !== null ? formats.spoken(d.y) : m.noDataCell;
  const name = model.series.length > 1 || options.named ? series.label : undefined;
  return [m.point(options.spokenX(x), value, name), ...annotationLabelsAt(options.annotations, x)].join('. ');
}
