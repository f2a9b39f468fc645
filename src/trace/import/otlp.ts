/**
 * OTLP/JSON traces: the JSON encoding of OpenTelemetry's `ExportTraceServiceRequest`
 * (https://opentelemetry.io/docs/specs/otlp/#json-protobuf-encoding, proto:
 * https://github.com/open-telemetry/opentelemetry-proto/blob/main/opentelemetry/proto/trace/v1/trace.proto).
 *
 * Supported: `resourceSpans[].scopeSpans[].spans[]` and the older
 * `instrumentationLibrarySpans`; one document, or one document per line as the collector's
 * file exporter writes (streamed line by line); ids in hex or base64; 64-bit nanosecond times
 * as strings or numbers (numbers beyond 2^53 recovered from the source text); span attributes
 * (all AnyValue kinds; arrays and kvlists as JSON text), events, kind and status. A span is
 * identified by its `traceId` and `spanId` together, and its parent is looked up in its own trace.
 * Lane: the resource's `service.name`. Reason: from a `object.reason`-like attribute (kube-rs).
 * Ignored: links, resource and scope attributes other than `service.name`, dropped counts,
 * trace state, flags. JSON lines are recognised by a complete request on the first line, so a
 * pretty-printed document (e.g. one span per line) is read as one document. Spans are gathered
 * in a `SpanTable`, which the analysis reads, and become records when asked for (why: see span-table.ts).
 * From a file, JSON lines and a document's streamed spans are read from their bytes where
 * `otlp-bytes.ts` can (the usual shape); the rest, and every text, through JSON.parse here.
 */
import { toAttributeValue } from './attribute-value.ts';
import type { ColumnSpans } from './finish-trace.ts';
import { placeOf, type Warnings } from '../../data-input/input-error.ts';
import type { AttributeValue, TraceEvent, TraceRecord } from '../model.ts';
import { parseJson } from '../../data-input/parse-json.ts';
import { OtlpByteReader } from './otlp-bytes.ts';
import { addKindAndStatus } from './kind-and-status.ts';
import { SpanTable } from './span-table.ts';
import { isList, isObject, StreamedArray } from '../../data-input/streamed-array.ts';
import type { SourceLine, TextSource } from '../../data-input/text-source.ts';
import { isBefore, readNanos } from '../../data-input/uint64.ts';

/** Only unquoted 64-bit times and ints can exceed 2^53 in OTLP/JSON; a literal-led test is fast. */
const NUMBER_TIMES_OR_INTS = /(?:Nano|intValue)"\s*:\s*-?\d/;
/**
 * Thrown while reading a request parsed without keeping big integers' digits, at the first
 * integer beyond 2^53 (whose digits JSON.parse lost): the line is then parsed again, keeping them.
 */
const INEXACT = new Error('an integer beyond 2^53 needs its digits from the source text');
/** False while reading a request from a plain JSON.parse (see `INEXACT`). */
let exactNumbers = true;

/** True when a parsed JSON value looks like an OTLP/JSON trace request. */
export function isOtlp(value: unknown): boolean {
	return isObject(value) && Array.isArray(value.resourceSpans);
}

/**
 * True when the first line holds a whole request: JSON lines (one line alone is a minified
 * document). A document that only starts on the first line (pretty-printed, e.g. one span per
 * line) is not JSON lines.
 */
export function isOtlpJsonLines(head: string): boolean {
	const text = head.replace(/^\s*\n/, '');
	return /^[ \t]*\{[^\n]*"resourceSpans"/.test(text) && firstLineIsComplete(text);
}

/**
 * True when a source is OTLP JSON lines (`isOtlpJsonLines` of its head). A first line longer
 * than the head that is the only line is one minified document (as the collector or a test run
 * writes one request), read as a document so that it streams.
 */
export function isOtlpJsonLinesSource(source: TextSource): boolean {
	const head = source.head();
	if (!isOtlpJsonLines(head)) return false;
	return /\n[^\n]*\S/.test(head.replace(/^\s*\n/, '')) || source.hasSecondLine();
}

/**
 * True unless the first line ends inside an unclosed object or array (a scan that knows JSON
 * strings). A first line longer than `text` counts as complete: only the whole file can tell.
 */
function firstLineIsComplete(text: string): boolean {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 0x5c /* \\ */) i++;
			else if (c === 0x22 /* " */) inString = false;
			else if (c === 0x0a) return false;
		} else if (c === 0x22) inString = true;
		else if (c === 0x7b /* { */ || c === 0x5b /* [ */) depth++;
		else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
		else if (c === 0x0a) return depth <= 0;
	}
	return true;
}

