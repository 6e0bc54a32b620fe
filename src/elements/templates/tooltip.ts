import {html, nothing, type TemplateResult} from 'lit';
import {seriesDatumAt, type Annotation, type Messages, type NormalizedData, type ValueFormats} from '../../core/index.js';
import {annotationLabelsAt} from '../x-values.js';

/**
 * One line of the tooltip.
 * @internal
 */
export interface TooltipLine {
  /** A series' name (or "Total"), shown before the text and shortened to two lines with an ellipsis; the live region and the table say it whole. */
  name?: string;
  /** The value after the name, or the whole line ("2005: 2,890", the x value). */
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
    return several ? {name: s.label, text: value, active: i === options.activeSeries} : {text: `${options.formatX(x)}: ${value}`, active: false};
  });
  // (One series is its own total.)
  if (several && options.total !== undefined && sum !== undefined) rows.push({name: options.total, text: formats.value(sum), active: false});
  return several ? [{text: options.formatX(x), active: false}, ...rows] : rows;
}

/**
 * The tooltip (hidden from assistive technology, which hears the live region): its first line
 * styled as the x value when there are several; a line with a name is the name (cut to two lines
 * by the styles, however long) and the value after it in a column of its own, never cut.
 * @internal
 */
export function renderTooltip(lines: readonly TooltipLine[] | undefined): TemplateResult | typeof nothing {
  if (!lines) return nothing;
  const className = (line: TooltipLine, i: number) => (line.active ? 'active' : i === 0 && lines.length > 1 ? 'year' : '');
  const line = (l: TooltipLine, i: number) =>
    l.name === undefined
      ? html`<div class=${className(l, i)}>${l.text}</div>`
      : html`<div class="named ${className(l, i)}"><span class="name">${l.name}:</span><span class="value"> ${l.text}</span></div>`;
  return html`<div class="tooltip" part="tooltip" aria-hidden="true">${lines.map(line)}</div>`;
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
