/**
 * The interface every mark implements. `layoutChart` lays out any mark through it, without
 * knowing which one it is; to add a mark, write a module that exports a `Mark` and list it in
 * `registry.ts`.
 */
import type {Columns} from '../../columns.js';
import type {Datum, Series, XType} from '../../types.js';
import type {Vertex} from '../decimate.js';
import type {ValueLabelRequest} from '../value-labels.js';
import type {ColumnMark, CurveType, Frame, PathMark, PointMark} from '../types.js';

/** What a mark is drawn with: the data, the scales and the frame. */
export interface MarkContext {
  series: readonly Series[];
  /** The data of each series as columns; NaN marks a gap (and, on a log scale, a value ≤ 0). */
  columns: readonly Columns[];
  /** x value to px, unrounded (for positions computed further, such as a bar's offset in its group). */
  x: (x: number) => number;
  /** x value to px, rounded to 0.01 px, as marks are written. */
  X: (x: number) => number;
  /** y value to px, rounded to 0.01 px. */
  Y: (y: number) => number;
  frame: Frame;
  /** px between neighbouring x values (the smallest step of the data), unrounded. */
  step: number;
  /** y of the baseline, px: zero, or the domain's end nearest to it when zero is outside. */
  base: number;
  /** x values whose data are emphasised, with a value label. */
  highlight: ReadonlySet<number>;
  xType?: XType;
  curve: CurveType;
}

/** The geometry of a mark over every series, plain data. */
export interface MarkGeometry {
  columns: ColumnMark[];
  lines: PathMark[];
  /** The vertices of each line as drawn (decimated; `undefined` at gaps): every label keeps clear of them. */
  lineVertices: Vertex[][];
  areas: PathMark[];
  points: PointMark[];
  /** Value labels wanted for highlighted data; placed and moved apart by `layoutValueLabels`. */
  labels: ValueLabelRequest[];
  /** Data drawn (columns, or defined vertices), before decimation. */
  markCount: number;
  /** Vertices of line and area paths after decimation. */
  vertexCount: number;
}

/** A mark: how values are encoded, from the y domain to the anchor of a tooltip. */
export interface Mark {
  /** Whether the y domain always includes zero (marks drawn from a baseline). */
  readonly includesZero: boolean;
  /** A band mark: each x is a group (of bars, or of stacked segments) that hover highlights as one. */
  readonly band: boolean;
  /** Drawn as columns: the x scale keeps half a step of room at each end for them. */
  readonly columnar: boolean;
  /**
   * The lowest and highest value the y domain must hold (as drawn: stacked sums for stacked
   * columns), or `undefined` when no series has a value. NaN values are gaps.
   */
  extent(columns: readonly Columns[]): [number, number] | undefined;
  /** The mark's geometry, px. */
  geometry(context: MarkContext): MarkGeometry;
  /**
   * The value whose y position is the anchor of datum `datum` of series `seriesIndex`, where a
   * tooltip or the focus ring points: the datum's own value, or for a stacked segment its end
   * away from the baseline.
   */
  anchorValue(series: readonly Series[], seriesIndex: number, datum: Datum & {y: number}): number;
}

/** An empty geometry, to be filled by a mark. @internal */
export const emptyGeometry = (): MarkGeometry => ({columns: [], lines: [], lineVertices: [], areas: [], points: [], labels: [], markCount: 0, vertexCount: 0});

/** The extent of every value of every series (NaN skipped), for marks that draw values as they are. @internal */
export function valueExtent(columns: readonly Columns[]): [number, number] | undefined {
  let lowest = Infinity;
  let highest = -Infinity;
  for (const c of columns) {
    for (const v of c.y) {
      // NaN (a gap) fails both comparisons.
      if (v < lowest) lowest = v;
      if (v > highest) highest = v;
    }
  }
  return lowest <= highest ? [lowest, highest] : undefined;
}

/** The anchor of a mark that draws each value where it is: the value itself. @internal */
export const ownValue = (_series: readonly Series[], _seriesIndex: number, datum: Datum & {y: number}): number => datum.y;

/** Whether x value `x` is highlighted. @internal */
export const isHighlighted = (context: MarkContext, x: number): boolean => context.highlight.size > 0 && context.highlight.has(x);
