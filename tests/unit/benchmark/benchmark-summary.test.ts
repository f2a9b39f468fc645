/**
 * The summary (the `--json` shape) and figure references, on the thesis's gke_affinity resource
 * file; expected values from numpy (np.median, np.polyfit), as in stats.test.ts.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { benchmarkFigure } from '../../../src/benchmark/benchmark-figure.ts';
import { ratioSentence, trendSentence } from '../../../src/benchmark/benchmark-sentences.ts';
import { benchmarkSummary } from '../../../src/benchmark/benchmark-summary.ts';
import { readBenchmarkFile } from '../../../src/benchmark/read/read-benchmark.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FILE = join(ROOT, 'content', 'evaluation', 'benchmarks', 'third-party', 'gke_affinity', 'results_resource_latency.jsonl');
const summary = benchmarkSummary(readBenchmarkFile(FILE, { unit: 'us' }));
const fig = (query: string) => benchmarkFigure(summary, new URLSearchParams(query));
const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) <= 1e-9 * Math.abs(expected), `${actual} vs ${expected}`);

test('the summary has the --json shape of issue 14 item 6', () => {
	assert.deepEqual(Object.keys(summary), ['file', 'format', 'unit', 'x', 'series', 'cases', 'trend']);
	assert.deepEqual([summary.file, summary.unit, summary.x], ['results_resource_latency.jsonl', 'us', 'resource_count']);
	const at100 = summary.cases[4];
	assert.deepEqual([at100.x, at100.fields], [100, { kind_count: 1 }]);
	assert.deepEqual(Object.keys(at100.series.duration_get_latest), ['n', 'min', 'p5', 'p25', 'median', 'medianCi95', 'medianCiLevel', 'p75', 'p95', 'max', 'mean', 'sd', 'meanSdMisleads']);
	assert.deepEqual([at100.ratio?.numerator, at100.ratio?.denominator], ['duration_get_latest', 'duration_direct']);
	close(at100.ratio!.median, 31.04717495212443); // np.median(g) / np.median(d)
	assert.deepEqual(Object.keys(summary.trend!.series), ['duration_get_latest', 'duration_direct']);
	assert.deepEqual(JSON.parse(JSON.stringify(summary)), summary, 'JSON round trip loses nothing');
});

test('the ratio can divide the other way', () => {
	const flipped = benchmarkSummary(readBenchmarkFile(FILE), { numerator: 'duration_direct', denominator: 'duration_get_latest' });
	close(flipped.cases[4].ratio!.median, 1 / 31.04717495212443);
	assert.throws(() => benchmarkSummary(readBenchmarkFile(FILE), { numerator: 'x' }), {
		message: 'results_resource_latency.jsonl: no series "x" for the ratio\'s numerator; the series are duration_get_latest, duration_direct',
	});
});

test('figure references give the numbers with their unit', () => {
	assert.deepEqual(fig('figure=median&series=duration_get_latest&x=100'), { value: 997064.5, unit: 'us' });
	assert.deepEqual(fig('figure=n&series=duration_direct&x=0'), { value: 100, unit: undefined });
	assert.deepEqual(fig('figure=medianCi95.lo&series=duration_direct&x=100'), { value: 31115, unit: 'us' });
	const ratio = fig('figure=ratio&x=100');
	close(ratio.value, 31.04717495212443);
	assert.equal(ratio.unit, 'x');
	assert.ok(fig('figure=ratio.lo&x=100').value < ratio.value && fig('figure=ratio.hi&x=100').value > ratio.value);
	const slope = fig('figure=trend.slope&series=duration_direct');
	close(slope.value, 31.659200049841118); // np.polyfit(xs, medians, 1)[0]
	assert.equal(slope.unit, 'us/resource_count');
	close(fig('figure=sd&series=duration_get_latest&x=100').value, 228255.27521396283); // np.std
});

test('a wrong figure reference says what is allowed', () => {
	const wrong = (query: string, message: string) => assert.throws(() => fig(query), { message: `results_resource_latency.jsonl: ${message}` });
	wrong('x=100', 'a figure reference needs figure=<n|min|p5|p25|median|medianCi95.lo|medianCi95.hi|p75|p95|max|mean|sd|ratio|ratio.lo|ratio.hi|trend.slope|trend.lo|trend.hi>');
	wrong('figure=average&x=100', 'unknown figure "average"; allowed: n, min, p5, p25, median, medianCi95.lo, medianCi95.hi, p75, p95, max, mean, sd, ratio, ratio.lo, ratio.hi, trend.slope, trend.lo, trend.hi');
	wrong('figure=ratio', 'the file has 6 cases: add x=<0, 1, 5, 10, 100, 1000> (resource_count)');
	wrong('figure=ratio&x=50', 'no case with resource_count 50; the cases are 0, 1, 5, 10, 100, 1000');
	wrong('figure=median&x=100', 'the file has 2 series: add series=<duration_get_latest|duration_direct>');
	wrong('figure=median&x=100&series=get', 'no series "get"; the series are duration_get_latest, duration_direct');
	wrong('figure=ratio&x=100&series=duration_direct', 'figure "ratio" divides duration_get_latest by duration_direct: drop series');
	wrong('figure=trend.slope&series=duration_direct&x=100', 'figure "trend.slope" is over all cases: drop x');
	wrong('figure=median&x=100&view=thesis', 'unknown parameter "view" in a figure reference; allowed: figure, x, series');
});

test('a file with one case and one series needs neither x nor series, and has no trend', () => {
	const one = benchmarkSummary(readBenchmarkFile(join(ROOT, 'tests', 'fixtures', 'benchmark', 'hyperfine-no-parameters.json'), { series: ['rg x'] }));
	assert.deepEqual([one.trend, one.cases[0].ratio], [null, null]);
	assert.deepEqual(benchmarkFigure(one, new URLSearchParams('figure=median')), { value: 0.0045000000000000005, unit: 's' }); // np.median([0.004, 0.005, 0.004, 0.006]) prints 0.0045000000000000005
	assert.throws(() => benchmarkFigure(one, new URLSearchParams('figure=trend.slope')), { message: 'hyperfine-no-parameters.json: figure "trend.slope" needs at least two cases; the file has one' });
});

test('the sentences', () => {
	assert.equal(
		ratioSentence({ numerator: 'duration_get_latest', denominator: 'duration_direct', median: 31.047, ci95: [29.57, 32.77] }, { duration_direct: 'the direct requests' }),
		'duration_get_latest takes 31.0 times as long as the direct requests (95% CI: 29.6 to 32.8)',
	);
	assert.equal(
		trendSentence('duration_direct', { slope: 31.66, intercept: 25910, ci95: [29.15, 34.54], flat: false }, 'resource_count', 'us'),
		'duration_direct: the median grows by 31.7 us per unit of resource_count (95% CI: 29.2 to 34.5)',
	);
	assert.equal(
		trendSentence('a', { slope: -1234.4, intercept: 0, ci95: [-5000, 2500], flat: true }, 'kind_count', ''),
		'a: the median is flat over kind_count: its slope, -1,234 per unit of kind_count (95% CI: -5,000 to 2,500), includes 0',
	);
});
