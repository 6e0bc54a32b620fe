import {html, nothing, svg, type SVGTemplateResult, type TemplateResult} from 'lit';
import {X_LABEL_BASELINE, type ChartLayout, type DatumPosition, type Series} from '../../core/index.js';
import {seriesClass, seriesStyle, seriesStyleProperties} from '../palette.js';
import {element, plainNodes, type PlainNode} from './plain-nodes.js';

/**
 * What the hover layer shows: the x under the pointer or keyboard focus, the data there, and the
 * keyboard-focused series.
 * @internal
 */
export interface HoverView {
  x?: number;
  positions: readonly DatumPosition[];
  seriesIndex?: number;
}

/**
 * What the plot shows and how it answers the pointer and the keys.
 * @internal
 */
export interface PlotView {
  /** Prefix of the ids in the element's shadow root. */
  id: string;
  layout: ChartLayout;
  /** The series drawn (their own colours). */
  series: readonly Pick<Series, 'color'>[];
  /** The svg's accessible name. */
  label: string;
  /** The key help, read as the svg's description. */
  keyHelp: string;
  /** The polite live region's text. */
  announcement: string;
  /** `lang` of generated words (`nothing` when they are in the element's language). */
  lang: string | typeof nothing;
  hover: HoverView;
  /** Drawn over the marks after the value labels (e.g. direct labels). */
  labels: unknown;
  /** The tooltip, after the svg. */
  tooltip: unknown;
  onPointer: (event: PointerEvent) => void;
  onLeave: (event: PointerEvent) => void;
  onKey: (event: KeyboardEvent) => void;
  onBlur: (event: FocusEvent) => void;
}

/**
 * The plot: the svg (axes, clipped marks, labels, annotations, hover) with its key help and live
 * region, then the tooltip. The svg is one tab stop, a graphics document whose points are reached
 * with the arrow keys and announced in the live region; everything drawn inside it is hidden from
 * the accessibility tree (the summary and the table carry the data for reading). The key help is
 * the svg's description only (hidden from the reading order), so it is said once.
 *
 * The parts of the svg are drawn in this order, bottom to top, written with no space between them:
 * in a template each space is a text node of the page (issue 18's DOM budget).
 * @internal
 */
export function renderPlot(view: PlotView): TemplateResult {
  const {layout, series} = view;
  return html`<svg
      class="chart"
      part="svg"
      role="graphics-document"
      aria-roledescription="chart"
      aria-label=${view.label}
      aria-describedby="${view.id}-keys"
      tabindex="0"
      width=${layout.width}
      height=${layout.height}
      viewBox="0 0 ${layout.width} ${layout.height}"
      @pointermove=${view.onPointer}
      @pointerdown=${view.onPointer}
      @pointerleave=${view.onLeave}
      @keydown=${view.onKey}
      @blur=${view.onBlur}
    ><g aria-hidden="true">${renderAxes(layout)}${renderRanges(layout)}${renderClipped(layout, series)}${renderValueLabels(layout, series, view.hover.x)}${view.labels}${renderAnnotations(layout)}${renderYLabels(layout)}${renderNoteMarkers(layout)}${renderHover(layout, series, view.hover)}</g></svg>
    <p id="${view.id}-keys" class="visually-hidden" lang=${view.lang} aria-hidden="true">${view.keyHelp}</p>
    <p class="visually-hidden live" aria-live="polite" aria-atomic="true" lang=${view.lang}>${view.announcement}</p>
    ${view.tooltip}`;
}

/** Gridlines (from the svg's left edge under inline y labels) and x tick labels. */
function renderAxes(layout: ChartLayout): SVGTemplateResult {
  const {frame} = layout;
  const left = layout.yAxis === 'inline' ? 0 : frame.left;
  const grid = layout.yTicks.map((t) => element('line', {x1: left, x2: frame.right, y1: t.position, y2: t.position}));
  const labels = layout.xTicks.map((t) => element('text', {x: t.labelPosition, y: frame.bottom + X_LABEL_BASELINE.px, dy: `${X_LABEL_BASELINE.em}em`, 'text-anchor': 'middle'}, t.label));
  return svg`<g class="grid">${plainNodes(grid, 'svg')}</g><g class="x-axis">${plainNodes(labels, 'svg')}</g>`;
}

