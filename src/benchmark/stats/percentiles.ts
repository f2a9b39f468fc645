/**
 * numpy-linear percentiles of an unsorted array by selection rather than a sort (d3-array's
 * `quickselect`), for the bootstrap distributions: two percentiles of 2,000 values per case, so
 * a file of thousands of cases spends its time reading, not sorting. d3-array's `quantile` does
 * the same one percentile at a time, but copies its input through a generator first, which costs
 * about 3x as much. Without NaN, `selectFloats` does what d3-array's quickselect does (its
 * Floyd-Rivest steps, the same swaps) with `<` and `>` in place of its comparator, whose call per
 * comparison was a quarter of inspecting a 100 MB file; with NaN, d3-array's own runs (it puts NaN last).
 */
import { quickselect } from 'd3-array';

/**
 * The `p` and `q` percentiles (as fractions, p < q) of `values` with numpy's default linear
 * interpolation; `values` is reordered. E.g. `percentilePair(Float64Array.of(4, 1, 3, 2), 0.25, 0.75)` is `[1.75, 3.25]`.
 */
export function percentilePair(values: Float64Array, p: number, q: number): [number, number] {
	const n = values.length;
	const withNaN = hasNaN(values);
	const low = select(values, p, 0, withNaN);
	const high = select(values, q, Math.floor((n - 1) * p) + 1, withNaN);
	return [low, high];
}

/** The percentile `p` of `values[from..]`, knowing every value before `from` is no larger; `withNaN`: whether `values` holds NaN. */
function select(values: Float64Array, p: number, from: number, withNaN: boolean): number {
	const n = values.length;
	const h = (n - 1) * p;
	const i = Math.floor(h);
	if (i >= from) {
		// d3-array's types ask for an Array; it reorders any array-like in place.
		if (withNaN) quickselect(values as unknown as number[], i, from, n - 1);
		else selectFloats(values, i, from, n - 1);
	}
	if (i + 1 >= n || h === i) return values[i];
	let next = Infinity; // the smallest value after position i is the (i+1)-th in order
	for (let j = i + 1; j < n; j++) if (values[j] < next) next = values[j];
	return values[i] + (next - values[i]) * (h - i);
}

/** d3-array's `quickselect(values, k, left, right)` for values without NaN: `values[k]` becomes the k-th smallest of `values[left..right]`, smaller ones before it, larger after. */
function selectFloats(values: Float64Array, k: number, left: number, right: number): void {
	while (right > left) {
		if (right - left > 600) {
			const n = right - left + 1;
			const m = k - left + 1;
			const z = Math.log(n);
			const s = 0.5 * Math.exp((2 * z) / 3);
			const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
			selectFloats(values, k, Math.max(left, Math.floor(k - (m * s) / n + sd)), Math.min(right, Math.floor(k + ((n - m) * s) / n + sd)));
		}
		const t = values[k];
		let i = left;
		let j = right;
		swap(values, left, k);
		if (values[right] > t) swap(values, left, right);
		while (i < j) {
			swap(values, i, j);
			i++;
			j--;
			while (values[i] < t) i++;
			while (values[j] > t) j--;
		}
		if (values[left] === t) swap(values, left, j);
		else swap(values, ++j, right);
		if (j <= k) left = j + 1;
		if (k <= j) right = j - 1;
	}
}

function hasNaN(values: Float64Array): boolean {
	for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) return true;
	return false;
}

function swap(values: Float64Array, i: number, j: number): void {
	const t = values[i];
	values[i] = values[j];
	values[j] = t;
}
