/**
 * Pure, DOM-free layout of a decoded trace: rows per lane and nesting depth, per-row sorted
 * record lists, and a level-of-detail (LOD) cache per row (`lod-levels.ts`), filled on demand,
 * so a first frame costs a few typed-array passes over the records, whatever their count.
 */
import type { CompactTrace } from '../trace/compact/compact-trace.ts';
import { emptyLod, type RowLod } from './lod-levels.ts';
import type { TimeWindow } from './view-state.ts';

export { MIXED, type LodLevel } from './lod-levels.ts';

/** One drawn row: a lane at one nesting depth. */
export interface Row {
	lane: number;
	depth: number;
	/** Record indexes, ascending by start. */
	records: Uint32Array;
	/** Running maximum of the records' ends, for a binary search of the first visible one. */
	maxEnd: Float64Array;
	/** LOD levels built so far (see `lod-levels.ts`). */
	lod: RowLod;
}

/** The rows of one shown lane. */
export interface LaneRows {
	lane: number;
	name: string;
	firstRow: number;
	rowCount: number;
}

/** Everything the drawing, hit-testing and wake-up views need, computed once per trace. */
export interface TraceLayout {
	trace: CompactTrace;
	lanes: LaneRows[];
	rows: Row[];
	/** Row of each record, -1 when its lane is hidden. */
	rowOf: Int32Array;
	extent: TimeWindow;
	/** Starts of the shown records in `DENSITY_BINS` equal bins over the extent (the minimap). */
	density: Uint32Array;
	/** Per lane index of `trace.lanes`: wake-ups (records without a parent in the same lane); computed on first read. */
	readonly wakeUps: Uint32Array[];
	/** Times are offsets from each compared trace's own start: no wall-clock labels. */
	relative: boolean;
}

/** Options for `buildLayout`. */
export interface LayoutOptions {
	/** Lane names to show, in this order (default: all, in trace order). */
	lanes?: string[];
	/** Deepest nesting drawn as its own row; deeper records share the last row (default 8). */
	maxDepth?: number;
	/** The trace combines several on a relative time axis (`compareTraces`), e.g. `true`; default false. */
	relative?: boolean;
}

/** Bins of `TraceLayout.density`. */
export const DENSITY_BINS = 512;

/** End of record `i` in ns (its start for an instant). */
export function recordEnd(trace: CompactTrace, i: number): number {
	const d = trace.duration[i];
	return trace.start[i] + (d > 0 ? d : 0);
}

/**
 * Lays out a trace, e.g. `buildLayout(decodeCompact(json), { lanes: ['operator'] })`.
 * Throws when `options.lanes` names a lane the trace does not have.
 */
export function buildLayout(trace: CompactTrace, options: LayoutOptions = {}): TraceLayout {
	const maxDepth = Math.min(Math.max(1, options.maxDepth ?? 8), 255);
	const shown = options.lanes ?? trace.lanes;
	const laneIds = shown.map((name) => {
		const id = trace.lanes.indexOf(name);
		if (id < 0) throw new Error(`lane "${name}" is not in the trace (lanes: ${trace.lanes.join(', ')})`);
		return id;
	});
	const { extent, byLane, ties } = recordsByLane(trace);
	const count = trace.count;
	const depth = new Uint8Array(count);
	const rowOf = new Int32Array(count).fill(-1);
	const lanes: LaneRows[] = [];
	const rows: Row[] = [];
	const bins = new Uint32Array(DENSITY_BINS);
	for (const lane of laneIds) {
		const order = ties[lane] ? packingOrder(trace, byLane[lane]) : byLane[lane];
		const sizes = new Uint32Array(maxDepth);
		const rowCount = assignDepths(trace, order, depth, maxDepth, sizes);
		const firstRow = rows.length;
		lanes.push({ lane, name: trace.lanes[lane], firstRow, rowCount });
		rows.push(...splitRows(trace, lane, order, depth, sizes.subarray(0, rowCount), firstRow, rowOf, extent, bins));
	}
	let wakeUps: Uint32Array[] | undefined; // only the wake-up views need them, after the first frame
	return {
		trace,
		lanes,
		rows,
		rowOf,
		extent,
		density: bins,
		relative: options.relative ?? false,
		get wakeUps() {
			return (wakeUps ??= byLane.map((list) => wakeUpsOf(trace, list)));
		},
	};
}

/**
 * The records of each lane (ascending), whether a lane has records with equal starts, and the
 * trace's extent: one pass, two with several lanes.
 */
