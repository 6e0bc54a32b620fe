import {css} from 'lit';

/** Styles of `<spend-compare>` on top of the shared chart styles: direct labels, legend, ratio callout. */
export const compareStyles = css`
  /* The first series is --tiv-series-1, whatever --tiv-color-mark a page sets for <tiv-trend>. */
  :host {
    --_mark: var(--_s0);
  }
  /* Several series: a highlighted column (in a shade of its series' colour) gains an outline. */
  .column.highlight {
    stroke: var(--_text);
    stroke-width: 1px;
  }
  .direct-label text {
    fill: var(--_text);
    /* Full contrast, also for series past the eighth, whose marks are lighter. */
    fill-opacity: 1;
    font-weight: 600;
  }
  .legend .swatch-box {
    fill: var(--_c, var(--_mark));
  }
  .direct-label .swatch,
  .legend .swatch-line {
    stroke: var(--_c, var(--_mark));
    stroke-width: 2.5px;
    stroke-dasharray: var(--_dash, none);
    fill: none;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
    font-size: var(--_font-size-small);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    max-width: 100%;
    min-width: 0;
  }
  .legend li span {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .legend svg {
    flex: none;
    overflow: visible;
  }
  .legend .swatch-box {
    stroke: var(--_text);
    stroke-width: 0.5px;
  }
  .ratio {
    display: flex;
    align-items: baseline;
    flex-wrap: wrap;
    gap: 0.2em 0.5em;
    margin: 0 0 0.5em;
  }
  .ratio-value {
    /* A ratio of any length (1,000,000,000,000.0× over a near-zero denominator) wraps inside the
       chart rather than widen the page. */
    min-width: 0;
    overflow-wrap: anywhere;
    font-size: var(--tiv-font-size-ratio, 2rem);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.1;
  }
  .ratio-text {
    /* Words of any length wrap inside the chart (a flex item would otherwise widen it). */
    min-width: 0;
    overflow-wrap: anywhere;
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  .ratio-error {
    display: block;
    min-width: 0;
    overflow-wrap: anywhere;
    font-size: var(--_font-size-small);
    padding: 0.3em 0.5em;
    border-inline-start: 3px solid var(--_highlight);
  }
`;
