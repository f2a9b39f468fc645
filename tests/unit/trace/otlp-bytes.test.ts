/**
 * The OTLP byte reader (src/trace/import/otlp-bytes.ts): a JSON lines file read from its bytes
 * gives exactly the trace (compact form with ids, records, warnings) or the error that the same
 * lines parsed by JSON.parse give (a text source, which has no bytes), and so does a document
 * whose spans are streamed and read from their bytes, against the document read whole. Each case
 * says whether the reader takes its first line or gives it up to JSON.parse, so both paths are exercised.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { analyzeTrace } from '../../../src/trace/analysis/analysis.ts';
import { encodeCompact } from '../../../src/trace/compact/encode-compact.ts';
import { importTraceFile, importTraceText } from '../../../src/trace/import/import.ts';
import type { Trace } from '../../../src/trace/model.ts';
import { OtlpByteReader } from '../../../src/trace/import/otlp-bytes.ts';
import { SpanTable } from '../../../src/trace/import/span-table.ts';
import { dumpTrace, fixture } from './trace-check.ts';

const dir = mkdtempSync(join(tmpdir(), 'otlp-bytes-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const TRACE = '2cc09a8a86cec4d345f245149fef4401';
/** A span's members as JSON text, each replaceable: `span({ name: '"GET"' })`. */
function span(members: Record<string, string | undefined> = {}): string {
	const all: Record<string, string | undefined> = {
		traceId: `"${TRACE}"`,
		spanId: '"da3b32c0ab73b0ad"',
		name: '"reconcile"',
		kind: '1',
		startTimeUnixNano: '"1730710862030055187"',
		endTimeUnixNano: '"1730710862040020998"',
		attributes: '[{"key":"k8s.object","value":{"stringValue":"ns-0/obj-0"}}]',
		status: '{}',
		...members,
	};
	return `{${Object.entries(all)
		.filter(([, value]) => value !== undefined)
		.map(([key, value]) => `"${key}":${value}`)
		.join(',')}}`;
}
/** A request of `spans` (JSON texts) under `resource` (JSON text). */
function request(spans: string[], resource = '{"attributes":[{"key":"service.name","value":{"stringValue":"redis-operator"}}]}'): string {
	return `{"resourceSpans":[{"resource":${resource},"scopeSpans":[{"scope":{"name":"controller-runtime"},"spans":[${spans.join(',')}]}]}]}`;
}
/** A second line that the reader always takes, so that the file is JSON lines. */
const SECOND = request([span({ spanId: '"78e9c5413ffb0079"', parentSpanId: '"da3b32c0ab73b0ad"', name: '"GET"', kind: '3' })]);

/** The trace or the error, from the file's bytes (`fromBytes`) or from its text. */
function outcome(text: string, fromBytes: boolean): string {
	const name = 'case.synthetic.otlp.jsonl';
	return tried(() => {
		if (!fromBytes) return importTraceText(text, name);
		const path = join(dir, name);
		writeFileSync(path, text);
		return importTraceFile(path);
	});
}

/** The trace of `request` as a one-line document, its spans streamed (read from their bytes) or read whole. */
function documentOutcome(request: string, read: 'stream' | 'whole'): string {
	const path = join(dir, 'case.synthetic.otlp.json');
	writeFileSync(path, request);
	return tried(() => importTraceFile(path, { read }));
}

/** The compact form with ids, the records and the warnings of `load()`'s trace, or its error. */
function tried(load: () => Trace): string {
	try {
		const trace = load();
		return `${encodeCompact(trace, analyzeTrace(trace), { ids: true })}\n${dumpTrace(trace)}`;
	} catch (error) {
		return `error: ${(error as Error).message}`;
	}
}

/** Whether the reader takes `line` whole. */
function taken(line: string): boolean {
	const bytes = new TextEncoder().encode(line);
	return new OtlpByteReader(new SpanTable()).readRequest(bytes, 0, bytes.length);
}

/**
 * Checks that `first` (then `SECOND`) reads the same from bytes as from text, and whether the
 * reader takes it; and that `first` as a document reads the same with its spans streamed (each
 * read from its bytes, `readSpan`) as read whole.
 */
function check(first: string, takes: boolean): void {
	assert.equal(taken(first), takes, takes ? 'the reader takes the line' : 'the reader gives the line up');
	const text = `${first}\n${SECOND}\n`;
	assert.equal(outcome(text, true), outcome(text, false), 'JSON lines');
	assert.equal(documentOutcome(first, 'stream'), documentOutcome(first, 'whole'), 'one document');
}

