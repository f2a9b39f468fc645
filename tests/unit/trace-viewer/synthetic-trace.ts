/** Small synthetic traces for the viewer's unit tests, built through the real encoder/decoder. */
import { analyzeTrace } from '../../../src/trace/analysis/analysis.ts';
import type { CompactTrace } from '../../../src/trace/compact/compact-trace.ts';
import { decodeCompact } from '../../../src/trace/compact/decode-compact.ts';
import { encodeCompact } from '../../../src/trace/compact/encode-compact.ts';
import type { Trace, TraceRecord, WakeReason } from '../../../src/trace/model.ts';

/** A record shorthand: start and duration in ms (duration undefined: an instant). */
export interface Spec {
	id?: string;
	startMs: number;
	durationMs?: number;
	name?: string;
	lane?: string;
	parent?: string;
	reason?: WakeReason;
	attributes?: Record<string, string | number | boolean>;
}

/** Builds a decoded trace from record specs (sorted into the model's order). */
export function traceOf(specs: Spec[], source = 'unit.synthetic.json'): CompactTrace {
	const base = 1_714_557_600_000_000_000n; // 2024-05-01T10:00:00Z
	const records: TraceRecord[] = specs.map((s, k) => ({
		id: s.id ?? `r${k}`,
		startNs: base + BigInt(Math.round(s.startMs * 1e6)),
		...(s.durationMs === undefined ? {} : { durationNs: BigInt(Math.round(s.durationMs * 1e6)) }),
		name: s.name ?? 'reconcile',
		lane: s.lane ?? 'operator',
		...(s.parent ? { parentId: s.parent } : {}),
		...(s.reason ? { reason: s.reason } : {}),
		attributes: s.attributes ?? {},
		events: [],
	}));
	records.sort((a, b) => (a.startNs < b.startNs ? -1 : a.startNs > b.startNs ? 1 : a.lane < b.lane ? -1 : a.lane > b.lane ? 1 : a.id < b.id ? -1 : 1));
	const trace: Trace = { format: 'otlp-json', source, synthetic: true, records, warnings: [] };
	return decodeCompact(encodeCompact(trace, analyzeTrace(trace), { ids: true }));
}

/** `n` wake-ups every `periodMs` ms (each `durationMs` long) in one lane. */
export function periodic(n: number, periodMs: number, durationMs?: number, lane = 'operator'): Spec[] {
	return Array.from({ length: n }, (_, k) => ({ id: `${lane}-${k}`, startMs: k * periodMs, durationMs, lane, reason: 'requeue-after' as const }));
}
