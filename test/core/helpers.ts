// Shared helpers for the unit tests of src/core/.
import {expect} from '@open-wc/testing';
import {
  ChartDataError,
  createFormats,
  layoutChart,
  type ChartLayout,
  type Datum,
  type LayoutOptions,
  type MarkType,
  type Series,
} from '../../src/core/index.js';

/** Runs `fn`, which must throw a {@link ChartDataError}, and returns the error. */
export function dataErrorOf(fn: () => unknown): ChartDataError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ChartDataError) return e;
    expect.fail(`expected a ChartDataError, got ${String(e)}`);
  }
  return expect.fail('expected a ChartDataError, but nothing was thrown');
}

/** One series of yearly values, the first at `start`; `null` is a gap. */
export function yearly(values: readonly (number | null)[], start = 2000, key = 'value'): Series {
  return {key, label: key, data: values.map((y, i): Datum => ({x: start + i, y}))};
}

/** The finite values of some series. */
export function definedValues(series: readonly Series[]): number[] {
  return series.flatMap((s) => s.data.map((d) => d.y)).filter((y): y is number => y !== null && Number.isFinite(y));
}

/**
 * Walks a plain-data tree and returns a description of every problem: a number that is not
 * finite, a string containing NaN / Infinity, a negative `width` or `height`.
 */
export function insanities(value: unknown, path = '$'): string[] {
  const out: string[] = [];
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
  } else if (typeof value === 'string') {
    if (/NaN|Infinity|∞/.test(value)) out.push(`${path} = "${value}"`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => out.push(...insanities(v, `${path}[${i}]`)));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'width' || k === 'height') && typeof v === 'number' && v < 0) out.push(`${path}.${k} = ${v} (negative)`);
      out.push(...insanities(v, `${path}.${k}`));
    }
  }
  return out;
}

/** Lays out `series` at 400 × 300 px with formats built from its values, unless `options` say otherwise. */
export function layOut(series: Series[], options: Partial<LayoutOptions> & {mark: MarkType}): ChartLayout {
  return layoutChart(series, {width: 400, height: 300, formats: createFormats({}, definedValues(series)), ...options});
}
