/**
 * The seeded bootstrap of a median that the ratio and the trend use: `RESAMPLES` resamples (n
 * draws with replacement each), drawn with d3-random's seeded `randomLcg`, so every build gives
 * the same digits.
 *
 * A resample of ascending samples is fully described by which ranks it drew, and its median
 * (numpy's: the mean of the two middle values for even n) is the mean of the values at its two
 * middle drawn ranks, because sorting the ranks sorts the values. Which ranks a resample draws
 * depends only on n and the seed, so the middle ranks are drawn once per (n, stream) and kept:
 * the result is exactly that of re-seeding the generator for every series, for the cost of one
 * lookup per resample instead of n draws (that is what lets a 100 MB file inspect in seconds).
 */
import { randomLcg } from 'd3-random';

/** Resamples per bootstrap, e.g. 2000. */
export const RESAMPLES = 2000;
const SEED = 0x2025;

const ranksCache = new Map<string, Uint32Array>();

/**
 * The two middle ranks (0-based, into the ascending samples) of each of `RESAMPLES` resamples of
 * n samples, as [lo0, hi0, lo1, hi1, ...]; `stream` picks an independent sequence, e.g. `middleRanks(100, 1)`.
 */
export function middleRanks(n: number, stream: number): Uint32Array {
	const key = `${n}/${stream}`;
	const known = ranksCache.get(key);
	if (known) return known;
	const random = randomLcg(SEED + stream * 7919);
	const ranks = new Uint32Array(2 * RESAMPLES);
	const counts = new Uint32Array(n);
	const lo = Math.floor((n - 1) / 2);
	const hi = Math.ceil((n - 1) / 2);
	for (let b = 0; b < RESAMPLES; b++) {
		counts.fill(0);
		for (let i = 0; i < n; i++) counts[Math.floor(random() * n)]++;
		let seen = 0;
		let rank = 0;
		for (; seen + counts[rank] <= lo; rank++) seen += counts[rank];
		ranks[2 * b] = rank;
		for (; seen + counts[rank] <= hi; rank++) seen += counts[rank];
		ranks[2 * b + 1] = rank;
	}
	ranksCache.set(key, ranks);
	return ranks;
}

/**
 * The medians of `RESAMPLES` resamples of ascending samples; `rotate` shifts which resample comes
 * b-th (cases of one trend fit take different rows, so that their medians are independent), e.g.
 * `bootstrapMedians(sorted, 1)`.
 */
export function bootstrapMedians(sorted: ArrayLike<number>, stream: number, rotate = 0): Float64Array {
	const ranks = middleRanks(sorted.length, stream);
	const medians = new Float64Array(RESAMPLES);
	for (let b = 0; b < RESAMPLES; b++) {
		const row = (b + rotate) % RESAMPLES;
		medians[b] = (sorted[ranks[2 * row]] + sorted[ranks[2 * row + 1]]) / 2;
	}
	return medians;
}
