/**
 * The wake-up raster: each wake-up placed at its phase within the lane's period (x) and its
 * cycle number (y), so a regular period shows as a vertical column and a drift as a slant (pure).
 */
import type { CompactTrace } from '../trace/compact/compact-trace.ts';
import type { LaneAnalysis } from '../trace/analysis/analysis.ts';

/** Wake-ups folded by a period. */
export interface Fold {
	periodNs: number;
	cycles: number;
	/** 0 <= phase < 1. */
	phase: Float64Array;
	cycle: Uint32Array;
	reason: Uint8Array;
}

/**
 * The period to fold by: the analysis' period (else the median gap), refined so that a whole
 * number of periods spans first to last wake-up; a period off by 0.1% would otherwise slant
 * the column over a thousand cycles. Null with fewer than 2 wake-ups.
 */
export function foldPeriodNs(trace: CompactTrace, wakeUps: Uint32Array, lane: LaneAnalysis | undefined): number | null {
	if (wakeUps.length < 2) return null;
	let period = lane?.period && lane.period.ms > 0 ? lane.period.ms * 1e6 : 0;
	if (!period) {
		const gaps = Array.from({ length: wakeUps.length - 1 }, (_, k) => trace.start[wakeUps[k + 1]] - trace.start[wakeUps[k]]).sort((a, b) => a - b);
		period = gaps[gaps.length >> 1];
	}
	if (!(period > 0)) return null;
	const total = trace.start[wakeUps[wakeUps.length - 1]] - trace.start[wakeUps[0]];
	const cycles = Math.round(total / period);
	const refined = cycles > 0 ? total / cycles : period;
	return Math.abs(refined - period) < period * 0.05 ? refined : period;
}

/**
 * Folds wake-ups by `periodNs`, counting cycles from half a period before the first wake-up,
 * so on-period wake-ups sit in the middle (phase 0.5) rather than on the edge.
 * @param periodNs e.g. 5e9 for a 5 s period
 */
export function foldWakeUps(trace: CompactTrace, wakeUps: Uint32Array, periodNs: number): Fold {
	const n = wakeUps.length;
	const phase = new Float64Array(n);
	const cycle = new Uint32Array(n);
	const reason = new Uint8Array(n);
	const origin = (n > 0 ? trace.start[wakeUps[0]] : 0) - periodNs / 2;
	let cycles = 0;
	for (let k = 0; k < n; k++) {
		const offset = (trace.start[wakeUps[k]] - origin) / periodNs;
		cycle[k] = Math.floor(offset);
		phase[k] = offset - cycle[k];
		reason[k] = trace.reason[wakeUps[k]];
		cycles = Math.max(cycles, cycle[k] + 1);
	}
	return { periodNs, cycles, phase, cycle, reason };
}

/**
 * Rasterizes a fold into a `width` x `height` grid of cells: 0 empty, else reason index + 1
 * (the latest wake-up wins), so drawing costs the grid size, not the wake-up count.
 */
export function rasterGrid(fold: Fold, width: number, height: number): Uint8Array {
	const grid = new Uint8Array(width * height);
	const rows = Math.min(height, Math.max(fold.cycles, 1));
	for (let k = 0; k < fold.phase.length; k++) {
		const x = Math.min(width - 1, Math.floor(fold.phase[k] * width));
		const y = Math.min(rows - 1, Math.floor((fold.cycle[k] / Math.max(fold.cycles, 1)) * rows));
		grid[y * width + x] = fold.reason[k] + 1;
	}
	return grid;
}
