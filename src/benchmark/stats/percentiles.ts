/**
 * numpy-linear percentiles of an unsorted array by selection rather than a sort (d3-array's
 * `quickselect`), for the bootstrap distributions: two percentiles of 2,000 values per case, so
 * a file of thousands of cases spends its time reading, not sorting. d3-array's `quantile` does
 * the same one percentile at a time, but copies its input through a generator first, which costs
 * about 3x as much.
 */
import { quickselect } from 'd3-array';

/**
 * The `p` and `q` percentiles (as fractions, p < q) of `values` with numpy's default linear
 * interpolation; `values` is reordered. E.g. `percentilePair(Float64Array.of(4, 1, 3, 2), 0.25, 0.75)` is `[1.75, 3.25]`.
 */
export function percentilePair(values: Float64Array, p: number, q: number): [number, number] {
	const n = values.length;
	const low = select(values, p, 0);
	const high = select(values, q, Math.floor((n - 1) * p) + 1);
	return [low, high];
}

/** The percentile `p` of `values[from..]`, knowing every value before `from` is no larger. */
function select(values: Float64Array, p: number, from: number): number {
	const n = values.length;
	const h = (n - 1) * p;
	const i = Math.floor(h);
	// d3-array's types ask for an Array; it reorders any array-like in place.
	if (i >= from) quickselect(values as unknown as number[], i, from, n - 1);
	if (i + 1 >= n || h === i) return values[i];
	let next = Infinity; // the smallest value after position i is the (i+1)-th in order
	for (let j = i + 1; j < n; j++) if (values[j] < next) next = values[j];
	return values[i] + (next - values[i]) * (h - i);
}
