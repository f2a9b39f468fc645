/**
 * Benchmark-file benchmark (`npm run bench:benchmark`): how long `npm run benchmark -- inspect
 * --json` takes on a generated 100 MB JSON Lines file (synthetic, the thesis's shape with 1,000
 * samples per series), and its peak memory. Target (issue 14): under 3 s.
 *
 * Each run is a fresh child process that reads the file (`readBenchmarkFile`, line by line),
 * summarizes it (`benchmarkSummary`: statistics, ratios, trend) and serializes the JSON; it
 * reports the wall time of each step and its peak resident set (maxRSS). The median of `--runs`
 * runs is printed. The machine may be shared: read the figures as rough.
 *
 *   npm run bench:benchmark [-- --mb 100 --samples 1000 --runs 3]
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchmarkSummary } from '../src/benchmark/benchmark-summary.ts';
import { readBenchmarkFile } from '../src/benchmark/read/read-benchmark.ts';
import { syntheticBenchmarkLines } from './lib/synthetic-benchmark.ts';

const { values } = parseArgs({
	options: {
		mb: { type: 'string', default: '100' },
		samples: { type: 'string', default: '1000' },
		runs: { type: 'string', default: '3' },
		child: { type: 'string' },
	},
});

/** What one child measured, in milliseconds and bytes. */
interface Measured {
	readMs: number;
	summaryMs: number;
	jsonMs: number;
	totalMs: number;
	peakRss: number;
	cases: number;
}

if (values.child) measureInChild(values.child);
else await main(Number(values.mb), Number(values.samples), Number(values.runs));

async function main(mb: number, samples: number, runs: number): Promise<void> {
	// 1. Write the synthetic file into a temporary folder.
	const dir = mkdtempSync(join(tmpdir(), 'bench-benchmark-'));
	const file = join(dir, 'latency.synthetic.jsonl');
	try {
		await write(file, syntheticBenchmarkLines(mb * 1e6, samples));
		log(`file: ${(statSync(file).size / 1e6).toFixed(1)} MB of synthetic JSON Lines, ${samples} samples per series (${file})`);

		// 2. Inspect it in fresh processes.
		const measured: Measured[] = [];
		for (let run = 0; run < runs; run++) {
			const child = spawnSync(process.execPath, [import.meta.filename, '--child', file], { encoding: 'utf8' });
			if (child.status !== 0) throw new Error(child.stderr);
			measured.push(JSON.parse(child.stdout));
		}

		// 3. Print the medians.
		const median = (pick: (m: Measured) => number) => measured.map(pick).sort((a, b) => a - b)[Math.floor(runs / 2)];
		log(`cases: ${measured[0].cases}; median of ${runs} runs:`);
		log(`  read ${median((m) => m.readMs).toFixed(0)} ms + summary ${median((m) => m.summaryMs).toFixed(0)} ms + JSON ${median((m) => m.jsonMs).toFixed(0)} ms`);
		const total = median((m) => m.totalMs);
		log(`  inspect: ${(total / 1000).toFixed(2)} s (target < 3 s: ${total < 3000 ? 'met' : 'NOT met'}), peak memory ${(median((m) => m.peakRss) / 1e6).toFixed(0)} MB (maxRSS)`);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

function measureInChild(file: string): void {
	const start = performance.now();
	const data = readBenchmarkFile(file, { unit: 'us' });
	const read = performance.now();
	const summary = benchmarkSummary(data);
	const summarized = performance.now();
	const json = JSON.stringify(summary, null, 2);
	const end = performance.now();
	if (json.length === 0) throw new Error('empty summary');
	const result: Measured = {
		readMs: read - start,
		summaryMs: summarized - read,
		jsonMs: end - summarized,
		totalMs: end - start,
		peakRss: process.resourceUsage().maxRSS * 1024,
		cases: data.cases.length,
	};
	process.stdout.write(JSON.stringify(result));
}

async function write(file: string, lines: Iterable<string>): Promise<void> {
	const out = createWriteStream(file);
	for (const line of lines) if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
	await new Promise((resolve, reject) => out.end((error?: Error) => (error ? reject(error) : resolve(undefined))));
}

function log(line: string): void {
	process.stdout.write(`${line}\n`);
}
