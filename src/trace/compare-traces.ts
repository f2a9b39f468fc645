/**
 * Several traces on one relative time axis, for a side-by-side viewer (a trace block with
 * `compare:`): each trace's records are shifted so that the trace starts at 0 (so the axis
 * reads "time since its own start", not wall-clock time), its lanes are named after the trace,
 * and the result is one `Trace` that the compact form and the viewer read as any other. Its
 * analysis is put together from each trace's own (`compareAnalyses`), so that every rate and
 * unload figure keeps the window of its own trace. Browser-safe and pure.
 */
import { topWakers, type Analysis } from './analysis/analysis.ts';
import { sortRecords, type Trace, type TraceRecord } from './model.ts';

/** The lanes one compared trace contributes, in order, with its label. */
export interface CompareGroup {
	/** The trace's label, e.g. its file name `percona-30s.synthetic.csv`. */
	label: string;
	/** Its lanes' names in the combined trace, e.g. `['percona-30s.synthetic.csv']`. */
	lanes: string[];
	/** Whether this trace is synthetic (its file name says so). */
	synthetic: boolean;
}

/** A compared trace as the viewer reads it (`data-compare`): its lanes and the window its figures are taken over. */
export interface CompareSide extends CompareGroup {
	/** The trace's own first to last wake-up, ms on the combined axis, e.g. `{ startMs: 0, endMs: 1.8e6 }`. */
	window: { startMs: number; endMs: number };
}

/** A combined trace and the group of lanes each input contributed. */
export interface ComparedTraces {
	trace: Trace;
	groups: CompareGroup[];
}

/**
 * The name of `lane` of the trace labelled `label` in the combined trace: the label alone when
 * the lane is already named after the file (a timestamp list), else `label: lane`.
 * @param label e.g. `"a.json"`; @param lane e.g. `"operator"` -> `"a.json: operator"`
 */
export function comparedLaneName(label: string, lane: string): string {
	return lane === label ? label : `${label}: ${lane}`;
}

/**
 * Combines `traces` (at least two) on a relative axis; labels are their file names, made unique
 * with " (2)", " (3)" where two files share a name.
 * @param traces e.g. `[importTraceFile('a.csv'), importTraceFile('b.csv')]`
 */
export function compareTraces(traces: readonly Trace[]): ComparedTraces {
	const used = new Map<string, number>();
	const labels = traces.map((t) => {
		const n = (used.get(t.source) ?? 0) + 1;
		used.set(t.source, n);
		return n === 1 ? t.source : `${t.source} (${n})`;
	});
	const records: TraceRecord[] = [];
	const groups = traces.map((t, k): CompareGroup => {
		const label = labels[k];
		const origin = t.records[0]?.startNs ?? 0n;
		const lanes = new Set<string>();
		// Ids get the trace's position as a prefix: two traces may use the same ids.
		const id = (value: string) => `${k + 1}/${value}`;
		for (const r of t.records) {
			const lane = comparedLaneName(label, r.lane);
			lanes.add(lane);
			const shifted: TraceRecord = { ...r, id: id(r.id), lane, startNs: r.startNs - origin, events: r.events.map((e) => ({ ...e, timeNs: e.timeNs - origin })) };
			if (r.parentId !== undefined) shifted.parentId = id(r.parentId);
			records.push(shifted);
		}
		return { label, lanes: [...lanes].sort(), synthetic: t.synthetic };
	});
	const trace: Trace = {
		format: traces[0].format,
		source: labels.join(' vs '),
		synthetic: traces.some((t) => t.synthetic),
		records: sortRecords(records),
		warnings: traces.flatMap((t) => t.warnings),
	};
	return { trace, groups };
}

/**
 * The analysis of combined traces, from each trace's own analysis (in `groups` order): lanes
 * renamed as `compareTraces` names them, top wakers over all of them, the window from the
 * earliest start to the latest end; with each side's own window.
 * @param analyses e.g. `traces.map((t) => analyzeTrace(t))`
 */
export function compareAnalyses(groups: readonly CompareGroup[], analyses: readonly Analysis[]): { analysis: Analysis; sides: CompareSide[] } {
	// Each trace starts at 0 on the combined axis, as its own analysis counts from its first record.
	const lanes = analyses.flatMap((a, k) => a.lanes.map((l) => ({ ...l, lane: comparedLaneName(groups[k].label, l.lane) })));
	const analysis: Analysis = {
		lanes,
		headline: analyses.map((a, k) => `${groups[k].label}: ${a.headline}`).join('; '),
		window: { startMs: Math.min(...analyses.map((a) => a.window.startMs)), endMs: Math.max(...analyses.map((a) => a.window.endMs)) },
		topWakers: topWakers(lanes),
	};
	return { analysis, sides: groups.map((g, k) => ({ ...g, window: analyses[k].window })) };
}
