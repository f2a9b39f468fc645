/**
 * Pure, DOM-free layout of a decoded trace: rows per lane and nesting depth, per-row sorted
 * record lists, and level-of-detail (LOD) levels built once per trace. A LOD level merges the
 * records of a row whose gap is below the level's width, so at any zoom the drawing touches at
 * most a few intervals per pixel (the idea of Perfetto's mipmaps), whatever the record count.
 */
import type { CompactTrace } from '../../scripts/trace/compact.ts';
import type { TimeWindow } from './view-state.ts';

/** Intervals of one row with gaps below `width` ns merged; ends ascend like starts. */
export interface LodLevel {
	width: number;
	start: Float64Array;
	end: Float64Array;
	count: Uint32Array;
	/** Reason index shared by all merged records, or `MIXED`. */
	reason: Uint8Array;
}

/** One drawn row: a lane at one nesting depth. */
export interface Row {
	lane: number;
	depth: number;
	/** Record indexes, ascending by start. */
	records: Uint32Array;
	/** Running maximum of the records' ends, for a binary search of the first visible one. */
	maxEnd: Float64Array;
	levels: LodLevel[];
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
	/** Per lane index of `trace.lanes`: wake-ups (records without a parent in the same lane). */
	wakeUps: Uint32Array[];
}

/** Options for `buildLayout`. */
export interface LayoutOptions {
	/** Lane names to show, in this order (default: all, in trace order). */
	lanes?: string[];
	/** Deepest nesting drawn as its own row; deeper records share the last row (default 8). */
	maxDepth?: number;
}

/** Reason value of an interval merging records of different reasons. */
export const MIXED = 255;

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
	const maxDepth = Math.max(1, options.maxDepth ?? 8);
	const shown = options.lanes ?? trace.lanes;
	const laneIds = shown.map((name) => {
		const id = trace.lanes.indexOf(name);
		if (id < 0) throw new Error(`lane "${name}" is not in the trace (lanes: ${trace.lanes.join(', ')})`);
		return id;
	});
	const byLane = recordsByLane(trace);
	const depth = new Uint8Array(trace.count);
	const rowOf = new Int32Array(trace.count).fill(-1);
	const lanes: LaneRows[] = [];
	const rows: Row[] = [];
	let extentEnd = 0;
	for (let i = 0; i < trace.count; i++) extentEnd = Math.max(extentEnd, recordEnd(trace, i));
	for (const lane of laneIds) {
		const order = packingOrder(trace, byLane[lane]);
		const rowCount = assignDepths(trace, order, depth, maxDepth);
		const firstRow = rows.length;
		lanes.push({ lane, name: trace.lanes[lane], firstRow, rowCount });
		const sizes = new Uint32Array(rowCount);
		for (const i of order) sizes[depth[i]]++;
		const perDepth = Array.from(sizes, (n) => new Uint32Array(n));
		const fill = new Uint32Array(rowCount);
		for (const i of order) perDepth[depth[i]][fill[depth[i]]++] = i;
		perDepth.forEach((list, d) => {
			for (const i of list) rowOf[i] = firstRow + d;
			rows.push(buildRow(trace, lane, d, list, extentEnd));
		});
	}
	const wakeUps = byLane.map((list) => list.filter((i) => trace.parent[i] < 0 || trace.lane[trace.parent[i]] !== trace.lane[i]));
	const t0 = trace.count > 0 ? trace.start[0] : 0;
	const t1 = extentEnd > t0 ? extentEnd : t0 + 1_000_000;
	return { trace, lanes, rows, rowOf, extent: { t0, t1 }, wakeUps };
}

function recordsByLane(trace: CompactTrace): Uint32Array[] {
	const sizes = new Uint32Array(trace.lanes.length);
	for (let i = 0; i < trace.count; i++) sizes[trace.lane[i]]++;
	const byLane = Array.from(sizes, (n) => new Uint32Array(n));
	const fill = new Uint32Array(trace.lanes.length);
	for (let i = 0; i < trace.count; i++) byLane[trace.lane[i]][fill[trace.lane[i]]++] = i;
	return byLane;
}

/** Start ascending, and for equal starts the longer first, so a parent precedes its children. */
function packingOrder(trace: CompactTrace, list: Uint32Array): Uint32Array {
	for (let k = 1; k < list.length; k++) {
		if (trace.start[list[k]] === trace.start[list[k - 1]]) {
			return list.slice().sort((a, b) => trace.start[a] - trace.start[b] || recordEnd(trace, b) - recordEnd(trace, a) || a - b);
		}
	}
	return list;
}

/** Greedy interval packing: the shallowest depth (below a same-lane parent) that is free. */
function assignDepths(trace: CompactTrace, order: Uint32Array, depth: Uint8Array, maxDepth: number): number {
	const lastEnd: number[] = [];
	let used = 0;
	for (const i of order) {
		const p = trace.parent[i];
		const min = p >= 0 && trace.lane[p] === trace.lane[i] ? Math.min(depth[p] + 1, maxDepth - 1) : 0;
		const start = trace.start[i];
		let d = min;
		while (d < maxDepth - 1 && lastEnd[d] !== undefined && lastEnd[d] > start) d++;
		depth[i] = d;
		lastEnd[d] = Math.max(lastEnd[d] ?? -Infinity, recordEnd(trace, i));
		used = Math.max(used, d + 1);
	}
	return Math.max(used, 1);
}