function recordsByLane(trace: CompactTrace): { extent: TimeWindow; byLane: Uint32Array[]; ties: Uint8Array } {
	const { start, duration, lane, count } = trace;
	const laneCount = trace.lanes.length;
	const sizes = new Uint32Array(laneCount);
	const ties = new Uint8Array(laneCount);
	const lastStart = new Float64Array(laneCount).fill(NaN);
	let extentEnd = 0;
	for (let i = 0; i < count; i++) {
		const l = lane[i];
		const s = start[i];
		sizes[l]++;
		if (lastStart[l] === s) ties[l] = 1;
		lastStart[l] = s;
		const e = s + (duration[i] > 0 ? duration[i] : 0);
		if (e > extentEnd) extentEnd = e;
	}
	const t0 = count > 0 ? start[0] : 0;
	const extent = { t0, t1: extentEnd > t0 ? extentEnd : t0 + 1_000_000 };
	const byLane = Array.from(sizes, (n) => new Uint32Array(n));
	if (laneCount === 1) for (let i = 0; i < count; i++) byLane[0][i] = i;
	else {
		const fill = new Uint32Array(laneCount);
		for (let i = 0; i < count; i++) byLane[lane[i]][fill[lane[i]]++] = i;
	}
	return { extent, byLane, ties };
}

/**
 * Splits a lane's records (in packing order) into one row per depth, with running maximum ends,
 * and counts their starts into `bins` over the extent: one pass.
 */
function splitRows(trace: CompactTrace, lane: number, order: Uint32Array, depth: Uint8Array, sizes: Uint32Array, firstRow: number, rowOf: Int32Array, extent: TimeWindow, bins: Uint32Array): Row[] {
	const { start, duration } = trace;
	const rowCount = sizes.length;
	const records = Array.from(sizes, (n) => new Uint32Array(n));
	const maxEnds = Array.from(sizes, (n) => new Float64Array(n));
	const running = new Float64Array(rowCount).fill(-Infinity);
	const fill = new Uint32Array(rowCount);
	const scale = bins.length / (extent.t1 - extent.t0);
	const lastBin = bins.length - 1;
	for (let k = 0; k < order.length; k++) {
		const i = order[k];
		const d = depth[i];
		const bin = Math.floor((start[i] - extent.t0) * scale);
		bins[bin < lastBin ? bin : lastBin]++;
		const e = start[i] + (duration[i] > 0 ? duration[i] : 0);
		if (e > running[d]) running[d] = e;
		maxEnds[d][fill[d]] = running[d];
		records[d][fill[d]++] = i;
		rowOf[i] = firstRow + d;
	}
	return records.map((list, d) => ({ lane, depth: d, records: list, maxEnd: maxEnds[d], lod: emptyLod(extent.t1 - extent.t0) }));
}

/** Records of a lane without a parent in the same lane. */
function wakeUpsOf(trace: CompactTrace, list: Uint32Array): Uint32Array {
	const { parent, lane } = trace;
	const out = new Uint32Array(list.length);
	let n = 0;
	for (let k = 0; k < list.length; k++) {
		const i = list[k];
		const p = parent[i];
		if (p < 0 || lane[p] !== lane[i]) out[n++] = i;
	}
	return out.slice(0, n);
}

/** Start ascending, and for equal starts the longer first, so a parent precedes its children. */
function packingOrder(trace: CompactTrace, list: Uint32Array): Uint32Array {
	const start = trace.start;
	for (let k = 1; k < list.length; k++) {
		if (start[list[k]] === start[list[k - 1]]) {
			return list.slice().sort((a, b) => start[a] - start[b] || recordEnd(trace, b) - recordEnd(trace, a) || a - b);
		}
	}
	return list;
}

/** Greedy interval packing: the shallowest depth (below a same-lane parent) that is free; counts records per depth into `sizes`. */
function assignDepths(trace: CompactTrace, order: Uint32Array, depth: Uint8Array, maxDepth: number, sizes: Uint32Array): number {
	const { start, duration, parent, lane } = trace;
	const lastEnd = new Float64Array(maxDepth).fill(-Infinity);
	let used = 0;
	for (let k = 0; k < order.length; k++) {
		const i = order[k];
		const p = parent[i];
		const min = p >= 0 && lane[p] === lane[i] ? Math.min(depth[p] + 1, maxDepth - 1) : 0;
		const s = start[i];
		let d = min;
		while (d < maxDepth - 1 && lastEnd[d] > s) d++;
		depth[i] = d;
		sizes[d]++;
		const e = s + (duration[i] > 0 ? duration[i] : 0);
		if (e > lastEnd[d]) lastEnd[d] = e;
		if (d >= used) used = d + 1;
	}
	return Math.max(used, 1);
}

/** Counts of record starts over the extent in `bins` equal bins (the minimap's density). */
export function density(layout: TraceLayout, bins: number): Uint32Array {
	const out = new Uint32Array(bins);
	const { trace, extent } = layout;
	const span = extent.t1 - extent.t0;
	const { start } = trace;
	const rowOf = layout.rowOf;
	const scale = bins / span;
	for (let i = 0; i < trace.count; i++) {
		if (rowOf[i] < 0) continue;
		out[Math.min(bins - 1, Math.floor((start[i] - extent.t0) * scale))]++;
	}
	return out;
}
