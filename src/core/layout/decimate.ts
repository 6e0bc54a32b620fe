/**
 * Vertices of line and area marks: breaking lines at gaps, and M4 decimation. Ours on purpose:
 * d3-shape draws what it is given, one vertex per datum; these decide which vertices it is given.
 */
import {toColumns, type Columns} from '../columns.js';
import type {Datum} from '../types.js';

/** A vertex of a mark, px; `undefined` where the line breaks (a gap). */
export type Vertex = readonly [x: number, y: number] | undefined;

/** Median distance between neighbouring values of ascending `xs` (of at most 1,001 evenly spread ones). @internal */
export function medianStep(xs: readonly number[]): number {
  const n = xs.length - 1;
  if (n < 1) return 1;
  const every = Math.ceil(n / 1001);
  const d = new Float64Array(Math.ceil(n / every));
  for (let i = 0, j = 1; j <= n; i++, j += every) d[i] = xs[j] - xs[j - 1];
  return d.sort()[d.length >> 1];
}

/**
 * Vertices of a line through `data` (sorted by x), with `undefined` at gaps: null values and jumps
 * in x over `limit`. With `decimate`, M4: of each run of data in one column of 1 / `perPixel` px
 * only the first, last, lowest and highest are kept, in their order (`X` and `Y` are scales:
 * monotonic, so the lowest and highest values are the extremes on screen). The line then covers the same
 * pixels as through every datum: in Chromium, with the charts' 2.5 px anti-aliased stroke, no
 * pixel gains or loses ink, and edge shades differ by less than half (tested).
 */
export function lineVertices(
  data: readonly Datum[] | Columns,
  X: (x: number) => number,
  Y: (y: number) => number,
  limit = Infinity,
  decimate = false,
  perPixel = 2
): Vertex[] {
  const out: Vertex[] = [];
  const {x: xs, y: ys} = Array.isArray(data) ? toColumns(data as readonly Datum[]) : (data as Columns);
  // The current pixel column's first, lowest, highest and last datum, as indices (and the lowest
  // and highest value): no allocation per datum, and Y only for the data kept.
  let col = NaN;
  let open = false;
  let first = 0, low = 0, high = 0, last = 0, lowValue = 0, highValue = 0;
  // The index of the last vertex kept, so that a datum that is, say, both first and lowest is kept once.
  let kept = -1;
  const keep = (i: number) => {
    if (i === kept) return;
    kept = i;
    out.push([X(xs[i]), Y(ys[i])]);
  };
  const flush = () => {
    if (!open) return;
    open = false;
    // first ≤ the extremes ≤ last: in index order without sorting, each once.
    keep(first);
    keep(Math.min(low, high));
    keep(Math.max(low, high));
    keep(last);
  };
  const gap = () => {
    flush();
    if (out.length && out[out.length - 1] !== undefined) out.push(undefined);
  };
  for (let i = 0; i < xs.length; i++) {
    if (i > 0 && xs[i] - xs[i - 1] > limit) gap();
    const v = ys[i];
    if (Number.isNaN(v)) {
      gap();
      continue;
    }
    if (!decimate) {
      out.push([X(xs[i]), Y(v)]);
      continue;
    }
    const c = Math.floor(X(xs[i]) * perPixel);
    if (!open || c !== col) {
      flush();
      col = c;
      open = true;
      first = low = high = last = i;
      lowValue = highValue = v;
      continue;
    }
    last = i;
    if (v < lowValue) {
      low = i;
      lowValue = v;
    } else if (v > highValue) {
      high = i;
      highValue = v;
    }
  }
  flush();
  if (out[out.length - 1] === undefined) out.pop();
  return out;
}
