/**
 * Import benchmark (`npm run bench:import`): how import + analysis of a large OTLP/JSON file
 * compares with a bare JSON.parse of the same bytes, in time and peak memory, and how small the
 * serialized form of a 1,000,000-record trace is. Targets: time ratio <= 2.5 in wall and in CPU
 * time (issue 10; issue 3 set 3), peak memory <= 3x the file size, a few MB gzipped.
 *
 * What is compared, each step in a fresh child process, `--runs` times (median reported):
 * - read: the file's bytes to one string (readFileSync, UTF-8), which JSON.parse needs first;
 * - JSON.parse: every line of that string parsed (the results dropped), the text already in memory;
 * - import + analysis: `importTraceFile` (reads the file itself) then `analyzeTrace`, as `inspect`
 *   does: the analysis reads the trace's columns, so no record object is made (`trace-columns.ts`).
 * Two time ratios: against JSON.parse alone (strict), and against read + JSON.parse (both sides
 * start from the file on disk). Memory: the child's peak resident set (maxRSS) minus its resident
 * set just before the step (modules loaded, after a full GC), the same way in both children; the
 * JSON.parse child's peak holds the file's bytes and text, the import's its model and V8's heap.
 *
 * Then the same spans as one minified document (one request on one line, as a collector writes
 * it), streamed (src/data-input/scan-json-file.ts): at the same size, and large (1,700,000
 * spans, about 590 MB: past the 512 MiB a string can hold, so no JSON.parse to compare with).
 * Targets (issue 16): time per byte of the large document within 1.5x of the JSON lines file's,
 * peak memory at most 1.5x the file size.
 *
 *   npm run bench:import [-- --spans 200000 --large-spans 1700000 --runs 3]   (200,000 spans is about 70 MB; --large-spans 0 skips it)
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { analyzeTrace } from '../src/trace/analysis/analysis.ts';
import { encodeCompact } from '../src/trace/compact/encode-compact.ts';
import { importTraceFile } from '../src/trace/import/import.ts';
import { traceColumns } from '../src/trace/trace-columns.ts';
import { syntheticOtlpDocument, syntheticOtlpLines, syntheticTrace } from './lib/synthetic-trace.ts';

const { values } = parseArgs({
	options: {
		spans: { type: 'string', default: '200000' },
		'large-spans': { type: 'string', default: '1700000' },
		runs: { type: 'string', default: '3' },
		child: { type: 'string' },
		file: { type: 'string' },
	},
});

/** What one child measured: wall and CPU milliseconds, peak memory growth in bytes. */
interface Measured {
	readMs: number;
	readCpuMs: number;
	ms: number;
	cpuMs: number;
	peak: number;
	records: number;
}

if (values.child) measureInChild(values.child, values.file!);
else await main(Number(values.spans), Number(values['large-spans']), Number(values.runs));

