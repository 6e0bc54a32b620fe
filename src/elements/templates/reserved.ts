import {html, type TemplateResult} from 'lit';
import {rowContentOf, type Messages, type RowContent} from '../../core/index.js';
import {readAnnotations, readX} from '../x-values.js';
import {renderLegend} from './legend.js';

/*
 * While a chart's data load (`src`), it holds the room of what they will bring, so that nothing
 * below it moves when they arrive: the rows of labels around the plot area that the attributes
 * call for, and invisible stand-ins (`.reserved`, `visibility: hidden`: not seen, not focused, not
 * read) of the rows drawn with the data: the controls, and `<spend-compare>`'s ratio callout and
 * legend. The stand-ins have the classes and parts of the rows they hold the place of, so that
 * their height is the rows' own. What only the data decide is not reserved: notes of labels with
 * no room in the plot, a legend where direct labels turn out not to fit, a ratio caption or a
 * legend of series not named in `series` that wraps to a second line.
 */

/** What the attributes of a chart say of the rows around its plot area before its data. @internal */
export interface ExpectedRows {
  /** The author's `annotations` (an array, or anything else: then none). */
  annotations?: unknown;
  /** The author's `highlight`: any value gives a row of value labels. */
  highlight?: string;
  yAxis: 'left' | 'inline';
}

/**
 * The rows around the plot area of a chart whose data have not arrived (see `rowContentOf`, which
 * gives them once the data are there): an annotation's x may be a year or a date, and a
 * highlight is taken to find its data. @internal
 */
export function expectedRowContent({annotations, highlight, yAxis}: ExpectedRows): RowContent {
  const readEither = (value: unknown) => readX(value, 'number') ?? readX(value, 'date');
  return {...rowContentOf({annotations: readAnnotations(annotations, readEither), yAxis}), valueLabels: !!highlight?.trim()};
}

/** The place of the controls ("Show data" and the `downloads` offered, `formats`), in their words. @internal */
export function reservedControls(m: Messages, formats: readonly ('csv' | 'svg' | 'png')[]): TemplateResult {
  const word = {csv: m.downloadCsv, svg: m.downloadSvg, png: m.downloadPng};
  return html`<div class="controls reserved" part="controls">
    <button type="button" part="button" tabindex="-1">${m.showData}</button>${formats.map((f) =>
      f === 'csv' ? html`<a part="download">${word[f]}</a>` : html`<button type="button" class="download" part="download" tabindex="-1">${word[f]}</button>`
    )}
  </div>`;
}

/**
 * The place of `<spend-compare>`'s ratio callout (one line), and of its legend when one is sure to
 * be drawn: `legend` holds the labels of the series the author named (else one line), `box`
 * whether its swatches are boxes (columns). @internal
 */
export function reservedBeforePlot({ratio, legend, box}: {ratio: boolean; legend?: readonly string[]; box: boolean}): TemplateResult {
  const labels = legend?.length ? legend : ['\u00a0'];
  return html`${ratio ? html`<p class="ratio reserved" part="ratio"><span class="ratio-value">0</span><span class="ratio-text">\u00a0</span></p>` : ''}${
    legend ? html`<div class="reserved">${renderLegend(labels.map((label) => ({label})), box)}</div>` : ''
  }`;
}
