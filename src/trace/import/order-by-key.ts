/**
 * The indexes 0..n-1 ordered by an exact integer key (0 <= key < 2^53), ties by a comparator,
 * stable: the order `Array.prototype.sort` gives with `(a, b) => key[a] - key[b] || tie(a, b)`.
 * Why not that sort: a comparator call per comparison was most of the time spent finishing a
 * 200,000-span import (n log n closure calls). Here a least-significant-digit radix sort on the
 * key's bytes (a pass per byte the largest key needs, each a count and a scatter) orders by key,
 * and only runs of equal keys, rare in traces (two spans starting in the same nanosecond), go
 * through the comparator. Browser-safe.
 */

const TWO_32 = 4294967296;
const DIGITS = 256;

/**
 * The order of `key`'s indexes, e.g. `orderByKey(new Float64Array([5, 1, 5]), (a, b) => b - a)`
 * is `[1, 2, 0]`. Every key must be an integer in [0, 2^53).
 */
export function orderByKey(key: Float64Array, tie: (a: number, b: number) => number): Int32Array {
	const n = key.length;
	// The key's halves as 32-bit words: bytes are read with shifts, not divisions.
	const low = new Uint32Array(n);
	const high = new Uint32Array(n);
	let maxHigh = 0;
	let maxLow = 0;
	for (let i = 0; i < n; i++) {
		const h = Math.floor(key[i] / TWO_32);
		high[i] = h;
		low[i] = key[i] - h * TWO_32;
		maxHigh = Math.max(maxHigh, h);
		maxLow = Math.max(maxLow, low[i]);
	}
	// A pass per byte up to the highest one set in any key: the low word's four, then the high word's.
	const passes = maxHigh > 0 ? 4 + byteCount(maxHigh) : byteCount(maxLow);
	// Every pass's digit counts from one read of the keys (each pass then only scatters).
	const counts = new Int32Array(passes * (DIGITS + 1));
	for (let i = 0; i < n; i++)
		for (let pass = 0; pass < passes; pass++)
			counts[pass * (DIGITS + 1) + (((pass < 4 ? low[i] : high[i]) >>> (8 * (pass % 4))) & 0xff) + 1]++;
	let order = new Int32Array(n);
	for (let i = 0; i < n; i++) order[i] = i;
	let spare = new Int32Array(n);
	for (let pass = 0; pass < passes; pass++) {
		const words = pass < 4 ? low : high;
		const shift = 8 * (pass % 4);
		const base = pass * (DIGITS + 1);
		// A byte that is the same in every key (the high bytes of times close together) leaves the order as it is.
		let same = false;
		for (let d = 1; d <= DIGITS && !same; d++) same = counts[base + d] === n;
		if (same) continue;
		for (let d = 1; d <= DIGITS; d++) counts[base + d] += counts[base + d - 1];
		for (let k = 0; k < n; k++) {
			const i = order[k];
			spare[counts[base + ((words[i] >>> shift) & 0xff)]++] = i;
		}
		[order, spare] = [spare, order];
	}
	sortTies(order, key, tie);
	return order;
}

/** Number of bytes `value` (a 32-bit word) needs, 0 for 0. */
function byteCount(value: number): number {
	let bytes = 0;
	for (let v = value; v > 0; v = Math.floor(v / DIGITS)) bytes++;
	return bytes;
}

/** Orders each run of equal keys in `order` (already in index order, the radix sort being stable) by `tie`. */
function sortTies(order: Int32Array, key: Float64Array, tie: (a: number, b: number) => number): void {
	for (let start = 0; start < order.length; ) {
		let end = start + 1;
		while (end < order.length && key[order[end]] === key[order[start]]) end++;
		if (end - start > 1) order.set(Array.from(order.subarray(start, end)).sort(tie), start);
		start = end;
	}
}