const taken_ = (name: string, line: string) => test(`taken, and the same as JSON.parse: ${name}`, () => check(line, true));
const givenUp = (name: string, line: string) => test(`given up, and the same as JSON.parse: ${name}`, () => check(line, false));

taken_('the exporter shape, a child and its parent', request([span(), span({ spanId: '"1111111111111111"', parentSpanId: '"da3b32c0ab73b0ad"' })]));
taken_('members in another order, whitespace around every token', ` { "resourceSpans" : [ { "scopeSpans" :\t[ { "spans" : [ { "endTimeUnixNano" : "20" , "name" : "n" , "startTimeUnixNano" : "10" , "spanId" : "aaaaaaaaaaaaaaaa" } ] } ] } ] } \r`);
taken_('upper-case hex ids, no trace id, an empty parent id', request([span({ spanId: '"DA3B32C0AB73B0AD"', traceId: '""', parentSpanId: '""' }), span({ spanId: '"00000000000000ff"', traceId: undefined })]));
taken_(
	'every value kind it reads',
	request([
		span({
			attributes:
				'[{"key":"s","value":{"stringValue":""}},{"key":"i","value":{"intValue":"-42"}},{"key":"z","value":{"intValue":"007"}},{"key":"m","value":{"intValue":"-0"}},' +
				'{"value":{"boolValue":true},"key":"t"},{"key":"f","value":{"boolValue":false}},{"key":"d","value":{"doubleValue":1.5e3}},{"key":"n","value":{"doubleValue":-0.25}},' +
				'{"key":"inf","value":{"doubleValue":1e400}},{"key":"big","value":{"intValue":"999999999999999"}},{"key":"reason","value":{"stringValue":"requeue after 5s"}}]',
		}),
	]),
);
taken_('a repeated attribute key, the later value kept', request([span({ attributes: '[{"key":"a","value":{"stringValue":"1"}},{"key":"a","value":{"intValue":"2"}}]' })]));
taken_('kinds and status codes, named and unnamed', request([span({ kind: '7', status: '{"code":2,"message":"boom"}' }), span({ spanId: '"2222222222222222"', kind: '0', status: '{"message":"ok","code":1}' }), span({ spanId: '"3333333333333333"', status: '{"code":0,"message":"x"}' }), span({ spanId: '"4444444444444444"', status: '{"code":9}' })]));
taken_(
	'members it skips, with values of every JSON kind',
	`{"x":[1,-2.5e-3,true,false,null,{"y":{}}],"resourceSpans":[{"schemaUrl":"u","resource":{"droppedAttributesCount":0,"attributes":[]},"scopeSpans":[{"scope":{"name":"s","attributes":[{"key":"a","value":{"arrayValue":{"values":[]}}}]},"spans":[${span({ traceState: '"a=b"', flags: '257', links: '[{"traceId":"x","attributes":[]}]', droppedLinksCount: '0', droppedEventsCount: '0', events: '[]' })}],"schemaUrl":""}]}]}`,
);
taken_('service.name given twice: the last one', request([span()], '{"attributes":[{"key":"service.name","value":{"stringValue":"a"}},{"key":"service.name","value":{"stringValue":"b"}}]}'));
taken_('service.name not a text: unknown service', request([span()], '{"attributes":[{"key":"service.name","value":{"intValue":"5"}}]}'));
taken_('no resource, several resources and scopes', `{"resourceSpans":[{"scopeSpans":[{"spans":[${span()}]},{"spans":[]}]},{"resource":{},"scopeSpans":[]}]}`);
taken_('a time of 20 digits below 2^64, times far apart', request([span({ startTimeUnixNano: '"18446744073709551000"', endTimeUnixNano: '"18446744073709551615"' }), span({ spanId: '"5555555555555555"', startTimeUnixNano: '"1"', endTimeUnixNano: '"2"' })]));
taken_('no spans', '{"resourceSpans":[]}');

