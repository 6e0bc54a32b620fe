/**
 * SVG path data of line and area marks, drawn by d3-shape's `line()` and `area()`: broken at
 * undefined vertices (gaps), coordinates in px written with at most two decimals.
 */
import {area, curveLinear, curveMonotoneX, curveStepAfter, line, type CurveFactory} from 'd3-shape';
import type {Vertex} from './decimate.js';
import type {CurveType} from './types.js';

const CURVES: Record<CurveType, CurveFactory> = {linear: curveLinear, monotone: curveMonotoneX, step: curveStepAfter};
/** The d3 curve of `curve`; a name no curve has (from script, unchecked) draws straight segments. */
const curveOf = (curve: CurveType): CurveFactory => (Object.hasOwn(CURVES, curve) ? CURVES[curve] : curveLinear);

type Point = readonly [number, number];
const isDefined = (v: Vertex): v is Point => v !== undefined;
const xOf = (v: Vertex) => (v as Point)[0];
const yOf = (v: Vertex) => (v as Point)[1];

/**
 * `M x,y L x,y …` for each run of defined vertices, a new `M` after each gap; empty when there is
 * none. d3 closes a run of one vertex with `Z`, which draws nothing: it is left out, so that a lone
 * vertex reads `M x,y` as a move and nothing more (its point mark draws it).
 */
export function linePath(vertices: readonly Vertex[], curve: CurveType = 'linear'): string {
  const d = line<Vertex>().defined(isDefined).x(xOf).y(yOf).curve(curveOf(curve)).digits(2)(vertices);
  return d ? d.replace(/(M[^A-Za-z]*)Z/g, '$1') : '';
}

/** A closed shape for each run of defined vertices: along them, then back along the baseline `y0` (px). */
export function areaPath(vertices: readonly Vertex[], y0: number, curve: CurveType = 'linear'): string {
  return area<Vertex>().defined(isDefined).x(xOf).y1(yOf).y0(y0).curve(curveOf(curve)).digits(2)(vertices) ?? '';
}
