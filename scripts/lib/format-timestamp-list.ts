/** Writes reconcile start times as a CSV timestamp list, the format the research's traces use. */
import type { SyntheticReconcile } from './synthetic-reconcile-model.ts';

/**
 * Formats nanoseconds since the epoch as ISO 8601 UTC with nine fraction digits.
 * @param ns e.g. `1731920400123456789n` -> `"2024-11-18T09:00:00.123456789Z"`
 */
export function isoNanos(ns: bigint): string {
	const ms = ns / 1_000_000n;
	const fraction = (ns % 1_000_000_000n).toString().padStart(9, '0');
	return `${new Date(Number(ms)).toISOString().slice(0, 19)}.${fraction}Z`;
}

/**
 * Returns the CSV text: a header line, then one start time a line.
 * @param reconciles e.g. the output of `simulateReconciles(defaultModel)`
 */
export function formatTimestampList(reconciles: SyntheticReconcile[]): string {
	return ['reconcile_start', ...reconciles.map((r) => isoNanos(r.startNs))].join('\n') + '\n';
}
