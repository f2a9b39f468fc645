/** Which record is under the pointer, and which is nearest a time in a row (pure). */
import { recordEnd, type TraceLayout } from './layout.ts';
import { lowerBound } from './visible-slice.ts';
import { rowAtY, xToTime, type Geometry } from './geometry.ts';
import type { TimeWindow } from './view-state.ts';

/** Most records looked at per hit test, so a dense pixel costs no more than a few µs. */
const SCAN_LIMIT = 4096;

/**
 * The record drawn at (x, y), within `tolerancePx` horizontally, or -1.
 * @param x e.g. 120 CSS px from the canvas' left edge
 */
export function hitTest(layout: TraceLayout, w: TimeWindow, g: Geometry, x: number, y: number, tolerancePx = 3): number {
	const row = rowAtY(g, y);
	if (row < 0 || row >= layout.rows.length) return -1;
	const nsPerPx = (w.t1 - w.t0) / g.width;
	return nearestInRow(layout, row, xToTime(w, g.width, x), tolerancePx * nsPerPx);
}

/**
 * The record of `row` nearest time `t` (0 inside it), if within `tolerance` ns; ties go to the
 * shorter record, so a short span on top of a long one stays pickable.
 */
export function nearestInRow(layout: TraceLayout, row: number, t: number, tolerance: number): number {
	const { trace } = layout;
	const r = layout.rows[row];
	const from = lowerBound(r.maxEnd.length, (k) => r.maxEnd[k] >= t - tolerance);
	const to = lowerBound(r.records.length, (k) => trace.start[r.records[k]] > t + tolerance);
	let best = -1;
	let bestDistance = Infinity;
	let bestLength = Infinity;
	for (let k = to - 1, seen = 0; k >= from && seen < SCAN_LIMIT; k--, seen++) {
		const i = r.records[k];
		const s = trace.start[i];
		const e = recordEnd(trace, i);
		const distance = t < s ? s - t : t > e ? t - e : 0;
		const length = e - s;
		if (distance < bestDistance || (distance === bestDistance && length < bestLength)) {
			best = i;
			bestDistance = distance;
			bestLength = length;
		}
	}
	return bestDistance <= tolerance ? best : -1;
}

/** The record of any shown row nearest the window's centre (for keyboard selection; ties: the shorter), or -1. */
export function nearestToCentre(layout: TraceLayout, w: TimeWindow): number {
	const centre = (w.t0 + w.t1) / 2;
	let best = -1;
	let bestDistance = Infinity;
	let bestLength = Infinity;
	for (let row = 0; row < layout.rows.length; row++) {
		const i = nearestInRow(layout, row, centre, w.t1 - w.t0);
		if (i < 0) continue;
		const s = layout.trace.start[i];
		const e = recordEnd(layout.trace, i);
		const distance = centre < s ? s - centre : centre > e ? centre - e : 0;
		if (distance < bestDistance || (distance === bestDistance && e - s < bestLength)) [best, bestDistance, bestLength] = [i, distance, e - s];
	}
	return best;
}

/** The neighbour of record `i` in its row (`step` -1 or +1), or -1 at an end or when hidden. */
export function neighbourInRow(layout: TraceLayout, i: number, step: number): number {
	const row = layout.rowOf[i];
	if (row < 0) return -1;
	const list = layout.rows[row].records;
	const k = list.indexOf(i) + step;
	return k >= 0 && k < list.length ? list[k] : -1;
}
