/**
 * Benchmark command line: `inspect` reads a benchmark file (JSON Lines, a JSON array of cases, a
 * long CSV, hyperfine --export-json) and prints its statistics per case and series, the ratio of
 * the medians of the first two series and the trend over x; `--json` prints the summary as JSON.
 * Bad input: `file:line: reason`, exit code 1.
 *
 *   npm run benchmark -- inspect <file> [--x <field>] [--unit <unit>] [--json]
 */
import { parseArgs } from 'node:util';
import { benchmarkSummary } from '../src/benchmark/benchmark-summary.ts';
import { BenchmarkInputError, readBenchmarkFile } from '../src/benchmark/read/read-benchmark.ts';
import { formatBenchmarkReport } from './lib/format-benchmark-report.ts';

const USAGE = 'usage: npm run benchmark -- inspect <file> [--x <field>] [--unit <unit>] [--json]';

try {
	// 1. Check the arguments.
	let parsed;
	try {
		parsed = parseArgs({ allowPositionals: true, options: { x: { type: 'string' }, unit: { type: 'string' }, json: { type: 'boolean' } } });
	} catch (error) {
		usage((error as Error).message);
	}
	const { values, positionals } = parsed;
	const [command, file] = positionals;
	if (command !== 'inspect' || positionals.length !== 2) usage();

	// 2. Read the file (line by line) into cases of series.
	const data = readBenchmarkFile(file, { x: values.x, unit: values.unit });

	// 3. Compute the statistics, the ratio and the trend.
	const summary = benchmarkSummary(data);

	// 4. Print them, as JSON or as tables and sentences.
	process.stdout.write(values.json ? `${JSON.stringify(summary, null, 2)}\n` : `${formatBenchmarkReport(summary).join('\n')}\n`);
} catch (error) {
	// Bad input is reported as `file:line: reason`; anything else as its message, without a stack.
	process.stderr.write(`${error instanceof BenchmarkInputError ? error.message : `error: ${(error as Error).message}`}\n`);
	if (process.env.BENCHMARK_DEBUG) console.error(error);
	process.exit(1);
}

function usage(problem?: string): never {
	process.stderr.write(`${problem ? `${problem}\n` : ''}${USAGE}\n`);
	process.exit(2);
}
