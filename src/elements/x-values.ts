import {toNumber, toTime, type Annotation, type XType} from '../core/index.js';

/**
 * Reads an x value given by the author (annotations, highlight): a number; on a date axis an ISO
 * date, or a whole number up to 9999 as that year (ms since the epoch, UTC). `null`: not an x value.
 * @internal
 */
export function readX(value: unknown, xType: XType | undefined): number | null {
  if (xType !== 'date') return toNumber(value);
  const n = toNumber(value);
  if (n !== null && Number.isInteger(n) && Math.abs(n) <= 9999) return toTime(String(n).padStart(4, '0'), true);
  return toTime(value, true);
}

/**
 * The well-formed annotations of an author's list (`{year | date, label}` markers and
 * `{from, to, label}` ranges), their x values read with `read`; anything else is left out.
 * @internal
 */
export function readAnnotations(list: unknown, read: (value: unknown) => number | null): Annotation[] {
  if (!Array.isArray(list)) return [];
  const x = (value: unknown) => read(value) ?? undefined;
  return list
    .filter((a): a is Record<string, unknown> => !!a && typeof a === 'object')
    .map((a) => ({year: x(a.year ?? a.date), from: x(a.from), to: x(a.to), label: String(a.label ?? '')}))
    .filter((a) => a.year !== undefined || (a.from !== undefined && a.to !== undefined));
}

/**
 * The labels of the annotations at `x`: markers on it and ranges that hold it.
 * @internal
 */
export function annotationLabelsAt(annotations: readonly Annotation[], x: number): string[] {
  const covers = (a: Annotation) =>
    a.year === x || (a.from !== undefined && a.to !== undefined && Math.min(a.from, a.to) <= x && x <= Math.max(a.from, a.to));
  return annotations
    .filter(covers)
    .map((a) => a.label)
    .filter(Boolean);
}
