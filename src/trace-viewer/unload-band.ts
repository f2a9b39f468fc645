/**
 * The unload band under each lane: what the wasm-operator's host would do with the lane's
 * wake-ups (`simulateUnload`, run here in the browser at the reader's policy and at build time
 * at the cited one), and how that looks in a window of the timeline. Pure, DOM-free.
 *
 * Level of detail: each pixel column shows the share of its time the module is loaded, as the
 * height of a bar (full: loaded throughout, none: unloaded), so a zoomed-out band keeps the
 * loaded fraction instead of painting every column that holds a moment of loading as loaded.
 * Zoomed in, columns are either full or empty: the intervals themselves. Cold starts are ticks
 * in a strip of their own below, at most one a pixel.
 */
import { simulateUnload, type TimeSpan, type UnloadPolicy, type UnloadRun } from '../trace/analysis/unload-simulation.ts';
import type { Analysis } from '../trace/analysis/analysis.ts';
import type { CompareSide } from '../trace/compare-traces.ts';
import type { TraceLayout } from './layout.ts';
import { meanShare } from './mean-share.ts';
import { percent } from './summary-table.ts';
import { lowerBound } from './visible-slice.ts';
import type { TimeWindow } from './view-state.ts';

/** What the band under each lane shows, in words: read with the timeline and the static overview. */
export const BAND_HELP = 'Under each lane, a band shows the simulated wasm-operator module: a bar while it is loaded (as tall as the share of loaded time at that point), a thin line while it is unloaded, and a tick below it at each cold start, a wake-up that finds the module unloaded.';

/** The simulation of one shown lane, on the layout's time axis (ns offsets). */
export interface LaneBand {
	/** The lane's name, e.g. `"operator"`. */
	lane: string;
	/** The window the figures are taken over; outside it the band is not drawn. */
	window: TimeSpan;
	run: UnloadRun;
	/** Start of each cold start, ascending. */
	coldNs: Float64Array;
	/** The lane's number of wake-ups. */
	wakeUps: number;
}

/** What the band of one lane shows in a window `width` px wide. */
export interface BandColumns {
	/** Per pixel column, the share of its time the module is loaded, 0..1. */
	loaded: Float32Array;
	/** x of each cold start in view, at most one a pixel, ascending. */
	cold: number[];
	/** The part of the width inside the simulation window, [x0, x1]; x1 < x0 when none is. */
	x0: number;
	x1: number;
}

/**
 * The window each lane's figures are taken over, as the analysis takes them: the trace's first
 * to last wake-up, or for a compare block each trace's own.
 * @param analysis e.g. `trace.analysis`; @param sides a compare block's traces (`data-compare`)
 */
export function laneWindows(analysis: Analysis, sides?: readonly CompareSide[]): (lane: string) => TimeSpan {
	const ns = (w: { startMs: number; endMs: number }): TimeSpan => ({ startNs: w.startMs * 1e6, endNs: w.endMs * 1e6 });
	const whole = ns(analysis.window);
	const byLane = new Map(sides?.flatMap((side) => side.lanes.map((lane) => [lane, ns(side.window)] as const)));
	return (lane) => byLane.get(lane) ?? whole;
}

/**
 * Simulates `policy` over the wake-ups of every shown lane (in the layout's lane order),
 * e.g. `simulateBands(layout, WASM_OPERATOR_POLICY, laneWindows(trace.analysis))`.
 */
export function simulateBands(layout: TraceLayout, policy: UnloadPolicy, windowOf: (lane: string) => TimeSpan): LaneBand[] {
	const { trace } = layout;
	return layout.lanes.map(({ lane, name }) => {
		const wakeUps = layout.wakeUps[lane];
		const starts = new Float64Array(wakeUps.length);
		const durations = new Float64Array(wakeUps.length);
		for (let k = 0; k < wakeUps.length; k++) {
			starts[k] = trace.start[wakeUps[k]];
			durations[k] = Math.max(trace.duration[wakeUps[k]], 0);
		}
		const window = windowOf(name);
		const run = simulateUnload(starts, policy, durations, window);
		return { lane: name, window, run, coldNs: Float64Array.from(run.coldStarts, (k) => starts[k]), wakeUps: wakeUps.length };
	});
}

/**
 * The band of `band` in window `w` drawn `width` px wide.
 * @param width e.g. 720 CSS px
 */
export function bandColumns(band: LaneBand, w: TimeWindow, width: number): BandColumns {
	const cols = Math.max(1, Math.ceil(width));
	const loaded = new Float32Array(cols);
	const pxPerNs = width / (w.t1 - w.t0);
	const x = (t: number) => (t - w.t0) * pxPerNs;
	const add = (from: number, to: number) => {
		const a = Math.max(from, 0);
		const b = Math.min(to, cols);
		if (!(b > a)) return;
		const first = Math.floor(a);
		const last = Math.min(Math.ceil(b) - 1, cols - 1);
		if (first === last) {
			loaded[first] += b - a;
			return;
		}
		loaded[first] += first + 1 - a;
		for (let c = first + 1; c < last; c++) loaded[c] = 1;
		loaded[last] += b - last;
	};
	const iv = band.run.loaded;
	const pairs = iv.length / 2;
	for (let k = lowerBound(pairs, (j) => iv[2 * j + 1] > w.t0); k < pairs && iv[2 * k] < w.t1; k++) add(x(iv[2 * k]), x(iv[2 * k + 1]));
	for (let c = 0; c < cols; c++) if (loaded[c] > 1) loaded[c] = 1; // float sums of abutting intervals
	const cold: number[] = [];
	const starts = band.coldNs;
	for (let k = lowerBound(starts.length, (j) => starts[j] >= w.t0); k < starts.length && starts[k] <= w.t1; k++) {
		const px = Math.round(x(starts[k]));
		if (cold.length === 0 || px !== cold[cold.length - 1]) cold.push(px);
	}
	return { loaded, cold, x0: Math.max(x(band.window.startNs), 0), x1: Math.min(x(band.window.endNs), width) };
}

/**
 * The simulation in one line, for the live region next to the policy inputs: per compared
 * trace, or over all lanes, e.g. "Simulated: loaded 20% of the time, 345 of 353 wake-ups cold starts."
 * @param sides a compare block's traces (their lanes name the bands)
 */
export function bandStatus(bands: readonly LaneBand[], sides?: readonly CompareSide[]): string {
	const line = (list: readonly LaneBand[]) => {
		const share = meanShare(list.map((b) => b.run.summary.loadedFraction));
		const loaded = share === null ? 'an unknown share' : percent(share);
		const cold = list.reduce((n, b) => n + b.run.summary.coldStarts, 0);
		const wakeUps = list.reduce((n, b) => n + b.wakeUps, 0);
		return `loaded ${loaded} of the time${list.length > 1 ? ` (mean of ${list.length} lanes)` : ''}, ${cold} of ${wakeUps} wake-ups cold starts`;
	};
	if (!sides) return `Simulated: ${line(bands)}.`;
	return `Simulated: ${sides.map((side) => `${side.label}: ${line(bands.filter((b) => side.lanes.includes(b.lane)))}`).join('; ')}.`;
}
