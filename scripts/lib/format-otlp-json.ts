/**
 * Writes simulated reconciles as OTLP/JSON (https://opentelemetry.io/docs/specs/otlp/#json-protobuf-encoding):
 * one resource, one scope, one span per reconcile. Span names and the `object.reason` attribute
 * follow the vocabulary kube-rs uses for its "reconciling object" spans.
 */
import type { Random } from './seeded-random.ts';
import type { SyntheticReconcile } from './synthetic-reconcile-model.ts';

/** Options naming the simulated service, e.g. `{ serviceName: 'percona-server-mongodb-operator (synthetic)' }`. */
export type OtlpOptions = { serviceName: string; generator: string };

const reasonText = { scheduled: 'reconciler requested retry', event: 'object updated' } as const;

/**
 * Returns `bytes` random bytes as lower-case hex, e.g. a 16-byte trace id.
 * @param bytes e.g. `8`
 */
export function randomHex(random: Random, bytes: number): string {
	let hex = '';
	for (let i = 0; i < bytes; i++) hex += Math.floor(random() * 256).toString(16).padStart(2, '0');
	return hex;
}

/**
 * Returns the OTLP/JSON document as indented text (one field a line, so diffs stay readable).
 * @param reconciles e.g. the output of `simulateReconciles(defaultModel)`
 */
export function formatOtlpJson(reconciles: SyntheticReconcile[], random: Random, options: OtlpOptions): string {
	const str = (key: string, value: string) => ({ key, value: { stringValue: value } });
	const spans = reconciles.map((r) => ({
		traceId: randomHex(random, 16),
		spanId: randomHex(random, 8),
		name: 'reconciling object',
		kind: 1,
		startTimeUnixNano: r.startNs.toString(),
		endTimeUnixNano: r.endNs.toString(),
		attributes: [
			str('object.name', 'example-cluster'),
			str('object.reason', reasonText[r.reason]),
		],
	}));
	const resource = {
		attributes: [str('service.name', options.serviceName), str('synthetic', 'true'), str('generated.by', options.generator)],
	};
	const document = { resourceSpans: [{ resource, scopeSpans: [{ scope: { name: 'synthetic-reconcile-model' }, spans }] }] };
	return `${JSON.stringify(document, null, 1)}\n`;
}
