import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldPeriodNs, foldWakeUps, rasterGrid } from '../../../src/trace-viewer/raster.ts';
import { buildLayout } from '../../../src/trace-viewer/layout.ts';
import { traceOf } from './synthetic-trace.ts';

test('a steady period folds into one column in the middle, refined against drift', () => {
	// 5.003 s apart: the analysis may round the period; the refined one keeps the column straight.
	const trace = traceOf(Array.from({ length: 200 }, (_, k) => ({ startMs: k * 5003 })));
	const wakeUps = buildLayout(trace).wakeUps[0];
	const lane = { ...trace.analysis.lanes[0], period: { ms: 5000, regularity: 1 } };
	const period = foldPeriodNs(trace, wakeUps, lane)!;
	assert.ok(Math.abs(period - 5003e6) < 1e3, `period ${period}`);
	const fold = foldWakeUps(trace, wakeUps, period);
	assert.equal(fold.cycles, 200);
	for (const phase of fold.phase) assert.ok(Math.abs(phase - 0.5) < 1e-6);
	const grid = rasterGrid(fold, 10, 20);
	const columns = new Set<number>();
	grid.forEach((v, k) => v && columns.add(k % 10));
	assert.deepEqual([...columns], [5]);
});

test('an off-period wake-up lands off the column; fewer than 2 wake-ups cannot fold', () => {
	const trace = traceOf([{ startMs: 0 }, { startMs: 1000 }, { startMs: 2000 }, { startMs: 2250 }, { startMs: 3000 }]);
	const wakeUps = buildLayout(trace).wakeUps[0];
	const fold = foldWakeUps(trace, wakeUps, 1e9);
	assert.deepEqual(Array.from(fold.phase, (p) => Number(p.toFixed(2))), [0.5, 0.5, 0.5, 0.75, 0.5]);
	assert.equal(foldPeriodNs(traceOf([{ startMs: 0 }]), Uint32Array.of(0), undefined), null);
});
