import {chartStyles} from '../elements/chart-styles.js';

export type {SvgTheme} from '../export/svg-style.js';

/**
 * The palette's default colours, read from the elements' own styles (`--tiv-series-N, #hex`): the
 * series colours of a server-rendered standalone SVG (a browser's download reads the colours the
 * reader sees instead).
 * @internal
 */
export function serverPalette(): string[] {
  const found = [...chartStyles.cssText.matchAll(/--tiv-series-(\d), (#[0-9a-f]{6})/gi)];
  return found.sort((a, b) => Number(a[1]) - Number(b[1])).map((m) => m[2]);
}
