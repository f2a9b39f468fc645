/**
 * The trend of a series over x: the least-squares slope of the case medians, with a 95%
 * percentile-bootstrap CI that resamples the samples within each case (`bootstrap-medians.ts`)
 * and refits; `flat` when that interval includes 0.
 *
 * Why this and not Theil–Sen or a t interval: the thesis's files have five or six cases, where
 * Sen's rank interval spans nearly every pairwise slope and a t interval (3-4 degrees of freedom)
 * assumes normal residuals; the bootstrap keeps the samples' own skewed noise, it costs O(cases),
 * and the slope of the medians is the line a reader sees through the chart's medians. It says
 * nothing about curvature: a step at the last case also shows up as a slope.
 *
 * The slope is the closed form sum((x - mean x)(y - mean y)) / sum((x - mean x)^2), written out
 * rather than taken from simple-statistics' `linearRegression`, which wants a new array of pairs
 * per fit: the bootstrap refits 2,000 times over every case, allocation-free here.
 */
import { quantileSorted } from 'd3-array';
import { middleRanks, RESAMPLES } from './bootstrap-medians.ts';
import { percentilePair } from './percentiles.ts';
import { sortedSamples } from './series-stats.ts';

/** A slope per unit of x, e.g. `{ slope: 31.7, intercept: 25910, ci95: [29.2, 34.5], flat: false }`. */
export interface Trend {
	/** Change of the median per unit of x, in the samples' unit. */
	slope: number;
	/** The fitted median at x = 0. */
	intercept: number;
	ci95: [number, number];
	/** True when the CI includes 0: no trend can be told from the noise. */
	flat: boolean;
}

/**
 * The trend of the medians of `samples[i]` over `xs[i]` (at least two distinct x), e.g.
 * `medianTrend([1, 2, 3], [[10, 11], [20, 21], [30, 31]]).slope` is `10`.
 */
export function medianTrend(xs: readonly number[], samples: readonly (readonly number[])[]): Trend {
	return medianTrendSorted(xs, samples.map(sortedSamples));
}

/** `medianTrend` of samples already ascending, e.g. `medianTrendSorted(xs, cases.map(sortedSamples))`. */
export function medianTrendSorted(xs: readonly number[], sorted: readonly Float64Array[]): Trend {
	if (xs.length !== sorted.length) throw new Error('medianTrend: one x per case');
	if (new Set(xs).size < 2) throw new Error('medianTrend: needs at least two distinct x');
	const cases = xs.length;
	const meanX = xs.reduce((sum, x) => sum + x, 0) / cases;
	const dx = Float64Array.from(xs, (x) => x - meanX);
	const sxx = dx.reduce((sum, d) => sum + d * d, 0);
	const slopeOf = (ys: ArrayLike<number>) => {
		let meanY = 0;
		for (let i = 0; i < cases; i++) meanY += ys[i];
		meanY /= cases;
		let sxy = 0;
		for (let i = 0; i < cases; i++) sxy += dx[i] * (ys[i] - meanY);
		return { slope: sxy / sxx, meanY };
	};
	const fit = slopeOf(sorted.map((s) => quantileSorted(s as unknown as number[], 0.5) as number));
	// The bootstrap: resample b's slope is slopeOf(its case medians), where case i takes resample
	// row b + i (at every b the cases' medians come from different rows). Computed case by case,
	// two passes over all b (the means of y, then the sums of dx * (y - mean)), so each case's
	// samples are read while in cache: the same operations in the same order as slopeOf, so the
	// same digits, without a cache miss per case per resample on files of thousands of cases.
	const meanYs = new Float64Array(RESAMPLES);
	const sxys = new Float64Array(RESAMPLES);
	for (let pass = 0; pass < 2; pass++) {
		for (let i = 0; i < cases; i++) {
			const samples = sorted[i];
			const ranks = middleRanks(samples.length, 0);
			for (let b = 0; b < RESAMPLES; b++) {
				const row = 2 * ((b + i) % RESAMPLES);
				const y = (samples[ranks[row]] + samples[ranks[row + 1]]) / 2;
				if (pass === 0) meanYs[b] += y;
				else sxys[b] += dx[i] * (y - meanYs[b]);
			}
		}
		if (pass === 0) for (let b = 0; b < RESAMPLES; b++) meanYs[b] /= cases;
	}
	const slopes = sxys.map((sxy) => sxy / sxx);
	const ci95 = percentilePair(slopes, 0.025, 0.975);
	return { slope: fit.slope, intercept: fit.meanY - fit.slope * meanX, ci95, flat: ci95[0] <= 0 && ci95[1] >= 0 };
}
