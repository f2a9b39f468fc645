/**
 * JSON Lines (https://jsonlines.org/), as the thesis's benchmark writes them: one case a line,
 * `{"resource_count": 100, "kind_count": 1, "duration_get_latest": [..], "duration_direct": [..]}`.
 * Blank lines are skipped; every other line must be a JSON object.
 */
import type { BenchmarkData } from '../model.ts';
import type { FileLines } from './file-lines.ts';
import { finishBenchmark, type FinishOptions, type RawCase } from './finish-benchmark.ts';
import { parseRecord } from './parse-record.ts';

/** Reads JSON Lines, e.g. `readJsonl(fileLines('results.jsonl'), { unit: 'us' })`. */
export function readJsonl(input: FileLines, options: FinishOptions): BenchmarkData {
	const raws: RawCase[] = [];
	for (const { text, number } of input.lines()) if (text.trim() !== '') raws.push(parseRecord(text, input.file, number));
	return finishBenchmark(input.file, 'jsonl', raws, options);
}