/** Imports OTLP/JSON; `parsed` is the already parsed document, if any. */
export function importOtlp(source: TextSource, warnings: Warnings, parsed?: unknown): ColumnSpans | TraceRecord[] {
	const spans = new SpanTable(source.size);
	if (parsed === undefined && isOtlpJsonLinesSource(source)) {
		// One request per line, each read and dropped before the next: only the span table grows.
		// From a file, a line is read from its bytes (otlp-bytes.ts); one that leaves that reader's
		// subset is rolled back and parsed, as every line of a text is.
		const byteLines = source.byteLines?.();
		if (byteLines) {
			const reader = new OtlpByteReader(spans);
			for (const line of byteLines) {
				const mark = spans.mark();
				if (reader.readRequest(line.bytes, line.start, line.end)) continue;
				spans.rollback(mark);
				readRequestLine({ text: line.text(), number: line.number }, source.file, spans, warnings);
			}
		} else for (const line of source.lines()) readRequestLine(line, source.file, spans, warnings);
		return spans.finish();
	}
	const request = parsed ?? parseJson(source.text(), source.file, 0, NUMBER_TIMES_OR_INTS);
	// Places are looked up in the text only for the first warning of each kind.
	const find = (needle: string) => source.find(needle);
	readRequest(request, spans, warnings, () => ({ line: 1, column: 1 }), find);
	return spans.finish();
}

/**
 * Parses one JSON line's request into `spans`. It is parsed plainly first (scanning every line
 * for big integers costs more than the rare second parse); a line that turns out to hold one is
 * read again, parsed exactly.
 */
function readRequestLine(line: SourceLine, file: string, spans: SpanTable, warnings: Warnings): void {
	if (line.text.trim() === '') return;
	const find = (needle: string) => {
		const place = placeOf(line.text, needle);
		return place && { line: line.number, column: place.column };
	};
	const start = () => ({ line: line.number, column: 1 });
	const mark = spans.mark();
	const restore = warnings.save();
	try {
		exactNumbers = false;
		readRequest(parseJson(line.text, file, line.number - 1, false), spans, warnings, start, find);
	} catch (error) {
		if (error !== INEXACT) throw error;
		spans.rollback(mark);
		restore();
		exactNumbers = true;
		readRequest(parseJson(line.text, file, line.number - 1, true), spans, warnings, start, find);
	} finally {
		exactNumbers = true;
	}
}

type Place = { line: number; column: number } | undefined;
type Find = (needle: string) => Place;

function readRequest(request: unknown, spans: SpanTable, warnings: Warnings, start: () => Place, find: Find): void {
	let reader: OtlpByteReader | undefined;
	if (!isObject(request) || !Array.isArray(request.resourceSpans)) {
		const p = start();
		warnings.fail('expected an object with a "resourceSpans" array (OTLP/JSON)', p?.line, p?.column);
	}
	for (const resourceSpans of request.resourceSpans as unknown[]) {
		if (!isObject(resourceSpans)) {
			warnings.warnAt('skipped a resourceSpans entry that is not an object', start);
			continue;
		}
		const resource = isObject(resourceSpans.resource) ? keyValues(resourceSpans.resource.attributes) : {};
		const service = typeof resource['service.name'] === 'string' ? resource['service.name'] : 'unknown service';
		const scopes = resourceSpans.scopeSpans ?? resourceSpans.instrumentationLibrarySpans;
		if (!Array.isArray(scopes)) {
			warnings.warnAt('skipped a resourceSpans entry without a "scopeSpans" array', () => find('"resource'));
			continue;
		}
		for (const scope of scopes) {
			if (!isObject(scope) || !isList(scope.spans)) {
				warnings.warnAt('skipped a scopeSpans entry without a "spans" array', () => find('"scope'));
				continue;
			}
			// A list left in its file is read from its bytes where the byte reader can (otlp-bytes.ts).
			const elements = scope.spans instanceof StreamedArray ? scope.spans.bytes() : undefined;
			if (elements) {
				reader ??= new OtlpByteReader(spans);
				for (const element of elements)
					if (!reader.readSpan(element.bytes, element.start, element.end, service)) readSpan(element.parse(), service, spans, warnings, find);
			} else for (const span of scope.spans) readSpan(span, service, spans, warnings, find);
		}
	}
}

/** Where a span is in the text: its id in quotes, or else the "spans" key (looked up only for warnings). */
function spanPlace(span: Record<string, unknown>, find: Find): Place {
	return typeof span.spanId === 'string' ? find(`"${span.spanId}"`) : find('"spans"');
}

