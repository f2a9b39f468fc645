/**
 * Writes the compact serialized form (`compact-trace.ts` describes it) of a trace and its analysis.
 * Browser-safe: no node: imports.
 */
import { WAKE_REASONS, type AttributeValue, type Trace } from '../model.ts';
import type { Analysis } from '../analysis/analysis.ts';
import { parentIndexes } from '../parent-index.ts';
import { COMPACT_GENERATOR, COMPACT_VERSION, type EncodeOptions } from './compact-trace.ts';
import { encodePlanes } from './plane-columns.ts';

/** Serializes a trace and its analysis, e.g. `encodeCompact(trace, analyzeTrace(trace))`. */
export function encodeCompact(trace: Trace, analysis: Analysis, options: EncodeOptions = {}): string {
	const records = trace.records;
	const baseNs = records.length > 0 ? records[0].startNs : 0n;
	const lanes = [...new Set(records.map((r) => r.lane))].sort();
	const laneIndex = new Map(lanes.map((l, i) => [l, i]));
	const strings = new Interner<string>();
	const attrSets = new Interner<string>();
	const attrSetOf = (attributes: Record<string, AttributeValue>): number => {
		const keys = Object.keys(attributes);
		if (keys.length === 0) return -1;
		return attrSets.index(JSON.stringify(keys.flatMap((k) => [k, jsonSafe(attributes[k])])));
	};
	const parentIndex = parentIndexes(records);
	const n = records.length;
	const start: (number | bigint)[] = new Array(n);
	const duration: (number | bigint)[] = new Array(n);
	const lane: number[] = new Array(n);
	const name: number[] = new Array(n);
	const parent: number[] = new Array(n);
	const reason: number[] = new Array(n);
	const attrs: number[] = new Array(n);
	const events: (number | string)[] = [];
	let previous = baseNs;
	for (let i = 0; i < n; i++) {
		const r = records[i];
		if (r.startNs < previous) throw new Error(`encodeCompact: records are not sorted by start (record ${r.id})`);
		start[i] = exactNumber(r.startNs - previous);
		previous = r.startNs;
		if (r.durationNs !== undefined && r.durationNs < 0n) throw new Error(`encodeCompact: negative duration in record ${r.id}`);
		duration[i] = r.durationNs === undefined ? 0 : exactNumber(r.durationNs + 1n);
		lane[i] = laneIndex.get(r.lane)!;
		name[i] = strings.index(r.name);
		const back = parentIndex[i] === -1 ? 0 : i - parentIndex[i];
		parent[i] = back > 0 ? 2 * back - 1 : -2 * back;
		reason[i] = WAKE_REASONS.indexOf(r.reason ?? 'unknown');
		attrs[i] = attrSetOf(r.attributes) + 1;
		for (const e of r.events) events.push(i, safeNumber(e.timeNs - r.startNs), strings.index(e.name), attrSetOf(e.attributes));
	}
	const out: Record<string, unknown> = {
		version: COMPACT_VERSION,
		generator: COMPACT_GENERATOR,
		format: trace.format,
		source: trace.source,
		synthetic: trace.synthetic,
		baseNs: baseNs.toString(),
		count: n,
		lanes,
		strings: strings.values,
		start: encodePlanes(start, 'start'),
		duration: encodePlanes(duration, 'duration'),
		lane: encodePlanes(lane, 'lane'),
		name: encodePlanes(name, 'name'),
		parent: encodePlanes(parent, 'parent'),
		reason: encodePlanes(reason, 'reason'),
		attrs: encodePlanes(attrs, 'attrs'),
		attrSets: attrSets.values.map((s) => JSON.parse(s) as unknown),
		events,
	};
	if (options.ids) out.ids = records.map((r) => r.id);
	if (options.ids && records.some((r) => r.traceId !== undefined)) out.traceIds = records.map((r) => r.traceId ?? '');
	out.analysis = analysis;
	return JSON.stringify(out) + '\n';
}

/** Assigns stable indexes in order of first appearance. */
class Interner<T> {
	values: T[] = [];
	private map = new Map<T, number>();
	index(value: T): number {
		let i = this.map.get(value);
		if (i === undefined) {
			i = this.values.length;
			this.values.push(value);
			this.map.set(value, i);
		}
		return i;
	}
}

/** A number when exact, else the bigint itself (for plane columns). */
function exactNumber(ns: bigint): number | bigint {
	return ns <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(ns) : ns;
}

function safeNumber(ns: bigint): number | string {
	return ns <= BigInt(Number.MAX_SAFE_INTEGER) && ns >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(ns) : ns.toString();
}

function jsonSafe(value: AttributeValue): AttributeValue {
	return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
}

