import {css} from 'lit';
import {tableStyles} from './table-styles.js';

/**
 * Styles shared by every chart element. Public custom properties (`--tiv-*`) are read once into
 * private ones (`--_*`). Colours default to the page's text colour (`currentColor`) mixed down, so
 * charts follow the host page, light or dark.
 */
export const chartStyles = css`
  :host {
    --_text: var(--tiv-color-text, currentColor);
    --_muted: var(--tiv-color-muted, color-mix(in srgb, var(--_text) 72%, transparent));
    --_grid: var(--tiv-color-grid, color-mix(in srgb, var(--_text) 22%, transparent));
    --_focus: var(--tiv-color-focus, var(--_text));
    --_baseline: var(--tiv-color-baseline, color-mix(in srgb, var(--_text) 75%, transparent));
    --_mark: var(--tiv-color-mark, var(--_s0));
    /* Series palette: distinct in hue and lightness order for common colour-vision deficiencies,
       each at least 3:1 against white and against #121212. */
    --_s0: var(--tiv-series-1, #1c7ed6);
    --_s1: var(--tiv-series-2, #e8590c);
    --_s2: var(--tiv-series-3, #099268);
    --_s3: var(--tiv-series-4, #9c36b5);
    --_s4: var(--tiv-series-5, #846800);
    --_s5: var(--tiv-series-6, #d6336c);
    --_s6: var(--tiv-series-7, #5f6b7a);
    --_s7: var(--tiv-series-8, #c92a2a);
    --_highlight: var(--tiv-color-highlight, #c2410c);
    --_range: var(--tiv-color-range, color-mix(in srgb, var(--_text) 8%, transparent));
    --_background: var(--tiv-color-background, transparent);
    --_tooltip-bg: var(--tiv-tooltip-background, Canvas);
    --_tooltip-text: var(--tiv-tooltip-color, CanvasText);
    --_font-size-small: var(--tiv-font-size-small, 0.8125rem);
    /* The container's full width wherever the chart is placed: a flex item of a centring flex
       column or a grid item would otherwise shrink to its content. An author's width wins. */
    display: block;
    inline-size: 100%;
    /* Room above and below in a page of text (the source line never touches the next paragraph);
       it collapses with a paragraph's own margin. An author's margin on the element wins. */
    margin-block: var(--tiv-chart-margin-block, 1.5rem 2rem);
    position: relative;
    box-sizing: border-box;
    min-width: 0;
    /* The page's text-align (a centred app root) is not the chart's. */
    text-align: start;
    color: var(--_text);
    font-family: var(--tiv-font-family, inherit);
    line-height: 1.35;
    background: var(--_background);
  }
  :host([hidden]) {
    display: none;
  }
  /* theme="light" and theme="dark" paint their own background; "auto" follows the page. */
  :host([theme='light']),
  :host([theme='dark']) {
    padding: 0.75rem;
  }
  :host([theme='light']) {
    --_text: var(--tiv-color-text, #1a1a1a);
    --_background: var(--tiv-color-background, #ffffff);
    color-scheme: light;
  }
  :host([theme='dark']) {
    --_text: var(--tiv-color-text, #ececec);
    --_background: var(--tiv-color-background, #121212);
    --_highlight: var(--tiv-color-highlight, #f76707);
    color-scheme: dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  figure {
    display: flex;
    flex-direction: column;
    height: 100%;
    margin: 0;
    min-width: 0;
  }
  .heading {
    margin: 0 0 0.15em;
    font-size: var(--tiv-font-size-heading, 1.25rem);
    font-weight: var(--tiv-font-weight-heading, 700);
    line-height: 1.2;
    overflow-wrap: anywhere;
  }
  .subheading {
    margin: 0 0 0.5em;
    font-size: var(--tiv-font-size-subheading, 1rem);
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  /* The plot box's content is the plot area (see core/layout/dimensions.ts): as tall as it is wide
     (a phone's tall plot), within the min and max heights; the rows around the plot area (annotation
     rows, value labels, x tick labels) are its padding, set by the element, so they add height. The
     svg and the message cover the padding box. */
  .plot {
    position: relative;
    flex: 1 1 auto;
    width: 100%;
    box-sizing: content-box;
    aspect-ratio: var(--tiv-aspect-ratio, 1);
    min-height: var(--tiv-plot-min-height, 12rem);
    max-height: var(--tiv-plot-max-height, 26rem);
    font-size: var(--_font-size-small);
    font-variant-numeric: tabular-nums;
    touch-action: pan-y;
  }
  .plot > * {
    box-sizing: border-box;
  }
  .chart {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
    display: block;
    /* Axis geometry is left to right on every page; text inside keeps its own direction. */
    direction: ltr;
  }
  .chart:focus {
    outline: none;
  }
  .chart:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .chart text {
    unicode-bidi: plaintext;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2.5px;
  }
  text {
    fill: var(--_muted);
    font-size: var(--_font-size-small);
  }
  /* Inline y labels, and a top label whose unit reaches over the plot, sit over lines and areas:
     a halo (--_halo, label-styles.ts) keeps them legible. */
  .y-axis.inline text,
  .y-axis .over-plot {
    paint-order: stroke;
    stroke: var(--_halo);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .grid line {
    stroke: var(--_grid);
    shape-rendering: crispEdges;
  }
  .baseline {
    stroke: var(--_baseline);
    shape-rendering: crispEdges;
  }
  .series-1 {
    --_c: var(--_s1);
    --_dash: 8 4;
  }
  .series-2 {
    --_c: var(--_s2);
    --_dash: 1.5 4;
  }
  .series-3 {
    --_c: var(--_s3);
    --_dash: 10 3 1.5 3;
  }
  .series-4 {
    --_c: var(--_s4);
    --_dash: 16 5;
  }
  .series-5 {
    --_c: var(--_s5);
    --_dash: 4 3;
  }
  .series-6 {
    --_c: var(--_s6);
    --_dash: 10 3 1.5 3 1.5 3;
  }
  .series-7 {
    --_c: var(--_s7);
    --_dash: 1.5 8;
  }
  /* Series past the palette (seriesClass): its colours again, with a dash and a lighter fill. */
  .repeat {
    --_dash: 2 3;
    fill-opacity: 0.55;
  }
  .column {
    fill: var(--_c, var(--_mark));
  }
  .line {
    fill: none;
    stroke: var(--_c, var(--_mark));
    stroke-dasharray: var(--_dash, none);
    stroke-width: var(--tiv-line-width, 2.5px);
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .area {
    fill: color-mix(in srgb, var(--_c, var(--_mark)) 28%, transparent);
  }
  .point {
    fill: var(--_c, var(--_mark));
  }
  .hover-rule {
    stroke: var(--_muted);
  }
  .message {
    position: absolute;
    inset: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    padding: 1rem;
    text-align: center;
    font-size: 1rem;
    font-variant-numeric: normal;
    color: var(--_text);
    border: 1px dashed var(--_grid);
    overflow-wrap: anywhere;
    overflow: auto;
  }
  .tooltip {
    position: absolute;
    left: 0;
    top: 0;
    z-index: 1;
    pointer-events: none;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_muted);
    border-radius: 3px;
    background: var(--_tooltip-bg);
    color: var(--_tooltip-text);
    font-size: var(--_font-size-small);
    width: max-content;
    /* Inside the plot's width and the viewport at any text length: a name is cut to two lines
       (the live region says it whole). Many series' lines may reach past a short plot (a finger's
       tooltip is placed inside the viewport: tooltip-placement.ts), up to the viewport's height,
       and are cut only past that (about 36 lines on a phone held upright). */
    max-width: min(100%, 22rem);
    max-height: calc(100vh - 1rem);
    overflow: hidden;
    overflow-wrap: anywhere;
    /* Series' names in one column, their values after them in another, aligned to the end. */
    display: grid;
    grid-template-columns: minmax(0, auto) auto;
    column-gap: 0.5em;
  }
  /* The viewport's height without a phone's browser bars where the browser knows it (in its own
     rule: the minifier drops a fallback declared beside it). */
  @supports (height: 1dvh) {
    .tooltip {
      max-height: calc(100dvh - 1rem);
    }
  }
  .tooltip > div {
    grid-column: 1 / -1;
  }
  .tooltip .named {
    display: contents;
  }
  .tooltip .name {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .tooltip .value {
    white-space: nowrap;
    text-align: end;
  }
  .tooltip .year {
    font-weight: 600;
  }
  .tooltip .active,
  .tooltip .active > span {
    font-weight: 700;
    text-decoration: underline;
  }
  .summary {
    margin: 0 0 0.5em;
    font-size: var(--_font-size-small);
  }
  .note,
  .source {
    margin: 0.4em 0 0;
    font-size: var(--_font-size-small);
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .source a,
  ::slotted(a) {
    color: inherit;
  }
  [hidden] {
    display: none !important;
  }
  /* The place of a row that arrives with the data (templates/reserved.ts): not seen, focused or read. */
  .reserved {
    visibility: hidden;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    /* One colour for every series: bars are told apart by how solid they are, lines by dashes. */
    .column,
    .swatch-box {
      stroke: CanvasText;
      stroke-width: 1px;
    }
    .series-1 {
      fill-opacity: 0.15;
    }
    .series-2 {
      fill-opacity: 0.55;
    }
    .series-3 {
      fill-opacity: 0.3;
    }
    .series-4 {
      fill-opacity: 0.8;
    }
    .series-5 {
      fill-opacity: 0;
    }
    .series-6 {
      fill-opacity: 0.45;
    }
    .series-7 {
      fill-opacity: 0.65;
    }
  }
  /* No motion of the charts' own; transitions or animations an author adds to a part stop too. */
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_focus: Highlight;
      --_background: Canvas;
      --_s0: CanvasText;
      --_s1: CanvasText;
      --_s2: CanvasText;
      --_s3: CanvasText;
      --_s4: CanvasText;
      --_s5: CanvasText;
      --_s6: CanvasText;
      --_s7: CanvasText;
      --_mark: CanvasText;
      --_highlight: Highlight;
      --_muted: CanvasText;
      --_grid: GrayText;
    }
  }
  ${tableStyles}
`;
