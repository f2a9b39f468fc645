/** Finds records whose name, lane or attributes contain a query, and steps through them (pure). */
import type { CompactTrace } from '../trace/compact/compact-trace.ts';

/**
 * Record indexes (ascending, so in time order) matching `query` case-insensitively in the
 * name, the lane, or an attribute key or value. An empty query matches nothing.
 * @param query e.g. `"requeue"`
 */
export function searchTrace(trace: CompactTrace, query: string): Uint32Array {
	const q = query.trim().toLowerCase();
	if (!q) return new Uint32Array(0);
	const nameHit = trace.strings.map((s) => s.toLowerCase().includes(q));
	const laneHit = trace.lanes.map((s) => s.toLowerCase().includes(q));
	const out: number[] = [];
	for (let i = 0; i < trace.count; i++) {
		if (nameHit[trace.name[i]] || laneHit[trace.lane[i]] || attributesMatch(trace, i, q)) out.push(i);
	}
	return Uint32Array.from(out);
}

function attributesMatch(trace: CompactTrace, i: number, q: string): boolean {
	for (const [key, value] of trace.attributes(i)) {
		if (key.toLowerCase().includes(q) || String(value).toLowerCase().includes(q)) return true;
	}
	return false;
}

/**
 * The match to go to from record `current` (-1: none) in `direction` (+1 next, -1 previous),
 * wrapping around; -1 without matches.
 * @param matches ascending record indexes, e.g. [3, 9, 14]; current 9, direction 1 -> 14
 */
export function stepMatch(matches: Uint32Array, current: number, direction: 1 | -1): number {
	if (matches.length === 0) return -1;
	if (direction > 0) {
		for (const m of matches) if (m > current) return m;
		return matches[0];
	}
	for (let k = matches.length - 1; k >= 0; k--) if (matches[k] < current || current < 0) return matches[k];
	return matches[matches.length - 1];
}
