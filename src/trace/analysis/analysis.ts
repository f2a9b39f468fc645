/**
 * Wake-up analysis per lane: gaps between consecutive wake-ups, the dominant period and how
 * regular it is, bursts, reason counts, wake-ups per minute, their causes (`wake-causes.ts`)
 * and what the wasm-operator's unload policy would do with them (`unload-simulation.ts`); per
 * trace the top wakers, busiest first, and optionally the change -> reconcile latency when a
 * change-times trace is paired with a reconcile-times trace. Pure and browser-safe.
 *
 * A wake-up is a record whose parent is absent or in another lane (child spans of a reconcile
 * in the same service are not wake-ups of their own). Rates and the unload figures of every
 * lane are taken over the same window, the trace's first to its last wake-up (as powertop
 * counts every process's wake-ups over one measuring interval), so lanes compare directly.
 */
import { WAKE_REASONS, type Trace, type WakeReason } from '../model.ts';
import { traceColumns, type TraceColumns } from '../trace-columns.ts';
import { simulateUnload, WASM_OPERATOR_POLICY, type TimeSpan, type UnloadPolicy, type UnloadSummary } from './unload-simulation.ts';
import { countCauses, wakeCauses, type LaneCauses } from './wake-causes.ts';

/** Distribution of gaps, in milliseconds. */
export interface GapStats {
	min: number;
	p10: number;
	median: number;
	p90: number;
	max: number;
}

/** What one lane's wake-ups look like. */
export interface LaneAnalysis {
	lane: string;
	/** Number of wake-ups in the lane. */
	records: number;
	/** Null with fewer than 2 records. */
	gaps: GapStats | null;
	/** `regularity` is the 0..1 share of gaps within 5% of `ms`; null without a clear period. */
	period: { ms: number; regularity: number } | null;
	/** Runs of at least 3 wake-ups, each closer than a quarter of the period to the previous. */
	bursts: { startMs: number /* offset from trace base */; count: number }[];
	reasons: Record<WakeReason, number>;
	/** E.g. "every 5.00 s, 97% of gaps within 5%". */
	headline: string;
	/** Wake-ups per minute of the trace's window, e.g. 11.5; null when the window has no length. */
	wakeupsPerMinute: number | null;
	/** Wake-ups by cause, stated or inferred (see wake-causes.ts). */
	causes: LaneCauses;
	/** The unload simulation at the analysis' policy (default WASM_OPERATOR_POLICY). */
	unload: UnloadSummary;
}

/** One row of the top-wakers table, as powertop lists processes by wake-ups per second. */
export interface TopWaker {
	lane: string;
	wakeupsPerMinute: number | null;
	/** Share of all the trace's wake-ups, 0..1, e.g. 0.25. */
	share: number;
	periodMs: number | null;
	regularity: number | null;
}

/** Change -> reconcile latency (each change paired with the first unused reconcile at or after it). */
export interface LatencyAnalysis {
	pairs: number;
	gaps: GapStats;
	/** Changes with no reconcile at or after them. */
	unpaired: number;
}

/** The analysis of a whole trace. */
export interface Analysis {
	lanes: LaneAnalysis[];
	headline: string;
	/** The window rates are taken over: the first to the last wake-up, ms from the first record, e.g. `{ startMs: 0, endMs: 5.2e6 }`. */
	window: { startMs: number; endMs: number };
	/** Lanes by wake-ups per minute, busiest first (ties by lane name). */
	topWakers: TopWaker[];
	latency?: LatencyAnalysis;
}

/** Options for `analyzeTrace`. */
export interface AnalyzeOptions {
	/** A change-times trace; its instants are paired with this trace's wake-ups. */
	changes?: Trace;
	/** The unload policy simulated (default WASM_OPERATOR_POLICY). */
	policy?: UnloadPolicy;
}

/** What every lane's analysis shares. */
interface LaneContext {
	baseNs: bigint;
	/** ns from baseNs. */
	window: TimeSpan;
	policy: UnloadPolicy;
	/** Change times, ns from baseNs, ascending. */
	changesNs?: Float64Array;
}

