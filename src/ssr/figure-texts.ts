import type {ChartLayout, Messages, NormalizedData} from '../core/index.js';
import type {ChartElement} from '../elements/chart-element.js';
import type {FigureTexts} from '../export/figure-svg.js';
import {httpUrl} from '../elements/templates/figure.js';
import type {ChartTag} from './options.js';

/**
 * The state of a rendered element that its figure's texts come from, as its templates read it.
 * These members are internal to the elements (`_`-prefixed): the server reads them from the npm
 * modules, where they keep their names; no page does (a browser's download reads the figure it
 * shows, `export/download.ts`).
 */
interface RenderedChart {
  heading?: string;
  subheading?: string;
  note?: string;
  source?: string;
  sourceHref?: string;
  description?: string;
  _chart: {layout?: ChartLayout; error?: unknown; model?: NormalizedData};
  _summaryText(): string;
  _locale: {messages: Messages};
  /** `<spend-compare>`: the ratio callout, why there is none (a bad `ratio`), and whether a legend names the series. */
  _ratioCallout?(): {times: string; spoken: string; caption: string} | undefined;
  _ratioError?: Error;
  _legend?: boolean;
}

/**
 * The figure's texts of an element rendered on the server (given attributes only, no slotted
 * content), for its standalone SVG: the heading, subheading, summary (or the author's
 * description), ratio callout (or, for a bad `ratio`, its message in the callout's place, as the
 * page shows it) and legend, the numbered notes of labels with no room in the plot,
 * the note and the source, as the element shows them; `undefined` when it shows no chart.
 * @internal
 */
export function serverFigureTexts(element: ChartElement, tag: ChartTag): FigureTexts | undefined {
  const chart = element as unknown as RenderedChart;
  const {layout, error, model} = chart._chart;
  if (!layout || error || !model) return undefined;
  // As the page shows them: runs of white space as one space.
  const plain = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const heading = plain(chart.heading);
  const callout = chart._ratioCallout?.();
  return {
    heading,
    title: heading || chart._locale.messages.chartData,
    subheading: plain(chart.subheading),
    summary: plain(chart.description || chart._summaryText()),
    ratio: callout ? {value: `${callout.times}×`, text: callout.caption} : chart._ratioError && {value: '', text: chart._ratioError.message},
    legend: chart._legend ? {labels: model.series.map((s) => s.label), box: layout.columnar} : undefined,
    notes: [...layout.notes.map((n) => `${n.number} ${plain(n.text)}`), plain(chart.note)].filter(Boolean),
    source: plain(chart.source ?? httpUrl(chart.sourceHref)),
    multi: tag === 'spend-compare',
  };
}
