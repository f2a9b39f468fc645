/**
 * The ratio of the medians of two series with its 95% CI: a percentile bootstrap that resamples
 * each series on its own (independent streams, `bootstrap-medians.ts`) and takes the 2.5th and
 * 97.5th percentiles (numpy-linear, `percentiles.ts`) of the resampled ratios.
 */
import { quantileSorted } from 'd3-array';
import { bootstrapMedians } from './bootstrap-medians.ts';
import { percentilePair } from './percentiles.ts';
import { sortedSamples } from './series-stats.ts';

/** A ratio of medians, e.g. `{ median: 31.05, ci95: [29.9, 32.1] }`. */
export interface MedianRatio {
	median: number;
	ci95: [number, number];
}

/** median(numerator) / median(denominator) with its 95% CI, e.g. `medianRatio([10, 12], [2, 2]).median` is `5.5`. */
export function medianRatio(numerator: readonly number[], denominator: readonly number[]): MedianRatio {
	return medianRatioSorted(sortedSamples(numerator), sortedSamples(denominator));
}

/** `medianRatio` of samples already ascending, e.g. `medianRatioSorted(sortedSamples(a), sortedSamples(b))`. */
export function medianRatioSorted(top: Float64Array, bottom: Float64Array): MedianRatio {
	if (top.length === 0 || bottom.length === 0) throw new Error('medianRatio: a series has no samples');
	const tops = bootstrapMedians(top, 1);
	const bottoms = bootstrapMedians(bottom, 2);
	const ratios = tops.map((t, b) => t / bottoms[b]);
	return {
		// d3-array reads any array-like; its types ask for an Array.
		median: (quantileSorted(top as unknown as number[], 0.5) as number) / (quantileSorted(bottom as unknown as number[], 0.5) as number),
		ci95: percentilePair(ratios, 0.025, 0.975),
	};
}
