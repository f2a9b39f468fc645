/**
 * Record index of each record's parent (-1 for none), computed once per records array. A record
 * is identified by (traceId, id), and its parent is looked up in its own trace. Browser-safe.
 */
import type { TraceRecord } from './model.ts';

const cache = new WeakMap<readonly TraceRecord[], Int32Array>();

/** Remembers parent indexes already computed for `records` (by `finishTrace`, or an importer whose ids are unique). */
export function rememberParentIndexes(records: readonly TraceRecord[], parent: Int32Array): void {
	cache.set(records, parent);
}

/** Parent indexes remembered for `records` (by an importer or `finishTrace`), or undefined; never computes them. */
export function knownParentIndexes(records: readonly TraceRecord[]): Int32Array | undefined {
	const parent = cache.get(records);
	return parent && parent.length === records.length ? parent : undefined;
}

/** The parent index of every record (-1: none or not in the list), e.g. `parentIndexes(trace.records)[3]`. */
export function parentIndexes(records: readonly TraceRecord[]): Int32Array {
	let parent = cache.get(records);
	if (parent && parent.length === records.length) return parent;
	const indexOf = new Map<string, number>();
	records.forEach((r, i) => indexOf.set(identityKey(r.traceId, r.id), i));
	parent = Int32Array.from(records, (r) => (r.parentId === undefined ? -1 : (indexOf.get(identityKey(r.traceId, r.parentId)) ?? -1)));
	cache.set(records, parent);
	return parent;
}

/** The key a record (or its parent, with the record's own trace) is found by, e.g. `identityKey('5b8e…', 'a1b2…')`. */
export function identityKey(traceId: string | undefined, id: string): string {
	return traceId === undefined ? id : `${traceId}/${id}`;
}