function buildRow(trace: CompactTrace, lane: number, depth: number, records: Uint32Array, extentEnd: number): Row {
	const maxEnd = new Float64Array(records.length);
	let running = -Infinity;
	records.forEach((i, k) => (maxEnd[k] = running = Math.max(running, recordEnd(trace, i))));
	const span = Math.max(extentEnd - (trace.count > 0 ? trace.start[0] : 0), 1);
	const unit = Math.max(1, span / 2 ** 22);
	const levels: LodLevel[] = [mergeRecords(trace, records, unit)];
	let previous = levels[0];
	while (previous.start.length > 1 && previous.width < span) {
		// Jump straight to the first width (unit * 4^j) that merges anything: below the smallest gap
		// nothing merges, and periodic rows would otherwise rebuild identical levels many times.
		const width = unit * 4 ** Math.ceil(Math.log(Math.max(previous.width * 4, smallestGap(previous) * 1.000001) / unit) / Math.log(4) - 1e-9);
		const next = mergeLevel(previous, width);
		// Keep a level only where it saves work; a finer level stands in for a skipped one.
		if (next.start.length <= levels[levels.length - 1].start.length * 0.7) levels.push(next);
		previous = next;
	}
	return { lane, depth, records, maxEnd, levels };
}

function smallestGap(level: LodLevel): number {
	let min = Infinity;
	for (let k = 1; k < level.start.length; k++) min = Math.min(min, level.start[k] - level.end[k - 1]);
	return Math.max(min, 0);
}

function mergeRecords(trace: CompactTrace, records: Uint32Array, width: number): LodLevel {
	const n = records.length;
	const start = new Float64Array(n);
	const end = new Float64Array(n);
	const reason = new Uint8Array(n);
	for (let k = 0; k < n; k++) {
		start[k] = trace.start[records[k]];
		end[k] = recordEnd(trace, records[k]);
		reason[k] = trace.reason[records[k]];
	}
	return mergeLevel({ width: 0, start, end, count: new Uint32Array(n).fill(1), reason }, width);
}

/** Merges neighbouring intervals closer than `width`. */
export function mergeLevel(src: LodLevel, width: number): LodLevel {
	const n = src.start.length;
	const start = new Float64Array(n);
	const end = new Float64Array(n);
	const count = new Uint32Array(n);
	const reason = new Uint8Array(n);
	let m = -1;
	for (let k = 0; k < n; k++) {
		if (m >= 0 && src.start[k] - end[m] < width) {
			if (src.end[k] > end[m]) end[m] = src.end[k];
			count[m] += src.count[k];
			if (reason[m] !== src.reason[k]) reason[m] = MIXED;
		} else {
			m++;
			start[m] = src.start[k];
			end[m] = src.end[k];
			count[m] = src.count[k];
			reason[m] = src.reason[k];
		}
	}
	const len = m + 1;
	return { width, start: start.slice(0, len), end: end.slice(0, len), count: count.slice(0, len), reason: reason.slice(0, len) };
}

/** What to draw of a row: records `[from, to)` of `row.records`, or intervals of a LOD level. */
export type RowSlice = { level: null; from: number; to: number } | { level: LodLevel; from: number; to: number };

/**
 * Picks what to draw of a row in a window: the records themselves when at most `budget` are in
 * view, else the coarsest LOD level whose width is at most one pixel (`nsPerPx`).
 */
export function visibleSlice(trace: CompactTrace, row: Row, w: TimeWindow, nsPerPx: number, budget: number): RowSlice {
	const from = lowerBound(row.maxEnd.length, (k) => row.maxEnd[k] >= w.t0);
	const to = lowerBound(row.records.length, (k) => trace.start[row.records[k]] > w.t1);
	if (to - from <= budget) return { level: null, from, to: Math.max(from, to) };
	let level = row.levels[0];
	for (const l of row.levels) if (l.width <= nsPerPx) level = l;
	const lf = lowerBound(level.end.length, (k) => level.end[k] >= w.t0);
	const lt = lowerBound(level.start.length, (k) => level.start[k] > w.t1);
	return { level, from: lf, to: Math.max(lf, lt) };
}

/** First index in `[0, n)` where the monotone predicate turns true (n when never). */
export function lowerBound(n: number, isAtOrAfter: (k: number) => boolean): number {
	let lo = 0;
	let hi = n;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (isAtOrAfter(mid)) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

/** Counts of record starts over the extent in `bins` equal bins (the minimap's density). */
export function density(layout: TraceLayout, bins: number): Uint32Array {
	const out = new Uint32Array(bins);
	const { trace, extent } = layout;
	const span = extent.t1 - extent.t0;
	for (let i = 0; i < trace.count; i++) {
		if (layout.rowOf[i] < 0) continue;
		out[Math.min(bins - 1, Math.floor(((trace.start[i] - extent.t0) / span) * bins))]++;
	}
	return out;
}
