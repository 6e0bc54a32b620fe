/**
 * SVG path data for line and area marks: straight segments between defined points, broken at
 * undefined ones (gaps). Coordinates are in px and written with at most two decimals.
 */

/** A vertex of a mark; `undefined` where the datum has no value (a gap). */
export type Vertex = readonly [x: number, y: number] | undefined;

const num = (n: number) => String(Math.round(n * 100) / 100 + 0);

/** Splits vertices into runs of consecutive defined ones. */
function runs(vertices: readonly Vertex[]): (readonly [number, number])[][] {
  const out: (readonly [number, number])[][] = [];
  let run: (readonly [number, number])[] = [];
  for (const v of vertices) {
    if (v) run.push(v);
    else if (run.length) {
      out.push(run);
      run = [];
    }
  }
  if (run.length) out.push(run);
  return out;
}

/** `M x,y L x,y …` for each run of defined vertices; a new `M` after each gap. Empty when none. */
export function linePath(vertices: readonly Vertex[]): string {
  return runs(vertices)
    .map((run) => run.map(([x, y], i) => `${i ? 'L' : 'M'}${num(x)},${num(y)}`).join(''))
    .join('');
}

/** A closed shape for each run: along the vertices, then back along the baseline `y0`. */
export function areaPath(vertices: readonly Vertex[], y0: number): string {
  return runs(vertices)
    .map((run) => {
      const top = run.map(([x, y], i) => `${i ? 'L' : 'M'}${num(x)},${num(y)}`).join('');
      const bottom = run
        .slice()
        .reverse()
        .map(([x]) => `L${num(x)},${num(y0)}`)
        .join('');
      return `${top}${bottom}Z`;
    })
    .join('');
}
