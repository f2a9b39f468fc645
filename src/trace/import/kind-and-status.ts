/**
 * A span's OTLP kind and status as the importers store them, after its own attributes: the
 * `span.kind` and `status.code` attributes name trace.proto's `SpanKind` and `Status.StatusCode`
 * without their prefixes (https://github.com/open-telemetry/opentelemetry-proto/blob/main/opentelemetry/proto/trace/v1/trace.proto),
 * and `status.message` follows a status code. Shared by the JSON.parse reader (otlp.ts) and the
 * byte reader (otlp-bytes.ts), so that both store the same attributes in the same order.
 */
import type { SpanTable } from './span-table.ts';

const SPAN_KINDS = ['UNSPECIFIED', 'INTERNAL', 'SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER'];
const STATUS_CODES = ['UNSET', 'OK', 'ERROR'];

/**
 * Adds the attributes of kind `kind` and status `code` with `message` to the last added span
 * (0 and '' for none), e.g. `addKindAndStatus(spans, 2, 2, 'boom')`.
 */
export function addKindAndStatus(spans: SpanTable, kind: number, code: number, message: string): void {
	if (kind > 0) spans.attribute('span.kind', SPAN_KINDS[kind] ?? String(kind));
	if (code > 0) {
		spans.attribute('status.code', STATUS_CODES[code] ?? String(code));
		if (message !== '') spans.attribute('status.message', message);
	}
}
