/**
 * The one normalized trace model (version 1). Every importer under `import/` produces a `Trace`;
 * the analysis (`analysis/`) and the compact serialized form (`compact/`) read only this.
 * Browser-safe: no node: imports.
 */

import type { ImportWarning } from '../data-input/input-error.ts';

/** Version of this model; bump when a field changes meaning. */
export const MODEL_VERSION = 1;

/** Every input format an importer exists for. */
export type TraceFormat = 'otlp-json' | 'jaeger-json' | 'zipkin-v2' | 'chrome-trace' | 'controller-runtime-log' | 'timestamp-list';

/** All format names, in a stable order (for usage lines and `--format` checks). */
export const TRACE_FORMATS: readonly TraceFormat[] = [
	'otlp-json',
	'jaeger-json',
	'zipkin-v2',
	'chrome-trace',
	'controller-runtime-log',
	'timestamp-list',
];

/** Why a reconcile woke up, where the source says so; the index is the serialized code. */
export const WAKE_REASONS = ['unknown', 'requeue-after', 'error-retry', 'object-changed'] as const;

/** One wake-up reason, e.g. `'requeue-after'`. */
export type WakeReason = (typeof WAKE_REASONS)[number];

/** An attribute value; 64-bit integers beyond 2^53 are kept as decimal strings. */
export type AttributeValue = string | number | boolean;

/** A point-in-time annotation inside a record (span event, Jaeger log). */
export interface TraceEvent {
	timeNs: bigint;
	name: string;
	attributes: Record<string, AttributeValue>;
}

/**
 * One span, reconcile or wake-up. An optional field may also be present with the value
 * undefined (the OTLP importer gives every record one shape): test it with `=== undefined`.
 */
export interface TraceRecord {
	/** Unique within its `traceId` (span id, reconcileID, or `<file>#<line>`). */
	id: string;
	/**
	 * The trace (request) the span belongs to, lower-case hex, where the format has one (OTLP,
	 * Jaeger, Zipkin): a span's identity is (traceId, id), and its parent is in the same trace.
	 */
	traceId?: string;
	/** Epoch nanoseconds, precision kept. */
	startNs: bigint;
	/** Absent: an instant (a timestamp-list entry, an `i` event). */
	durationNs?: bigint;
	name: string;
	/** The unit whose wake-ups are analysed (service / controller ns/name / file). */
	lane: string;
	parentId?: string;
	/** Only where the source tells it. */
	reason?: WakeReason;
	attributes: Record<string, AttributeValue>;
	events: TraceEvent[];
}

/** A recoverable problem: what was skipped or repaired, where, and how many times. */
export type { ImportWarning };

/**
 * What the analysis reads of each record, column by column in record order (`trace-columns.ts`
 * makes them from the records, or an importer gives them), e.g. `startNs[i]` is
 * `Number(records[i].startNs - baseNs)`.
 */
export interface TraceColumns {
	/** Number of records. */
	count: number;
	/** The first record's start (0n without records), epoch ns. */
	baseNs: bigint;
	/** The latest end (start + duration) of any record, epoch ns; null without records. */
	endNs: bigint | null;
	/** `Number(startNs - baseNs)` of each record. */
	startNs: Float64Array;
	/** `Number(durationNs)` of each record, 0 for an instant. */
	durationNs: Float64Array;
	/** Every lane name once; `lane` holds indexes into it. */
	lanes: string[];
	lane: Int32Array;
	/** The index of each record's parent (-1: none, or not in the trace), as `parentIndexes` gives it. */
	parent: Int32Array;
	/** The index in `WAKE_REASONS` of each record's reason ('unknown' when it has none). */
	reason: Uint8Array;
}

/** A whole imported trace. */
export interface Trace {
	format: TraceFormat;
	/** File name (no directories), e.g. `traces_persona.csv`. */
	source: string;
	/** True when the file name contains "synthetic". */
	synthetic: boolean;
	/**
	 * Sorted by startNs, then lane, then id (deterministic). A trace with `columns` from its
	 * importer may make its records only when this is first read.
	 */
	records: TraceRecord[];
	warnings: ImportWarning[];
	/** The records' columns, where the importer kept its spans that way (read them through `traceColumns`). */
	columns?: TraceColumns;
}

/** Orders records by startNs, then lane, then id, then traceId (the model's canonical order). */
export function compareRecords(a: TraceRecord, b: TraceRecord): number {
	if (a.startNs !== b.startNs) return a.startNs < b.startNs ? -1 : 1;
	if (a.lane !== b.lane) return a.lane < b.lane ? -1 : 1;
	if (a.id !== b.id) return a.id < b.id ? -1 : 1;
	const [x, y] = [a.traceId ?? '', b.traceId ?? ''];
	return x < y ? -1 : x > y ? 1 : 0;
}

/** True when a file name marks its data as synthetic, e.g. `reconciles.synthetic.csv`. */
export function isSyntheticName(fileName: string): boolean {
	return /synthetic/i.test(fileName);
}

/**
 * Returns the records in canonical order (a new array). Records already in order (an importer
 * may sort on its own columns) are only checked. Otherwise sorts on float offsets from the
 * earliest start when the span of times allows it exactly (under 2^53 ns, about 104 days), which
 * is much faster than comparing BigInts; otherwise with `compareRecords`.
 */
export function sortRecords(records: readonly TraceRecord[]): TraceRecord[] {
	if (records.length === 0) return [];
	if (isSorted(records)) return records.slice();
	let min = records[0].startNs;
	let max = min;
	for (const r of records) {
		if (r.startNs < min) min = r.startNs;
		if (r.startNs > max) max = r.startNs;
	}
	if (max - min > BigInt(Number.MAX_SAFE_INTEGER)) return [...records].sort(compareRecords);
	const key = Float64Array.from(records, (r) => Number(r.startNs - min));
	const order = Array.from(records, (_, i) => i);
	order.sort((a, b) => key[a] - key[b] || compareRecords(records[a], records[b]));
	return order.map((i) => records[i]);
}

/** True when every record is in canonical order after the one before it. */
function isSorted(records: readonly TraceRecord[]): boolean {
	for (let i = 1; i < records.length; i++) if (compareRecords(records[i - 1], records[i]) > 0) return false;
	return true;
}
