/**
 * The streaming JSON reader (src/data-input/scan-json-file.ts): on every JSON fixture, a file
 * streamed gives the same trace as the same file read whole (one line per fixture, see
 * `checkStreamedEqualsWhole`); bad input streamed fails with a `TraceInputError` naming the place.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { importTraceFile, TraceInputError } from '../../../src/trace/import/import.ts';
import { firstElementKeys } from '../../../src/trace/import/read-json-document.ts';
import { checkStreamedEqualsWhole, fixture } from './trace-check.ts';

test('stream = whole: otlp spans, events, status, kinds', () => checkStreamedEqualsWhole(fixture('otlp/spans-events-status.json'), 'otlp-json'));
test('stream = whole: otlp CRLF', () => checkStreamedEqualsWhole(fixture('otlp/crlf.json'), 'otlp-json'));
test('stream = whole: otlp UTF-8 BOM', () => checkStreamedEqualsWhole(fixture('otlp/bom.json'), 'otlp-json'));
test('stream = whole: otlp unicode and markup names', () => checkStreamedEqualsWhole(fixture('otlp/unicode-and-markup-names.json'), 'otlp-json'));
test('stream = whole: otlp 64-bit numbers beyond 2^53', () => checkStreamedEqualsWhole(fixture('otlp/huge-64-bit-numbers.json'), 'otlp-json'));
test('stream = whole: otlp base64 ids', () => checkStreamedEqualsWhole(fixture('otlp/base64-ids.json'), 'otlp-json'));
test('stream = whole: otlp instrumentationLibrarySpans', () => checkStreamedEqualsWhole(fixture('otlp/instrumentation-library-spans.json'), 'otlp-json'));
test('stream = whole: otlp one span per line', () => checkStreamedEqualsWhole(fixture('otlp/one-document-span-per-line.json'), 'otlp-json'));
test('stream = whole: otlp negative and NaN times', () => checkStreamedEqualsWhole(fixture('otlp/negative-and-invalid-durations.json'), 'otlp-json'));
test('stream = whole: otlp duplicate ids', () => checkStreamedEqualsWhole(fixture('otlp/duplicate-ids.json'), 'otlp-json'));
test('stream = whole: otlp span ids reused across traces', () => checkStreamedEqualsWhole(fixture('otlp/span-ids-reused-across-traces.json'), 'otlp-json'));
test('stream = whole: otlp reused ids, hex and base64', () => checkStreamedEqualsWhole(fixture('otlp/span-ids-reused-across-traces-hex-and-base64.json'), 'otlp-json'));
test('stream = whole: otlp parent cycle', () => checkStreamedEqualsWhole(fixture('otlp/parent-cycle.json'), 'otlp-json'));
test('stream = whole: otlp orphan parent', () => checkStreamedEqualsWhole(fixture('otlp/orphan-parent.json'), 'otlp-json'));
test('stream = whole: otlp wrong types', () => checkStreamedEqualsWhole(fixture('otlp/wrong-types.json'), 'otlp-json'));
test('stream = whole: jaeger {"data":[...]}', () => checkStreamedEqualsWhole(fixture('jaeger/query-api-data-wrapper.json'), 'jaeger-json'));
test('stream = whole: jaeger span ids reused across traces', () => checkStreamedEqualsWhole(fixture('jaeger/span-ids-reused-across-traces.json'), 'jaeger-json'));
test('stream = whole: zipkin span ids reused across traces', () => checkStreamedEqualsWhole(fixture('zipkin/span-ids-reused-across-traces.json'), 'zipkin-v2'));
test('stream = whole: zipkin annotations, missing timestamp', () => checkStreamedEqualsWhole(fixture('zipkin/spans-annotations-missing-timestamp.json'), 'zipkin-v2'));
test('stream = whole: chrome unterminated array', () => checkStreamedEqualsWhole(fixture('chrome/unterminated-array.json'), 'chrome-trace'));
test('stream = whole: chrome unbalanced B/E', () => checkStreamedEqualsWhole(fixture('chrome/begin-end-unbalanced.json'), 'chrome-trace'));
test('stream = whole: chrome object form', () => checkStreamedEqualsWhole(fixture('chrome/object-form-metadata.json'), 'chrome-trace'));

const dir = mkdtempSync(join(tmpdir(), 'stream-reader-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The error message of importing `path` read as `read`. */
const failure = (path: string, read: 'stream' | 'whole'): string => {
	try {
		importTraceFile(path, { read });
	} catch (error) {
		assert.ok(error instanceof TraceInputError, `expected a TraceInputError, got ${String(error)}`);
		return error.message;
	}
	return assert.fail(`${path} imported`);
};
/**
 * Streams `text` from a file named `name`, expects the error `message`, and (`sameAsWhole`) the
 * same error read whole (which names no line for invalid UTF-8).
 */
