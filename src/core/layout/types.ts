/**
 * The shapes of a layout: its options, and the plain-data geometry it returns (px throughout).
 */
import type {ValueFormats} from '../format.js';
import type {TimeUnit} from '../time.js';
import type {Annotation, Datum, MarkType, XType} from '../types.js';

/** Measures the rendered width of a tick-sized text, in px. */
export type MeasureText = (text: string) => number;

/** What `layoutChart` lays out a chart with: its size in px, mark, formats, scales and extras. */
export interface LayoutOptions {
  /** Outer size of the plot in px (the svg's viewBox). */
  width: number;
  height: number;
  mark: MarkType;
  /** Formats tick values and labels. */
  formats: Pick<ValueFormats, 'ticks' | 'value'>;
  /** Formats an x value (a year) for tick labels; default: the integer without grouping. */
  formatX?: (x: number) => string;
  /** `date` when x values are times in ms (UTC): ticks then fall on years, months, days or hours. */
  xType?: XType;
  /**
   * Formats a tick of a date axis at the unit of its interval; `first` is true for the first tick
   * (which then carries the year). Default: the ISO date. See `createTimeFormats`.
   */
  formatTimeTick?: (x: number, unit: TimeUnit, first: boolean) => string;
  /** Lower / upper end of the y domain requested by the author. */
  yMin?: number;
  yMax?: number;
  /** Text measurer for tick labels; defaults to an estimate of 0.6 em per character. */
  measureText?: MeasureText;
  /** Font size of tick and annotation labels, px. Default 12. */
  fontSize?: number;
  annotations?: readonly Annotation[];
  /** x values whose marks are emphasised (in every series). */
  highlight?: ReadonlySet<number>;
  /** Extra room kept on the right of the frame, px (for direct labels). */
  marginRight?: number;
  /**
   * Every x of `series`, ascending and distinct, when already known (`NormalizedData.xs`), so
   * that it is not gathered again; by default taken from the series.
   */
  xs?: readonly number[];
  /** Labels at the ends of lines, right of the frame (room for them is `marginRight`). */
  directLabels?: DirectLabelOptions;
  /** Measures bold label text (value and direct labels); default `measureText` widened by 8 %. */
  measureBold?: MeasureText;
  /** `log`: a base-10 log scale (values ≤ 0 are gaps; zero-baseline marks fall back to `line`). Default `linear`. */
  yScaleType?: YScaleType;
  /** How line and area marks join their vertices: straight (default), monotone in x, or steps. */
  curve?: CurveType;
  /**
   * Where the y tick labels sit: `left` (default) in a margin as wide as the widest, or `inline`
   * on top of their gridlines at the left, so that a line or area takes the whole width (columns
   * and bars still begin right of the widest label).
   */
  yAxis?: YAxisType;
}

/** How direct labels are placed: one per series with a value drawn (its `label`), at the height of its last one. */
export interface DirectLabelOptions {
  /** Height of one label, px. */
  lineHeight: number;
  /**
   * Give up (no `directLabels`) where labels would mislead or not fit: a series that ends before
   * the last x, labels that cannot be moved apart, or one wider than the room. Otherwise labels
   * are shortened with an ellipsis and, when they cannot be moved apart, stacked from the top.
   */
  strict: boolean;
}

/**
 * A direct label at the end of a line: its series, its text (perhaps shortened), where its line
 * ends (`anchorY`) and where the label is drawn (`x`, `y`: the left of its swatch and its middle), px.
 */
export interface DirectLabel {
  seriesIndex: number;
  text: string;
  anchorY: number;
  x: number;
  y: number;
}

/** Where y tick labels sit: in a margin left of the plot area, or on their gridlines inside it. */
export type YAxisType = 'left' | 'inline';

/** The y scale: linear (the default) or base-10 logarithmic. */
export type YScaleType = 'linear' | 'log';

/**
 * How lines and areas join their vertices: `linear` (straight segments), `monotone` (d3's
 * `curveMonotoneX`, which never overshoots the data), `step` (`curveStepAfter`: a value holds until
 * the next one).
 */
export type CurveType = 'linear' | 'monotone' | 'step';

/** A tick of the x or y axis: its value, its label and where both are drawn (px). */
export interface Tick {
  value: number;
  label: string;
  /** x (for x ticks) or y (for y ticks) in px. */
  position: number;
  /** Where the label is drawn (may be nudged to stay inside the svg). */
  labelPosition: number;
  /**
   * A y label drawn from this x rightward (text-anchor start) rather than ending at the margin: a
   * top label whose unit reaches over the plot (see `y-labels.ts`), px.
   */
  labelStart?: number;
}

/**
 * A column (a rect, px) drawing one datum, or, where more columns than pixels merge, the farthest
 * datum of a pixel column; a segment of a stacked column. `highlight` marks emphasised data.
 */
