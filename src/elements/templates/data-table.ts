import {html, isServer, nothing, type TemplateResult} from 'lit';
import {csvFormatRows} from 'd3-dsv';
import type {DownloadsView} from '../../controllers/downloads.js';
import {fileName} from '../../export/file-name.js';
import {element, plainNodes, type PlainNode} from './plain-nodes.js';
import {valuesAt, type Messages, type NormalizedData, type ValueFormats, type XFormats} from '../../core/index.js';

/**
 * What the controls and the data table show.
 * @internal
 */
export interface DataTableView {
  /** Prefix of the ids in the element's shadow root. */
  id: string;
  model: NormalizedData;
  formats: ValueFormats;
  xFormats: XFormats;
  messages: Messages;
  /** `lang` of generated words (`nothing` when they are in the element's language). */
  lang: string | typeof nothing;
  /** The heading as plain text (the table's caption and the CSV file's name). */
  headingText: string;
  /** Whether the table is shown ("Show data"). */
  open: boolean;
  /** Whether the visually hidden table is built yet (see ChartElement). */
  ready: boolean;
  /** Up to this many rows, the table is always in the page for screen readers; above, only when shown. */
  rowLimit: number;
  /** A shown table has at most this many rows (the first ones), with a note; the CSV has every row. */
  renderLimit: number;
  /** "Show data" / "Hide data" pressed. */
  onToggle: () => void;
  /** The download link is about to be used: writes its `href` (see {@link csvHref}). */
  onDownload: (event: Event) => void;
  /** The downloads offered, and how to ask for one. */
  downloads: DownloadsView;
}

/**
 * "Show data" (toggles the table) and the downloads: "Download CSV", whose `href` is written when
 * it is about to be used (pointer down, focus or click, which runs before the download), not on
 * every render: for a large series it is megabytes long (a server render writes it at once when
 * it is short, see drawnCsvHref); "Download SVG" and "Download PNG",
 * buttons, as their files are made when pressed. Why one of those failed is said after them.
 * @internal
 */
export function renderControls(view: DataTableView): TemplateResult {
  const m = view.messages;
  return html`<div class="controls" part="controls" lang=${view.lang}>
    <button type="button" part="button" aria-expanded=${view.open ? 'true' : 'false'} aria-controls="${view.id}-table"
      @click=${view.onToggle}>${view.open ? m.hideData : m.showData}</button>${renderDownloads(view)}</div>`;
}

/**
 * The download controls. The default, the CSV link alone, is one template with no part but its
 * text: each part costs the page a marker comment (the chart's DOM budget, issue 18). The SVG and
 * PNG buttons and the reason a download failed come only when offered or needed.
 */
function renderDownloads(view: DataTableView): TemplateResult | typeof nothing {
  const m = view.messages;
  const {formats, onExport, message} = view.downloads;
  const csv = formats.includes('csv')
    ? html`<a part="download" href=${drawnCsvHref(view)} download="${fileName(view.headingText)}.csv" @pointerdown=${view.onDownload} @focus=${view.onDownload} @click=${view.onDownload}
      >${m.downloadCsv}</a
    >`
    : nothing;
  const figures = formats.filter((format) => format !== 'csv');
  if (figures.length === 0 && !message) return csv;
  return html`${csv}${figures.map(
    (format) => html`<button type="button" class="download" part="download" @click=${() => onExport(format)}>${format === 'svg' ? m.downloadSvg : m.downloadPng}</button>`
  )}${message ? html`<p class="download-error" role="alert">${message}</p>` : nothing}`;
}

/**
 * The longest CSV link a server render writes as a `data:` URL, in characters (about 20 KB: a
 * few hundred rows).
 * @internal
 */
export const CSV_HREF_LIMIT = 20_000;

/**
 * The CSV link's `href` as drawn. In a browser, `#`: the link is written when it is about to be
 * used (`onDownload`). On a server, the data as a `data:` URL when it is at most
 * {@link CSV_HREF_LIMIT} characters long, so that the link works without JavaScript (a longer
 * one is `#`, hidden until the script runs: see `table-styles.ts`). One template on both sides,
 * as Lit's hydration compares the template's text; it keeps the server's attribute value.
 */
function drawnCsvHref(view: DataTableView): string {
  if (!isServer) return '#';
  const href = csvHref(view.model, view.xFormats);
  return href.length <= CSV_HREF_LIMIT ? href : '#';
}

