/**
 * The checks every importer's records go through before they become a `Trace`: records are put
 * in the model's canonical order, then duplicate ids (the same trace and span id), orphans (a
 * parent that is not in the file, in the record's own trace) and parent cycles are repaired and
 * counted.
 */
import type { Warnings } from '../input/input-error.ts';
import { isSyntheticName, sortRecords, type Trace, type TraceFormat, type TraceRecord } from '../model.ts';
import { identityKey, knownParentIndexes, rememberParentIndexes } from '../parent-index.ts';

/** Builds the final trace from an importer's records, e.g. `finishTrace('otlp-json', records, warnings)`. */
export function finishTrace(format: TraceFormat, records: TraceRecord[], warnings: Warnings): Trace {
	const sorted = sortRecords(records);
	// An importer that checked its ids are unique may have found the parents already (`SpanTable`).
	const known = knownParentIndexes(records);
	const [kept, parent] = known && sameOrder(sorted, records) ? [sorted, known.slice()] : resolveIds(sorted, warnings);
	for (let i = 0; i < kept.length; i++) {
		const r = kept[i];
		if (r.parentId === undefined || parent[i] !== -1) continue;
		warnings.warn('records name a parent that is not in the file (orphans): shown as roots, the id kept as "missingParentId"');
		r.attributes.missingParentId = r.parentId;
		r.parentId = undefined;
	}
	breakCycles(kept, parent, warnings);
	rememberParentIndexes(kept, parent);
	return { format, source: warnings.file, synthetic: isSyntheticName(warnings.file), records: kept, warnings: warnings.list() };
}

/** Drops records whose id repeats an earlier one (counted), and finds each kept record's parent index (-1: none or missing). */
function resolveIds(sorted: TraceRecord[], warnings: Warnings): [TraceRecord[], Int32Array] {
	// Filled from the end, each id ends up with its first index: one map operation per record.
	const indexOf = new Map<string, number>();
	for (let i = sorted.length - 1; i >= 0; i--) indexOf.set(identityKey(sorted[i].traceId, sorted[i].id), i);
	let kept = sorted;
	if (indexOf.size !== sorted.length) {
		indexOf.clear();
		kept = [];
		for (const r of sorted) {
			const key = identityKey(r.traceId, r.id);
			if (indexOf.has(key)) {
				warnings.warn("skipped records whose id repeats an earlier record's id in the same trace");
				continue;
			}
			indexOf.set(key, kept.length);
			kept.push(r);
		}
	}
	const parent = new Int32Array(kept.length).fill(-1);
	for (let i = 0; i < kept.length; i++) {
		const r = kept[i];
		const p = r.parentId === undefined ? undefined : indexOf.get(identityKey(r.traceId, r.parentId));
		if (p !== undefined) parent[i] = p;
	}
	return [kept, parent];
}

/** True when both lists hold the same records in the same order. */
function sameOrder(a: readonly TraceRecord[], b: readonly TraceRecord[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

/** Removes the parent link that closes each cycle (walking parents from each record in order). */
function breakCycles(records: TraceRecord[], parent: Int32Array, warnings: Warnings): void {
	const state = new Uint8Array(records.length); // 0: unseen, 1: on the current path, 2: done
	const path = new Int32Array(records.length); // each record joins one path only
	for (let start = 0; start < records.length; start++) {
		let length = 0;
		for (let i = start; i !== -1 && state[i] === 0; i = parent[i]) {
			state[i] = 1;
			path[length++] = i;
			if (parent[i] !== -1 && state[parent[i]] === 1) {
				warnings.warn('parent links formed a cycle: the link closing it was removed, the id kept as "cycleParentId"');
				records[i].attributes.cycleParentId = records[i].parentId!;
				records[i].parentId = undefined;
				parent[i] = -1;
				break;
			}
		}
		for (let k = 0; k < length; k++) state[path[k]] = 2;
	}
}
