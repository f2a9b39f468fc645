import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { benchmarkSummary } from '../../../src/benchmark/benchmark-summary.ts';
import { readBenchmarkFile } from '../../../src/benchmark/read/read-benchmark.ts';
import { chartModel } from '../../../src/benchmark-chart/chart-model.ts';
import { displayUnit, formatValue, thesisUnit } from '../../../src/benchmark-chart/display-unit.ts';
import { jitter, pointText } from '../../../src/benchmark-chart/plot-views.ts';

const committed = join(import.meta.dirname, '../../../content/evaluation/benchmarks/third-party');
const labels = { duration_get_latest: 'get_latest_with_secondaries', duration_direct: 'Direct LIST requests' };

function model(env: string) {
	const data = readBenchmarkFile(join(committed, env, 'results_resource_latency.jsonl'), { x: 'resource_count', unit: 'us' });
	return chartModel([{ label: env, data, summary: benchmarkSummary(data) }], { title: env, xLabel: 'Number of Secondaries', labels });
}

test('display units: the largest time unit the smallest median fills; the thesis axis in ms', () => {
	assert.deepEqual(displayUnit('us', 1520), { unit: 'ms', factor: 0.001 });
	assert.deepEqual(displayUnit('us', 800), { unit: 'µs', factor: 1 });
	assert.deepEqual(displayUnit('s', 0.05), { unit: 'ms', factor: 1000 });
	assert.deepEqual(displayUnit('ops', 3), { unit: 'ops', factor: 1 });
	assert.deepEqual(thesisUnit('us'), { unit: 'ms', factor: 0.001 });
	assert.equal(formatValue(1077.689), '1,078');
	assert.equal(formatValue(32.1145), '32.11');
});

test('the thesis view of gke_affinity at 100 resources shows the notebook\'s mean and sd in ms (numpy: 1,077,689 and 228,255 us)', () => {
	const m = model('gke_affinity');
	const point = m.points.find((p) => p.x === 100 && p.group === 0)!;
	assert.equal(pointText(m, point, 'thesis'), 'Number of Secondaries 100, get_latest_with_secondaries: mean 1,078 ms ± sd 228.3 ms (n = 100)');
	assert.match(pointText(m, point, 'distribution'), /^Number of Secondaries 100, get_latest_with_secondaries: median 997.1 ms \(95% CI: /);
	assert.match(m.ratios[4], /^Number of Secondaries 100: get_latest_with_secondaries takes 31\.0 times as long as Direct LIST requests \(95% CI: /);
});

test('series about 31x apart open on a log scale; the thesis view opens linear; every case has both series', () => {
	const m = model('gke_affinity');
	assert.deepEqual(m.scales, { distribution: 'log', thesis: 'linear' });
	assert.deepEqual(m.xs, [0, 1, 5, 10, 100, 1000]);
	assert.equal(m.points.length, 12);
	assert.ok(m.misleads.length > 0, 'the skewed GKE samples get the note');
});

test('jitter spreads samples over the box without randomness', () => {
	const offsets = Array.from({ length: 100 }, (_, i) => jitter(i));
	assert.equal(offsets[0], 0);
	assert.ok(offsets.every((o) => o >= -0.5 && o < 0.5));
	assert.ok(Math.max(...offsets) - Math.min(...offsets) > 0.9);
});
