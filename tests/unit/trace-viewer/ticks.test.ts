import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatClock, formatDuration, formatOffset, niceStep, timeTicks } from '../../../src/trace-viewer/ticks.ts';

const base = 1_714_557_600_000_000_000n; // 2024-05-01T10:00:00Z

test('nice steps are 1, 2 or 5 times a power of ten', () => {
	assert.deepEqual([1, 3, 7, 12, 2.5e9, 6e9].map(niceStep), [1, 5, 10, 20, 5e9, 1e10]);
});

test('durations use the largest fitting unit', () => {
	assert.deepEqual([250, 1500, 1_500_000, 5e9, 90e9, 7.2e12].map(formatDuration), ['250 ns', '1.5 µs', '1.5 ms', '5 s', '1.5 min', '2 h']);
	assert.equal(formatOffset(0), '0');
	assert.equal(formatOffset(5e9), '+5 s');
	assert.equal(formatOffset(12.5e9, 5e8), '+12.5 s');
});

test('clock labels are UTC, with milliseconds below a one-second step', () => {
	assert.equal(formatClock(base, 5e9, 1e9), '10:00:05');
	assert.equal(formatClock(base, 5.25e9, 250e6), '10:00:05.250');
	assert.equal(formatClock(base, 1500, 1000), '');
});

test('ticks cover the window at round steps about targetPx apart', () => {
	const { step, ticks } = timeTicks({ t0: 0.5e9, t1: 30e9 }, 600, base, 100);
	assert.equal(step, 5e9);
	assert.deepEqual(ticks.map((t) => t.t), [5e9, 10e9, 15e9, 20e9, 25e9, 30e9]);
	assert.equal(ticks[0].clock, '10:00:05');
	assert.equal(ticks[0].relative, '+5 s');
});