async function main(spans: number, largeSpans: number, runs: number): Promise<void> {
	// 1. Write a large synthetic OTLP/JSON lines file into a temporary folder.
	const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
	const file = join(dir, 'reconciles.synthetic.otlp.jsonl');
	try {
		await writeLines(file, syntheticOtlpLines(spans));
		const size = statSync(file).size;
		log(`file: ${spans} spans, ${mb(size)} MB (${file}); median of ${runs} runs, each step in a fresh process`);

		// 2. JSON.parse and import + analysis of the same file, alternating, each in a fresh process.
		const parses: Measured[] = [];
		const imports: Measured[] = [];
		for (let run = 0; run < runs; run++) {
			parses.push(child('parse', file));
			imports.push(child('import', file));
		}
		const parse = medians(parses);
		const imported = medians(imports);
		const readAndParse = { ms: parse.readMs + parse.ms, cpuMs: parse.readCpuMs + parse.cpuMs };
		log(`read file to text:  ${parse.readMs.toFixed(0)} ms wall, ${parse.readCpuMs.toFixed(0)} ms CPU`);
		log(
			`JSON.parse (lines): ${parse.ms.toFixed(0)} ms wall, ${parse.cpuMs.toFixed(0)} ms CPU; read + JSON.parse peak memory +${mb(parse.peak)} MB`,
		);
		log(
			`import + analysis:  ${imported.ms.toFixed(0)} ms wall, ${imported.cpuMs.toFixed(0)} ms CPU, peak memory +${mb(imported.peak)} MB, ${imported.records} records`,
		);
		// CPU time (all threads, GC included) is the steadier figure on a shared machine.
		log(
			`ratio time, import + analysis / JSON.parse alone: ${ratio(imported.ms, parse.ms)} wall, ${ratio(imported.cpuMs, parse.cpuMs)} CPU (target <= 2.5)`,
		);
		log(
			`ratio time, import + analysis / (read + JSON.parse): ${ratio(imported.ms, readAndParse.ms)} wall, ${ratio(imported.cpuMs, readAndParse.cpuMs)} CPU`,
		);
		log(`ratio peak memory / file size: import ${ratio(imported.peak, size)} (target <= 3), read + JSON.parse ${ratio(parse.peak, size)}`);
		log(`time per byte, import + analysis: ${nsPerByte(imported.ms, size)} ns/B wall, ${nsPerByte(imported.cpuMs, size)} ns/B CPU`);
		rmSync(file);

		// 3. The same spans as one document, streamed: at the same size, then large.
		for (const count of [spans, largeSpans].filter((n) => n > 0)) {
			const documentFile = join(dir, `reconciles-${count}.synthetic.otlp.json`);
			await writeLines(documentFile, syntheticOtlpDocument(count));
			const documentSize = statSync(documentFile).size;
			const runsHere = Array.from({ length: runs }, () => child('import', documentFile));
			const streamed = medians(runsHere);
			log(
				`one document, ${count} spans, ${mb(documentSize)} MB, streamed: ${streamed.ms.toFixed(0)} ms wall, ${streamed.cpuMs.toFixed(0)} ms CPU, ${streamed.records} records`,
			);
			log(
				`  time per byte ${nsPerByte(streamed.ms, documentSize)} ns/B wall, ${nsPerByte(streamed.cpuMs, documentSize)} ns/B CPU; ` +
					`/ JSON lines' ${ratio(streamed.ms / documentSize, imported.ms / size)} wall, ${ratio(streamed.cpuMs / documentSize, imported.cpuMs / size)} CPU (target <= 1.5); ` +
					`peak memory +${mb(streamed.peak)} MB, ${ratio(streamed.peak, documentSize)}x the file (target <= 1.5)`,
			);
			rmSync(documentFile);
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}

	// 4. Size of the serialized form of a 1,000,000-record trace.
	const trace = syntheticTrace(1_000_000);
	const started = performance.now();
	const text = encodeCompact(trace, analyzeTrace(trace));
	const encodeMs = performance.now() - started;
	const gz = gzipSync(text, { level: 9 }).length;
	log(
		`serialized 1,000,000 records: ${mb(text.length)} MB, gzip ${mb(gz)} MB (${(gz / 1e6).toFixed(2)} bytes/record), encode + analysis ${encodeMs.toFixed(0)} ms`,
	);
}

/** Child mode: measure one step and print a `Measured` as JSON. */
function measureInChild(what: string, file: string): void {
	(globalThis as { gc?: () => void }).gc?.();
	const baseline = process.memoryUsage().rss;
	const result: Measured = { readMs: 0, readCpuMs: 0, ms: 0, cpuMs: 0, peak: 0, records: 0 };
	let cpu = process.cpuUsage();
	let started = performance.now();
	if (what === 'parse') {
		const text = readFileSync(file, 'utf8');
		result.readMs = performance.now() - started;
		result.readCpuMs = cpuMs(process.cpuUsage(cpu));
		cpu = process.cpuUsage();
		started = performance.now();
		for (let start = 0, end = text.indexOf('\n'); end !== -1; start = end + 1, end = text.indexOf('\n', start))
			JSON.parse(text.slice(start, end));
	} else {
		const trace = importTraceFile(file);
		analyzeTrace(trace);
		result.records = traceColumns(trace).count;
	}
	result.ms = performance.now() - started;
	result.cpuMs = cpuMs(process.cpuUsage(cpu));
	result.peak = process.resourceUsage().maxRSS * 1024 - baseline;
	process.stdout.write(JSON.stringify(result));
}

function child(what: string, file: string): Measured {
	const run = spawnSync(process.execPath, ['--expose-gc', import.meta.filename, '--child', what, '--file', file], {
		encoding: 'utf8',
		maxBuffer: 1 << 20,
	});
	if (run.status !== 0) throw new Error(`child ${what} failed: ${run.stderr}`);
	return JSON.parse(run.stdout);
}

/** The median of each figure over several runs. */
function medians(list: Measured[]): Measured {
	const median = (pick: (m: Measured) => number) => {
		const sorted = list.map(pick).sort((a, b) => a - b);
		return sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
	};
	return {
		readMs: median((m) => m.readMs),
		readCpuMs: median((m) => m.readCpuMs),
		ms: median((m) => m.ms),
		cpuMs: median((m) => m.cpuMs),
		peak: median((m) => m.peak),
		records: list[0].records,
	};
}

async function writeLines(file: string, lines: Iterable<string>): Promise<void> {
	const out = createWriteStream(file);
	for (const line of lines) if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
	await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

function cpuMs(used: NodeJS.CpuUsage): number {
	return (used.user + used.system) / 1000;
}

function nsPerByte(ms: number, bytes: number): string {
	return ((ms * 1e6) / bytes).toFixed(1);
}

function ratio(a: number, b: number): string {
	return (a / b).toFixed(2);
}

function mb(bytes: number): string {
	return (bytes / 1e6).toFixed(1);
}

function log(line: string): void {
	process.stdout.write(line + '\n');
}