/** Share of the period a gap may differ by and still count as "on period". */
const TOLERANCE = 0.05;
/** A gap shorter than this share of the period continues a burst. */
const BURST_FACTOR = 0.25;
/** Smallest number of wake-ups that makes a burst. */
const BURST_MIN = 3;
/** Below this share of gaps on period, a lane has no dominant period. */
const MIN_REGULARITY = 0.2;

/** Analyses every lane of a trace, e.g. `analyzeTrace(importTraceFile('traces_persona.csv'))`. */
export function analyzeTrace(trace: Trace, options: AnalyzeOptions = {}): Analysis {
	const columns = traceColumns(trace);
	const baseNs = columns.baseNs;
	const byLane = wakeUpsByLane(columns);
	const window = wakeUpWindow(byLane, columns.startNs);
	const changesNs = options.changes && Float64Array.from(options.changes.records, (r) => Number(r.startNs - baseNs));
	const context: LaneContext = { baseNs, window, policy: options.policy ?? WASM_OPERATOR_POLICY, changesNs };
	const lanes = byLane.map(({ lane, indexes }) => analyzeLane(lane, indexes, columns, context));
	const analysis: Analysis = {
		lanes,
		headline: traceHeadline(lanes),
		window: { startMs: roundNs(window.startNs / 1e6), endMs: roundNs(window.endNs / 1e6) },
		topWakers: topWakers(lanes),
	};
	if (options.changes) analysis.latency = changeLatency(options.changes, trace) ?? undefined;
	if (analysis.latency === undefined) delete analysis.latency;
	return analysis;
}

/** The first to the last wake-up of any lane, ns from the trace's base (0..0 without wake-ups); `startsNs` as in `TraceColumns`. */
function wakeUpWindow(lanes: readonly LaneWakeUps[], startsNs: Float64Array): TimeSpan {
	let first = Infinity;
	let last = -Infinity;
	for (const { indexes } of lanes) {
		if (indexes.length === 0) continue;
		first = Math.min(first, startsNs[indexes[0]]);
		last = Math.max(last, startsNs[indexes[indexes.length - 1]]);
	}
	return first === Infinity ? { startNs: 0, endNs: 0 } : { startNs: first, endNs: last };
}

/** The lanes as top-wakers rows, busiest first. */
export function topWakers(lanes: readonly LaneAnalysis[]): TopWaker[] {
	const total = lanes.reduce((sum, l) => sum + l.records, 0);
	return lanes
		.map((l) => ({
			lane: l.lane,
			wakeupsPerMinute: l.wakeupsPerMinute,
			share: total > 0 ? Math.round((l.records / total) * 1e4) / 1e4 : 0,
			periodMs: l.period?.ms ?? null,
			regularity: l.period?.regularity ?? null,
			records: l.records,
		}))
		.sort((a, b) => b.records - a.records || (a.lane < b.lane ? -1 : a.lane > b.lane ? 1 : 0))
		.map(({ records: _, ...row }) => row);
}

/** One lane's wake-ups: their record indexes, in trace order. */
interface LaneWakeUps {
	lane: string;
	indexes: Int32Array;
}

/** The wake-ups (records with no parent in the same lane) of each lane that has any, lanes in name order. */
function wakeUpsByLane(columns: TraceColumns): LaneWakeUps[] {
	const { count, lane, parent } = columns;
	const isWakeUp = (i: number) => parent[i] === -1 || lane[parent[i]] !== lane[i];
	const counts = new Int32Array(columns.lanes.length);
	for (let i = 0; i < count; i++) if (isWakeUp(i)) counts[lane[i]]++;
	const lists = Array.from(counts, (n) => new Int32Array(n));
	const filled = new Int32Array(columns.lanes.length);
	for (let i = 0; i < count; i++) if (isWakeUp(i)) lists[lane[i]][filled[lane[i]]++] = i;
	return columns.lanes
		.map((name, l) => ({ lane: name, indexes: lists[l] }))
		.filter((l) => l.indexes.length > 0)
		.sort((a, b) => (a.lane < b.lane ? -1 : a.lane > b.lane ? 1 : 0));
}

