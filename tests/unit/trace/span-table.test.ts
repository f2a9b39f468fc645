/**
 * The OTLP importer's column store (`span-table.ts`) and 64-bit readers (`uint64.ts`): the fast
 * path (numeric 16-hex-digit ids, parents found without an id map) must give the same trace as
 * the general path that `finishTrace` takes for any other ids.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importTraceFile, importTraceText } from '../../../src/trace/import/import.ts';
import { parentIndexes } from '../../../src/trace/parent-index.ts';
import { isBefore, readHexId, readNanos, Uint64 } from '../../../src/data-input/uint64.ts';
import { dumpRecords, fixture } from './trace-check.ts';

/** OTLP/JSON lines with a parent cycle, an orphan, a self-parent, equal start times and an instant. */
function spans(id: (hex: string) => string): string {
	const span = (spanId: string, parent: string, start: string, end?: string) =>
		`{"spanId":"${id(spanId)}",${parent ? `"parentSpanId":"${id(parent)}",` : ''}"name":"s${spanId.slice(-1)}","startTimeUnixNano":"${start}"${end ? `,"endTimeUnixNano":"${end}"` : ''}}`;
	const request = (service: string, list: string[]) =>
		`{"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"${service}"}}]},"scopeSpans":[{"spans":[${list.join(',')}]}]}]}`;
	return [
		request('b', [
			span('00000000000000a1', '00000000000000a2', '1730710862000000000', '1730710862000000500'),
			span('00000000000000a2', '00000000000000a1', '1730710862000000000', '1730710862000000900'),
		]),
		request('a', [
			span('00000000000000a3', '00000000000000ff', '1730710862000000000', '1730710863000000000'),
			span('00000000000000a4', '00000000000000a4', '1730710861000000000'),
		]),
		request('a', [span('00000000000000a5', '00000000000000a3', '1730710867000000000', '1730710867000000001')]),
	].join('\n');
}

const base64 = (hex: string) => Buffer.from(hex, 'hex').toString('base64');

test('span table: numeric ids give the same trace as base64 ids resolved through the id map', () => {
	const numeric = importTraceText(
		spans((hex) => hex),
		'spans.jsonl',
	);
	const mapped = importTraceText(spans(base64), 'spans.jsonl');
	const counts = (trace: typeof numeric) => trace.warnings.map((w) => [w.reason.slice(0, 20), w.count]);
	assert.deepEqual(counts(numeric), [
		['a span has no "endTi', 1],
		['records name a paren', 1],
		['parent links formed ', 2],
	]);
	assert.deepEqual(counts(mapped), counts(numeric));
	assert.equal(dumpRecords(numeric.records), dumpRecords(mapped.records));
});

test('uint64: decimal times up to 20 digits, exact at every size', () => {
	const out = new Uint64();
	for (const text of [
		'0',
		'9007199254740993',
		'1730710862123456789',
		'18446744073709551615',
		'18446744073709551616',
		'99999999999999999999',
	]) {
		assert.ok(readNanos(text, out), text);
		assert.equal(out.toBigInt(), BigInt(text), text);
	}
	for (const bad of ['', '-1', '1e9', ' 1', '123456789012345678901', '0x10']) assert.equal(readNanos(bad, out), false, JSON.stringify(bad));
	assert.ok(readNanos(9007199254740991, out));
	assert.equal(out.toBigInt(), 9007199254740991n);
	for (const bad of [9007199254740992, -1, 1.5, NaN]) assert.equal(readNanos(bad, out), false, String(bad));
});

test('uint64: 16 hex digits in either case, and ordering across the 32-bit halves', () => {
	const a = new Uint64();
	const b = new Uint64();
	assert.ok(readHexId('EEE19B7EC3C1B174', a));
	assert.equal(a.toBigInt(), 0xeee19b7ec3c1b174n);
	assert.equal(readHexId('eee19b7ec3c1b17g', a), false);
	assert.equal(readHexId('eee19b7ec3c1b17', a), false);
	// A digit beyond ASCII (Devanagari six) and a character just past '9' and 'f' are not hex digits.
	for (const bad of ['eee19b7ec3c1b17\u096c', ':ee19b7ec3c1b174', 'eee19b7eg3c1b174']) assert.equal(readHexId(bad, a), false, bad);
	assert.ok(readHexId('ffffffffffffffff', a));
	assert.equal(a.toBigInt(), 0xffffffffffffffffn);
	readNanos('4294967296', a); // 2^32: high half 1
	readNanos('4294967295', b);
	assert.ok(isBefore(b, a));
	assert.ok(!isBefore(a, b));
	readNanos('18446744073709551616', a); // 2^64: kept as a BigInt
	assert.ok(isBefore(b, a));
});

test('span identity is (trace id, span id): a reused span id is another span, its parent found in its own trace', () => {
	for (const name of [
		'otlp/span-ids-reused-across-traces.json',
		'otlp/span-ids-reused-across-traces-hex-and-base64.json',
		'jaeger/span-ids-reused-across-traces.json',
		'zipkin/span-ids-reused-across-traces.json',
	]) {
		const trace = importTraceFile(fixture(name));
		// Records in time order: parent 1, child 1, parent 2, child 2 (each trace 5 s after the other).
		assert.deepEqual([...parentIndexes(trace.records)], [-1, 0, -1, 2], name);
		assert.equal(new Set(trace.records.map((r) => r.traceId)).size, 2, name);
		assert.ok(!trace.records.some((r) => 'missingParentId' in r.attributes), `${name}: no orphans`);
	}
});

test('empty attribute keys and values are kept as such (the recent-key and recent-value caches start empty)', () => {
	const line = `{"resourceSpans":[{"resource":{},"scopeSpans":[{"spans":[{"spanId":"00000000000000c1","name":"n","startTimeUnixNano":"1730710862000000000","attributes":[{"key":"","value":{"stringValue":""}},{"key":"b","value":{"stringValue":""}}]}]}]}]}`;
	const [record] = importTraceText(line, 'empty.jsonl').records;
	assert.deepEqual(record.attributes, { '': '', b: '' });
});
