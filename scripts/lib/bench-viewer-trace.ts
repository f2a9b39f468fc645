/** Synthetic traces of a chosen size for `npm run bench:viewer` (never written to content/). */
import { analyzeTrace } from '../../src/trace/analysis/analysis.ts';
import { encodeCompact } from '../../src/trace/compact/encode-compact.ts';
import type { Trace, TraceRecord } from '../../src/trace/model.ts';
import { seededRandom, uniform } from './seeded-random.ts';

/**
 * A trace with `count` records: 4 lanes, each waking every 5 s (2% jitter), each wake-up a
 * reconcile span with two child spans, like a busy operator's OTLP export.
 * @param count e.g. 100_000
 */
export function benchTrace(count: number): Trace {
	const random = seededRandom(20241104);
	const lanes = ['operator/db-a', 'operator/db-b', 'operator/db-c', 'operator/db-d'];
	const base = 1_714_557_600_000_000_000n;
	const records: TraceRecord[] = [];
	for (let k = 0; records.length < count; k++) {
		const lane = lanes[k % lanes.length];
		const cycle = Math.floor(k / lanes.length);
		const startMs = cycle * 5000 + uniform(random, -50, 50) + (k % lanes.length) * 700;
		const durationMs = uniform(random, 40, 200);
		const id = `w${k}`;
		const at = (ms: number) => base + BigInt(Math.round(Math.max(ms, 0) * 1e6));
		const reason = random() < 0.9 ? 'requeue-after' : 'object-changed';
		records.push({ id, startNs: at(startMs), durationNs: BigInt(Math.round(durationMs * 1e6)), name: 'Reconcile', lane, reason, attributes: { generation: cycle }, events: [] });
		records.push({ id: `${id}.get`, startNs: at(startMs + 1), durationNs: 10_000_000n, name: 'GET object', lane, parentId: id, attributes: {}, events: [] });
		records.push({ id: `${id}.status`, startNs: at(startMs + durationMs / 2), durationNs: BigInt(Math.round((durationMs / 3) * 1e6)), name: 'update status', lane, parentId: id, attributes: {}, events: [] });
	}
	records.length = count;
	records.sort((a, b) => (a.startNs < b.startNs ? -1 : a.startNs > b.startNs ? 1 : a.lane < b.lane ? -1 : a.lane > b.lane ? 1 : a.id < b.id ? -1 : 1));
	return { format: 'otlp-json', source: `bench-${count}.synthetic.json`, synthetic: true, records, warnings: [] };
}

/** Compact JSON of `benchTrace(count)`, as the site stores it, e.g. `benchTraceJson(100_000)`. */
export function benchTraceJson(count: number): string {
	const trace = benchTrace(count);
	return encodeCompact(trace, analyzeTrace(trace));
}

/** The kube-rs `object.reason` text the OTLP importer reads back as each reason. */
const REASON_TEXT: Record<string, string> = { 'requeue-after': 'reconciler requested retry', 'object-changed': 'object updated' };

/**
 * `benchTrace(count)` as OTLP/JSON (one resource a lane), for a site page that embeds it the way
 * an author would; span ids number the records in order.
 * @param count e.g. 100_000
 */
export function benchTraceOtlp(count: number): string {
	const trace = benchTrace(count);
	const index = new Map(trace.records.map((r, i) => [r.id, i + 1]));
	const hex = (id: string, digits = 16) => index.get(id)!.toString(16).padStart(digits, '0');
	const str = (key: string, value: string) => ({ key, value: { stringValue: value } });
	const byLane = new Map<string, object[]>();
	for (const r of trace.records) {
		const attributes: { key: string; value: Record<string, string> }[] = Object.entries(r.attributes).map(([key, v]) => ({ key, value: { intValue: String(v) } }));
		if (r.reason) attributes.push(str('object.reason', REASON_TEXT[r.reason]));
		const span = {
			traceId: hex(r.parentId ?? r.id, 32),
			spanId: hex(r.id),
			...(r.parentId ? { parentSpanId: hex(r.parentId) } : {}),
			name: r.name,
			kind: 1,
			startTimeUnixNano: String(r.startNs),
			endTimeUnixNano: String(r.startNs + (r.durationNs ?? 0n)),
			attributes,
		};
		if (!byLane.has(r.lane)) byLane.set(r.lane, []);
		byLane.get(r.lane)!.push(span);
	}
	const resourceSpans = [...byLane].map(([lane, spans]) => ({ resource: { attributes: [str('service.name', lane)] }, scopeSpans: [{ scope: { name: 'bench' }, spans }] }));
	return JSON.stringify({ resourceSpans });
}
