/**
 * The median's 95% confidence interval from order statistics (distribution-free; Le Boudec,
 * "Performance Evaluation of Computer and Communication Systems", 2010, Thm. 2.1, as Hoefler and
 * Belli, SC'15, recommend): the number of samples below the true median is Binomial(n, 1/2), so
 * [x_(j), x_(n-j+1)] (1-based ranks of the sorted samples) covers it with probability
 * 1 - 2 P(B <= j-1); j is the largest rank that keeps that at 95% or more.
 *
 * Chosen over a bootstrap because it is exact (no resampling noise, no seed: the same digits on
 * every build by construction), assumes nothing about the skewed distribution, and costs nothing
 * beyond the sort the percentiles need. The binomial tail is summed here in log space because
 * simple-statistics' `binomialDistribution` underflows beyond about 1,000 trials (0.5^n).
 */

/** The interval and its actual coverage. */
export interface MedianCi {
	/** E.g. `[968123, 1017897]`. */
	interval: [number, number];
	/** E.g. `0.9648` for 100 samples (ranks 40 and 61). */
	level: number;
}

const ranks = new Map<number, { rank: number; tail: number }>(); // by n: every case of a file often has the same n

/** The 95% CI of the median of ascending samples, e.g. `medianCi([1,2,3,4,5,6]).interval` is `[1, 6]` (level 0.969). */
export function medianCi(sorted: ArrayLike<number>): MedianCi {
	const n = sorted.length;
	let known = ranks.get(n);
	if (!known) ranks.set(n, (known = lowerRank(n, 0.025)));
	const { rank, tail } = known;
	if (rank === 0) return { interval: [sorted[0], sorted[n - 1]], level: 1 - 2 * 0.5 ** n };
	return { interval: [sorted[rank - 1], sorted[n - rank]], level: 1 - 2 * tail };
}

/**
 * The largest rank j (1-based) with P(B <= j-1) <= alpha for B ~ Binomial(n, 1/2), and that tail;
 * rank 0 when even P(B = 0) exceeds alpha (fewer than 6 samples at 2.5%). E.g. `lowerRank(100, 0.025)` is `{ rank: 40, tail: 0.0176 }`.
 */
export function lowerRank(n: number, alpha: number): { rank: number; tail: number } {
	let logPmf = n * Math.log(0.5); // log P(B = 0)
	let cumulative = 0;
	let rank = 0;
	let tail = 0;
	for (let k = 0; k < n / 2; k++) {
		cumulative += Math.exp(logPmf);
		if (cumulative > alpha) break;
		rank = k + 1;
		tail = cumulative;
		logPmf += Math.log((n - k) / (k + 1));
	}
	return { rank, tail };
}
