/** Pixel geometry of the timeline: the axis band, rows, the unload band under each lane, and time <-> x. */
import type { TimeWindow } from './view-state.ts';

/** Pixel layout of a timeline drawing (CSS pixels). */
export interface Geometry {
	width: number;
	height: number;
	/** Height of the time axis band on top. */
	axisHeight: number;
	rowHeight: number;
	/** Height of the unload band under each lane; 0 when none is drawn. */
	bandHeight: number;
	/** Top y of each row (the lanes' bands sit between them); its length is the number of rows. */
	rowTops: Float64Array;
	/** Top y of each lane's band, by the lane's position in the layout. */
	bandTops: Float64Array;
}

/** Default height of a row: a band for the lane's name above its bars, in CSS px. */
export const ROW_HEIGHT = 30;
/** Height of the band above the bars where the lane's name is written, when a row has room for it. */
export const LABEL_BAND = 12;
/** Height of the two-line time axis, in CSS px. */
export const AXIS_HEIGHT = 34;
/** Height of the unload band under a lane (`unload-band.ts`), in CSS px. */
export const BAND_HEIGHT = 14;

/**
 * Sizes a timeline: per lane its rows of `ROW_HEIGHT` px and a band of `bandHeight` under them,
 * the rows squeezed (to 3 px at least) to fit `maxHeight`.
 * @param laneRows rows of each lane, e.g. `[2, 1]`; @param width e.g. 720 CSS px; @param maxHeight e.g. 320; @param bandHeight e.g. `BAND_HEIGHT`, default 0
 */
export function timelineGeometry(laneRows: readonly number[], width: number, maxHeight: number, bandHeight = 0): Geometry {
	const lanes = laneRows.length ? laneRows : [1];
	const rows = Math.max(lanes.reduce((a, b) => a + b, 0), 1);
	const room = Math.max(maxHeight - AXIS_HEIGHT - lanes.length * bandHeight, rows * 3);
	const rowHeight = Math.min(ROW_HEIGHT, Math.floor(room / rows));
	const rowTops = new Float64Array(rows);
	const bandTops = new Float64Array(lanes.length);
	let y = AXIS_HEIGHT;
	let r = 0;
	lanes.forEach((count, k) => {
		for (let i = 0; i < count; i++, y += rowHeight) rowTops[r++] = y;
		bandTops[k] = y;
		y += bandHeight;
	});
	for (; r < rows; r++, y += rowHeight) rowTops[r] = y; // an empty lane list still has one row
	return { width, height: y, axisHeight: AXIS_HEIGHT, rowHeight, bandHeight, rowTops, bandTops };
}

/** The x position of time `t` in a window drawn `width` px wide. */
export function timeToX(w: TimeWindow, width: number, t: number): number {
	return ((t - w.t0) / (w.t1 - w.t0)) * width;
}

/** The time at x position `x` in a window drawn `width` px wide. */
export function xToTime(w: TimeWindow, width: number, x: number): number {
	return w.t0 + (x / width) * (w.t1 - w.t0);
}

/** The row under y position `y`, or -1 above or below the rows and on a band. */
export function rowAtY(g: Geometry, y: number): number {
	let lo = 0;
	let hi = g.rowTops.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (g.rowTops[mid] <= y) lo = mid + 1;
		else hi = mid;
	}
	const r = lo - 1;
	return r >= 0 && y < g.rowTops[r] + g.rowHeight ? r : -1;
}

/** The top y of row `r`. */
export function rowTop(g: Geometry, r: number): number {
	return g.rowTops[r];
}
