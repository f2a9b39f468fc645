/**
 * OTLP/JSON traces: the JSON encoding of OpenTelemetry's `ExportTraceServiceRequest`
 * (https://opentelemetry.io/docs/specs/otlp/#json-protobuf-encoding, proto:
 * https://github.com/open-telemetry/opentelemetry-proto/blob/main/opentelemetry/proto/trace/v1/trace.proto).
 *
 * Supported: `resourceSpans[].scopeSpans[].spans[]` and the older
 * `instrumentationLibrarySpans`; one document, or one document per line as the collector's
 * file exporter writes (streamed line by line); ids in hex or base64; 64-bit nanosecond times
 * as strings or numbers (numbers beyond 2^53 recovered from the source text); span attributes
 * (all AnyValue kinds; arrays and kvlists as JSON text), events, kind and status.
 * Lane: the resource's `service.name`. Reason: from a `object.reason`-like attribute (kube-rs).
 * Ignored: links, resource and scope attributes other than `service.name`, dropped counts,
 * trace state, flags.
 */
import { reasonFromAttributes, toAttributeValue } from './attribute-value.ts';
import { placeOf, type Warnings } from './input-error.ts';
import type { AttributeValue, TraceEvent, TraceRecord } from './model.ts';
import { normalizeId } from './otlp-ids.ts';
import { parseJson } from './parse-json.ts';
import type { TextSource } from './text-source.ts';

/** Only unquoted 64-bit times and ints can exceed 2^53 in OTLP/JSON; a literal-led test is fast. */
const NUMBER_TIMES_OR_INTS = /(?:Nano|intValue)"\s*:\s*-?\d/;
const KINDS = ['UNSPECIFIED', 'INTERNAL', 'SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER'];
const STATUS = ['UNSET', 'OK', 'ERROR'];

/** True when a parsed JSON value looks like an OTLP/JSON trace request. */
export function isOtlp(value: unknown): boolean {
  return isObject(value) && Array.isArray(value.resourceSpans);
}

/** True when the first line holds the start of a request: JSON lines (one line alone is a minified document). */
export function isOtlpJsonLines(head: string): boolean {
  return /^[ \t]*\{[^\n]*"resourceSpans"/.test(head.replace(/^\s*\n/, ''));
}

/** Imports OTLP/JSON; `parsed` is the already parsed document, if any. */
export function importOtlp(source: TextSource, warnings: Warnings, parsed?: unknown): TraceRecord[] {
  const records: TraceRecord[] = [];
  if (parsed === undefined && isOtlpJsonLines(source.head())) {
    for (const line of source.lines()) {
      if (line.text.trim() === '') continue;
      const request = parseJson(line.text, source.file, line.number - 1, NUMBER_TIMES_OR_INTS);
      readRequest(request, records, warnings, () => ({ line: line.number, column: 1 }), (needle) => placeOf(line.text, needle) && { line: line.number, column: placeOf(line.text, needle)!.column });
    }
    return records;
  }
  const request = parsed ?? parseJson(source.text(), source.file, 0, NUMBER_TIMES_OR_INTS);
  // Places are looked up in the text only for the first warning of each kind.
  const find = (needle: string) => placeOf(source.text(), needle);
  readRequest(request, records, warnings, () => ({ line: 1, column: 1 }), find);
  return records;
}

type Place = { line: number; column: number } | undefined;

function readRequest(request: unknown, records: TraceRecord[], warnings: Warnings, start: () => Place, find: (needle: string) => Place): void {
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
      if (!isObject(scope) || !Array.isArray(scope.spans)) {
        warnings.warnAt('skipped a scopeSpans entry without a "spans" array', () => find('"scope'));
        continue;
      }
      for (const span of scope.spans) {
        const record = readSpan(span, service, warnings, find);
        if (record) records.push(record);
      }
    }
  }
}

function readSpan(span: unknown, lane: string, warnings: Warnings, find: (needle: string) => Place): TraceRecord | null {
  if (!isObject(span)) {
    warnings.warnAt('skipped a span that is not an object', () => find('"spans"'));
    return null;
  }
  const where = () => (typeof span.spanId === 'string' ? find(`"${span.spanId}"`) : find('"spans"'));
  const id = typeof span.spanId === 'string' ? normalizeId(span.spanId) : null;
  if (!id) return skip(warnings, 'skipped a span without a valid hex or base64 "spanId"', where);
  const startNs = nanos(span.startTimeUnixNano);
  if (startNs === null) return skip(warnings, 'skipped a span without a valid "startTimeUnixNano"', where);
  const endNs = span.endTimeUnixNano === undefined ? undefined : nanos(span.endTimeUnixNano);
  if (endNs === null) return skip(warnings, 'skipped a span with an invalid "endTimeUnixNano"', where);
  if (endNs !== undefined && endNs < startNs) return skip(warnings, 'skipped a span that ends before it starts (negative duration)', where);
  const attributes = keyValues(span.attributes);
  if (typeof span.kind === 'number' && span.kind > 0) attributes['span.kind'] = KINDS[span.kind] ?? String(span.kind);
  if (isObject(span.status) && typeof span.status.code === 'number' && span.status.code > 0) {
    attributes['status.code'] = STATUS[span.status.code] ?? String(span.status.code);
    if (typeof span.status.message === 'string' && span.status.message) attributes['status.message'] = span.status.message;
  }
  const record: TraceRecord = {
    id,
    startNs,
    name: typeof span.name === 'string' ? span.name : '',
    lane,
    attributes,
    events: readEvents(span.events, warnings, where),
  };
  if (endNs !== undefined) record.durationNs = endNs - startNs;
  else warnings.warnAt('a span has no "endTimeUnixNano": kept as an instant', where);
  const parent = typeof span.parentSpanId === 'string' && span.parentSpanId !== '' ? normalizeId(span.parentSpanId) : null;
  if (parent) record.parentId = parent;
  else if (typeof span.parentSpanId === 'string' && span.parentSpanId !== '') warnings.warnAt('ignored an invalid "parentSpanId"', where);
  const reason = reasonFromAttributes(attributes);
  if (reason) record.reason = reason;
  return record;
}

function readEvents(events: unknown, warnings: Warnings, where: () => Place): TraceEvent[] {
  if (!Array.isArray(events)) return [];
  const out: TraceEvent[] = [];
  for (const e of events) {
    const timeNs = isObject(e) ? nanos(e.timeUnixNano) : null;
    if (!isObject(e) || timeNs === null) {
      warnings.warnAt('skipped a span event without a valid "timeUnixNano"', where);
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
    return typeof v === 'string' && /^-?\d+$/.test(v) && Number.isSafeInteger(Number(v)) ? Number(v) : toAttributeValue(v);
  }
  if ('doubleValue' in value) return toAttributeValue(typeof value.doubleValue === 'string' ? Number(value.doubleValue) : value.doubleValue);
  if ('bytesValue' in value) return toAttributeValue(value.bytesValue);
  if (isObject(value.arrayValue)) return JSON.stringify(Array.isArray(value.arrayValue.values) ? value.arrayValue.values.map(anyValue) : []);
  if (isObject(value.kvlistValue)) return JSON.stringify(keyValues(value.kvlistValue.values));
  return '';
}

/** A 64-bit nanosecond time given as a decimal string or a JSON integer. */
function nanos(value: unknown): bigint | null {
  if (typeof value === 'string' && /^\d{1,20}$/.test(value)) return BigInt(value);
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  return null;
}

function skip(warnings: Warnings, reason: string, where: () => Place): null {
  warnings.warnAt(reason, where);
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
