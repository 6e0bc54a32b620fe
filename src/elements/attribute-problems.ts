import {ChartDataError, type XType} from '../core/index.js';
import {numberConverter} from './converters.js';

/**
 * The value of a keyword attribute when it is one of `choices` (compared trimmed and in lower
 * case), else the first choice, its default.
 * @internal
 */
export function chosen<T extends string>(value: string | null | undefined, choices: readonly T[]): T {
  const v = (value ?? '').trim().toLowerCase() as T;
  return choices.includes(v) ? v : choices[0];
}

/** Scales of the value axis (`y-scale`); the first is the default. @internal */
export const Y_SCALES = ['linear', 'log'] as const;
/** Curves of lines and areas (`curve`); the first is the default. @internal */
export const CURVES = ['linear', 'monotone', 'step'] as const;
/** Places of the y-axis labels (`y-axis`); the first is the default. @internal */
export const Y_AXES = ['left', 'inline'] as const;
/** The files a reader may download (`downloads`), in the order of their controls; the first is the default. @internal */
export const DOWNLOADS = ['csv', 'svg', 'png'] as const;

/**
 * The downloads offered for a `downloads` value (a list separated by spaces or commas, compared
 * in lower case), in the order of {@link DOWNLOADS}: `csv` when absent or when no token is known,
 * none for an empty list.
 * @internal
 */
export function downloadFormats(value: string | null | undefined): (typeof DOWNLOADS)[number][] {
  if (value === null || value === undefined) return ['csv'];
  const tokens = value.toLowerCase().split(/[\s,]+/).filter(Boolean);
  const known = DOWNLOADS.filter((format) => tokens.includes(format));
  return known.length || !tokens.length ? known : ['csv'];
}

/**
 * The element's values that {@link attributeProblems} checks, as set (its properties of the same
 * names, and its attributes as written).
 * @internal
 */
export interface AttributeValues {
  mark?: string;
  locale?: string;
  yFormat?: string;
  yScale?: string;
  curve?: string;
  yAxis?: string;
  valueFormat?: string;
  /** A ChartDataError when its attribute is not JSON. */
  annotations?: unknown;
  headingLevel?: unknown;
  aspectRatio?: string;
  theme?: string;
  sourceHref?: string;
  highlight?: string;
  downloads?: string | null;
  /** An attribute as written (`null` when absent). */
  getAttribute(name: string): string | null;
}

/**
 * What the element made of those values, which {@link attributeProblems} checks them against.
 * @internal
 */
export interface AttributeOutcome {
  /** Marks the element accepts; the first is the default. */
  marks: readonly string[];
  /** The locale in use, and whether `locale` is a valid BCP 47 tag. */
  resolvedLocale: string;
  localeValid: boolean;
  /** Whether `yFormat` and `valueFormat` are valid d3-format specifiers. */
  yFormatValid: boolean;
  valueFormatValid: boolean;
  /** How many of the annotations are well formed. */
  validAnnotations: number;
  /** `headingLevel` when it is 1 to 6. */
  outlineLevel?: number;
  /** The source link in use (an http(s) URL). */
  safeSourceHref?: string;
  /** The x type of the data once read (annotations and highlight are checked then). */
  xType?: XType;
  /** Reads a highlight token or an annotation's x as an x value. */
  readX(value: unknown): number | null;
  /** Whether a series of the data has the x value `x`. */
  hasX(x: number): boolean;
  /** The first and last x of the data. */
  xExtent?: readonly [number, number];
}

/**
 * Invalid attribute values, each of which falls back to its default; the element reports each
 * once on the console and in the `chart-render` warnings. Pure.
 * @internal
 */
export function attributeProblems(values: AttributeValues, outcome: AttributeOutcome): string[] {
  return [
    ...formatProblems(values, outcome),
    ...annotationProblems(values, outcome),
    ...displayProblems(values, outcome),
    ...highlightProblems(values, outcome),
    ...downloadProblems(values),
  ];
}

/** `value` when it is not one of `choices` (compared as {@link chosen} does). */
function unknownChoice(value: string | undefined, choices: readonly string[]): value is string {
  return !!value && chosen(value, choices) !== value.trim().toLowerCase();
}

/** Problems of the mark, the locale, the number format, the scale and the curve. */
function formatProblems(v: AttributeValues, o: AttributeOutcome): string[] {
  const problems: string[] = [];
  if (unknownChoice(v.mark, o.marks)) problems.push(`mark="${v.mark}" is not one of ${o.marks.join(', ')}; using ${o.marks[0]}.`);
  if (v.locale && !o.localeValid) problems.push(`locale="${v.locale}" is not a valid BCP 47 tag; using ${o.resolvedLocale}.`);
  if (v.yFormat && !o.yFormatValid) problems.push(`y-format="${v.yFormat}" is not a d3-format specifier; using the default format.`);
  if (unknownChoice(v.yScale, Y_SCALES)) problems.push(`y-scale="${v.yScale}" is not linear or log; using linear.`);
  if (v.valueFormat && !o.valueFormatValid) problems.push(`value-format="${v.valueFormat}" is not a d3-format specifier; using the default format.`);
  if (unknownChoice(v.curve, CURVES)) problems.push(`curve="${v.curve}" is not linear, monotone or step; using linear.`);
  if (unknownChoice(v.yAxis, Y_AXES)) problems.push(`y-axis="${v.yAxis}" is not left or inline; using left.`);
  return problems;
}

