/** Turning foreign values into model attributes and wake-up reasons. */
import type { AttributeValue, WakeReason } from '../model.ts';

/** Any JSON value as an attribute: objects and arrays as JSON text, non-finite numbers as text. */
export function toAttributeValue(value: unknown): AttributeValue {
	if (typeof value === 'string' || typeof value === 'boolean') return value;
	if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
	if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
	if (value === null || value === undefined) return String(value);
	return JSON.stringify(value);
}

/** Attribute keys that tell why a reconcile ran (kube-rs `object.reason`, and common spellings). */
export const REASON_KEYS = ['object.reason', 'reconcile.reason', 'wake.reason', 'reason'];

/**
 * Maps a reason text to a wake-up reason, e.g. kube-rs's "reconciler requested retry" to
 * 'requeue-after', "error policy requested retry" to 'error-retry', "object updated" to
 * 'object-changed'; anything else is 'unknown'.
 */
export function reasonFromText(text: string): WakeReason {
	const t = text.toLowerCase();
	if (/error|fail/.test(t)) return 'error-retry';
	if (/requeue|reconciler requested retry|retry|scheduled|periodic/.test(t)) return 'requeue-after';
	if (/updat|chang|creat|delet|event|watch/.test(t)) return 'object-changed';
	return 'unknown';
}

/** The wake-up reason named by a record's attributes, or undefined when none names it. */
export function reasonFromAttributes(attributes: Record<string, AttributeValue>): WakeReason | undefined {
	for (const key of REASON_KEYS) if (typeof attributes[key] === 'string') return reasonFromText(attributes[key]);
	return undefined;
}
