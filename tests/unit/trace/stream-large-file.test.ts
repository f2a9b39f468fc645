/**
 * A file larger than V8's longest string imports (streamed, src/data-input/scan-json-file.ts),
 * and when truncated or corrupt fails with a `TraceInputError` naming the place, not V8's
 * message. The file is written on the fly into os.tmpdir() (one minified OTLP/JSON document on
 * one line, as a collector writes a request; spans padded with an ignored `traceState` so that
 * it takes few spans to pass the limit) and deleted after. Skipped below 8 GB of free memory.
 */
import assert from 'node:assert/strict';
import { closeSync, fstatSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { freemem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeTrace } from '../../../src/trace/analysis/analysis.ts';
import { importTraceFile, TraceInputError } from '../../../src/trace/import/import.ts';
import { MAX_STRING_LENGTH } from '../../../src/data-input/scan-json-file.ts';

const FREE_NEEDED = 8e9;
const skip = freemem() < FREE_NEEDED ? `needs 8 GB of free memory, ${(freemem() / 1e9).toFixed(1)} GB free` : false;
if (skip) console.log(`# skipped the file over the string limit: ${skip}`);

const PADDING = 'x'.repeat(2000);
const HEAD = '{"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"big-operator"}}]},"scopeSpans":[{"spans":[';
const TAIL = ']}]}]}\n';
/** Span `i`: a reconcile every second from 2024-11-04T09:01:02Z, 5 ms long. */
const span = (i: number) => {
	const start = 1_730_710_862_000_000_000n + BigInt(i) * 1_000_000_000n;
	const id = (i + 1).toString(16).padStart(16, '0');
	return `{"traceId":"${id}${id}","spanId":"${id}","name":"reconcile","kind":1,"startTimeUnixNano":"${start}","endTimeUnixNano":"${start + 5_000_000n}","traceState":"${PADDING}"}`;
};

/** Writes spans until the document passes the string limit; returns the span count and the offset of span 10's `"name"`. */
function writeLargeDocument(fd: number): { spans: number; corruptAt: number } {
	let offset = writeSync(fd, HEAD);
	let spans = 0;
	let corruptAt = -1;
	const batch: string[] = [];
	while (offset + 2 * PADDING.length < MAX_STRING_LENGTH + (1 << 20)) {
		batch.length = 0;
		for (let k = 0; k < 2000; k++, spans++) batch.push((spans === 0 ? '' : ',') + span(spans));
		if (corruptAt === -1) corruptAt = offset + batch.slice(0, 10).join('').length + batch[10].indexOf(',"name"');
		offset += writeSync(fd, batch.join(''));
	}
	writeSync(fd, TAIL);
	return { spans, corruptAt };
}

/** The message of the `TraceInputError` importing `path` throws. */
function failure(path: string): string {
	try {
		importTraceFile(path);
	} catch (error) {
		assert.ok(error instanceof TraceInputError, `expected a TraceInputError, got ${String(error)}`);
		return error.message;
	}
	return assert.fail('the file imported');
}

test('a file over the string limit imports; truncated or corrupt, it fails with the place', { skip }, () => {
	const dir = mkdtempSync(join(tmpdir(), 'stream-large-'));
	const path = join(dir, 'big.synthetic.json');
	const fd = openSync(path, 'w+');
	try {
		const { spans, corruptAt } = writeLargeDocument(fd);
		const size = fstatSync(fd).size;
		assert.ok(size > MAX_STRING_LENGTH, `the file is over the limit (${size} bytes)`);

		const trace = importTraceFile(path);
		assert.equal(trace.records.length, spans);
		assert.deepEqual(trace.warnings, []);
		assert.equal(trace.records[spans - 1].id, spans.toString(16).padStart(16, '0'));
		const [lane] = analyzeTrace(trace).lanes;
		assert.equal(lane.lane, 'big-operator');
		assert.deepEqual([lane.records, lane.period?.ms, lane.gaps?.max], [spans, 1000, 1000]);

		// A byte broken in the 11th span: named at its column of the one line.
		writeSync(fd, '#', corruptAt);
		assert.equal(failure(path), `big.synthetic.json:1:${corruptAt + 1}: expected ',' or '}' after a property value, found "#"`);
		writeSync(fd, ',', corruptAt);

		// Cut inside the last span.
		ftruncateSync(fd, size - 1000);
		assert.equal(failure(path), `big.synthetic.json:1:${size - 1000 + 1}: truncated JSON: unexpected end of input`);
	} finally {
		closeSync(fd);
		rmSync(dir, { recursive: true, force: true });
	}
});
