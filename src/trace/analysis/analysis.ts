/**
 * Wake-up analysis per lane: gaps between consecutive wake-ups, the dominant period and how
 * regular it is, bursts, and reason counts; optionally the change -> reconcile latency when a
 * change-times trace is paired with a reconcile-times trace. Pure and browser-safe.
 *
 * A wake-up is a record whose parent is absent or in another lane (child spans of a reconcile
 * in the same service are not wake-ups of their own).
 */
import { WAKE_REASONS, type Trace, type TraceRecord, type WakeReason } from '../model.ts';
import { parentIndexes } from '../parent-index.ts';

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
	latency?: LatencyAnalysis;
}

/** Options for `analyzeTrace`. */
export interface AnalyzeOptions {
	/** A change-times trace; its instants are paired with this trace's wake-ups. */
	changes?: Trace;
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
	const baseNs = trace.records.length > 0 ? trace.records[0].startNs : 0n;
	const lanes = [...wakeUpsByLane(trace.records)]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([lane, records]) => analyzeLane(lane, records, baseNs));
	const analysis: Analysis = { lanes, headline: traceHeadline(lanes) };
	if (options.changes) analysis.latency = changeLatency(options.changes, trace) ?? undefined;
	if (analysis.latency === undefined) delete analysis.latency;
	return analysis;
}

/** Groups wake-ups (records with no parent in the same lane) by lane, in trace order. */
export function wakeUpsByLane(records: readonly TraceRecord[]): Map<string, TraceRecord[]> {
	const parent = parentIndexes(records);
	const byLane = new Map<string, TraceRecord[]>();
	for (let i = 0; i < records.length; i++) {
		const r = records[i];
		if (parent[i] !== -1 && records[parent[i]].lane === r.lane) continue;
		let list = byLane.get(r.lane);
		if (!list) byLane.set(r.lane, (list = []));
		list.push(r);
	}
	return byLane;
}

/** Analyses one lane's wake-ups (sorted by start). */
export function analyzeLane(lane: string, records: readonly TraceRecord[], baseNs: bigint): LaneAnalysis {
	const gapsMs = new Float64Array(Math.max(records.length - 1, 0));
	for (let i = 1; i < records.length; i++) gapsMs[i - 1] = nsToMs(records[i].startNs - records[i - 1].startNs);
	// Sorted once for both the distribution and the period.
	const sorted = gapsMs.slice().sort();
	const gaps = sortedGapStats(sorted);
	const period = sortedDominantPeriod(gapsMs, sorted);
	const reasons = Object.fromEntries(WAKE_REASONS.map((r) => [r, 0])) as Record<WakeReason, number>;
	for (const r of records) reasons[r.reason ?? 'unknown']++;
	const bursts = findBursts(records, gapsMs, (period?.ms ?? gaps?.median ?? 0) * BURST_FACTOR, baseNs);
	return { lane, records: records.length, gaps, period, bursts, reasons, headline: laneHeadline(records.length, gaps, period) };
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

/** Runs of at least 3 wake-ups whose gaps are all below `thresholdMs`. */
function findBursts(records: readonly TraceRecord[], gapsMs: ArrayLike<number>, thresholdMs: number, baseNs: bigint) {
	const bursts: LaneAnalysis['bursts'] = [];
	let runStart = 0;
	for (let i = 0; i <= gapsMs.length; i++) {
		if (i < gapsMs.length && gapsMs[i] < thresholdMs) continue;
		const count = i - runStart + 1;
		if (count >= BURST_MIN) bursts.push({ startMs: nsToMs(records[runStart].startNs - baseNs), count });
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