/** Adds one span to `spans`, or counts why it was skipped. */
function readSpan(span: unknown, lane: string, spans: SpanTable, warnings: Warnings, find: Find): void {
	if (!isObject(span)) return warnings.warnAt('skipped a span that is not an object', () => find('"spans"'));
	const next = spans.next;
	if (typeof span.spanId !== 'string' || !next.setId(span.spanId))
		return skip(warnings, 'skipped a span without a valid hex or base64 "spanId"', span, find);
	checkExact(span.startTimeUnixNano);
	checkExact(span.endTimeUnixNano);
	if (!readNanos(span.startTimeUnixNano, next.start))
		return skip(warnings, 'skipped a span without a valid "startTimeUnixNano"', span, find);
	next.hasEnd = span.endTimeUnixNano !== undefined;
	if (next.hasEnd && !readNanos(span.endTimeUnixNano, next.end))
		return skip(warnings, 'skipped a span with an invalid "endTimeUnixNano"', span, find);
	if (next.hasEnd && isBefore(next.end, next.start))
		return skip(warnings, 'skipped a span that ends before it starts (negative duration)', span, find);
	next.hasTrace = false;
	const badTrace = typeof span.traceId === 'string' && span.traceId !== '' && !next.setTraceId(span.traceId);
	const parentText = span.parentSpanId;
	const namesParent = typeof parentText === 'string' && parentText !== '';
	if (!namesParent || !next.setParent(parentText)) next.hasParent = false;
	spans.add(typeof span.name === 'string' ? span.name : '', lane);
	if (Array.isArray(span.attributes)) {
		for (const kv of span.attributes) if (isObject(kv) && typeof kv.key === 'string') spans.attribute(kv.key, anyValue(kv.value));
	}
	const status = isObject(span.status) ? span.status : {};
	addKindAndStatus(
		spans,
		typeof span.kind === 'number' ? span.kind : 0,
		typeof status.code === 'number' ? status.code : 0,
		typeof status.message === 'string' ? status.message : '',
	);
	spans.setEvents(readEvents(span, warnings, find));
	if (!next.hasEnd) warnings.warnAt('a span has no "endTimeUnixNano": kept as an instant', () => spanPlace(span, find));
	if (namesParent && !next.hasParent) warnings.warnAt('ignored an invalid "parentSpanId"', () => spanPlace(span, find));
	if (badTrace) warnings.warnAt('ignored an invalid "traceId": the span is matched by its span id alone', () => spanPlace(span, find));
}

function readEvents(span: Record<string, unknown>, warnings: Warnings, find: Find): TraceEvent[] {
	const events = span.events;
	if (!Array.isArray(events)) return [];
	const out: TraceEvent[] = [];
	for (const e of events) {
		const timeNs = isObject(e) ? nanos(e.timeUnixNano) : null;
		if (!isObject(e) || timeNs === null) {
			warnings.warnAt('skipped a span event without a valid "timeUnixNano"', () => spanPlace(span, find));
			continue;
		}
		out.push({ timeNs, name: typeof e.name === 'string' ? e.name : '', attributes: keyValues(e.attributes) });
	}
	return out;
}

/** OTLP KeyValue list to attributes, e.g. `[{ key: 'a', value: { intValue: '5' } }]` to `{ a: 5 }`. */
export function keyValues(list: unknown): Record<string, AttributeValue> {
	const out: Record<string, AttributeValue> = {};
	if (!Array.isArray(list)) return out;
	for (const kv of list) if (isObject(kv) && typeof kv.key === 'string') out[kv.key] = anyValue(kv.value);
	return out;
}

function anyValue(value: unknown): AttributeValue {
	if (!isObject(value)) return toAttributeValue(value);
	if ('stringValue' in value) return toAttributeValue(value.stringValue);
	if ('boolValue' in value) return toAttributeValue(value.boolValue);
	if ('intValue' in value) {
		const v = value.intValue;
		checkExact(v);
		return typeof v === 'string' && /^-?\d+$/.test(v) && Number.isSafeInteger(Number(v)) ? Number(v) : toAttributeValue(v);
	}
	if ('doubleValue' in value)
		return toAttributeValue(typeof value.doubleValue === 'string' ? Number(value.doubleValue) : value.doubleValue);
	if ('bytesValue' in value) return toAttributeValue(value.bytesValue);
	if (isObject(value.arrayValue))
		return JSON.stringify(Array.isArray(value.arrayValue.values) ? value.arrayValue.values.map(anyValue) : []);
	if (isObject(value.kvlistValue)) return JSON.stringify(keyValues(value.kvlistValue.values));
	return '';
}

/** Throws `INEXACT` for an integer beyond 2^53 in a request parsed plainly. */
function checkExact(value: unknown): void {
	if (!exactNumbers && typeof value === 'number' && !Number.isSafeInteger(value) && Number.isInteger(value)) throw INEXACT;
}

/** A 64-bit nanosecond time given as a decimal string or a JSON integer (events only: spans use `readNanos`). */
function nanos(value: unknown): bigint | null {
	checkExact(value);
	if (typeof value === 'string' && /^\d{1,20}$/.test(value)) return BigInt(value);
	if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
	return null;
}

function skip(warnings: Warnings, reason: string, span: Record<string, unknown>, find: Find): void {
	warnings.warnAt(reason, () => spanPlace(span, find));
}

