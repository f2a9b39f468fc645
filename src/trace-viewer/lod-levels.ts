/**
 * Level-of-detail (LOD) levels of a timeline row, the idea of Perfetto's mipmaps: a level merges
 * the records whose gap is below its width, so at any zoom the drawing touches at most a few
 * intervals per pixel, whatever the record count. Widths come in classes `unit * 4^j`; a class
 * is built from the row's records on first use (one typed-array pass) and cached, so the first
 * frame builds only the one class it draws, and `prebuildLevels` fills the rest when idle.
 */
import type { CompactTrace } from '../trace/compact/compact-trace.ts';

/** Intervals of one row with gaps below `width` ns merged; ends ascend like starts. */
export interface LodLevel {
	width: number;
	start: Float64Array;
	end: Float64Array;
	count: Uint32Array;
	/** Reason index shared by all merged records, or `MIXED`. */
	reason: Uint8Array;
}

/** The levels of one row built so far, by width class. */
export interface RowLod {
	/** Width of class 0 in ns: the trace's span / 2^22, at least 1 ns. */
	unit: number;
	/** Number of classes: class `classes - 1` is as wide as the whole span. */
	classes: number;
	levels: Map<number, LodLevel>;
}

/** Reason value of an interval merging records of different reasons. */
export const MIXED = 255;

/**
 * An empty cache for a row of a trace spanning `spanNs`.
 * @param spanNs e.g. 3.6e12 for an hour
 */
export function emptyLod(spanNs: number): RowLod {
	const span = Math.max(spanNs, 1);
	const unit = Math.max(1, span / 2 ** 22);
	return { unit, classes: Math.max(1, Math.ceil(Math.log(span / unit) / Math.log(4)) + 1), levels: new Map() };
}

/** The width class whose width is at most `nsPerPx` and above a quarter of it (class 0 below). */
export function widthClass(lod: RowLod, nsPerPx: number): number {
	const j = Math.floor(Math.log(nsPerPx / lod.unit) / Math.log(4) + 1e-9);
	return Math.min(Math.max(j, 0), lod.classes - 1);
}

/**
 * The level to draw at `nsPerPx` for a row's `records` (ascending by start), built and cached
 * on first use.
 */
export function levelFor(trace: CompactTrace, records: Uint32Array, lod: RowLod, nsPerPx: number): LodLevel {
	const j = widthClass(lod, nsPerPx);
	let level = lod.levels.get(j);
	if (!level) {
		level = mergeRecords(trace, records, lod.unit * 4 ** j);
		lod.levels.set(j, level);
	}
	return level;
}

/**
 * Builds, when idle, the classes that zooming in from `nsPerPx` will ask for next (finest last);
 * returns false when `hasTime` runs out before all are built.
 */
export function prebuildLevels(trace: CompactTrace, rows: { records: Uint32Array; lod: RowLod }[], nsPerPx: number, hasTime: () => boolean): boolean {
	for (let step = 1; step <= 8; step++) {
		for (const row of rows) {
			const j = widthClass(row.lod, nsPerPx) - step;
			if (j < 0 || row.lod.levels.has(j)) continue;
			if (!hasTime()) return false;
			row.lod.levels.set(j, mergeRecords(trace, row.records, row.lod.unit * 4 ** j));
		}
	}
	return true;
}

/** Merges a row's records (ascending by start) closer than `width` ns into intervals. */
export function mergeRecords(trace: CompactTrace, records: Uint32Array, width: number): LodLevel {
	const { start: starts, duration, reason: reasons } = trace;
	const n = records.length;
	const start = new Float64Array(n);
	const end = new Float64Array(n);
	const count = new Uint32Array(n);
	const reason = new Uint8Array(n);
	let m = -1;
	for (let k = 0; k < n; k++) {
		const i = records[k];
		const s = starts[i];
		const e = s + (duration[i] > 0 ? duration[i] : 0);
		if (m >= 0 && s - end[m] < width) {
			if (e > end[m]) end[m] = e;
			count[m]++;
			if (reason[m] !== reasons[i]) reason[m] = MIXED;
		} else {
			m++;
			start[m] = s;
			end[m] = e;
			count[m] = 1;
			reason[m] = reasons[i];
		}
	}
	const len = m + 1;
	return { width, start: start.slice(0, len), end: end.slice(0, len), count: count.slice(0, len), reason: reason.slice(0, len) };
}