/** Tokens of `downloads` that are no file format, and the fallback when none is left. */
function downloadProblems({downloads}: AttributeValues): string[] {
  const tokens = (downloads ?? '').split(/[\s,]+/).filter(Boolean);
  const unknown = tokens.filter((t) => !(DOWNLOADS as readonly string[]).includes(t.toLowerCase()));
  if (!unknown.length) return [];
  return [`downloads: ${unknown.map((t) => `"${t}"`).join(', ')} is not csv, svg or png; ignored${unknown.length === tokens.length ? '; using csv' : ''}.`];
}

/** Problems of the axis limits, the heading level, the aspect ratio, the theme and the source link. */
function displayProblems(v: AttributeValues, o: AttributeOutcome): string[] {
  const problems: string[] = [];
  for (const name of ['y-min', 'y-max']) {
    const value = v.getAttribute(name);
    if (value?.trim() && numberConverter.fromAttribute(value) === undefined) problems.push(`${name}="${value}" is not a number; it is ignored.`);
  }
  // The attribute as written, else a property set from script.
  const level = v.getAttribute('heading-level') ?? (v.headingLevel == null ? null : String(v.headingLevel));
  if (level !== null && !o.outlineLevel) problems.push(`heading-level="${level}" is not 1 to 6; the heading is not part of the page outline.`);
  const {aspectRatio, theme, sourceHref} = v;
  if (aspectRatio && typeof CSS !== 'undefined' && !CSS.supports('aspect-ratio', aspectRatio)) problems.push(`aspect-ratio="${aspectRatio}" is not a CSS aspect ratio; using the default.`);
  if (theme && !['light', 'dark', 'auto'].includes(theme)) problems.push(`theme="${theme}" is not light, dark or auto; using auto.`);
  if (sourceHref && !o.safeSourceHref) problems.push(`source-href="${sourceHref}" is not an http(s) URL; the source is not linked.`);
  return problems;
}

/** Problems of the annotations, which are read as years or dates, as the data decide. */
function annotationProblems({annotations}: AttributeValues, outcome: AttributeOutcome): string[] {
  const {xType, validAnnotations} = outcome;
  if (annotations instanceof ChartDataError) return [`annotations: ${annotations.message} They are ignored.`];
  if (annotations === undefined || annotations === null || !xType) return [];
  const bad = (Array.isArray(annotations) ? annotations.length : 1) - validAnnotations;
  const what = xType === 'date' ? 'an ISO date in "date" (or "year")' : 'a numeric "year"';
  return [
    ...(bad > 0 ? [`${bad === 1 ? '1 annotation has' : `${bad} annotations have`} neither ${what} nor "from" and "to"; ${bad === 1 ? 'it is' : 'they are'} not drawn.`] : []),
    ...(Array.isArray(annotations) ? annotations.flatMap((a) => rangeProblems(a, outcome)) : []),
  ];
}

/**
 * Problems of a range annotation `{from, to}` that is drawn: its ends the wrong way round (drawn
 * the right way), or one end beyond the data (its band is cut at the plot's edge). A range wholly
 * outside the data is not drawn, and the layout says so.
 */
function rangeProblems(annotation: unknown, {readX, xExtent}: AttributeOutcome): string[] {
  if (!annotation || typeof annotation !== 'object') return [];
  const {from, to, label} = annotation as Record<string, unknown>;
  const [first, last] = [readX(from), readX(to)];
  if (first === null || last === null) return [];
  const name = `annotation "${String(label ?? '')}"`;
  const reversed = first > last;
  const [lo, hi, loText, hiText] = reversed ? [last, first, String(to), String(from)] : [first, last, String(from), String(to)];
  const problems = reversed ? [`${name}: "from" ${hiText} is after "to" ${loText}; drawn from ${loText} to ${hiText}.`] : [];
  if (xExtent && hi >= xExtent[0] && lo <= xExtent[1] && (lo < xExtent[0] || hi > xExtent[1])) {
    problems.push(`${name}: ${loText} to ${hiText} reaches beyond the data; its band is cut at the plot's edge.`);
  }
  return problems;
}

/** Problems of the highlight, whose tokens are read as years or dates, as the data decide. */
function highlightProblems({highlight}: AttributeValues, {xType, readX, hasX}: AttributeOutcome): string[] {
  if (!highlight || !xType) return [];
  const tokens = highlight.split(/[\s,]+/).filter((t) => t && !/^(max|min|first|last)$/i.test(t));
  const quoted = (list: string[]) => list.map((t) => `"${t}"`).join(', ');
  const unknown = tokens.filter((t) => readX(t) === null);
  const absent = tokens.filter((t) => !unknown.includes(t) && !hasX(readX(t)!));
  const what = xType === 'date' ? 'date' : 'year';
  return [
    ...(unknown.length ? [`highlight: ${quoted(unknown)} is not a ${what}, max, min, first or last; ignored.`] : []),
    ...(absent.length ? [`highlight: ${quoted(absent)} is not a ${what} of the data; ignored.`] : []),
  ];
}
