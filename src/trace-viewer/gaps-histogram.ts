/** Gaps between consecutive wake-ups of a lane, binned on a log scale (pure). */
import type { CompactTrace } from '../trace/compact/compact-trace.ts';

/** One bin: gaps in `[lo, hi)` ms; the first bin has `lo = 0` when some gaps are zero. */
export interface GapBin {
	lo: number;
	hi: number;
	count: number;
}

/** Gaps in ms between consecutive wake-up starts, e.g. wake-ups at 0, 5 s, 10 s -> [5000, 5000]. */
export function wakeUpGapsMs(trace: CompactTrace, wakeUps: Uint32Array): Float64Array {
	const gaps = new Float64Array(Math.max(wakeUps.length - 1, 0));
	for (let k = 1; k < wakeUps.length; k++) gaps[k - 1] = (trace.start[wakeUps[k]] - trace.start[wakeUps[k - 1]]) / 1e6;
	return gaps;
}

/**
 * Bins positive values into bins of equal width on a log10 scale covering whole decades, at
 * least `minDecades` of them (padded around the data, so one steady period shows as one peak
 * among empty bins rather than one bin filling the plot); zero gaps get their own first bin.
 * Empty input gives no bins.
 * @param binsPerDecade e.g. 4 -> edges at 1, 1.78, 3.16, 5.62, 10, ...
 */
export function logHistogram(values: Float64Array, binsPerDecade = 4, minDecades = 3): GapBin[] {
	let zeros = 0;
	let min = Infinity;
	let max = -Infinity;
	for (const v of values) {
		if (v <= 0) zeros++;
		else [min, max] = [Math.min(min, v), Math.max(max, v)];
	}
	const bins: GapBin[] = [];
	if (Number.isFinite(min)) {
		let low = Math.floor(Math.log10(min) + 1e-9);
		let high = Math.floor(Math.log10(max) + 1e-9) + 1;
		while (high - low < minDecades) {
			if ((high - low) % 2 === 1) low--;
			else high++;
		}
		const first = low * binsPerDecade;
		const last = high * binsPerDecade - 1;
		for (let k = first; k <= last; k++) bins.push({ lo: 10 ** (k / binsPerDecade), hi: 10 ** ((k + 1) / binsPerDecade), count: 0 });
		for (const v of values) {
			if (v <= 0) continue;
			const k = Math.floor(Math.log10(v) * binsPerDecade + 1e-9) - first;
			bins[Math.min(Math.max(k, 0), bins.length - 1)].count++;
		}
	}
	if (zeros > 0) bins.unshift({ lo: 0, hi: bins[0]?.lo ?? 0, count: zeros });
	return bins;
}

/** The bin holding the most gaps (the first such), or -1 without bins. */
export function modeBin(bins: GapBin[]): number {
	let best = -1;
	bins.forEach((b, k) => {
		if (best < 0 || b.count > bins[best].count) best = k;
	});
	return best;
}