const streamFails = (name: string, text: string | Uint8Array, message: string, sameAsWhole = true) => {
	const path = join(dir, name);
	writeFileSync(path, text);
	assert.equal(failure(path, 'stream'), message);
	if (sameAsWhole) assert.equal(failure(path, 'whole'), message, 'the same error read whole');
};
const spans = (inner: string) => `{"resourceSpans":[{"resource":{},"scopeSpans":[{"spans":[\n${inner}\n]}]}]}`;
const span = (id: string) => `{"spanId":"${id}","startTimeUnixNano":"1","endTimeUnixNano":"2","name":"a \\"quoted\\" {name}"}`;

test('streamed: a truncated file names its end, as a whole read does', () =>
	streamFails('t.json', spans(`${span('aaaaaaaaaaaaaaaa')},\n${span('bbbbbbbbbbbbbbbb')}`).slice(0, -30), 't.json:3:82: truncated JSON: unexpected end of input'));
test('streamed: a broken span names its line and column', () =>
	streamFails('b.json', spans(`${span('aaaaaaaaaaaaaaaa')},\n{"spanId":"bbbbbbbbbbbbbbbb",#}`), 'b.json:3:30: expected a property name in double quotes, found "#"'));
test('streamed: a bracket that closes the wrong thing', () =>
	streamFails('w.json', spans(`{"spanId":"aaaaaaaaaaaaaaaa","attributes":[}`), 'w.json:2:44: expected a value, found "}"'));
test('streamed: text after the document', () =>
	streamFails('x.json', `${spans(span('aaaaaaaaaaaaaaaa'))}\nx`, 'x.json:4:1: unexpected "x" after the end of the JSON value'));
test('streamed: a broken key above the spans', () =>
	streamFails('k.json', '{"resourceSpans":[{"resource" {}}]}', `k.json:1:31: expected ':' after a property name, found "{"`));
test('streamed: invalid UTF-8 names its line', () =>
	streamFails('u.json', Buffer.concat([Buffer.from(spans(span('aaaaaaaaaaaaaaaa')).replace('{name}', '\n\n')), Buffer.from([0xff])]), 'u.json:5:1: not valid utf-8 text', false));

test('a top-level array of Jaeger traces is told from one of spans by its first element', () => {
	assert.deepEqual(firstElementKeys('[{"traceID":"a","spans":[{"x":1}],"processes":{}}]'), ['traceID', 'spans', 'processes']);
	assert.deepEqual(firstElementKeys('[{"traceId":"a","id":"b","tags":{"spans":"1"}}]'), ['traceId', 'id', 'tags']);
	assert.deepEqual(firstElementKeys('{"spans":[]}'), []);
});

test('stream = whole: an escaped quote, and an escaped backslash, split at the 1 MiB chunk boundary', () => {
	for (const [escape, name] of [
		['\\"', 'quote'],
		['\\\\', 'backslash'],
	]) {
		const head = `{"resourceSpans":[{"scopeSpans":[{"spans":[{"spanId":"aaaaaaaaaaaaaaaa","startTimeUnixNano":"1","endTimeUnixNano":"2","name":"`;
		// The escape's backslash is the chunk's last byte, the character it escapes the next chunk's first.
		const padding = 'a'.repeat((1 << 20) - 1 - head.length);
		const path = join(dir, `chunk-boundary-${name}.json`);
		writeFileSync(path, `${head}${padding}${escape}b"},${span('bbbbbbbbbbbbbbbb')}]}]}]}`);
		checkStreamedEqualsWhole(path, 'otlp-json');
		assert.equal(Buffer.byteLength(head + padding), (1 << 20) - 1);
	}
});
