import {css} from 'lit';

/**
 * Styles of the controls under the chart ("Show data", "Download CSV") and of the data table,
 * part of every chart element's styles (see `chart-styles.ts`).
 * @internal
 */
export const tableStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-top: 0.5em;
    font-size: var(--_font-size-small);
  }
  .controls button,
  .controls a {
    min-height: 24px;
    min-width: 24px;
    display: inline-flex;
    align-items: center;
    font: inherit;
    color: var(--_text);
  }
  .controls button {
    padding: 0.15em 0.6em;
    border: 1px solid var(--_muted);
    border-radius: 3px;
    background: transparent;
    cursor: pointer;
  }
  /* SVG and PNG are made when pressed: buttons, drawn as the CSV's link. */
  .controls .download {
    padding: 0;
    border: 0;
    text-decoration: underline;
  }
  /* A server-rendered chart before its script has run (or with JavaScript off): the controls
     that need the script ("Show data", SVG, PNG, a CSV link without its data) are invisible in
     their place, so that nothing moves when they show. A chart the browser draws is defined. */
  :host(:not(:defined)) .controls :is(button, a[href='#']) {
    visibility: hidden;
  }
  .controls :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* A box of at most 60% of the viewport that scrolls, so that "Hide data" and the article stay
     in reach; it is a focusable, labelled region, and its header row stays in view. */
  .data-table {
    /* Contains the cells' visually hidden words, so that nothing widens the page. */
    position: relative;
    margin-top: 0.5em;
    max-height: 60vh;
    overflow: auto;
    font-size: var(--_font-size-small);
  }
  .data-table:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .data-table thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_halo);
  }
  /* A table wider than its box (many series on a phone) scrolls sideways with its x column in
     view, so that every value keeps its year; the header's first cell stays over both. */
  .data-table th[scope='row'] {
    position: sticky;
    inset-inline-start: 0;
    background: var(--_halo);
  }
  .data-table thead th:first-child {
    inset-inline-start: 0;
    z-index: 2;
  }
  .data-table table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .data-table caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25em;
  }
  .data-table th,
  .data-table td {
    padding: 0.15em 0.75em 0.15em 0;
    text-align: end;
    border-bottom: 1px solid var(--_grid);
  }
  .data-table th[scope='row'],
  .data-table thead th:first-child {
    text-align: start;
  }
  .data-table .unit {
    font-weight: normal;
    color: var(--_muted);
  }
  @media print {
    .data-table {
      max-height: none;
      overflow: visible;
    }
  }
`;
