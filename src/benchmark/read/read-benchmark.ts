/**
 * Reads a benchmark file into `BenchmarkData`: picks the reader by the file's name first
 * (`.jsonl`/`.ndjson`, `.csv`), then by its structure (a JSON array; a JSON object with a
 * `"results"` array is hyperfine; one JSON object a line is JSON Lines), and an input that is none
 * of them gets an error, never a guess. The file is read in chunks, line by line.
 *
 * The unit: a file of records cannot say its unit, so it is `options.unit` (the block's `unit:`),
 * else `s` for hyperfine (its times are seconds), else `''`, which the summary reports as unknown.
 */
import { extname } from 'node:path';
import type { BenchmarkData, BenchmarkFormat } from '../model.ts';
import { BenchmarkInputError } from './benchmark-input-error.ts';
import { fileLines, type FileLines } from './file-lines.ts';
import type { FinishOptions } from './finish-benchmark.ts';
import { readHyperfine } from './hyperfine.ts';
import { readJsonArray } from './json-array.ts';
import { readJsonl } from './jsonl.ts';
import { readLongCsv } from './long-csv.ts';

export { BenchmarkInputError };

/** How to read a file; every field has a default. */
export interface ReadOptions {
	/** The field the cases vary along, e.g. `'resource_count'`; default: the first numeric field that differs between cases. */
	x?: string;
	/** The array fields to read as series, e.g. `['duration_get_latest']`; default: every array field. */
	series?: string[];
	/** The samples' unit, e.g. `'us'`; default: `s` for hyperfine, else `''` (unknown). */
	unit?: string;
	/** The format, when detection should not decide, e.g. `'json-array'`. */
	format?: BenchmarkFormat;
}

const READERS: Record<BenchmarkFormat, (input: FileLines, options: FinishOptions) => BenchmarkData> = {
	jsonl: readJsonl,
	'json-array': readJsonArray,
	'long-csv': readLongCsv,
	hyperfine: readHyperfine,
};

/** Reads `path` synchronously, e.g. `readBenchmarkFile('results_resource_latency.jsonl', { unit: 'us' }).cases.length` is `6`. */
export function readBenchmarkFile(path: string, options: ReadOptions = {}): BenchmarkData {
	const input = fileLines(path);
	const { format = detectBenchmarkFormat(input, path), ...rest } = options;
	return READERS[format](input, rest);
}

/** The format of a file, e.g. `'jsonl'` for `results.jsonl`. */
export function detectBenchmarkFormat(input: FileLines, path: string): BenchmarkFormat {
	const extension = extname(path).toLowerCase();
	if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl';
	if (extension === '.csv') return 'long-csv';
	const head = input.head.trimStart();
	if (head === '') throw new BenchmarkInputError(input.file, 'empty file: no cases', 1);
	if (head.startsWith('[')) return 'json-array';
	if (head.startsWith('{')) {
		if (/^\{\s*"results"\s*:\s*\[/.test(head)) return 'hyperfine';
		const firstLine = head.slice(0, head.indexOf('\n') === -1 ? undefined : head.indexOf('\n'));
		if (firstLine.trimEnd().endsWith('}')) return 'jsonl';
		if (/"results"\s*:\s*\[/.test(head)) return 'hyperfine';
	}
	throw new BenchmarkInputError(
		input.file,
		'not a known benchmark format: expected JSON Lines, a JSON array of cases, a long CSV (x,series,value) or hyperfine --export-json',
		1,
	);
}
