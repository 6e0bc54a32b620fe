/**
 * Columns of one series from the baseline to each value, shared by the column and grouped bar
 * marks. More columns than pixels merge into one rect per pixel column and sign (ours on purpose:
 * no library draws "what the columns would cover" at a pixel).
 * @internal
 */
import {datumOf} from '../../columns.js';
import type {Datum} from '../../types.js';
import {px} from '../pixels.js';
import type {MarkContext, MarkGeometry} from './mark.js';

/**
 * Adds the columns of series `seriesIndex` to `out`: centred at `centre(x)` px, `inner` px wide,
 * from the baseline to each value. Highlighted data get a column and a value label of their own.
 */
export function addSeriesColumns(context: MarkContext, seriesIndex: number, centre: (x: number) => number, inner: number, out: MarkGeometry): void {
  const {x: dx, y: dy} = context.columns[seriesIndex];
  const {Y, base, highlight} = context;
  const anyHighlight = highlight.size > 0;
  const series = context.series[seriesIndex];
  const count = dx.length;
  // More columns than pixels: one rect per pixel column and sign, from the baseline to the
  // farthest value in it (what the columns would cover), instead of a rect per datum.
  const merge = inner < 1 && count > context.frame.right - context.frame.left;
  let col = NaN;
  // Index and screen y of the farthest datum above (up) and below (down) the baseline.
  let up = -1;
  let upY = 0;
  let down = -1;
  let downY = 0;
  // A column of datum i from the baseline to screen y yv.
  const column = (i: number, left: number, yv: number, width: number, highlight: boolean) =>
    out.columns.push({
      seriesIndex,
      datum: datumOf(series, i) as Datum & {y: number},
      x: left,
      y: Math.min(yv, base),
      width,
      height: px(Math.abs(yv - base)),
      highlight,
    });
  const flush = () => {
    if (up >= 0) column(up, px(col), upY, 1, false);
    if (down >= 0) column(down, px(col), downY, 1, false);
    up = down = -1;
  };
  let drawn = 0;
  for (let i = 0; i < count; i++) {
    const v = dy[i];
    if (Number.isNaN(v)) continue;
    drawn++;
    const cx = centre(dx[i]);
    const yv = Y(v);
    const lit = anyHighlight && highlight.has(dx[i]);
    if (merge && !lit) {
      const c = Math.floor(cx);
      if (c !== col) {
        flush();
        col = c;
      }
      if (yv < base && (up < 0 || yv < upY)) {
        up = i;
        upY = yv;
      } else if (yv > base && (down < 0 || yv > downY)) {
        down = i;
        downY = yv;
      }
      continue;
    }
    column(i, px(cx - inner / 2), yv, px(Math.max(0, inner)), lit);
    if (lit) out.labels.push({seriesIndex, xValue: dx[i], value: v, x: cx, y: yv, below: v < 0, base});
  }
  flush();
  out.markCount += drawn;
}