/** Analyses one lane's wake-ups (`indexes` into `columns`, sorted by start). */
function analyzeLane(lane: string, indexes: Int32Array, columns: TraceColumns, context: LaneContext): LaneAnalysis {
	const n = indexes.length;
	// Starts as exact float offsets from the trace's first record (under 2^53 ns, about 104 days).
	const starts = new Float64Array(n);
	const durations = new Float64Array(n);
	const reasonCodes = new Uint8Array(n);
	const reasons = Object.fromEntries(WAKE_REASONS.map((r) => [r, 0])) as Record<WakeReason, number>;
	for (let k = 0; k < n; k++) {
		const i = indexes[k];
		starts[k] = columns.startNs[i];
		durations[k] = columns.durationNs[i];
		reasonCodes[k] = columns.reason[i];
		reasons[WAKE_REASONS[reasonCodes[k]]]++;
	}
	const gapsMs = new Float64Array(Math.max(n - 1, 0));
	for (let i = 1; i < n; i++) gapsMs[i - 1] = (starts[i] - starts[i - 1]) / 1e6;
	// Sorted once for both the distribution and the period.
	const sorted = gapsMs.slice().sort();
	const gaps = sortedGapStats(sorted);
	const period = sortedDominantPeriod(gapsMs, sorted);
	const bursts = findBursts(starts, gapsMs, (period?.ms ?? gaps?.median ?? 0) * BURST_FACTOR);
	const { window, policy, changesNs } = context;
	const minutes = (window.endNs - window.startNs) / 6e10;
	const causes = countCauses(
		wakeCauses({ startsNs: starts, reasons: reasonCodes, periodNs: period && period.ms * 1e6, typicalGapNs: gaps && gaps.median * 1e6, changesNs }),
	);
	const unload = simulateUnload(starts, policy, durations, window).summary;
	return {
		lane,
		records: n,
		gaps,
		period,
		bursts,
		reasons,
		headline: laneHeadline(n, gaps, period),
		wakeupsPerMinute: minutes > 0 ? Math.round((n / minutes) * 1e3) / 1e3 : null,
		causes,
		unload,
	};
}

/** Min, p10, median, p90 and max of a list (linear interpolation); null when empty. */
export function gapStats(values: readonly number[]): GapStats | null {
	return sortedGapStats(Float64Array.from(values).sort());
}

/** `gapStats` of values already sorted ascending. */
function sortedGapStats(sorted: Float64Array): GapStats | null {
	if (sorted.length === 0) return null;
	return {
		min: roundNs(sorted[0]),
		p10: roundNs(quantile(sorted, 0.1)),
		median: roundNs(quantile(sorted, 0.5)),
		p90: roundNs(quantile(sorted, 0.9)),
		max: roundNs(sorted[sorted.length - 1]),
	};
}

/** The q-quantile of an ascending array, e.g. `quantile([1, 2, 3, 4], 0.5)` is 2.5. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
	const pos = (sorted.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.min(lo + 1, sorted.length - 1);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/**
 * The dominant period of a list of gaps: the positive gap whose ±5% window holds the most gaps
 * (a histogram mode without fixed bins), refined to the median of the gaps in that window.
 * Null with fewer than 2 gaps or when under 20% of the gaps are on it.
 */
export function dominantPeriod(gapsMs: readonly number[]): { ms: number; regularity: number } | null {
	return sortedDominantPeriod(gapsMs, Float64Array.from(gapsMs).sort());
}

