import {LIBERATION_SANS, type FontMetricsData} from './font-metrics-data.js';
import type {MeasureText} from '../core/index.js';

/**
 * The font whose metrics {@link metricsMeasurer} uses: Liberation Sans, which has the advance
 * widths of Arial and Helvetica (and Arimo). Text drawn in one of these measures as a browser
 * measures it on a canvas, kerning included, to a hundredth of a pixel.
 * @internal
 */
export const METRICS_FONT_FAMILY = 'Arial, "Liberation Sans", Arimo, Helvetica, sans-serif';

/** Widths of a character missing from the table, in ems: CJK and other wide scripts, else an average. */
function fallbackWidth(code: number): number {
  const wide = (code >= 0x1100 && code <= 0x11ff) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60);
  return wide ? 1 : 0.556;
}

interface Table {
  widths: Map<number, number>;
  kerning: Map<string, number>;
}

function table(data: FontMetricsData): Table {
  const widths = new Map<number, number>();
  for (const [from, list] of data.ranges) {
    list.split(',').forEach((w, i) => {
      if (w !== '-1') widths.set(from + i, Number(w) / 1000);
    });
  }
  const kerning = new Map<string, number>();
  for (const pair of data.kerning.split(' ').filter(Boolean)) kerning.set(pair.slice(0, 2), Number(pair.slice(2)) / 1000);
  return {widths, kerning};
}

const tables: {regular?: Table; bold?: Table} = {};

/**
 * A text measurer without a browser: the width of `text` in px, set in {@link METRICS_FONT_FAMILY}
 * at `fontSize` px, from the font's advance widths and kerning pairs (weights of 600 and over use
 * the bold face, as a browser does with this family). Rounded as the elements' canvas measurer
 * rounds (`ceil(width) + 1`), so a server and a browser with this font lay a chart out alike.
 * Characters outside Latin are estimated (1 em for CJK, else 0.556 em).
 * @internal
 */
export function metricsMeasurer(fontSize: number, fontWeight = 400): MeasureText {
  const face = fontWeight >= 600 ? 'bold' : 'regular';
  const {widths, kerning} = (tables[face] ??= table(LIBERATION_SANS[face]));
  return (text: string) => {
    let ems = 0;
    let previous = '';
    for (const char of text) {
      const code = char.codePointAt(0)!;
      ems += widths.get(code) ?? fallbackWidth(code);
      if (previous) ems += kerning.get(previous + char) ?? 0;
      previous = char;
    }
    return Math.ceil(ems * fontSize) + 1;
  };
}
