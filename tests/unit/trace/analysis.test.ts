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

test('wake-ups per minute are taken over the trace window, and top wakers list the busiest lane first', () => {
	// Lane "fast": every 5 s for 60 s (13 wake-ups); lane "slow": every 30 s (3); lane "b-tie": 3 too.
	const fast = trace(Array.from({ length: 13 }, (_, i) => i * 5000), 'fast');
	const slow = trace([0, 30000, 60000], 'slow');
	const tie = trace([10000, 20000, 30000], 'b-tie');
	const analysis = analyzeTrace({ ...fast, records: [...fast.records, ...slow.records, ...tie.records] });
	assert.deepEqual(analysis.window, { startMs: 0, endMs: 60000 });
	assert.deepEqual(
		analysis.topWakers.map((w) => [w.lane, w.wakeupsPerMinute, w.share, w.periodMs]),
		[
			['fast', 13, 0.6842, 5000],
			['b-tie', 3, 0.1579, 10000],
			['slow', 3, 0.1579, 30000],
		],
	);
	assert.equal(analysis.lanes.find((l) => l.lane === 'fast')!.wakeupsPerMinute, 13);
});

test('each lane carries its causes and the unload simulation at the wasm-operator policy', () => {
	const [lane] = analyzeTrace(trace(Array.from({ length: 11 }, (_, i) => i * 5000))).lanes;
	assert.deepEqual(lane.causes.scheduled, { count: 10, inferred: 10 });
	assert.deepEqual(lane.causes.unknown, { count: 1, inferred: 0 });
	// Loaded [0,1) [2,4) [5,6), then [w-1, w+1) around each of the 8 hits at 10..45 s, and [49,50): 21 s of 50;
	// loads: the cold starts at 0 and 5 s and the reloads at 2, 9, 14, ..., 49 s: 12 in 50 s.
	assert.deepEqual(
		{ ...lane.unload },
		{ idleMs: 1000, leadMs: 1000, graceMs: 1000, prediction: true, loadedFraction: 0.42, reloadsPerMinute: 14.4, coldStarts: 2, predictionHits: 9, predictionMisses: 1 },
	);
	const [off] = analyzeTrace(trace(Array.from({ length: 11 }, (_, i) => i * 5000)), { policy: { idleMs: 1000, leadMs: 1000, graceMs: 1000, prediction: false } }).lanes;
	assert.equal(off.unload.loadedFraction, 0.2);
	assert.equal(off.unload.coldStarts, 11);
});

test('a changes list makes the wake-ups right after changes event-driven (inferred)', () => {
	const changes = trace([4900, 9950], 'changes.csv');
	const [lane] = analyzeTrace(trace([0, 5000, 10000, 15000]), { changes }).lanes;
	assert.deepEqual(lane.causes.event, { count: 2, inferred: 2 });
	assert.deepEqual(lane.causes.scheduled, { count: 1, inferred: 1 });
});
