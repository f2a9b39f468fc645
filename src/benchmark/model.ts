/**
 * The one model every benchmark reader produces (`read/`) and the statistics read (`stats/`):
 * cases along an x field, each with named series of samples in one unit.
 */

/** The formats `readBenchmarkFile` reads, e.g. `'jsonl'`. */
export const BENCHMARK_FORMATS = ['jsonl', 'json-array', 'long-csv', 'hyperfine'] as const;

/** One of `BENCHMARK_FORMATS`, e.g. `'hyperfine'`. */
export type BenchmarkFormat = (typeof BENCHMARK_FORMATS)[number];

/** A scalar field of a case, e.g. `kind_count: 1`. */
export type BenchmarkField = string | number | boolean | null;

/** One case: a value of x and its samples per series. */
export interface BenchmarkCase {
	/** The case's x, e.g. `100` (resources). */
	x: number;
	/** 1-based line of the case in the file (jsonl: its line; others: where it starts), e.g. `5`. */
	line: number;
	/** The case's other scalar fields, e.g. `{ kind_count: 1 }` (x itself is not repeated here). */
	fields: Record<string, BenchmarkField>;
	/** Samples per series, in the file's order, e.g. `{ duration_direct: [32114, 30988] }`. */
	series: Record<string, number[]>;
}

/** A whole benchmark file. */
export interface BenchmarkData {
	/** The file's name as messages show it, e.g. `results_resource_latency.jsonl`. */
	file: string;
	/** How it was read, e.g. `'jsonl'`. */
	format: BenchmarkFormat;
	/** The samples' unit, e.g. `'us'`; `''` when neither the file nor the caller says it. */
	unit: string;
	/** The field the cases vary along, e.g. `'resource_count'` (`'case'` for a hyperfine run without parameters). */
	x: string;
	/** The series every case holds, in the file's order, e.g. `['duration_get_latest', 'duration_direct']`. */
	series: string[];
	/** The cases in the file's order. */
	cases: BenchmarkCase[];
}
