/** The compact serialized form: deterministic, columnar, exact. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeTrace } from '../../../src/trace/analysis/analysis.ts';
import { COMPACT_GENERATOR, COMPACT_VERSION } from '../../../src/trace/compact/compact-trace.ts';
import { decodeCompact } from '../../../src/trace/compact/decode-compact.ts';
import { encodeCompact } from '../../../src/trace/compact/encode-compact.ts';
import type { Trace } from '../../../src/trace/model.ts';
import { importTraceFile } from '../../../src/trace/import/import.ts';
import { fixture } from './trace-check.ts';

const trace = importTraceFile(fixture('otlp/spans-events-status.json'));
const analysis = analyzeTrace(trace);

test('encoding twice gives identical bytes', () => {
	assert.equal(encodeCompact(importTraceFile(fixture('otlp/spans-events-status.json')), analysis), encodeCompact(trace, analysis));
});

/** Reads a plane column independently of the decoder: B little-endian byte planes, base64. */
function planeValues(column: { bytes: number; planes: string }, count: number): bigint[] {
	const data = Buffer.from(column.planes, 'base64');
	assert.equal(data.length, column.bytes * count, 'one plane of `count` bytes per value byte');
	return Array.from({ length: count }, (_, i) => {
		let v = 0n;
		for (let b = column.bytes - 1; b >= 0; b--) v = (v << 8n) | BigInt(data[b * count + i]);
		return v;
	});
}

test('the text says what generated it, its version and base time', () => {
	const json = JSON.parse(encodeCompact(trace, analysis));
	assert.equal(json.version, 2);
	assert.equal(COMPACT_VERSION, 2);
	assert.equal(json.generator, COMPACT_GENERATOR);
	assert.equal(json.baseNs, '1730710862123456789');
	assert.equal(json.ids, undefined);
});

test('plane columns hold deltas, duration + 1, zigzag parents and attribute sets + 1', () => {
	const json = JSON.parse(encodeCompact(trace, analysis));
	assert.deepEqual(planeValues(json.start, 3), [0n, 100n, 4999999907n]);
	assert.equal(json.start.bytes, 5, 'the fewest bytes that hold 4999999907 (33 bits)');
	assert.deepEqual(planeValues(json.duration, 3), [2500002n, 801n, 999994n]);
	assert.deepEqual(planeValues(json.parent, 3), [0n, 1n, 0n], 'the parent one record back is 2*1-1');
	assert.deepEqual(planeValues(json.lane, 3), [0n, 0n, 0n]);
	assert.equal(json.lane.bytes, 0, 'an all-zero column takes no bytes');
	assert.deepEqual(planeValues(json.attrs, 3), [1n, 3n, 4n], "set 1 is the attributes of record 0's event");
});

test('offsets beyond 2^53 ns are stored exactly, a parent after its child too', () => {
	const base = 1_000n;
	const far = 2n ** 60n + 7n;
	const t: Trace = {
		format: 'otlp-json',
		source: 'far.json',
		synthetic: false,
		warnings: [],
		records: [
			{ id: 'child', startNs: base, durationNs: 5n, name: 'c', lane: 'l', parentId: 'late', attributes: {}, events: [] },
			{ id: 'late', startNs: base + 10n, durationNs: far, name: 'p', lane: 'l', attributes: {}, events: [] },
			{ id: 'far', startNs: base + far, name: 'i', lane: 'l', attributes: {}, events: [] },
		],
	};
	const json = JSON.parse(encodeCompact(t, analyzeTrace(t)));
	assert.deepEqual(planeValues(json.start, 3), [0n, 10n, far - 10n]);
	assert.deepEqual(planeValues(json.duration, 3), [6n, far + 1n, 0n]);
	assert.deepEqual(planeValues(json.parent, 3), [2n, 0n, 0n], 'a parent one record later is -2*-1');
	const c = decodeCompact(encodeCompact(t, analyzeTrace(t)));
	assert.deepEqual([...c.parent], [1, -1, -1]);
	assert.equal(c.duration[2], -1);
});

test('decoded columns keep nanoseconds, parents, reasons and attributes', () => {
	const c = decodeCompact(encodeCompact(trace, analysis));
	assert.equal(c.count, 3);
	assert.deepEqual([...c.start], [0, 100, 5000000007]);
	assert.deepEqual([...c.duration], [2500001, 800, 999993]);
	assert.deepEqual([...c.parent], [-1, 0, -1]);
	assert.deepEqual([...c.reason], [0, 0, 1]);
	assert.equal(c.startNs(2), 1730710867123456796n);
	assert.deepEqual(c.attributes(1), [['span.kind', 'CLIENT']]);
	assert.deepEqual(c.events(0), [{ offsetNs: 1000, name: 'fetched', attributes: [['objects', 2]] }]);
	assert.equal(c.id(1), '#1');
	assert.deepEqual(c.analysis, analysis);
});

test('wide columns take the general path: 300 names, gaps of 5 days', () => {
	const records = Array.from({ length: 300 }, (_, k) => ({
		id: `r${k}`,
		startNs: 1_000n + BigInt(k) * 432_000_000_000_000n,
		durationNs: 5n,
		name: `n${k}`,
		lane: 'l',
		attributes: {},
		events: [],
	}));
	const t: Trace = { format: 'otlp-json', source: 'wide.json', synthetic: false, warnings: [], records };
	const json = JSON.parse(encodeCompact(t, analyzeTrace(t)));
	assert.equal(json.name.bytes, 2);
	assert.equal(json.start.bytes, 7);
	const c = decodeCompact(encodeCompact(t, analyzeTrace(t)));
	assert.deepEqual([c.name[0], c.name[299], c.strings[c.name[299]]], [0, 299, 'n299']);
	assert.equal(c.start[299], 299 * 432_000_000_000_000);
	assert.equal(c.startNs(299), 1_000n + 299n * 432_000_000_000_000n);
});
