/**
 * Pixel coordinates as the layout writes them: finite, within ±1e7 px, rounded to 0.01 px.
 * @internal
 */
import type {Datum} from '../types.js';

/** `n`, or 0 when it is NaN, ±Infinity or not a number at all (d3 scales give `undefined` for NaN). */
export const finite = (n: number | undefined): number => (Number.isFinite(n) ? (n as number) : 0);

/**
 * Farthest a coordinate may lie from the origin, px. Values outside an author's y-min / y-max are
 * drawn unclamped and cut off by the element; without a limit, one near ±1.8e308 would overflow
 * to Infinity when rounded (× 100 here, and again in d3-path).
 */
const PX_LIMIT = 1e7;

/** A coordinate in px: finite (NaN and `undefined` give 0), within ±1e7, rounded to 0.01 px. */
export const px = (n: number | undefined): number => Math.round(Math.min(PX_LIMIT, Math.max(-PX_LIMIT, finite(n))) * 100) / 100;

/** Whether a datum has a value (is not a gap). */
export const defined = (d: Datum): d is Datum & {y: number} => Number.isFinite(d.y);
