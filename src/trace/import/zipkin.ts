/**
 * Zipkin v2 JSON: an array of spans as `POST /api/v2/spans` takes and `GET /api/v2/trace/{id}`
 * returns (https://zipkin.io/zipkin-api/#/default/post_spans, model:
 * https://github.com/openzipkin/zipkin-api/blob/master/zipkin2-api.yaml).
 *
 * Supported: `traceId`, `id`, `parentId`, `name`, `kind`, `timestamp` and `duration` in
 * microseconds, `localEndpoint.serviceName` (the lane), string `tags`, `annotations` as events.
 * A span is identified by its `traceId` and `id` together, and its parent is looked up in its
 * own trace. Ignored: `remoteEndpoint`, `shared`, `debug`. A span without `timestamp` (allowed by Zipkin for
 * late-arriving parts) is skipped and counted; one without `duration` is an instant.
 */
import { reasonFromAttributes, toAttributeValue } from './attribute-value.ts';
import type { Warnings } from '../../data-input/input-error.ts';
import type { AttributeValue, TraceRecord } from '../model.ts';
import { parseJson } from '../../data-input/parse-json.ts';
import { decimalToNs } from '../../data-input/parse-time.ts';
import { firstOf, isList, isObject } from '../../data-input/streamed-array.ts';
import type { TextSource } from '../../data-input/text-source.ts';

/** True when a parsed JSON value is an array of Zipkin v2 spans. */
export function isZipkin(value: unknown): boolean {
	const first = firstOf(value);
	return isList(value) && isObject(first) && typeof first.traceId === 'string' && typeof first.id === 'string';
}

/** Imports Zipkin v2 JSON; `parsed` is the already parsed document, if any. */
export function importZipkin(source: TextSource, warnings: Warnings, parsed?: unknown): TraceRecord[] {
	const value = parsed ?? parseJson(source.text(), source.file);
	if (!isList(value)) return warnings.fail('expected an array of Zipkin v2 spans', 1, 1);
	const find = (needle: string) => source.find(needle);
	const records: TraceRecord[] = [];
	for (const span of value) {
		if (!isObject(span)) {
			warnings.warnAt('skipped an array entry that is not a span object', () => find('['));
			continue;
		}
		const where = () => (typeof span.id === 'string' ? find(`"${span.id}"`) : undefined);
		if (typeof span.id !== 'string' || span.id === '') {
			warnings.warnAt('skipped a span without an "id"', where);
			continue;
		}
		const startNs = micros(span.timestamp);
		if (startNs === null) {
			warnings.warnAt('skipped a span without a valid "timestamp" (microseconds)', where);
			continue;
		}
		const durationNs = span.duration === undefined ? undefined : micros(span.duration);
		if (durationNs === null || (durationNs !== undefined && durationNs < 0n)) {
			warnings.warnAt('skipped a span with a NaN or negative "duration"', where);
			continue;
		}
		const endpoint = isObject(span.localEndpoint) ? span.localEndpoint : {};
		const attributes: Record<string, AttributeValue> = {};
		if (isObject(span.tags)) for (const [k, v] of Object.entries(span.tags)) attributes[k] = toAttributeValue(v);
		if (typeof span.kind === 'string') attributes['span.kind'] = span.kind;
		const record: TraceRecord = {
			id: span.id,
			startNs,
			name: typeof span.name === 'string' ? span.name : '',
			lane: typeof endpoint.serviceName === 'string' ? endpoint.serviceName : 'unknown service',
			attributes,
			events: [],
		};
		if (typeof span.traceId === 'string' && span.traceId !== '') record.traceId = span.traceId.toLowerCase();
		if (durationNs !== undefined) record.durationNs = durationNs;
		if (typeof span.parentId === 'string' && span.parentId !== '') record.parentId = span.parentId;
		for (const a of Array.isArray(span.annotations) ? span.annotations : []) {
			const timeNs = isObject(a) ? micros(a.timestamp) : null;
			if (timeNs === null || !isObject(a)) warnings.warnAt('skipped an annotation without a valid "timestamp"', where);
			else record.events.push({ timeNs, name: String(a.value ?? ''), attributes: {} });
		}
		const reason = reasonFromAttributes(attributes);
		if (reason) record.reason = reason;
		records.push(record);
	}
	return records;
}

function micros(value: unknown): bigint | null {
	if (typeof value === 'number' && !Number.isFinite(value)) return null;
	if (typeof value !== 'number' && typeof value !== 'string') return null;
	return decimalToNs(String(value), 3);
}

