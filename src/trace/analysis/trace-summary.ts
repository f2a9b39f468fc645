/**
 * The one JSON summary of a trace: what `npm run trace -- inspect` prints, and what a page's
 * figure references (`src/embeds/trace/trace-figure-kind.ts`) read their numbers from, so the two
 * always agree. Pure and browser-safe.
 */
import type { Analysis, TopWaker } from './analysis.ts';
import type { UnloadSummary } from './unload-simulation.ts';
import type { LaneCauses } from './wake-causes.ts';
import { type ImportWarning, type Trace, type TraceFormat } from '../model.ts';
import { nsToIso } from '../../data-input/parse-time.ts';
import { traceColumns } from '../trace-columns.ts';

/** What `inspect` reports about a trace (lanes in name order). */
export interface TraceSummary {
	format: TraceFormat;
	source: string;
	synthetic: boolean;
	records: number;
	lanes: {
		name: string;
		records: number;
		medianGapMs: number | null;
		periodMs: number | null;
		regularity: number | null;
		headline: string;
		/** Over the trace's window, the first to the last wake-up. */
		wakeupsPerMinute: number | null;
		causes: LaneCauses;
		unload: UnloadSummary;
	}[];
	/** Busiest lane first. */
	topWakers: TopWaker[];
	startTime: string | null;
	endTime: string | null;
	headline: string;
	latency?: Analysis['latency'];
	warnings: ImportWarning[];
}

/** Summarises a trace and its analysis, e.g. `traceSummary(trace, analyzeTrace(trace))`. */
export function traceSummary(trace: Trace, analysis: Analysis): TraceSummary {
	const { count, baseNs, endNs } = traceColumns(trace);
	const summary: TraceSummary = {
		format: trace.format,
		source: trace.source,
		synthetic: trace.synthetic,
		records: count,
		lanes: analysis.lanes.map((l) => ({
			name: l.lane,
			records: l.records,
			medianGapMs: l.gaps?.median ?? null,
			periodMs: l.period?.ms ?? null,
			regularity: l.period?.regularity ?? null,
			headline: l.headline,
			wakeupsPerMinute: l.wakeupsPerMinute,
			causes: l.causes,
			unload: l.unload,
		})),
		topWakers: analysis.topWakers,
		startTime: count > 0 ? nsToIso(baseNs) : null,
		endTime: endNs === null ? null : nsToIso(endNs),
		headline: analysis.headline,
		warnings: trace.warnings,
	};
	if (analysis.latency) summary.latency = analysis.latency;
	return summary;
}