/**
 * y tick labels, over the marks and annotations (a rule at the first year runs under inline
 * labels, whose halo breaks it): left of the frame, or inline, on their gridlines from the left
 * edge (with a halo where a line passes under them); a top label whose unit reaches over the plot
 * begins at its `labelStart`, on its gridline, with a halo. Thinned labels are empty and not drawn.
 */
function renderYLabels(layout: ChartLayout): SVGTemplateResult {
  const inline = layout.yAxis === 'inline';
  const x = inline ? 0 : Math.max(0, layout.frame.left - 6);
  const labels = layout.yTicks
    .filter((t) => t.label)
    .map((t) => {
      const over = !inline && t.labelStart !== undefined;
      return element('text', {class: over ? 'over-plot' : undefined, x: t.labelStart ?? x, y: t.labelPosition, dy: inline ? '0' : '0.32em', 'text-anchor': inline || over ? 'start' : 'end'}, t.label);
    });
  return svg`<g class="y-axis${inline ? ' inline' : ''}">${plainNodes(labels, 'svg')}</g>`;
}

/**
 * The marks, cut off a little outside the frame (data beyond an author's y-min / y-max). A nested
 * <svg> viewport clips them: a clip-path referenced by id from a shadow root keeps the element
 * alive in Chromium after removal.
 */
function renderClipped(layout: ChartLayout, series: PlotView['series']): SVGTemplateResult {
  const {frame} = layout;
  const x = frame.left - 6;
  const y = frame.top - 6;
  const w = Math.max(0, frame.right - frame.left + 12);
  const h = Math.max(0, frame.bottom - frame.top + 12);
  return svg`<svg class="marks" x=${x} y=${y} width=${w} height=${h} viewBox="${x} ${y} ${w} ${h}" overflow="hidden">${renderMarks(layout, series)}</svg>`;
}

/** Areas, columns, the baseline, lines and points, in that order (later ones on top). */
function renderMarks(layout: ChartLayout, series: PlotView['series']): ReturnType<typeof plainNodes> {
  const {frame} = layout;
  // A mark of series `seriesIndex`: its classes (with ` highlight` for a highlighted datum) and colour.
  const mark = (tag: string, kind: string, seriesIndex: number, attrs: PlainNode['attrs'], highlight = false) =>
    element(tag, {class: `${kind} ${seriesClass(seriesIndex)}${highlight ? ' highlight' : ''}`, ...attrs}, undefined, seriesStyleProperties(series, seriesIndex));
  return plainNodes(
    [
      ...layout.areas.map((a) => mark('path', 'area', a.seriesIndex, {d: a.d})),
      ...layout.columns.map((c) =>
        mark('rect', 'column', c.seriesIndex, {'data-x': c.datum.x, x: c.x, y: c.y, width: c.width, height: c.height}, c.highlight)
      ),
      ...(layout.baseline !== null ? [element('line', {class: 'baseline', x1: frame.left, x2: frame.right, y1: layout.baseline, y2: layout.baseline})] : []),
      ...layout.lines.map((l) => mark('path', 'line', l.seriesIndex, {d: l.d})),
      ...layout.points.map((p) =>
        mark('circle', 'point', p.seriesIndex, {'data-x': p.datum.x, cx: p.cx, cy: p.cy, r: p.kind === 'highlight' ? 5.5 : 3.5}, p.kind === 'highlight')
      ),
    ],
    'svg'
  );
}

/**
 * Value labels of highlighted data, drawn over the marks, outside the clip, with a leader line to
 * their mark when they were moved away from it. On a chart of several series each is in its
 * series' colour (a stacked column's total is not one series'). The labels at the x the tooltip
 * shows (`hoverX`) make way for it: it says their values, and it sits where they stand, just above
 * the datum, so it would cover them in part.
 */
function renderValueLabels(layout: ChartLayout, series: PlotView['series'], hoverX: number | undefined): SVGTemplateResult {
  const coloured = series.length > 1;
  return svg`${layout.valueLabels.map((v) => {
    if (v.xValue === hoverX) return nothing;
    const own = coloured && !v.total;
    const colour = own ? ` in-series ${seriesClass(v.seriesIndex)}` : '';
    const style = own ? seriesStyle(series, v.seriesIndex) : nothing;
    const leader = v.leader && svg`<line class="leader${colour}" style=${style} x1=${v.leader.x1} y1=${v.leader.y1} x2=${v.leader.x2} y2=${v.leader.y2}></line>`;
    return svg`${leader ?? nothing}<text class="value-label${colour}" style=${style} x=${v.x} y=${v.y} text-anchor=${v.anchor}>${v.text}</text>`;
  })}`;
}

