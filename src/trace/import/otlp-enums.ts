/**
 * Names of OTLP's span kind and status code numbers, as the importers store them in the
 * `span.kind` and `status.code` attributes (trace.proto's `SpanKind` and `Status.StatusCode`,
 * without their prefixes): https://github.com/open-telemetry/opentelemetry-proto/blob/main/opentelemetry/proto/trace/v1/trace.proto
 */
export const SPAN_KINDS = ['UNSPECIFIED', 'INTERNAL', 'SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER'];
export const STATUS_CODES = ['UNSET', 'OK', 'ERROR'];