export interface ColumnMark {
  seriesIndex: number;
  datum: Datum & {y: number};
  x: number;
  y: number;
  width: number;
  height: number;
  highlight: boolean;
}

/** A point (a dot, centre in px) drawing one datum of a line or area. */
export interface PointMark {
  seriesIndex: number;
  datum: Datum & {y: number};
  cx: number;
  cy: number;
  /** `isolated` points have no neighbour to join; `highlight` ones are emphasised. */
  kind: 'isolated' | 'highlight';
}

/** The SVG path data `d` (px) of a series' line or area. */
export interface PathMark {
  seriesIndex: number;
  d: string;
}

/** A line from a mark to its label when the label was moved away from it, px. */
export interface Leader {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * A value label of a highlighted datum: its text and where it is drawn (px, `anchor` as SVG's
 * `text-anchor`), placed clear of every other text and rule (see `placement.ts`).
 */
export interface ValueLabel {
  seriesIndex: number;
  /** The datum's x value (a year, or a time in ms). */
  xValue: number;
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  /** A stacked column's total (not one series' value). */
  total?: boolean;
  /** The line back to the mark, when the label was moved away from it. */
  leader?: Leader;
}

/**
 * A text with no room in the plot, written under the chart: its number, shown in a marker in the
 * plot at (`x`, `y`) beside what it belongs to (no marker where even that has no room), and its
 * text, which names the x (and the series) it belongs to.
 */
export interface LabelNote {
  number: number;
  text: string;
  marker?: {x: number; y: number; r: number};
}

/** An annotation as drawn: a rule at an x or a range over a span of x, with its label (px). */
export interface AnnotationMark {
  kind: 'rule' | 'range';
  /** Rule position, or range start, px. */
  x: number;
  /** Range end, px (equal to `x` for rules). */
  x2: number;
  label: string;
  /** Label as drawn, possibly shortened with an ellipsis; empty when it is a note under the chart. */
  shownLabel: string;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
  /** Where a rule begins: at the top of its label (or of the frame), px; it ends at the frame's bottom. */
  ruleTop: number;
}

/** A datum's position (its anchor), for tooltips and keyboard navigation. See `positionsAt`. */
export interface DatumPosition {
  seriesIndex: number;
  datum: Datum & {y: number};
  x: number;
  y: number;
}

/** The plot area inside the axes: its left, top, right and bottom edges, px from the svg's top left. */
export interface Frame {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Geometry of a whole chart, in px; plain data, ready to be drawn. */
export interface ChartLayout {
  /** The mark drawn: the requested one, or `line` where a log scale has no zero baseline for it. */
  mark: MarkType;
  /** True for band marks (grouped bars, stacked columns): hovering highlights a whole x group. */
  band: boolean;
  /** True for marks drawn as columns (rects): hover draws no points and the focus ring rings the column. */
  columnar: boolean;
  /** The y scale's type. */
  yScaleType: YScaleType;
  /** Where the y tick labels sit (see `LayoutOptions.yAxis`): `inline` labels begin at x 0, above their gridline. */
  yAxis: YAxisType;
  width: number;
  height: number;
  frame: Frame;
  xTicks: Tick[];
  /**
   * y ticks, the same at every size for a linear scale. On a short frame some labels are empty
   * (thinned: their gridlines stay); the highest label carries the prefix, abbreviation and unit
   * ("4,000mn", then "3,000", "2,000"…).
   */
  yTicks: Tick[];
  yDomain: [number, number];
  /** The y position of the zero baseline, when zero is in the domain. */
  baseline: number | null;
  columns: ColumnMark[];
  lines: PathMark[];
  areas: PathMark[];
  points: PointMark[];
  valueLabels: ValueLabel[];
  annotations: AnnotationMark[];
  /**
   * Labels of lines at their ends, right of the frame, when `LayoutOptions.directLabels` asked for
   * them; `undefined` when they were asked for strictly and do not fit (see `DirectLabelOptions`).
   */
  directLabels?: DirectLabel[];
  /** Value and annotation labels with no room in the plot, to be written under the chart, in x order. */
  notes: LabelNote[];
  /** Every x value drawn, ascending (the union over the series). */
  xs: readonly number[];
  /** x position of an x value, px (rounded to 0.01 px, as the marks are); for bars, the group's centre. */
  xScale: (x: number) => number;
  /** y position of a value, px (rounded to 0.01 px). */
  yScale: (y: number) => number;
  /** Step between neighbouring x values, px. */
  step: number;
  /** Number of data drawn (columns, or defined vertices), before decimation. */
  markCount: number;
  /**
   * Vertices of the line and area paths after M4 decimation (the first, last, lowest and highest
   * datum of each half-pixel column, when a series has over two data per pixel), over all series.
   */
  vertexCount: number;
  warnings: string[];
}
