/**
 * The trend of a series over x: the least-squares slope of the case medians (simple-statistics'
 * `linearRegression`), with a 95% percentile-bootstrap CI that resamples the samples within each
 * case (`bootstrap-medians.ts`) and refits; `flat` when that interval includes 0.
 *
 * Why this and not Theil–Sen or a t interval: the thesis's files have five or six cases, where
 * Sen's rank interval spans nearly every pairwise slope and a t interval (3-4 degrees of freedom)
 * assumes normal residuals; the bootstrap keeps the samples' own skewed noise, it costs O(cases),
 * and the slope of the medians is the line a reader sees through the chart's medians. It says
 * nothing about curvature: a step at the last case also shows up as a slope.
 */
import { median, quantile } from 'd3-array';
import { linearRegression } from 'simple-statistics';
import { bootstrapMedians, RESAMPLES } from './bootstrap-medians.ts';

/** A slope per unit of x, e.g. `{ slope: 12.5, intercept: 31990, ci95: [9.8, 15.1], flat: false }`. */
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
	if (xs.length !== samples.length) throw new Error('medianTrend: one x per case');
	if (new Set(xs).size < 2) throw new Error('medianTrend: needs at least two distinct x');
	const sorted = samples.map((s) => Float64Array.from(s).sort());
	const fit = slopeOf(xs, sorted.map((s) => median(s) as number));
	// Case i takes resample row b + i: at every b the cases' medians come from different rows.
	const resampled = sorted.map((s, i) => bootstrapMedians(s, 0, i));
	const slopes = new Float64Array(RESAMPLES);
	const medians = new Array<number>(xs.length);
	for (let b = 0; b < RESAMPLES; b++) {
		for (let i = 0; i < xs.length; i++) medians[i] = resampled[i][b];
		slopes[b] = slopeOf(xs, medians).slope;
	}
	const ci95: [number, number] = [quantile(slopes, 0.025) as number, quantile(slopes, 0.975) as number];
	return { slope: fit.slope, intercept: fit.intercept, ci95, flat: ci95[0] <= 0 && ci95[1] >= 0 };
}

function slopeOf(xs: readonly number[], ys: readonly number[]): { slope: number; intercept: number } {
	const { m, b } = linearRegression(xs.map((x, i) => [x, ys[i]]));
	return { slope: m, intercept: b };
}
