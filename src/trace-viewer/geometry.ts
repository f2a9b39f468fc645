/** Where things are on the timeline: the time <-> pixel scale and the row boxes. */
import type { TimeWindow } from './view-state.ts';

/** Pixel layout of a timeline drawing (CSS pixels). */
export interface Geometry {
	width: number;
	height: number;
	/** Height of the time axis band on top. */
	axisHeight: number;
	rowHeight: number;
	rowCount: number;
}

/** Default height of a row: a band for the lane's name above its bars, in CSS px. */
export const ROW_HEIGHT = 30;
/** Height of the band above the bars where the lane's name is written, when a row has room for it. */
export const LABEL_BAND = 12;
/** Height of the two-line time axis, in CSS px. */
export const AXIS_HEIGHT = 34;

/**
 * Sizes a timeline: rows of `ROW_HEIGHT` px, squeezed (to 3 px at least) to fit `maxHeight`.
 * @param rowCount e.g. 3 rows; @param width e.g. 720 CSS px; @param maxHeight e.g. 320
 */
export function timelineGeometry(rowCount: number, width: number, maxHeight: number): Geometry {
	const rows = Math.max(rowCount, 1);
	const room = Math.max(maxHeight - AXIS_HEIGHT, rows * 3);
	const rowHeight = Math.min(ROW_HEIGHT, Math.floor(room / rows));
	return { width, height: AXIS_HEIGHT + rows * rowHeight, axisHeight: AXIS_HEIGHT, rowHeight, rowCount: rows };
}

/** The x position of time `t` in a window drawn `width` px wide. */
export function timeToX(w: TimeWindow, width: number, t: number): number {
	return ((t - w.t0) / (w.t1 - w.t0)) * width;
}

/** The time at x position `x` in a window drawn `width` px wide. */
export function xToTime(w: TimeWindow, width: number, x: number): number {
	return w.t0 + (x / width) * (w.t1 - w.t0);
}

/** The row under y position `y`, or -1 above or below the rows. */
export function rowAtY(g: Geometry, y: number): number {
	const r = Math.floor((y - g.axisHeight) / g.rowHeight);
	return r >= 0 && r < g.rowCount ? r : -1;
}

/** The top y of row `r`. */
export function rowTop(g: Geometry, r: number): number {
	return g.axisHeight + r * g.rowHeight;
}
