import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MIN_SPAN_NS, clampWindow, fitRange, fullWindow, panBy, zoomAt } from '../../../src/trace-viewer/view-state.ts';

const extent = { t0: 0, t1: 100e9 };

test('zooming keeps the anchor time at the same screen position', () => {
	const w = zoomAt({ t0: 10e9, t1: 30e9 }, 15e9, 0.5, extent);
	assert.deepEqual(w, { t0: 12.5e9, t1: 22.5e9 });
	assert.equal((15e9 - w.t0) / (w.t1 - w.t0), (15e9 - 10e9) / 20e9);
});

test('zoom stops at the minimum span and at the padded extent', () => {
	const tiny = zoomAt({ t0: 0, t1: 2000 }, 1000, 0.01, extent);
	assert.equal(tiny.t1 - tiny.t0, MIN_SPAN_NS);
	assert.deepEqual(zoomAt({ t0: 0, t1: 100e9 }, 50e9, 10, extent), fullWindow(extent));
});

test('panning stops at the padded edges', () => {
	assert.deepEqual(panBy({ t0: 0, t1: 10e9 }, -50e9, extent), { t0: -2e9, t1: 8e9 });
	assert.deepEqual(panBy({ t0: 0, t1: 10e9 }, 5e9, extent), { t0: 5e9, t1: 15e9 });
});

test('fitting a record leaves a margin; an instant gets a 1 ms window', () => {
	assert.deepEqual(fitRange(10e9, 20e9, extent), { t0: 9e9, t1: 21e9 });
	assert.deepEqual(fitRange(10e9, 10e9, extent), { t0: 10e9 - 5e5, t1: 10e9 + 5e5 });
	assert.deepEqual(clampWindow({ t0: NaN, t1: NaN }, extent), fullWindow(extent));
});
