/** Reads a trace file with the project's importer and sums it up, for `npm run new:trace`. */
import { basename } from 'node:path';
import { analyzeTrace } from '../../src/trace/analysis/analysis.ts';
import { importTraceFile } from '../../src/trace/import/import.ts';

/** What a readable trace file contains, e.g. `{ format: 'timestamp-list', records: 353, headline: 'every 5.19 s, ...' }`. */
export type TraceSummary = { format: string; records: number; headline: string; warnings: string[] };

/**
 * Imports and analyses `path`; throws an Error whose message names the file and the reason.
 * @param path e.g. `/home/me/percona-run-2.csv`
 */
export async function checkTrace(path: string): Promise<TraceSummary> {
	let trace;
	try {
		trace = await importTraceFile(path);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		// The importer names the file by its base name (`run.csv:3:1: ...`); add the path only when it does not.
		throw new Error(reason.includes(basename(path)) ? reason : `${path}: ${reason}`);
	}
	if (trace.records.length === 0) throw new Error(`${path}: the importer found no records in it`);
	const warnings = trace.warnings.map(
		(w) => `${w.file}${w.line ? `:${w.line}${w.column ? `:${w.column}` : ''}` : ''}: ${w.reason} (${w.count}x)`,
	);
	return { format: trace.format, records: trace.records.length, headline: analyzeTrace(trace).headline, warnings };
}
