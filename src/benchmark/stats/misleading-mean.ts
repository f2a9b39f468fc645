/**
 * When a mean with an sd bar (the thesis's view) misleads for a series: the samples are skewed
 * enough that the mean sits more than 5% above the median, or one sample lies above 3x the median.
 */
import type { SeriesStats } from './series-stats.ts';

/** How far above the median the mean may sit, e.g. `0.05` (5%). */
export const MEAN_ABOVE_MEDIAN = 0.05;
/** A sample above this multiple of the median is called out, e.g. `3`. */
export const SAMPLE_ABOVE_MEDIAN = 3;

/**
 * The reasons mean ± sd misleads for these samples (empty when it does not), e.g.
 * `['the mean is 8.1% above the median', 'a sample is 3.3x the median']`.
 */
export function meanSdMisleads(samples: readonly number[], stats: Pick<SeriesStats, 'mean' | 'median' | 'max'>): string[] {
	const reasons: string[] = [];
	const { mean, median, max } = stats;
	if (median > 0 && mean > median * (1 + MEAN_ABOVE_MEDIAN)) reasons.push(`the mean is ${percent(mean / median - 1)} above the median`);
	if (median > 0 && max > median * SAMPLE_ABOVE_MEDIAN) {
		const above = samples.filter((s) => s > median * SAMPLE_ABOVE_MEDIAN).length;
		reasons.push(`${above === 1 ? 'a sample is' : `${above} samples are`} above ${SAMPLE_ABOVE_MEDIAN}x the median (the largest ${(max / median).toFixed(1)}x)`);
	}
	return reasons;
}

function percent(share: number): string {
	return `${(share * 100).toFixed(1)}%`;
}
