/**
 * A line through one series (and the area under it), shared by the line and area marks: its
 * vertices (broken at gaps, M4-decimated), its path from d3-shape, and points for data that no
 * segment shows.
 * @internal
 */
import {datumOf} from '../../columns.js';
import type {Datum} from '../../types.js';
import {DAY_MS} from '../../time.js';
import {lineVertices, medianStep} from '../decimate.js';
import {areaPath, linePath} from '../paths.js';
import {emptyGeometry, isHighlighted, type MarkContext, type MarkGeometry} from './mark.js';

/**
 * Adds the line of series `seriesIndex` to `out`, with the area from it to the baseline when
 * `area` is true. A point marks each datum joined to no neighbour, and each highlighted datum
 * (which also gets a value label).
 */
function addSeriesLine(context: MarkContext, seriesIndex: number, area: boolean, out: MarkGeometry): void {
  const columns = context.columns[seriesIndex];
  const {x: dx, y: dy} = columns;
  const {X, Y, base, curve} = context;
  const count = dx.length;
  // Breaks at gaps (null) and at jumps in x over 3× the usual step (and over a week for dates).
  const limit = Math.max(medianStep(dx) * 3, context.xType === 'date' ? 7 * DAY_MS : 0);
  const vertices = lineVertices(columns, X, Y, limit, count > 2 * (context.frame.right - context.frame.left));
  for (const v of vertices) if (v) out.vertexCount++;
  if (area) {
    const d = areaPath(vertices, base, curve);
    if (d) out.areas.push({seriesIndex, d});
  }
  const d = linePath(vertices, curve);
  if (d) out.lines.push({seriesIndex, d});
  out.lineVertices.push(vertices);
  // Whether a datum is joined to the next one is carried to the next step: one look ahead per datum.
  let joinedBefore = false;
  for (let i = 0; i < count; i++) {
    if (Number.isNaN(dy[i])) {
      joinedBefore = false;
      continue;
    }
    out.markCount++;
    const joinedAfter = i + 1 < count && !Number.isNaN(dy[i + 1]) && dx[i + 1] - dx[i] <= limit;
    const isolated = !joinedBefore && !joinedAfter;
    joinedBefore = joinedAfter;
    const lit = isHighlighted(context, dx[i]);
    if (isolated || lit) {
      const datum = datumOf(context.series[seriesIndex], i) as Datum & {y: number};
      out.points.push({seriesIndex, datum, cx: X(dx[i]), cy: Y(dy[i]), kind: isolated ? 'isolated' : 'highlight'});
    }
    // Area labels go below a negative value, line labels always above.
    if (lit) out.labels.push({seriesIndex, xValue: dx[i], value: dy[i], x: context.x(dx[i]), y: Y(dy[i]), below: area && dy[i] < 0, base: null});
  }
}

/** The lines of every series, with their areas when `area` is true. */
export function seriesLines(context: MarkContext, area: boolean): MarkGeometry {
  const out = emptyGeometry();
  context.series.forEach((_, seriesIndex) => addSeriesLine(context, seriesIndex, area, out));
  return out;
}
