/**
 * Synthetic benchmark results in the thesis's JSON Lines shape, for `npm run bench:benchmark`:
 * one case a line, `resource_count` 0, 1, 2, ..., two series of right-skewed microsecond samples
 * (a fixed cost plus an exponential tail, like the measured get_latest and direct requests).
 * Generated, seeded: the same bytes on every run. Not measured data.
 */
import { exponential, seededRandom } from './seeded-random.ts';

/** The lines of about `bytes` of JSON Lines with `samples` per series, e.g. `syntheticBenchmarkLines(1e8, 1000)`. */
export function* syntheticBenchmarkLines(bytes: number, samples: number): Generator<string> {
	const random = seededRandom(20250520);
	const series = (base: number, tail: number) => Array.from({ length: samples }, () => Math.round(base + exponential(random, tail)));
	let written = 0;
	for (let resources = 0; written < bytes; resources++) {
		const line = `${JSON.stringify({
			resource_count: resources,
			kind_count: 1,
			duration_get_latest: series(900_000, 100_000),
			duration_direct: series(25_000 + 30 * resources, 7_000),
		})}\n`;
		written += Buffer.byteLength(line);
		yield line;
	}
}