/** `dominantPeriod` of `gapsMs`, given them also sorted ascending (`all`). */
function sortedDominantPeriod(gapsMs: ArrayLike<number>, all: Float64Array): { ms: number; regularity: number } | null {
	// The positive gaps: a sorted Float64Array has -0, 0 and the negatives first and any NaN last.
	let first = 0;
	let end = all.length;
	while (first < end && !(all[first] > 0)) first++;
	while (end > first && Number.isNaN(all[end - 1])) end--;
	const sorted = all.subarray(first, end);
	if (gapsMs.length < 2 || sorted.length === 0) return null;
	let best = -1;
	let bestCount = 0;
	let lo = 0;
	let hi = 0;
	for (let i = 0; i < sorted.length; i++) {
		const g = sorted[i];
		while (sorted[lo] < g * (1 - TOLERANCE)) lo++;
		while (hi < sorted.length && sorted[hi] <= g * (1 + TOLERANCE)) hi++;
		if (hi - lo > bestCount) [best, bestCount] = [i, hi - lo];
	}
	const center = sorted[best];
	const window = sorted.filter((g) => Math.abs(g - center) <= center * TOLERANCE);
	const ms = quantile(window, 0.5);
	let onPeriod = 0;
	for (let i = 0; i < gapsMs.length; i++) if (Math.abs(gapsMs[i] - ms) <= ms * TOLERANCE) onPeriod++;
	const regularity = onPeriod / gapsMs.length;
	return regularity < MIN_REGULARITY ? null : { ms: roundNs(ms), regularity: Math.round(regularity * 1e4) / 1e4 };
}

/** Runs of at least 3 wake-ups whose gaps are all below `thresholdMs`; `startsNs` from the trace base. */
function findBursts(startsNs: Float64Array, gapsMs: ArrayLike<number>, thresholdMs: number) {
	const bursts: LaneAnalysis['bursts'] = [];
	let runStart = 0;
	for (let i = 0; i <= gapsMs.length; i++) {
		if (i < gapsMs.length && gapsMs[i] < thresholdMs) continue;
		const count = i - runStart + 1;
		if (count >= BURST_MIN) bursts.push({ startMs: startsNs[runStart] / 1e6, count });
		runStart = i + 1;
	}
	return bursts;
}

/**
 * Change -> reconcile latency: each change (sorted) is paired with the first reconcile at or
 * after it that no earlier change took. Null when either trace is empty.
 */
export function changeLatency(changes: Trace, reconciles: Trace): LatencyAnalysis | null {
	const c = changes.records.map((r) => r.startNs);
	const w = reconciles.records.map((r) => r.startNs);
	const latencies: number[] = [];
	let j = 0;
	let unpaired = 0;
	for (const t of c) {
		while (j < w.length && w[j] < t) j++;
		if (j === w.length) unpaired++;
		else latencies.push(nsToMs(w[j++] - t));
	}
	const gaps = gapStats(latencies);
	return gaps ? { pairs: latencies.length, gaps, unpaired } : null;
}

/** Nanoseconds (BigInt) to milliseconds, exact to the nanosecond for spans under ~104 days. */
export function nsToMs(ns: bigint): number {
	return Number(ns) / 1e6;
}

/** Rounds milliseconds to whole nanoseconds, so printed figures carry no float noise. */
export function roundNs(ms: number): number {
	return Math.round(ms * 1e6) / 1e6;
}

/** A duration for people, e.g. `formatMs(5200)` is "5.20 s". */
export function formatMs(ms: number): string {
	if (Math.abs(ms) < 0.001) return `${Math.round(ms * 1e6)} ns`;
	if (Math.abs(ms) < 1) return `${trimZeros((ms * 1000).toPrecision(3))} µs`;
	if (Math.abs(ms) < 1000) return `${trimZeros(ms.toPrecision(3))} ms`;
	if (Math.abs(ms) < 120_000) return `${(ms / 1000).toFixed(2)} s`;
	return `${(ms / 60_000).toFixed(1)} min`;
}

/** '12.50' to '12.5', '250' stays '250'. */
function trimZeros(text: string): string {
	return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

function laneHeadline(count: number, gaps: GapStats | null, period: LaneAnalysis['period']): string {
	if (!gaps) return `${count} wake-up${count === 1 ? '' : 's'}, no gaps`;
	if (!period) return `no regular period, median gap ${formatMs(gaps.median)}`;
	return `every ${formatMs(period.ms)}, ${Math.round(period.regularity * 100)}% of gaps within 5%`;
}

function traceHeadline(lanes: readonly LaneAnalysis[]): string {
	if (lanes.length === 0) return 'no records';
	if (lanes.length === 1) return lanes[0].headline;
	const busiest = lanes.reduce((a, b) => (b.records > a.records ? b : a));
	return `${lanes.length} lanes; busiest ${busiest.lane}: ${busiest.headline}`;
}
