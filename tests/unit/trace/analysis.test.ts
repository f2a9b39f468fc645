/** Wake-up analysis on small synthetic series (values built here, so every assertion can fail). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeTrace, changeLatency, dominantPeriod, formatMs, gapStats, quantile } from '../../../src/trace/analysis/analysis.ts';
import type { Trace, TraceRecord } from '../../../src/trace/model.ts';

const BASE = 1_700_000_000_000_000_000n;
const ms = (n: number) => BigInt(Math.round(n * 1e6));
function trace(times: number[], lane = 'a.csv', extra: Partial<TraceRecord> = {}): Trace {
	const records = times.map((t, i) => ({
		id: `${lane}#${i}`,
		startNs: BASE + ms(t),
		name: 'w',
		lane,
		attributes: {},
		events: [],
		...extra,
	}));
	return { format: 'timestamp-list', source: lane, synthetic: true, records, warnings: [] };
}

test('quantiles interpolate linearly', () => {
	assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
	assert.equal(quantile([10], 0.9), 10);
	assert.deepEqual(gapStats([4, 1, 3, 2, 5]), { min: 1, p10: 1.4, median: 3, p90: 4.6, max: 5 });
	assert.equal(gapStats([]), null);
});

test('a jittered 5 s series with outliers has a 5 s period', () => {
	const gaps = Array.from({ length: 100 }, (_, i) => (i % 10 === 0 ? 12000 : 5000 + ((i * 37) % 101) - 50));
	const period = dominantPeriod(gaps);
	assert.ok(period && Math.abs(period.ms - 5000) < 20, `period ${period?.ms}`);
	assert.equal(period.regularity, 0.9);
});

test('no period when gaps are spread out', () => {
	assert.equal(dominantPeriod([100, 300, 900, 2700, 8100, 24300]), null);
	assert.equal(dominantPeriod([5000]), null);
});

test('bursts are runs of wake-ups much closer than the period', () => {
	const times = [0, 5000, 10000, 10010, 10020, 10030, 15000, 20000, 25000, 30000, 35000, 40000];
	const [lane] = analyzeTrace(trace(times)).lanes;
	assert.deepEqual(lane.bursts, [{ startMs: 10000, count: 4 }]);
	assert.equal(lane.headline, 'every 5.00 s, 73% of gaps within 5%');
});

test('lanes are analysed apart, child records in the same lane are not wake-ups', () => {
	const a = trace([0, 1000, 2000], 'x');
	const b = trace([0, 500], 'y');
	a.records.push({ id: 'child', parentId: 'x#0', startNs: BASE + 1n, name: 'c', lane: 'x', attributes: {}, events: [] });
	const analysis = analyzeTrace({ ...a, records: [...a.records, ...b.records] });
	assert.deepEqual(
		analysis.lanes.map((l) => [l.lane, l.records]),
		[
			['x', 3],
			['y', 2],
		],
	);
	assert.match(analysis.headline, /^2 lanes; busiest x: /);
});

test('reasons are counted per lane', () => {
	const [lane] = analyzeTrace(trace([0, 10, 20], 'l', { reason: 'requeue-after' })).lanes;
	assert.deepEqual(lane.reasons, { unknown: 0, 'requeue-after': 3, 'error-retry': 0, 'object-changed': 0 });
});

test('change -> reconcile latency pairs each change with the next unused reconcile', () => {
	const latency = changeLatency(trace([0, 5000, 10000, 20000]), trace([7, 5012, 10003]));
	assert.deepEqual(latency, { pairs: 3, unpaired: 1, gaps: { min: 3, p10: 3.8, median: 7, p90: 11, max: 12 } });
});

test('durations read naturally', () => {
	assert.deepEqual(
		[formatMs(5200), formatMs(12.5), formatMs(0.25), formatMs(0.00002), formatMs(100), formatMs(600000)],
		['5.20 s', '12.5 ms', '250 µs', '20 ns', '100 ms', '10.0 min'],
	);
});