/** The numbered markers of notes written under the chart (see renderNotes). */
function renderNoteMarkers(layout: ChartLayout): SVGTemplateResult {
  return svg`${layout.notes.map(
    (n) =>
      n.marker &&
      svg`<g class="note-marker"><circle cx=${n.marker.x} cy=${n.marker.y} r=${n.marker.r}></circle><text x=${n.marker.x} y=${n.marker.y} dy="0.35em" text-anchor="middle">${n.number}</text></g>`
  )}`;
}

/**
 * Labels with no room in the plot, written under it, each after the number of its marker. Hidden
 * from screen readers, who hear the annotations and values in the summary and the table.
 * @internal
 */
export function renderNotes(layout: ChartLayout | undefined): TemplateResult | typeof nothing {
  if (!layout?.notes.length) return nothing;
  return html`<ol class="label-notes" part="label-notes" aria-hidden="true">
    ${layout.notes.map((n) => html`<li><span class="note-number">${n.number}</span> ${n.text}</li>`)}
  </ol>`;
}

/**
 * The shaded bands of range annotations, under the marks: drawn over a column, a band would tint
 * it like an emphasis (lighter on a dark background, where a highlight is lighter too).
 */
function renderRanges(layout: ChartLayout): SVGTemplateResult[] {
  const {frame} = layout;
  return layout.annotations
    .filter((a) => a.kind === 'range')
    .map((a) => svg`<g class="annotation range"><rect x=${a.x} y=${frame.top} width=${Math.max(0, a.x2 - a.x)} height=${Math.max(0, frame.bottom - frame.top)}></rect></g>`);
}

/** Annotation markers (a line) and the labels of markers and ranges (whose bands are under the marks). */
function renderAnnotations(layout: ChartLayout): SVGTemplateResult {
  const {frame} = layout;
  return svg`${layout.annotations.map(
    (a) => svg`<g class="annotation ${a.kind}">
      ${a.kind === 'range' ? nothing : svg`<line x1=${a.x} x2=${a.x} y1=${a.ruleTop} y2=${frame.bottom}></line>`}
      ${a.shownLabel ? svg`<text x=${a.labelX} y=${a.labelY} text-anchor=${a.anchor}>${a.shownLabel}</text>` : nothing}
    </g>`
  )}`;
}

/**
 * The rule at the hovered x (a gap too), a point on each line there, and the keyboard focus ring
 * around the active point: around its column on a mark drawn as columns, which draws no points.
 */
function renderHover(layout: ChartLayout, series: PlotView['series'], hover: HoverView): SVGTemplateResult | typeof nothing {
  if (hover.x === undefined) return nothing;
  const {frame} = layout;
  const at = hover.positions;
  const x = at[0]?.x ?? layout.xScale(hover.x);
  // Columns are their own hover mark: no points on them, and the focus ring rings the column.
  const columnar = layout.columnar;
  const active = hover.seriesIndex === undefined ? undefined : at.find((p) => p.seriesIndex === hover.seriesIndex);
  const column = active && columnar ? layout.columns.find((c) => c.seriesIndex === active.seriesIndex && c.datum.x === active.datum.x) : undefined;
  return svg`<g class="hover">
    <line class="hover-rule" x1=${x} x2=${x} y1=${frame.top} y2=${frame.bottom}></line>
    ${columnar ? nothing : at.map((p) => svg`<circle class="point ${seriesClass(p.seriesIndex)}" style=${seriesStyle(series, p.seriesIndex)} cx=${p.x} cy=${p.y} r="4"></circle>`)}
    ${
      column
        ? svg`<rect class="focus-ring" x=${column.x - 3} y=${column.y - 3} width=${column.width + 6} height=${column.height + 6}></rect>`
        : active
          ? svg`<circle class="focus-ring" cx=${active.x} cy=${active.y} r="8"></circle>`
          : nothing
    }
  </g>`;
}

