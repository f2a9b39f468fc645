/**
 * The per-record figures the analysis and the summary read, one typed array a figure, in record
 * order: start offsets, durations, lane and parent indexes, wake-up reasons, and the trace's time
 * range. An importer that keeps its spans in columns (`import/span-table.ts`) gives a trace these
 * directly, so that analysing a trace of millions of spans makes no record object per span (a
 * record costs about 300 bytes and most of an import's garbage collection); for any other trace
 * they are made from its records (`columnsFromRecords`), once per records array. Both ways give
 * the same numbers: every figure is defined on the records, as below. Browser-safe.
 */
import { WAKE_REASONS, type Trace, type TraceColumns, type TraceRecord } from './model.ts';
import { parentIndexes } from './parent-index.ts';

export type { TraceColumns } from './model.ts';

const cache = new WeakMap<readonly TraceRecord[], TraceColumns>();

/** The columns of a trace: its own (`trace.columns`), else made from its records, e.g. `traceColumns(trace).count`. */
export function traceColumns(trace: Trace): TraceColumns {
	if (trace.columns) return trace.columns;
	let columns = cache.get(trace.records);
	if (!columns || columns.count !== trace.records.length) cache.set(trace.records, (columns = columnsFromRecords(trace.records)));
	return columns;
}

/**
 * The columns of a list of records, e.g. `columnsFromRecords(trace.records).startNs[3]`, which is
 * `Number(records[3].startNs - records[0].startNs)`.
 */
export function columnsFromRecords(records: readonly TraceRecord[]): TraceColumns {
	const n = records.length;
	const baseNs = n > 0 ? records[0].startNs : 0n;
	const startNs = new Float64Array(n);
	const durationNs = new Float64Array(n);
	const lane = new Int32Array(n);
	const reason = new Uint8Array(n);
	const lanes: string[] = [];
	const laneIndex = new Map<string, number>();
	let endNs: bigint | null = null;
	for (let i = 0; i < n; i++) {
		const r = records[i];
		startNs[i] = Number(r.startNs - baseNs);
		if (r.durationNs !== undefined) durationNs[i] = Number(r.durationNs);
		let l = laneIndex.get(r.lane);
		if (l === undefined) laneIndex.set(r.lane, (l = lanes.push(r.lane) - 1));
		lane[i] = l;
		reason[i] = WAKE_REASONS.indexOf(r.reason ?? 'unknown');
		const end = r.startNs + (r.durationNs ?? 0n);
		if (endNs === null || end > endNs) endNs = end;
	}
	return { count: n, baseNs, endNs, startNs, durationNs, lanes, lane, parent: parentIndexes(records), reason };
}
