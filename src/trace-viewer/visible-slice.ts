/** What of a row is in view: a binary search over its records, or a level of detail when many are (pure). */
import type { CompactTrace } from '../trace/compact/compact-trace.ts';
import type { Row } from './layout.ts';
import { levelFor, type LodLevel } from './lod-levels.ts';
import type { TimeWindow } from './view-state.ts';

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
	const level = levelFor(trace, row.records, row.lod, nsPerPx);
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
