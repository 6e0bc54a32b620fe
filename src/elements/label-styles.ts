import {css} from 'lit';

/**
 * Styles of the texts in the plot and of the emphasis of highlighted data: value labels, leader
 * lines, annotations, note markers and the notes under the chart.
 *
 * Text over marks keeps a halo in the background colour (`paint-order: stroke`): the chart's own
 * background with `theme="light"` or `"dark"`, else `--tiv-color-halo` or `--tiv-color-background`,
 * else white or black, whichever gives the text colour more contrast (the page's background is
 * not known; a readable text has more contrast against the page's side; where relative colours are
 * not supported, `Canvas`).
 *
 * A highlighted point is a ring in a shade of its own series' colour toward the text colour
 * (darker on a light background, lighter on a dark one) around the background colour: no series
 * has that colour, so the emphasis is never taken for another series. A highlighted column is
 * that shade of its own colour. `--tiv-color-highlight` replaces the shade.
 * @internal
 */
export const labelStyles = css`
  :host {
    --_halo: var(--tiv-color-halo, var(--tiv-color-background, Canvas));
  }
  /* White below OKLCH lightness 0.564 (relative luminance 0.179, where a text has the same contrast
     against white and black), black above, opaque. A threshold at l = 0.5 gave mid-grey text that
     is read on white (#6b6375, l 0.51, 5.7:1 on white) a black halo. */
  @supports (color: oklch(from red clamp(0, (0.564 - l) * 1000, 1) 0 0 / 1)) {
    :host {
      --_halo: var(--tiv-color-halo, var(--tiv-color-background, oklch(from var(--_text) clamp(0, (0.564 - l) * 1000, 1) 0 0 / 1)));
    }
  }
  :host([theme='light']),
  :host([theme='dark']) {
    --_halo: var(--tiv-color-halo, var(--_background));
  }
  .column.highlight,
  .point.highlight {
    --_shade: var(--tiv-color-highlight, color-mix(in srgb, var(--_c, var(--_mark)) 62%, var(--_text)));
  }
  .column.highlight {
    fill: var(--_shade);
  }
  .point.highlight {
    fill: var(--_halo);
    stroke: var(--_shade);
    stroke-width: 3px;
  }
  .value-label,
  .annotation text {
    paint-order: stroke;
    stroke: var(--_halo);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .value-label {
    fill: var(--_text);
    font-weight: 600;
  }
  /* Several series: a value label in a shade of its series' colour, at full contrast for text. */
  .value-label.in-series {
    fill: color-mix(in srgb, var(--_c, var(--_mark)) 62%, var(--_text));
  }
  .leader {
    stroke: var(--_muted);
    stroke-width: 1px;
  }
  .leader.in-series {
    stroke: var(--_c, var(--_mark));
  }
  .annotation line {
    stroke: var(--_muted);
    stroke-dasharray: 3 3;
  }
  .annotation rect {
    fill: var(--_range);
  }
  .annotation text {
    fill: var(--_text);
  }
  .note-marker circle {
    fill: var(--_halo);
    stroke: var(--_text);
    stroke-width: 1.25px;
  }
  .note-marker text {
    fill: var(--_text);
    font-size: 0.8em;
    font-weight: 700;
  }
  .label-notes {
    margin: 0.35em 0 0;
    padding: 0;
    list-style: none;
    font-size: var(--_font-size-small);
    overflow-wrap: anywhere;
  }
  .note-number {
    display: inline-block;
    box-sizing: border-box;
    min-width: 1.5em;
    margin-inline-end: 0.25em;
    border: 1.25px solid currentColor;
    border-radius: 0.75em;
    font-size: 0.8em;
    font-weight: 700;
    line-height: 1.3;
    text-align: center;
  }
  @media (forced-colors: active) {
    :host,
    :host([theme]) {
      --_halo: Canvas;
    }
    .column.highlight,
    .point.highlight {
      --_shade: var(--_highlight);
    }
    .value-label.in-series {
      fill: CanvasText;
    }
  }
`;