givenUp('an escape in a name', request([span({ name: '"a \\"quoted\\" name"' })]));
givenUp('a name beyond ASCII', request([span({ name: '"réconcile"' })]));
givenUp('base64 ids', request([span({ spanId: '"2jsywKtzsK0="', traceId: '"LMCaiobOxNNF9FEUn+9EAQ=="' })]));
givenUp('a span id of 15 digits', request([span({ spanId: '"da3b32c0ab73b0a"' })]));
givenUp('an invalid parent id', request([span({ parentSpanId: '"zz"' })]));
givenUp('an invalid trace id', request([span({ traceId: '"abc"' })]));
givenUp('times as JSON numbers', request([span({ startTimeUnixNano: '1730710862030055187', endTimeUnixNano: '1730710862040020998' })]));
givenUp('a time of 2^64', request([span({ endTimeUnixNano: '"18446744073709551616"' })]));
givenUp('no end', request([span({ endTimeUnixNano: undefined })]));
givenUp('no start', request([span({ startTimeUnixNano: undefined })]));
givenUp('no span id', request([span({ spanId: undefined })]));
givenUp('an end before the start', request([span({ startTimeUnixNano: '"20"', endTimeUnixNano: '"10"' })]));
givenUp('events', request([span({ events: '[{"timeUnixNano":"1730710862035000000","name":"e","attributes":[]}]' })]));
givenUp('an array value', request([span({ attributes: '[{"key":"a","value":{"arrayValue":{"values":[{"intValue":"1"}]}}}]' })]));
givenUp('a kvlist value', request([span({ attributes: '[{"key":"a","value":{"kvlistValue":{"values":[]}}}]' })]));
givenUp('a bytes value', request([span({ attributes: '[{"key":"a","value":{"bytesValue":"AQI="}}]' })]));
givenUp('an empty value', request([span({ attributes: '[{"key":"a","value":{}}]' })]));
givenUp('two kinds in one value', request([span({ attributes: '[{"key":"a","value":{"stringValue":"x","intValue":"1"}}]' })]));
givenUp('an int64 of 16 digits', request([span({ attributes: '[{"key":"a","value":{"intValue":"9007199254740993"}}]' })]));
givenUp('an int64 as a JSON number', request([span({ attributes: '[{"key":"a","value":{"intValue":12}}]' })]));
givenUp('a double as a string', request([span({ attributes: '[{"key":"a","value":{"doubleValue":"1.5"}}]' })]));
givenUp('an attribute without a value', request([span({ attributes: '[{"key":"a"}]' })]));
givenUp('a repeated span member', request([`{"spanId":"aaaaaaaaaaaaaaaa","name":"a","name":"b","startTimeUnixNano":"1","endTimeUnixNano":"2"}`]));
givenUp('a repeated spans list', `{"resourceSpans":[{"scopeSpans":[{"spans":[${span()}],"spans":[]}]}]}`);
givenUp('the resource after its spans', `{"resourceSpans":[{"scopeSpans":[{"spans":[${span()}]}],"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"late"}}]}}]}`);
givenUp('instrumentationLibrarySpans', `{"resourceSpans":[{"instrumentationLibrarySpans":[{"spans":[${span()}]}]}]}`);
givenUp('a fractional kind', request([span({ kind: '1.5' })]));
givenUp('a kind by name', request([span({ kind: '"SPAN_KIND_SERVER"' })]));
givenUp('a status code by name', request([span({ status: '{"code":"STATUS_CODE_ERROR"}' })]));
givenUp('a span that is not an object', request(['5', span()]));
givenUp('no resourceSpans', '{"other":[]}');
givenUp('resourceSpans not a list', '{"resourceSpans":{}}');
givenUp('a blank line', '   ');
givenUp('text after the request', `${request([span()])} x`);
givenUp('a missing comma', request([span()]).replace('"name":"reconcile",', '"name":"reconcile" '));
givenUp('a number with a leading zero where it is skipped', request([span({ flags: '01' })]));
givenUp('a control character in a string', request([span({ name: '"a\tb"' })]));

test('every OTLP fixture, each request on a line: the same from bytes as from text', () => {
	for (const name of readdirSync(fixture('otlp')).filter((file) => file.endsWith('.json'))) {
		let line: string;
		try {
			line = JSON.stringify(JSON.parse(readFileSync(fixture(`otlp/${name}`), 'utf8').replace(/^\uFEFF/, '')));
		} catch {
			continue; // not JSON (a truncated file): its errors are the document reader's
		}
		const text = `${line}\n${line}\n`;
		assert.equal(outcome(text, true), outcome(text, false), name);
	}
});
