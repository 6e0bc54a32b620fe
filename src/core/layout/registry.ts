/**
 * The registry of marks: each `MarkType` and the module that lays it out. Adding a mark is a
 * module implementing `Mark` (see `marks/mark.ts`) and a line here.
 */
import type {MarkType} from '../types.js';
import {areaMark} from './marks/area.js';
import {barMark} from './marks/bar.js';
import {columnMark} from './marks/column.js';
import {lineMark} from './marks/line.js';
import type {Mark} from './marks/mark.js';
import {stackedMark} from './marks/stacked.js';
import type {YScaleType} from './types.js';

/** Every mark, by its name. @internal */
export const MARKS: Readonly<Record<MarkType, Mark>> = {
  column: columnMark,
  line: lineMark,
  area: areaMark,
  bar: barMark,
  stacked: stackedMark,
};

/** The mark named `type`; a name no mark has (from script, unchecked) is drawn as a line. @internal */
export function markOf(type: MarkType): Mark {
  return Object.hasOwn(MARKS, type) ? MARKS[type] : lineMark;
}

/**
 * The mark drawn for `type` on a `yScaleType` scale: itself, or `line` (with a warning) for a mark
 * drawn from a zero baseline on a log scale, which has no zero. @internal
 */
export function drawnMark(type: MarkType, yScaleType: YScaleType, warnings: string[]): MarkType {
  if (yScaleType !== 'log' || !markOf(type).includesZero) return type;
  warnings.push(`mark="${type}" is drawn from a zero baseline, which a log scale does not have; it is drawn as a line.`);
  return 'line';
}
