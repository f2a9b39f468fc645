/**
 * JSON.parse with `file:line:col` errors and exact big integers: integers beyond 2^53 (64-bit
 * nanosecond times, int64 attributes) come back as decimal strings, recovered from the source
 * text through JSON.parse's reviver `context.source` (V8 11.4+, Node 21+). The reviver only runs
 * when a quick scan (`mayHoldBigIntegers`, by default: a number of 16 or more digits) matches,
 * because it makes parsing several times slower.
 */
import { TraceInputError, lineColumn } from './input-error.ts';
import { findJsonError } from './json-error.ts';

const LONG_NUMBER = /[[:,]\s*-?\d{16,}/;

/**
 * Parses JSON text from `file`; `lineOffset` shifts line numbers (for JSON lines);
 * `mayHoldBigIntegers` is a cheap test for numbers that need their digits kept, or true (always
 * keep them) or false (never: the caller checks for integers beyond 2^53 itself).
 */
export function parseJson(text: string, file: string, lineOffset = 0, mayHoldBigIntegers: RegExp | boolean = LONG_NUMBER): unknown {
	try {
		return parseJsonValue(text, mayHoldBigIntegers);
	} catch (error) {
		const { line, column, reason } = jsonErrorPlace(text, (error as Error).message);
		throw new TraceInputError(file, reason, line + lineOffset, column);
	}
}

/** JSON.parse keeping big integers' digits as `parseJson` does, but throwing JSON.parse's own error, e.g. `parseJsonValue('[1]')`. */
export function parseJsonValue(text: string, mayHoldBigIntegers: RegExp | boolean = LONG_NUMBER): unknown {
	const exact = typeof mayHoldBigIntegers === 'boolean' ? mayHoldBigIntegers : mayHoldBigIntegers.test(text);
	return exact ? JSON.parse(text, keepBigIntegers) : JSON.parse(text);
}

/** Where and why JSON text is invalid (1-based line and column), falling back to V8's message. */
export function jsonErrorPlace(text: string, message: string): { line: number; column: number; reason: string } {
	const found = findJsonError(text);
	const { line, column } = lineColumn(text, found?.offset ?? 0);
	return { line, column, reason: found?.reason ?? `invalid JSON: ${message}` };
}

function keepBigIntegers(this: unknown, _key: string, value: unknown, context?: { source?: string }): unknown {
	if (typeof value === 'number' && !Number.isSafeInteger(value) && context?.source && /^-?\d+$/.test(context.source)) return context.source;
	return value;
}
