/**
 * The summary of one series of samples: percentiles as numpy computes them by default (linear
 * interpolation, d3-array's `quantileSorted` is the same R-7 rule), the population sd (numpy's
 * default `np.std`, as the thesis's notebook uses; simple-statistics' `standardDeviation`), and
 * the median's distribution-free 95% confidence interval from order statistics (`median-ci.ts`).
 */
import { mean as d3mean, quantileSorted } from 'd3-array';
import { standardDeviation } from 'simple-statistics';
import { medianCi } from './median-ci.ts';
import { sortSamples } from './sort-samples.ts';

/** The numbers the table under a chart shows for one series, in the samples' unit. */
export interface SeriesStats {
	/** Number of samples, e.g. `100`. */
	n: number;
	min: number;
	p5: number;
	p25: number;
	/** E.g. `997064.5`. */
	median: number;
	/** 95% CI of the median from order statistics, e.g. `[968123, 1017897]`. */
	medianCi95: [number, number];
	/** The interval's actual coverage (at least 0.95 from 6 samples on; below that the interval is [min, max]), e.g. `0.965`. */
	medianCiLevel: number;
	p75: number;
	p95: number;
	max: number;
	mean: number;
	/** Population standard deviation (numpy's `np.std`), e.g. `228255`. */
	sd: number;
}

/** Summarizes samples (at least one), e.g. `seriesStats([1, 2, 3, 10]).median` is `2.5`. */
export function seriesStats(samples: readonly number[]): SeriesStats {
	return seriesStatsSorted(sortedSamples(samples));
}

/** The samples as an ascending Float64Array (the form the `*Sorted` functions take), e.g. `sortedSamples([3, 1])` is `Float64Array [1, 3]`. */
export function sortedSamples(samples: readonly number[]): Float64Array {
	return sortSamples(new Float64Array(samples));
}

/** `seriesStats` of samples already ascending, e.g. `seriesStatsSorted(sortedSamples(samples))`. */
export function seriesStatsSorted(sorted: Float64Array): SeriesStats {
	if (sorted.length === 0) throw new Error('seriesStats: no samples');
	// d3-array reads any array-like; its types ask for an Array.
	const q = (p: number) => quantileSorted(sorted as unknown as number[], p) as number;
	const ci = medianCi(sorted);
	return {
		n: sorted.length,
		min: sorted[0],
		p5: q(0.05),
		p25: q(0.25),
		median: q(0.5),
		medianCi95: ci.interval,
		medianCiLevel: ci.level,
		p75: q(0.75),
		p95: q(0.95),
		max: sorted[sorted.length - 1],
		mean: d3mean(sorted) as number,
		// simple-statistics reads any array-like; its types ask for an Array.
		sd: sorted.length === 1 ? 0 : standardDeviation(sorted as unknown as number[]),
	};
}
