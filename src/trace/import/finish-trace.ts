/**
 * The checks every importer's records go through before they become a `Trace`: records are put
 * in the model's canonical order, then duplicate ids (the same trace and span id), orphans (a
 * parent that is not in the file, in the record's own trace) and parent cycles are repaired and
 * counted. Spans an importer kept in columns, already in order with unique ids and their parents
 * found (`ColumnSpans`, from span-table.ts), are checked on their parent indexes alone: their
 * trace carries the columns, and its records are made, and repaired, when first read.
 */
import type { Warnings } from '../../data-input/input-error.ts';
import { isSyntheticName, sortRecords, type Trace, type TraceColumns, type TraceFormat, type TraceRecord } from '../model.ts';
import { identityKey, knownParentIndexes, rememberParentIndexes } from '../parent-index.ts';

const ORPHANS = 'records name a parent that is not in the file (orphans): shown as roots, the id kept as "missingParentId"';
const CYCLES = 'parent links formed a cycle: the link closing it was removed, the id kept as "cycleParentId"';

/** Spans kept in columns, in the model's order, ids unique, parents found (`SpanTable.finish`). */
export interface ColumnSpans {
	count: number;
	/** Each span's parent index, -1 where it names none or one not in its trace. */
	parent: Int32Array;
	/** True when span `k` names a parent (read before `records`). */
	namesParent(k: number): boolean;
	/** The trace's columns with these parent indexes (read before `records`). */
	columns(parent: Int32Array): TraceColumns;
	/** Every span as a record, in this order; once. */
	records(): TraceRecord[];
}

/** Builds the final trace from an importer's records, e.g. `finishTrace('otlp-json', records, warnings)`. */
export function finishTrace(format: TraceFormat, records: ColumnSpans | TraceRecord[], warnings: Warnings): Trace {
	if (!Array.isArray(records)) return finishColumnSpans(format, records, warnings);
	const sorted = sortRecords(records);
	// An importer that checked its ids are unique may have found the parents already.
	const known = knownParentIndexes(records);
	const [kept, parent] = known && sameOrder(sorted, records) ? [sorted, known.slice()] : resolveIds(sorted, warnings);
	for (let i = 0; i < kept.length; i++) {
		if (kept[i].parentId === undefined || parent[i] !== -1) continue;
		warnings.warn(ORPHANS);
		markOrphan(kept[i]);
	}
	for (const i of breakCycles(parent, warnings)) cutCycle(kept[i]);
	rememberParentIndexes(kept, parent);
	return { format, source: warnings.file, synthetic: isSyntheticName(warnings.file), records: kept, warnings: warnings.list() };
}

/** `finishTrace` of spans in columns: the same repairs and warnings, the records made when the trace's `records` is first read. */
function finishColumnSpans(format: TraceFormat, spans: ColumnSpans, warnings: Warnings): Trace {
	const parent = spans.parent.slice();
	const orphans: number[] = [];
	for (let k = 0; k < spans.count; k++) {
		if (parent[k] !== -1 || !spans.namesParent(k)) continue;
		warnings.warn(ORPHANS);
		orphans.push(k);
	}
	const cycles = breakCycles(parent, warnings);
	const columns = spans.columns(parent);
	let records: TraceRecord[] | undefined;
	const makeRecords = (): TraceRecord[] => {
		const made = spans.records();
		for (const k of orphans) markOrphan(made[k]);
		for (const k of cycles) cutCycle(made[k]);
		rememberParentIndexes(made, parent);
		return made;
	};
	return {
		format,
		source: warnings.file,
		synthetic: isSyntheticName(warnings.file),
		get records(): TraceRecord[] {
			return (records ??= makeRecords());
		},
		set records(list: TraceRecord[]) {
			records = list;
		},
		warnings: warnings.list(),
		columns,
	};
}

/** Shows a record whose parent is not in the file as a root, keeping the id as `missingParentId`. */
function markOrphan(r: TraceRecord): void {
	r.attributes.missingParentId = r.parentId!;
	r.parentId = undefined;
}

/** Removes the parent link of a record that closed a cycle, keeping the id as `cycleParentId`. */
function cutCycle(r: TraceRecord): void {
	r.attributes.cycleParentId = r.parentId!;
	r.parentId = undefined;
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

/**
 * Removes the parent link that closes each cycle (walking parents from each record in order),
 * e.g. `breakCycles(Int32Array.of(1, 0), warnings)` is `[1]` and leaves `parent` [1, -1].
 * Returns the indexes whose link was removed, in order.
 */
export function breakCycles(parent: Int32Array, warnings: Warnings): number[] {
	const cut: number[] = [];
	const state = new Uint8Array(parent.length); // 0: unseen, 1: on the current path, 2: done
	const path = new Int32Array(parent.length); // each record joins one path only
	for (let start = 0; start < parent.length; start++) {
		let length = 0;
		for (let i = start; i !== -1 && state[i] === 0; i = parent[i]) {
			state[i] = 1;
			path[length++] = i;
			if (parent[i] !== -1 && state[parent[i]] === 1) {
				warnings.warn(CYCLES);
				cut.push(i);
				parent[i] = -1;
				break;
			}
		}
		for (let k = 0; k < length; k++) state[path[k]] = 2;
	}
	return cut;
}
