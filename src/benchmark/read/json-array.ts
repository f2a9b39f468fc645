/**
 * A JSON array of the same records as the JSON Lines format, `[{"resource_count": 0, ...}, ...]`,
 * pretty-printed or not; each record's line is the line its `{` is on.
 */
import type { BenchmarkData } from '../model.ts';
import type { FileLines } from './file-lines.ts';
import { finishBenchmark, type FinishOptions } from './finish-benchmark.ts';
import { jsonElements } from './json-elements.ts';
import { parseRecord } from './parse-record.ts';

/** Reads a JSON array of cases, e.g. `readJsonArray(fileLines('results.json'), {})`. */
export function readJsonArray(input: FileLines, options: FinishOptions): BenchmarkData {
	const raws = [...jsonElements(input.lines(), input.file)].map(({ text, line }) => parseRecord(text, input.file, line));
	return finishBenchmark(input.file, 'json-array', raws, options);
}
