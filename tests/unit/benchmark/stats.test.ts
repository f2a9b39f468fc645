/**
 * The statistics against figures computed offline with numpy 2.4 / scipy 1.17 (the calls are in
 * the comments), on the thesis's gke_affinity resource file at 100 resources and on small arrays.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { lowerRank, medianCi } from '../../../src/benchmark/stats/median-ci.ts';
import { meanSdMisleads } from '../../../src/benchmark/stats/misleading-mean.ts';
import { medianRatio } from '../../../src/benchmark/stats/ratio.ts';
import { seriesStats } from '../../../src/benchmark/stats/series-stats.ts';
import { medianTrend } from '../../../src/benchmark/stats/trend.ts';

const FILE = join(import.meta.dirname, '..', '..', '..', 'content', 'evaluation', 'benchmarks', 'third-party', 'gke_affinity', 'results_resource_latency.jsonl');
type Row = { resource_count: number; duration_get_latest: number[]; duration_direct: number[] };
const rows: Row[] = readFileSync(FILE, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
const at100 = rows.find((r) => r.resource_count === 100)!;

const close = (actual: number, expected: number, tolerance = 1e-9) =>
	assert.ok(Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected)), `${actual} vs ${expected}`);

test('seriesStats of get_latest at 100 resources matches numpy', () => {
	const s = seriesStats(at100.duration_get_latest);
	assert.equal(s.n, 100);
	assert.equal(s.min, 893526);
	assert.equal(s.max, 1978287);
	// np.percentile(a, [5, 25, 50, 75, 95]) (default method='linear')
	close(s.p5, 908093.95);
	close(s.p25, 938244.0);
	close(s.median, 997064.5);
	close(s.p75, 1106462.75);
	close(s.p95, 1624756.8);
	close(s.mean, 1077689.41); // np.mean(a)
	close(s.sd, 228255.27521396283); // np.std(a) (population, ddof=0)
	// j = largest j with scipy.stats.binom.cdf(j-1, 100, 0.5) <= 0.025 -> 40; np.sort(a)[39], np.sort(a)[60]
	assert.deepEqual(s.medianCi95, [976791, 1049951]);
	close(s.medianCiLevel, 0.9647997997822951); // 1 - 2 * binom.cdf(39, 100, 0.5)
});

test('seriesStats of direct at 100 resources matches numpy', () => {
	const s = seriesStats(at100.duration_direct);
	close(s.p5, 27916.05);
	close(s.median, 32114.5);
	close(s.p95, 55425.5);
	close(s.sd, 12903.987437997606);
	assert.deepEqual(s.medianCi95, [31115, 34026]);
});

test('seriesStats of a small array, and of one sample', () => {
	const s = seriesStats([10, 1, 3, 2]);
	// np.percentile([1,2,3,10], [5,25,50,75,95]) -> 1.15, 1.75, 2.5, 4.75, 8.95; np.std -> 3.5355339059327378
	assert.deepEqual([s.p5, s.p25, s.median, s.p75].map((v) => +v.toFixed(12)), [1.15, 1.75, 2.5, 4.75]);
	close(s.p95, 8.95);
	close(s.sd, 3.5355339059327378);
	// fewer than 6 samples: no 95% order-statistic interval, so [min, max] at 1 - 2 * 0.5**4
	assert.deepEqual(s.medianCi95, [1, 10]);
	close(s.medianCiLevel, 0.875);
	assert.deepEqual(seriesStats([7]).sd, 0);
	assert.throws(() => seriesStats([]), /no samples/);
});

test('the order-statistic ranks match scipy for small and large n', () => {
	// max j with binom.cdf(j-1, n, 0.5) <= 0.025: n=6 -> 1, n=10 -> 2, n=100 -> 40, n=5000 -> 2431
	assert.deepEqual([6, 10, 100, 5000].map((n) => lowerRank(n, 0.025).rank), [1, 2, 40, 2431]);
	close(lowerRank(5000, 0.025).tail, 0.024657929052085727, 1e-9); // binom.cdf(2430, 5000, 0.5)
	assert.deepEqual(medianCi([1, 2, 3, 4, 5, 6]).interval, [1, 6]);
});

test('the ratio of medians and its bootstrap CI match numpy', () => {
	const r = medianRatio(at100.duration_get_latest, at100.duration_direct);
	close(r.median, 31.04717495212443); // np.median(g) / np.median(d)
	// numpy percentile bootstrap, 200,000 resamples (rng.choice per series, np.percentile([2.5, 97.5])):
	// [29.6157, 32.8623]; ours has 2,000 resamples, so within 1.5%
	close(r.ci95[0], 29.6157, 0.015);
	close(r.ci95[1], 32.8623, 0.015);
	assert.deepEqual(medianRatio(at100.duration_get_latest, at100.duration_direct), r, 'seeded: the same digits every time');
	assert.equal(medianRatio([10, 12], [2, 2]).median, 5.5);
});

test('the trend of the medians over resource_count matches numpy', () => {
	const xs = rows.map((r) => r.resource_count);
	const direct = medianTrend(xs, rows.map((r) => r.duration_direct));
	close(direct.slope, 31.659200049841118); // np.polyfit(xs, medians, 1)[0]
	close(direct.intercept, 25909.972124062868);
	// numpy: the same bootstrap of the refitted slope, 20,000 resamples: [29.139, 34.400]
	close(direct.ci95[0], 29.139, 0.03);
	close(direct.ci95[1], 34.4, 0.03);
	assert.equal(direct.flat, false);
	const latest = medianTrend(xs, rows.map((r) => r.duration_get_latest));
	close(latest.slope, 56.71327518534629);
	// numpy: [26.73, 114.86] (wide: the get_latest samples are skewed)
	close(latest.ci95[0], 26.73, 0.15);
	close(latest.ci95[1], 114.86, 0.15);
});

test('a trend is flat when its interval includes 0', () => {
	const t = medianTrend([1, 2, 3], [[10, 30, 20, 11, 29], [12, 28, 21, 9, 31], [10, 30, 19, 12, 30]]);
	assert.equal(t.flat, true);
	assert.ok(t.ci95[0] < 0 && t.ci95[1] > 0);
	assert.equal(medianTrend([1, 2, 3], [[10, 11], [20, 21], [30, 31]]).slope, 10);
	assert.throws(() => medianTrend([1, 1], [[1], [2]]), /two distinct x/);
});

test('mean ± sd misleads: mean 5% above the median, or a sample above 3x', () => {
	const skewed = at100.duration_get_latest;
	// np.mean / np.median = 1.0808...; max / median = 1978287 / 997064.5 = 1.98
	assert.deepEqual(meanSdMisleads(skewed, seriesStats(skewed)), ['the mean is 8.1% above the median']);
	const spike = [10, 10, 10, 10, 35];
	assert.deepEqual(meanSdMisleads(spike, seriesStats(spike)), ['the mean is 50.0% above the median', 'a sample is above 3x the median (the largest 3.5x)']);
	const even = [9, 10, 11];
	assert.deepEqual(meanSdMisleads(even, seriesStats(even)), []);
});
