/** A small seeded pseudo-random generator, so generated example data is the same on every run. */

/** A function returning the next number in [0, 1) of a fixed sequence. */
export type Random = () => number;

/**
 * Returns a deterministic generator (mulberry32) for a 32-bit seed.
 * @param seed e.g. `20241104`
 */
export function seededRandom(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Draws from an exponential distribution with the given mean.
 * @param mean e.g. `30` (milliseconds)
 */
export function exponential(random: Random, mean: number): number {
	return -mean * Math.log(1 - random());
}

/**
 * Draws uniformly from [low, high).
 * @param low e.g. `80`
 */
export function uniform(random: Random, low: number, high: number): number {
	return low + (high - low) * random();
}
