/**
 * Trace command line: `inspect` prints one JSON summary of a trace file, `convert` writes the
 * compact serialized form for the viewer. Bad input: `file:line:col: reason`, exit code 1.
 * The unload policy simulated per lane defaults to the wasm-operator's (1000 ms each, with
 * prediction; src/trace/analysis/unload-simulation.ts); the policy flags change it. A file over
 * 50 MB gets a progress bar on stderr (scripts/lib/progress-bar.ts), unless `--quiet`.
 *
 *   npm run trace -- inspect <file> [--format <name>] [--changes <change-times file>] [--quiet] [policy flags]
 *   npm run trace -- convert <file> <out> [--format <name>] [--changes <file>] [--ids] [--quiet] [policy flags]
 *   policy flags: [--no-prediction] [--idle-ms N] [--lead-ms N] [--grace-ms N]
 */
import { statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeTrace } from '../src/trace/analysis/analysis.ts';
import { traceSummary } from '../src/trace/analysis/trace-summary.ts';
import { encodeCompact } from '../src/trace/compact/encode-compact.ts';
import { importTraceFile, TraceInputError } from '../src/trace/import/import.ts';
import { TRACE_FORMATS, type TraceFormat } from '../src/trace/model.ts';
import { parseUnloadPolicy } from '../src/trace/analysis/parse-unload-policy.ts';
import { PROGRESS_FROM_BYTES, progressBar } from './lib/progress-bar.ts';

const USAGE = `usage: npm run trace -- inspect <file> [--format <${TRACE_FORMATS.join('|')}>] [--changes <file>] [--quiet] [policy flags]
       npm run trace -- convert <file> <out> [--format <name>] [--changes <file>] [--ids] [--quiet] [policy flags]
policy flags (default: the wasm-operator's): [--no-prediction] [--idle-ms N] [--lead-ms N] [--grace-ms N]
--quiet: no progress bar on stderr (one is drawn for files over 50 MB)`;

try {
	// 1. Check the arguments.
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: {
				format: { type: 'string' },
				changes: { type: 'string' },
				ids: { type: 'boolean' },
				quiet: { type: 'boolean' },
				'no-prediction': { type: 'boolean' },
				'idle-ms': { type: 'string' },
				'lead-ms': { type: 'string' },
				'grace-ms': { type: 'string' },
			},
		});
	} catch (error) {
		usage((error as Error).message);
	}
	const { values, positionals } = parsed;
	const [command, file, out] = positionals;
	const format = values.format as TraceFormat | undefined;
	if (!(command === 'inspect' && positionals.length === 2) && !(command === 'convert' && positionals.length === 3)) usage();
	if (format !== undefined && !TRACE_FORMATS.includes(format)) usage(`unknown format "${format}"`);
	let policy;
	try {
		policy = parseUnloadPolicy((name) => values[name], !values['no-prediction'], '--');
	} catch (error) {
		usage((error as Error).message);
	}

	// 2. Import the trace (and the change times, if given), with a progress bar for large files.
	const progress = (path: string) => (values.quiet || fileSize(path) <= PROGRESS_FROM_BYTES ? undefined : progressBar(basename(path), process.stderr));
	const trace = importTraceFile(file, { format, onProgress: progress(file) });
	const changes = values.changes ? importTraceFile(values.changes, { onProgress: progress(values.changes) }) : undefined;

	// 3. Analyse the wake-ups, simulating the unload policy.
	const analysis = analyzeTrace(trace, { changes, policy });

	// 4. Print the summary, or write the serialized form.
	if (command === 'inspect') {
		const summary = traceSummary(trace, analysis);
		if (changes) summary.warnings.push(...changes.warnings);
		process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
	} else {
		writeFileSync(out, encodeCompact(trace, analysis, { ids: values.ids }));
		process.stderr.write(`wrote ${out}: ${trace.records.length} records, ${trace.warnings.length} kinds of warnings\n`);
	}
} catch (error) {
	// Bad input is reported as `file:line:col: reason`; anything else as its message, without a stack.
	const message = error instanceof TraceInputError ? error.message : `error: ${(error as Error).message}`;
	process.stderr.write(message + '\n');
	if (process.env.TRACE_DEBUG) console.error(error);
	process.exit(1);
}

function usage(problem?: string): never {
	process.stderr.write((problem ? `${problem}\n` : '') + USAGE + '\n');
	process.exit(1);
}

/** The size of a file in bytes; 0 when it cannot be read (the import then says why). */
function fileSize(path: string): number {
	try {
		return statSync(path).size;
	} catch {
		return 0;
	}
}
