/**
 * The two hand-written kernels of the statistics give what the built-ins they replace give:
 * `sortSamples` (a radix sort on the doubles' bits) the order of `Float64Array.prototype.sort`,
 * bit for bit, and `percentilePair` (its own selection without NaN) the percentiles of a sorted
 * copy, on seeded random series of every size around the kernels' thresholds.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { percentilePair } from '../../../src/benchmark/stats/percentiles.ts';
import { sortSamples } from '../../../src/benchmark/stats/sort-samples.ts';
import { seededRandom } from '../../../scripts/lib/seeded-random.ts';

const random = seededRandom(20261208);

/** `n` samples drawn by `draw`, e.g. whole microseconds or fractions of a millisecond. */
const series = (n: number, draw: () => number) => Float64Array.from({ length: n }, draw);

const kinds: Record<string, () => number> = {
	'whole microseconds': () => Math.round(20000 + -Math.log(random()) * 5000),
	'milliseconds across 1 and 2 (exponents differ)': () => 0.5 + random() * 3,
	'few distinct values': () => Math.floor(random() * 4),
	'zeros and subnormals': () => (random() < 0.5 ? 0 : random() * 5e-324 * 1000),
	'the whole range of doubles': () => random() * Number.MAX_VALUE,
};

test('sortSamples orders as Float64Array.prototype.sort, bit for bit', () => {
	for (const [kind, draw] of Object.entries(kinds))
		for (const n of [0, 1, 63, 64, 65, 1000, 4099]) {
			const values = series(n, draw);
			const expected = values.slice().sort();
			const sorted = sortSamples(values.slice());
			assert.deepEqual(Array.from(sorted, (v) => Object.is(v, -0) ? '-0' : v), Array.from(expected, (v) => Object.is(v, -0) ? '-0' : v), `${kind}, ${n} samples`);
		}
});

test('sortSamples leaves -0, negatives, NaN and infinities to the built-in sort', () => {
	for (const odd of [-0, -1, NaN, Infinity, -Infinity]) {
		const values = series(200, kinds['whole microseconds']);
		values[17] = odd;
		const expected = values.slice().sort();
		assert.deepEqual(Array.from(sortSamples(values.slice()), String), Array.from(expected, String), String(odd));
	}
});

/** numpy's default (linear) percentile of a sorted copy. */
function numpyLinear(values: Float64Array, p: number): number {
	const sorted = values.slice().sort();
	const h = (sorted.length - 1) * p;
	const i = Math.floor(h);
	return i + 1 < sorted.length ? sorted[i] + (sorted[i + 1] - sorted[i]) * (h - i) : sorted[i];
}

test('percentilePair gives the percentiles of a sorted copy, below and above the Floyd-Rivest threshold', () => {
	for (const [kind, draw] of Object.entries(kinds))
		for (const n of [1, 2, 5, 600, 602, 2000, 5000])
			for (const [p, q] of [
				[0.025, 0.975],
				[0.25, 0.75],
				[0, 1],
			]) {
				const values = series(n, draw);
				assert.deepEqual(percentilePair(values.slice(), p, q), [numpyLinear(values, p), numpyLinear(values, q)], `${kind}, ${n} values, ${p} and ${q}`);
			}
});

test('percentilePair with NaN among the values counts it as the largest, as d3-array does', () => {
	const values = Float64Array.of(3, NaN, 1, 2);
	assert.deepEqual(percentilePair(values, 0, 2 / 3), [1, 3]);
});
