/** One JSON record of a case (a JSON Lines line, or an element of a JSON array), with `file:line` errors. */
import { jsonErrorPlace } from '../../data-input/parse-json.ts';
import { BenchmarkInputError } from './benchmark-input-error.ts';
import { describe, type RawCase } from './finish-benchmark.ts';

/**
 * Parses `text`, which starts at `line` of `file`, into a case record, e.g.
 * `parseRecord('{"n":1,"t":[3]}', 'a.jsonl', 1).values.t` is `[3]`.
 */
export function parseRecord(text: string, file: string, line: number): RawCase {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		const place = jsonErrorPlace(text, (error as Error).message);
		throw new BenchmarkInputError(file, `not JSON: ${place.reason}`, line + place.line - 1);
	}
	if (value === null || typeof value !== 'object' || Array.isArray(value))
		throw new BenchmarkInputError(file, `a case must be a JSON object, got ${describe(value)}`, line);
	return { line, values: value as Record<string, unknown> };
}
