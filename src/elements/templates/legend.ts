import {html, nothing, svg, type SVGTemplateResult, type TemplateResult} from 'lit';
import type {DirectLabel, Series} from '../../core/index.js';
import {seriesClass, seriesStyle} from '../palette.js';

/**
 * The legend of a multi-series chart: a swatch and the label of each series; the swatch is a box
 * for marks drawn as columns, else a line.
 * @internal
 */
export function renderLegend(series: readonly Pick<Series, 'label' | 'color'>[], box: boolean): TemplateResult {
  return html`<ul class="legend" part="legend">
    ${series.map(
      (s, i) => html`<li>
        <svg class="swatch ${seriesClass(i)}" style=${seriesStyle(series, i)} width="26" height="12" viewBox="0 0 26 12" aria-hidden="true">
          ${box ? svg`<rect class="swatch-box" x="7" y="0" width="12" height="12"></rect>` : svg`<line class="swatch-line" x1="1" x2="25" y1="6" y2="6"></line>`}
        </svg>
        <span>${s.label}</span>
      </li>`
    )}
  </ul>`;
}

/**
 * Direct labels at the ends of lines (placed by the layout: `ChartLayout.directLabels`), each after a swatch of its series.
 * @internal
 */
export function renderDirectLabels(labels: readonly DirectLabel[], series: readonly Pick<Series, 'color'>[]): SVGTemplateResult | typeof nothing {
  if (!labels.length) return nothing;
  return svg`<g class="direct-labels">${labels.map(
    (l) => svg`<g class="direct-label ${seriesClass(l.seriesIndex)}" style=${seriesStyle(series, l.seriesIndex)}>
      <line class="swatch" x1=${l.x} x2=${l.x + 14} y1=${l.y} y2=${l.y}></line>
      <text x=${l.x + 18} y=${l.y} dy="0.32em">${l.text}</text>
    </g>`
  )}</g>`;
}
