/**
 * Trace files as a figure kind (`shared/figure-kind.ts`): a link whose `figure=` names a number of
 * a trace's summary (`trace-figure-reference.ts`) is computed by importing the file, analysing it
 * under the link's unload policy and change times, and reading that number. Summaries are kept per
 * file, modification time, changes and policy, for the whole process: the loader's check and the
 * pages' rendering compute each once (on `globalThis`, because Astro loads the config and the
 * content config as separate module instances).
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { analyzeTrace } from '../../trace/analysis/analysis.ts';
import { traceSummary, type TraceSummary } from '../../trace/analysis/trace-summary.ts';
import { WASM_OPERATOR_POLICY } from '../../trace/analysis/unload-simulation.ts';
import { importTraceFile } from '../../trace/import/import.ts';
import type { FigureKind } from '../shared/figure-kind.ts';
import { FigureError } from '../shared/figure-link.ts';
import { formatFigure, traceFigure, traceFigureReference, TRACE_FIGURE_ROOTS, type FigureReference } from './trace-figure-reference.ts';

const cacheKey = Symbol.for('masters-thesis.trace-figure-summaries');
const summaries: Map<string, TraceSummary> = ((globalThis as Record<symbol, unknown>)[cacheKey] as Map<string, TraceSummary> | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[cacheKey] = summaries;

/** The trace kind, e.g. for `traces/x.csv#figure=unload.loadedFraction&prediction=off`. */
export const traceFigureKind: FigureKind = {
	name: 'trace',
	figures: 'records, wakeupsPerMinute, medianGapMs, periodMs, regularity, causes.<cause>.count|share, unload.<figure> (loadedFraction, reloadsPerMinute, coldStarts, predictionHits, predictionMisses), latency.<figure> (with changes=)',
	claims: (link) => TRACE_FIGURE_ROOTS.includes((link.params.get('figure') ?? '').split('.')[0]),
	files: (link) => {
		const reference = traceFigureReference(link);
		return reference.changes === undefined ? [reference.file] : [reference.file, reference.changes];
	},
	compute: (link, page) => {
		const reference = traceFigureReference(link);
		const trace = resolve(dirname(page), decodeURI(reference.file));
		const figure = traceFigure(summaryOf(trace, reference, page), reference);
		return { ...figure, text: formatFigure(reference.figure, figure.value), description: describe(reference, trace), file: trace };
	},
};

/** e.g. `unload.coldStarts of traces_persona.csv, unload policy: idle 1000 ms, lead 1000 ms, grace 1000 ms, prediction off`. */
function describe(reference: FigureReference, trace: string): string {
	const parts = [`${reference.figure} of ${basename(trace)}`];
	if (reference.lane !== undefined) parts.push(`lane "${reference.lane}"`);
	if (reference.changes !== undefined) parts.push(`changes from ${basename(decodeURI(reference.changes))}`);
	const { policy } = reference;
	const custom = (Object.keys(WASM_OPERATOR_POLICY) as (keyof typeof policy)[]).some((key) => policy[key] !== WASM_OPERATOR_POLICY[key]);
	if (reference.figure.startsWith('unload.') || custom) {
		parts.push(`unload policy: idle ${policy.idleMs} ms, lead ${policy.leadMs} ms, grace ${policy.graceMs} ms, prediction ${policy.prediction ? 'on' : 'off'}`);
	}
	return parts.join(', ');
}

/** The summary of a trace under a reference's policy and change times (cached). */
function summaryOf(trace: string, reference: FigureReference, page: string): TraceSummary {
	const changes = reference.changes === undefined ? undefined : resolve(dirname(page), decodeURI(reference.changes));
	for (const path of [trace, changes]) if (path !== undefined && !existsSync(path)) throw new FigureError(`${path === trace ? reference.file : reference.changes} does not exist`);
	const key = JSON.stringify([trace, statSync(trace).mtimeMs, changes, changes && statSync(changes).mtimeMs, reference.policy]);
	let summary = summaries.get(key);
	if (!summary) {
		const imported = importTraceFile(trace);
		summary = traceSummary(imported, analyzeTrace(imported, { policy: reference.policy, changes: changes === undefined ? undefined : importTraceFile(changes) }));
		summaries.set(key, summary);
	}
	return summary;
}
