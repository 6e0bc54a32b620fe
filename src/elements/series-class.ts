/**
 * The palette class of a series, DOM-free: the elements draw with it and the standalone SVG
 * (`export/figure-svg.ts`) draws its legend with it.
 * @module
 * @internal
 */

/**
 * Colours in the series palette (`--tiv-series-1` … `--tiv-series-8`).
 * @internal
 */
export const PALETTE_SIZE = 8;

/**
 * The palette classes of series `index`: `series-0` … `series-7`, the palette repeating after
 * {@link PALETTE_SIZE}, and for a series past the palette `repeat` too, which gives it a dash and
 * a lighter fill of its own (chart-styles.ts, and the standalone SVG's stylesheet) to tell it
 * from the series whose colour it takes.
 * @internal
 */
export function seriesClass(index: number): string {
  return `series-${index % PALETTE_SIZE}${index >= PALETTE_SIZE ? ' repeat' : ''}`;
}
