/**
 * The chart's dimensions. The plot area (the frame inside the axes) gets its height first, from
 * the chart's width alone: square on a phone, up to a most on a wide screen. Rows around it add
 * to that height, never take from it: annotation rows and a row of value labels above the frame,
 * the x tick labels below it. Left of the frame sit the y tick labels, right of it direct labels.
 *
 * The elements size their plot box in CSS from the same numbers (`chart-styles.ts`: a box whose
 * content is the plot area, `aspect-ratio` 1 within `PLOT_AREA`, and padding of `verticalRoom`),
 * so that no size they draw feeds back into the size they observe; `chartHeight` gives the same
 * height without CSS (a static renderer).
 */
import type {Annotation} from '../types.js';
import {drawableAnnotations} from './annotations.js';
import type {Frame, YAxisType} from './types.js';

/**
 * The default plot area's height, px: the chart's width (a square plot area on a phone: about 4:5
 * to 1:1 for the frame beside the y labels), at least `min` and at most `max` (a wide screen's
 * plot keeps about 16:9 up to there). The CSS defaults of `--tiv-plot-min-height` (12rem) and
 * `--tiv-plot-max-height` (26rem) at a 16 px root font size. @internal
 */
export const PLOT_AREA = {min: 192, max: 416} as const;

/** A length of `em` × the labels' font size + `px` pixels: room that grows with the text. @internal */
export interface Room {
  em: number;
  px: number;
}

/** What the rows around the plot area hold, which sets their height. @internal */
export interface RowContent {
  /** How many annotations are drawn (their labels take one row, or two for several). */
  annotationCount: number;
  /** Whether value labels are written above highlighted data (a row of their own). */
  valueLabels: boolean;
  /** `inline` y labels sit above their gridlines: the top one needs most of a line above the frame. */
  yAxis?: YAxisType;
}

/** What the rows of a chart laid out with these options hold: the same for every size. @internal */
export function rowContentOf(options: {annotations?: readonly Annotation[]; highlight?: ReadonlySet<number>; yAxis?: YAxisType}): RowContent {
  return {
    annotationCount: drawableAnnotations(options.annotations).length,
    valueLabels: (options.highlight?.size ?? 0) > 0,
    yAxis: options.yAxis === 'inline' ? 'inline' : 'left',
  };
}

/** Line height of tick, value and annotation labels, in em of their font size. */
const LINE_EM = 1.3;

/**
 * Where the x labels' baseline lies below the frame. Low enough that their text boxes keep clear
 * of the lowest y label's (centred on the bottom gridline, its baseline 0.32 em below it) at any
 * label size, so that the first x label can be centred on its tick in that corner: a box reaches
 * about 0.93 em above its baseline and 0.24 em below it in Chromium and WebKit, about 0.15 em more
 * each way in Firefox, whose boxes then stay 1.6 px apart (13 px labels). @internal
 */
export const X_LABEL_BASELINE: Room = {em: 1.75, px: 2};

/** Rows of annotation labels above the frame: 0, 1 or 2. */
const annotationRowsOf = (annotationCount: number) => Math.max(0, Math.min(2, annotationCount));

/**
 * The room above the plot area (half a line for the top tick label, annotation rows, a row of
 * value labels) and below it (the x tick labels). @internal
 */
export function verticalRoom({annotationCount, valueLabels, yAxis}: RowContent): {top: Room; bottom: Room} {
  const rows = annotationRowsOf(annotationCount);
  // Half a line for a label centred on the top gridline; an inline label above it needs 1.2 lines.
  const topLabel = yAxis === 'inline' ? 1.2 : 0.5;
  return {
    top: {em: topLabel + rows * LINE_EM + (valueLabels ? LINE_EM : 0), px: 2 + (rows ? 2 : 0)},
    // The x labels: their baseline (`X_LABEL_BASELINE`, 1.75 em + 2 px), then most of a
    // descender's depth (about 0.21 em).
    bottom: {em: 2, px: 0.9},
  };
}

/** `room` in px for labels `fontSize` px high, rounded up. @internal */
export const roomPx = (room: Room, fontSize: number) => Math.ceil(room.em * fontSize + room.px);

/** `room` as a CSS length (`calc(1.8em + 4px)`), in em of the element's label font. @internal */
export const roomCss = (room: Room) => `calc(${room.em}em + ${room.px}px)`;

/**
 * The rows above and below the plot area (see `verticalRoom`) as CSS lengths in em of the labels'
 * font: the padding of the elements' plot box. @internal
 */
export function rowsCss(content: RowContent): {top: string; bottom: string} {
  const {top, bottom} = verticalRoom(content);
  return {top: roomCss(top), bottom: roomCss(bottom)};
}

/** The default plot area's height for a chart `width` px wide (see `PLOT_AREA`). @internal */
export function plotAreaHeight(width: number): number {
  return Math.min(PLOT_AREA.max, Math.max(PLOT_AREA.min, Math.round(width)));
}

/**
 * The default height of a chart's svg `width` px wide with labels `fontSize` px high: the plot
 * area's height, then the rows around it, as the elements' CSS sizes it. @internal
 */
export function chartHeight(width: number, fontSize: number, content: RowContent): number {
  const {top, bottom} = verticalRoom(content);
  return plotAreaHeight(width) + roomPx(top, fontSize) + roomPx(bottom, fontSize);
}

/** Vertical space of a chart, px. @internal */
export interface VerticalSpace {
  /** Height of a line of tick or annotation labels. */
  lineHeight: number;
  /** Rows of annotation labels above the frame: 0, 1 or 2. */
  annotationRows: number;
  /** Top and bottom of the frame, and its height. */
  top: number;
  bottom: number;
  frameHeight: number;
  /** Most y ticks the frame's height calls for (the log scale thins its ticks by it). */
  tickCount: number;
}

/**
 * Vertical space for a chart `height` px tall with `fontSize` px labels: the rows of
 * `verticalRoom` above and below, the frame between them. @internal
 */
export function verticalSpace(height: number, fontSize: number, content: RowContent): VerticalSpace {
  const lineHeight = Math.round(fontSize * LINE_EM);
  const room = verticalRoom(content);
  const top = roomPx(room.top, fontSize);
  const frameHeight = Math.max(0, height - top - roomPx(room.bottom, fontSize));
  // About one gridline per 50 px, 2 to 6 of them: a quiet grid.
  const tickCount = Math.max(2, Math.min(6, Math.floor(frameHeight / 50)));
  return {lineHeight, annotationRows: annotationRowsOf(content.annotationCount), top, bottom: top + frameHeight, frameHeight, tickCount};
}

/**
 * The frame of a chart `width` px wide: left of it the widest y tick label (`labelWidth` px) and a
 * gap of 8 px, so that no label runs off the chart's left edge (at most the whole width), or 4 px
 * when the labels sit inside it (`labelWidth` `undefined`: inline labels over a line); right of it
 * `marginRight` px (default 4). @internal
 */
export function frameOf(width: number, space: VerticalSpace, labelWidth: number | undefined, marginRight = 4): Frame {
  const left = Math.min(labelWidth === undefined ? 4 : Math.ceil(labelWidth) + 8, width);
  const right = Math.min(marginRight, Math.max(0, width - left));
  return {left, top: space.top, right: Math.max(left, width - right), bottom: space.bottom};
}
