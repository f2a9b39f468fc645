/**
 * Synthetic reconcile traces for the benchmark (labelled synthetic: the file names contain
 * "synthetic"). Deterministic: a seeded generator, so every run produces the same bytes.
 */
import type { Trace, TraceRecord } from '../../src/trace/model.ts';
import { seededRandom } from './seeded-random.ts';

const BASE_NS = 1_730_710_862_000_000_000n;
const CONTROLLERS = ['memcached', 'mongodb', 'postgres', 'redis', 'kafka'];

/** One reconcile every ~5 s per object with jitter, each with a child API call, as plain spans. */
function* reconcileSpans(count: number, objects: number, seed: number) {
	const rnd = seededRandom(seed);
	const hex = (digits: number) =>
		Array.from({ length: digits / 8 }, () =>
			Math.floor(rnd() * 2 ** 32)
				.toString(16)
				.padStart(8, '0'),
		).join('');
	for (let i = 0; i < count; i += 2) {
		const object = i % objects;
		const round = Math.floor(i / objects);
		const start = BASE_NS + BigInt(object) * 37_000_000n + BigInt(round) * 5_000_000_000n + BigInt(Math.floor(rnd() * 50_000_000));
		const duration = BigInt(Math.floor(1_000_000 + rnd() * 20_000_000));
		const id = hex(16);
		// The child API call belongs to the reconcile's trace (a parent is looked up in its own trace).
		const traceId = hex(32);
		const controller = CONTROLLERS[object % CONTROLLERS.length];
		const result = rnd() < 0.9 ? 'requeue-after 5s' : 'error';
		yield {
			traceId,
			id,
			parent: undefined,
			name: 'reconcile',
			start,
			duration,
			controller,
			object: `ns-${object % 7}/obj-${object}`,
			result,
		};
		yield {
			traceId,
			id: hex(16),
			parent: id,
			name: 'GET',
			start: start + 200_000n,
			duration: duration / 3n,
			controller,
			object: `ns-${object % 7}/obj-${object}`,
			result: 'ok',
		};
	}
}

/** OTLP/JSON lines (one request per line, `spansPerLine` spans each), as the collector's file exporter writes. */
export function* syntheticOtlpLines(spans: number, spansPerLine = 500, objects = 2000): Generator<string> {
	let batch: string[] = [];
	let service = '';
	const flush = () => {
		const line = `{"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"${service}-operator"}}]},"scopeSpans":[{"scope":{"name":"controller-runtime"},"spans":[${batch.join(',')}]}]}]}\n`;
		batch = [];
		return line;
	};
	for (const s of reconcileSpans(spans, objects, 42)) {
		if (batch.length >= spansPerLine) yield flush();
		service = s.controller;
		batch.push(
			`{"traceId":"${s.traceId}","spanId":"${s.id}",${s.parent ? `"parentSpanId":"${s.parent}",` : ''}"name":"${s.name}","kind":${s.parent ? 3 : 1},` +
				`"startTimeUnixNano":"${s.start}","endTimeUnixNano":"${s.start + s.duration}",` +
				`"attributes":[{"key":"k8s.object","value":{"stringValue":"${s.object}"}},{"key":"reconcile.result","value":{"stringValue":"${s.result}"}}],"status":{}}`,
		);
	}
	if (batch.length > 0) yield flush();
}

/**
 * The same spans as `syntheticOtlpLines` in one minified OTLP/JSON document on one line (one
 * request, a `resourceSpans` entry per batch), as the collector or a test run writes a request;
 * given piece by piece so that it may exceed a string's limit.
 */
export function* syntheticOtlpDocument(spans: number, spansPerBatch = 500, objects = 2000): Generator<string> {
	let first = true;
	for (const line of syntheticOtlpLines(spans, spansPerBatch, objects)) {
		// Each line is `{"resourceSpans":[<entry>]}\n`: keep the entry.
		const entry = line.slice('{"resourceSpans":['.length, line.length - ']}\n'.length);
		yield (first ? '{"resourceSpans":[' : ',') + entry;
		first = false;
	}
	yield first ? '{"resourceSpans":[]}\n' : ']}\n';
}

/** A synthetic trace of `count` records straight in the model, e.g. for measuring the serialized size. */
export function syntheticTrace(count: number, objects = 2000): Trace {
	const records: TraceRecord[] = [];
	for (const s of reconcileSpans(count, objects, 7)) {
		const record: TraceRecord = {
			id: s.id,
			startNs: s.start,
			durationNs: s.duration,
			name: s.name,
			lane: `${s.controller} ${s.object}`,
			attributes: { result: s.result },
			events: [],
		};
		if (s.parent) record.parentId = s.parent;
		records.push(record);
	}
	records.sort((a, b) =>
		a.startNs < b.startNs ? -1 : a.startNs > b.startNs ? 1 : a.lane < b.lane ? -1 : a.lane > b.lane ? 1 : a.id < b.id ? -1 : 1,
	);
	return { format: 'otlp-json', source: 'reconciles.synthetic.json', synthetic: true, records, warnings: [] };
}
