/**
 * Jaeger JSON: the trace model of Jaeger's UI and query API
 * (https://www.jaegertracing.io/docs/latest/apis/ and
 * https://github.com/jaegertracing/jaeger/blob/main/model/json/model.go).
 *
 * Supported: one trace object (`traceID`, `spans`, `processes`), an array of them, or the
 * query API's `{"data":[...]}`; `startTime`/`duration` in microseconds (numbers or strings);
 * `references` CHILD_OF (preferred) and FOLLOWS_FROM as the parent (the kind kept in the
 * `ref.type` attribute), or the legacy `parentSpanID`; typed `tags`; `logs` as events (the
 * `event` or `message` field names the event); `processes` (or an embedded `process`) give the
 * lane, the service name. A span is identified by its trace's `traceID` and its `spanID`
 * together, and its parent is looked up in its own trace. Ignored: process tags, `warnings`,
 * `flags`, references beyond the first.
 */
import { reasonFromAttributes, toAttributeValue } from './attribute-value.ts';
import type { placeOf, Warnings } from '../../data-input/input-error.ts';
import type { AttributeValue, TraceEvent, TraceRecord } from '../model.ts';
import { parseJson } from '../../data-input/parse-json.ts';
import { decimalToNs } from '../../data-input/parse-time.ts';
import { firstOf, isList, isObject } from '../../data-input/streamed-array.ts';
import type { TextSource } from '../../data-input/text-source.ts';

/** True when a parsed JSON value is a Jaeger trace, a list of them, or a query API response. */
export function isJaeger(value: unknown): boolean {
	const first = isList(value) ? firstOf(value) : isObject(value) && isList(value.data) ? firstOf(value.data) : value;
	return isObject(first) && isList(first.spans) && ('traceID' in first || 'processes' in first);
}

/** Imports Jaeger JSON; `parsed` is the already parsed document, if any. */
export function importJaeger(source: TextSource, warnings: Warnings, parsed?: unknown): TraceRecord[] {
	const value = parsed ?? parseJson(source.text(), source.file);
	const find = (needle: string) => source.find(needle);
	const traces = isList(value) ? Array.from(value) : isObject(value) && Array.isArray(value.data) ? value.data : [value];
	if (!traces.every(isObject) || !traces.every((t) => isList(t.spans))) {
		warnings.fail('expected a Jaeger trace object with a "spans" array, an array of them, or {"data":[...]}', 1, 1);
	}
	const records: TraceRecord[] = [];
	for (const trace of traces as Record<string, unknown>[]) {
		const processes = isObject(trace.processes) ? trace.processes : {};
		for (const span of trace.spans as Iterable<unknown>) {
			const record = readSpan(span, processes, warnings, find);
			if (!record) continue;
			const traceId = isObject(span) && typeof span.traceID === 'string' ? span.traceID : trace.traceID;
			if (typeof traceId === 'string' && traceId !== '') record.traceId = traceId.toLowerCase();
			records.push(record);
		}
	}
	return records;
}

function readSpan(
	span: unknown,
	processes: Record<string, unknown>,
	warnings: Warnings,
	find: (s: string) => ReturnType<typeof placeOf>,
): TraceRecord | null {
	if (!isObject(span)) return skip(warnings, 'skipped a span that is not an object', () => find('"spans"'));
	const where = () =>
		typeof span.spanID === 'string' ? (find(`"spanID": "${span.spanID}"`) ?? find(`"${span.spanID}"`)) : find('"spans"');
	if (typeof span.spanID !== 'string' || span.spanID === '') return skip(warnings, 'skipped a span without a "spanID"', where);
	const startNs = micros(span.startTime);
	if (startNs === null) return skip(warnings, 'skipped a span without a valid "startTime" (microseconds)', where);
	const durationNs = span.duration === undefined ? undefined : micros(span.duration);
	if (durationNs === null) return skip(warnings, 'skipped a span with an invalid "duration" (NaN or not a number)', where);
	if (durationNs !== undefined && durationNs < 0n) return skip(warnings, 'skipped a span with a negative "duration"', where);
	const process = isObject(span.process) ? span.process : typeof span.processID === 'string' ? processes[span.processID] : undefined;
	const lane = isObject(process) && typeof process.serviceName === 'string' ? process.serviceName : 'unknown service';
	if (!isObject(process)) warnings.warnAt('a span names no known process: lane "unknown service"', where);
	const attributes = tags(span.tags);
	const record: TraceRecord = {
		id: span.spanID,
		startNs,
		name: typeof span.operationName === 'string' ? span.operationName : '',
		lane,
		attributes,
		events: logs(span.logs, warnings, where),
	};
	if (durationNs !== undefined) record.durationNs = durationNs;
	const refs = Array.isArray(span.references) ? span.references.filter(isObject) : [];
	const ref = refs.find((r) => r.refType === 'CHILD_OF') ?? refs.find((r) => r.refType === 'FOLLOWS_FROM');
	if (ref && typeof ref.spanID === 'string') {
		record.parentId = ref.spanID;
		attributes['ref.type'] = String(ref.refType);
	} else if (typeof span.parentSpanID === 'string' && span.parentSpanID !== '' && span.parentSpanID !== '0') {
		record.parentId = span.parentSpanID;
	}
	const reason = reasonFromAttributes(attributes);
	if (reason) record.reason = reason;
	return record;
}

function tags(list: unknown): Record<string, AttributeValue> {
	const out: Record<string, AttributeValue> = {};
	if (Array.isArray(list)) for (const t of list) if (isObject(t) && typeof t.key === 'string') out[t.key] = toAttributeValue(t.value);
	return out;
}

function logs(list: unknown, warnings: Warnings, where: () => ReturnType<typeof placeOf>): TraceEvent[] {
	if (!Array.isArray(list)) return [];
	const out: TraceEvent[] = [];
	for (const log of list) {
		const timeNs = isObject(log) ? micros(log.timestamp) : null;
		if (!isObject(log) || timeNs === null) {
			warnings.warnAt('skipped a log without a valid "timestamp"', where);
			continue;
		}
		const attributes = tags(log.fields);
		const nameKey = 'event' in attributes ? 'event' : 'message' in attributes ? 'message' : undefined;
		const name = nameKey ? String(attributes[nameKey]) : 'log';
		if (nameKey) delete attributes[nameKey];
		out.push({ timeNs, name, attributes });
	}
	return out;
}

/** Microseconds (number or decimal string) to ns, exactly. */
function micros(value: unknown): bigint | null {
	if (typeof value === 'number' && !Number.isFinite(value)) return null;
	if (typeof value !== 'number' && typeof value !== 'string') return null;
	return decimalToNs(String(value), 3);
}

function skip(warnings: Warnings, reason: string, where: () => ReturnType<typeof placeOf>): null {
	warnings.warnAt(reason, where);
	return null;
}

