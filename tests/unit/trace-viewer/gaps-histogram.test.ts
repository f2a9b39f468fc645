import { test } from 'node:test';
import assert from 'node:assert/strict';
import { logHistogram, modeBin, wakeUpGapsMs } from '../../../src/trace-viewer/gaps-histogram.ts';
import { buildLayout } from '../../../src/trace-viewer/layout.ts';
import { periodic, traceOf } from './synthetic-trace.ts';

test('gaps between wake-ups of a 5 s period all land in one bin', () => {
	const trace = traceOf(periodic(13, 5000, 20));
	const gaps = wakeUpGapsMs(trace, buildLayout(trace).wakeUps[0]);
	assert.deepEqual(Array.from(gaps), Array(12).fill(5000));
	const bins = logHistogram(gaps, 4);
	assert.deepEqual([bins[0].lo, bins.at(-1)!.hi].map((v) => Number(v.toPrecision(3))), [100, 100_000], 'padded to 3 decades around 5 s');
	const full = bins.filter((b) => b.count > 0);
	assert.equal(full.length, 1);
	assert.ok(full[0].lo <= 5000 && 5000 < full[0].hi);
	assert.equal(full[0].count, 12);
});

test('log bins are aligned to powers of ten and equal on a log scale', () => {
	const bins = logHistogram(Float64Array.from([1, 9, 10, 99, 1000]), 2);
	assert.deepEqual(bins.map((b) => Number(b.lo.toPrecision(3))), [1, 3.16, 10, 31.6, 100, 316, 1000, 3160]);
	assert.deepEqual(bins.map((b) => b.count), [1, 1, 1, 1, 0, 0, 1, 0]);
	assert.equal(modeBin(bins), 0);
});

test('zero gaps get their own first bin; no values give no bins', () => {
	const bins = logHistogram(Float64Array.from([0, 0, 100]));
	assert.deepEqual([bins[0].lo, bins[0].count], [0, 2]);
	assert.deepEqual(logHistogram(new Float64Array(0)), []);
	assert.equal(modeBin([]), -1);
});
