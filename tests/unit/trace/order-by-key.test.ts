/**
 * `orderByKey` (the span table's canonical order) gives exactly the stable order of
 * `Array.prototype.sort` with the key then the tie comparator, for keys of every byte width up
 * to 2^53 - 1 and runs of equal keys.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { orderByKey } from '../../../src/trace/import/order-by-key.ts';

/** The reference: indexes sorted by key, then `tie`, stable. */
function sorted(key: Float64Array, tie: (a: number, b: number) => number): number[] {
	return Array.from(key, (_, i) => i).sort((a, b) => key[a] - key[b] || tie(a, b));
}

/** A deterministic pseudo-random source (mulberry32). */
function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

test('orders like a stable sort by key then tie, whatever the largest key', () => {
	const next = random(7);
	for (const largest of [0, 200, 70_000, 2 ** 31, 2 ** 32 + 5, 2 ** 40, Number.MAX_SAFE_INTEGER]) {
		for (const n of [0, 1, 2, 17, 3000]) {
			// Few distinct keys (many ties) and many: both paths of the tie runs.
			for (const distinct of [3, n + 1]) {
				const values = Array.from({ length: distinct }, () => Math.floor(next() * (largest + 1)));
				const key = Float64Array.from({ length: n }, () => values[Math.floor(next() * distinct)]);
				const group = Array.from({ length: n }, () => Math.floor(next() * 4));
				const tie = (a: number, b: number) => group[a] - group[b];
				assert.deepEqual(Array.from(orderByKey(key, tie)), sorted(key, tie), `largest ${largest}, ${n} keys, ${distinct} distinct`);
			}
		}
	}
});

test('keeps the index order of keys that are equal and tie', () => {
	assert.deepEqual(Array.from(orderByKey(new Float64Array([9, 4, 9, 4, 0]), () => 0)), [4, 1, 3, 0, 2]);
	assert.deepEqual(Array.from(orderByKey(new Float64Array([5, 1, 5]), (a, b) => b - a)), [1, 2, 0]);
});