/**
 * The data as a CSV `data:` URL: the x column, then one column per series; blank for no data.
 * @internal
 */
export function csvHref(model: NormalizedData, xFormats: Pick<XFormats, 'csv'>): string {
  // A leading = + - @ would make a spreadsheet run the cell as a formula.
  const safe = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
  const values = model.series.map((s) => valuesAt(s, model.xs));
  const rows = [[safe(model.xLabel || 'year'), ...model.series.map((s) => safe(s.label))]];
  model.xs.forEach((x, row) => rows.push([xFormats.csv(x), ...values.map((column) => (column[row] ?? '') + '')]));
  // A byte-order mark, so that spreadsheet programs read the text as UTF-8.
  return 'data:text/csv;charset=utf-8,' + encodeURIComponent('\uFEFF' + csvFormatRows(rows) + '\n');
}

/**
 * The data table: one row per x value, one column per series. Closed, it stays in the page,
 * visually hidden, for screen readers (up to `rowLimit` rows, once `ready`); shown, it has at
 * most `renderLimit` rows, with a note. Drawn as plain DOM (see plainNodes): a table of 30 rows
 * is 167 nodes instead of the 387 of a Lit template per row and cell.
 * @internal
 */
export function renderTable(view: DataTableView): ReturnType<typeof plainNodes> | typeof nothing {
  const {model, formats, messages: m, open} = view;
  if (!open && (!view.ready || model.xs.length > view.rowLimit)) return nothing;
  const cut = model.xs.length > view.renderLimit;
  const rows = cut ? model.xs.slice(0, view.renderLimit) : model.xs;
  const caption = view.headingText || m.chartData;
  const header = element('tr', {}, [element('th', {scope: 'col'}, xHeader(model, m)), ...model.series.map((s) => seriesHeader(s.label, spokenUnit(formats), m))]);
  const table = element('table', {part: 'table'}, [element('caption', {}, caption), element('thead', {}, [header]), element('tbody', {}, tableRows(view, rows))]);
  const note = cut ? [element('p', {class: 'table-note'}, m.tableCut(formats.number(view.renderLimit), formats.number(model.xs.length)))] : [];
  // A table ignores width: 1px, so the wrapper is what is visually hidden while the table is closed.
  const wrapper = element(
    'div',
    {
      id: `${view.id}-table`,
      class: open ? 'data-table' : 'visually-hidden',
      part: 'table-wrapper',
      role: open ? 'region' : undefined,
      'aria-label': open ? caption : undefined,
      tabindex: open ? '0' : undefined,
    },
    [table, ...note]
  );
  return plainNodes([wrapper], 'html');
}

/** The x column's header: the data's own name for it, else "Year". */
function xHeader(model: NormalizedData, m: Messages): string {
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return model.xLabel && model.xLabel.toLowerCase() !== 'year' ? capital(model.xLabel) : m.year;
}

/** A series' header, with the unit in words. */
function seriesHeader(label: string, unit: string, m: Messages): PlainNode {
  const name = element('span', {}, label === 'value' ? m.value : label);
  return element('th', {scope: 'col'}, unit ? [name, element('span', {class: 'unit'}, ` (${unit})`)] : [name]);
}

/** The unit in words for table headers, e.g. "million TIV": the spoken form of 1, less the number. */
function spokenUnit(formats: Pick<ValueFormats, 'spoken'>): string {
  return formats.spoken(1).replace(/^\S+\s*/, '');
}

/**
 * The rows: cells show the house style and say the value in words; a value said as it is shown
 * (no unit, no abbreviation) is one text, not two.
 */
function tableRows(view: DataTableView, xs: readonly number[]): PlainNode[] {
  const {model, formats, messages: m} = view;
  // One column of values per series, along the rows, each with one number of decimals.
  const values = model.series.map((s) => valuesAt(s, xs));
  const columnFormats = values.map((column) => formats.column(column.filter((v): v is number => v !== null)));
  const cell = (v: number | null, i: number): PlainNode => {
    if (v === null) return element('td', {}, m.noDataCell);
    const shown = columnFormats[i](v);
    const spoken = formats.spoken(v);
    return element('td', {}, shown === spoken ? shown : [element('span', {class: 'shown', 'aria-hidden': 'true'}, shown), element('span', {class: 'visually-hidden'}, spoken)]);
  };
  return xs.map((x, row) => element('tr', {}, [element('th', {scope: 'row'}, view.xFormats.value(x)), ...values.map((column, i) => cell(column[row], i))]));
}
