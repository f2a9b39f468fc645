import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLayout, density, DENSITY_BINS } from '../../../src/trace-viewer/layout.ts';
import { visibleSlice } from '../../../src/trace-viewer/visible-slice.ts';
import { periodic, traceOf } from './synthetic-trace.ts';

test('one row per lane and nesting depth, children below their parent', () => {
	const trace = traceOf([
		{ id: 'p', startMs: 0, durationMs: 100, lane: 'a' },
		{ id: 'c1', startMs: 10, durationMs: 20, lane: 'a', parent: 'p' },
		{ id: 'g', startMs: 12, durationMs: 5, lane: 'a', parent: 'c1' },
		{ id: 'c2', startMs: 50, durationMs: 20, lane: 'a', parent: 'p' },
		{ id: 'x', startMs: 5, durationMs: 10, lane: 'b' },
	]);
	const layout = buildLayout(trace);
	assert.deepEqual(layout.lanes.map((l) => [l.name, l.firstRow, l.rowCount]), [['a', 0, 3], ['b', 3, 1]]);
	const rowOfId = (id: string) => layout.rowOf[Array.from({ length: trace.count }, (_, i) => i).find((i) => trace.id(i) === id)!];
	assert.deepEqual(['p', 'c1', 'g', 'c2', 'x'].map(rowOfId), [0, 1, 2, 1, 3]);
});

test('a child starting with its parent still lands one row deeper', () => {
	const trace = traceOf([
		{ id: 'z-parent', startMs: 0, durationMs: 10 },
		{ id: 'a-child', startMs: 0, durationMs: 4, parent: 'z-parent' },
	]);
	const layout = buildLayout(trace);
	assert.equal(layout.rows.length, 2);
	assert.equal(layout.rows[1].records.length, 1);
	assert.equal(trace.id(layout.rows[1].records[0]), 'a-child');
});

test('overlapping records beyond maxDepth share the last row', () => {
	const trace = traceOf(Array.from({ length: 6 }, (_, k) => ({ startMs: k, durationMs: 100 })));
	const layout = buildLayout(trace, { maxDepth: 3 });
	assert.deepEqual(layout.rows.map((r) => r.records.length), [1, 1, 4]);
});

test('lanes option picks and orders lanes, and rejects an unknown lane', () => {
	const trace = traceOf([...periodic(3, 10, 1, 'a'), ...periodic(3, 10, 1, 'b')]);
	assert.deepEqual(buildLayout(trace, { lanes: ['b'] }).lanes.map((l) => l.name), ['b']);
	assert.equal(buildLayout(trace, { lanes: ['b'] }).rowOf.filter((r) => r >= 0).length, 3);
	assert.throws(() => buildLayout(trace, { lanes: ['nope'] }), /lane "nope" is not in the trace \(lanes: a, b\)/);
});

test('wake-ups are the records without a parent in the same lane', () => {
	const trace = traceOf([
		{ id: 'p', startMs: 0, durationMs: 10, lane: 'a' },
		{ id: 'c', startMs: 1, durationMs: 1, lane: 'a', parent: 'p' },
		{ id: 'remote', startMs: 2, durationMs: 1, lane: 'b', parent: 'p' },
	]);
	const layout = buildLayout(trace);
	assert.deepEqual(layout.wakeUps.map((w) => Array.from(w, (i) => trace.id(i))), [['p'], ['remote']]);
});

test('visible slice: records when few are in view, a LOD level with at most a few intervals per pixel when many', () => {
	const trace = traceOf(periodic(20_000, 1, 0.2));
	const layout = buildLayout(trace);
	const row = layout.rows[0];
	const narrow = visibleSlice(trace, row, { t0: 100e6, t1: 110e6 }, 10e6 / 800, 1600);
	assert.equal(narrow.level, null);
	assert.deepEqual([narrow.from, narrow.to], [100, 111]);
	const width = 800;
	const full = { t0: 0, t1: 20_000e6 };
	const wide = visibleSlice(trace, row, full, (full.t1 - full.t0) / width, width * 2);
	assert.ok(wide.level, 'a LOD level is used');
	assert.ok(wide.to - wide.from <= width * 4, `${wide.to - wide.from} intervals for ${width} px`);
	const merged = Array.from(wide.level!.count.subarray(wide.from, wide.to)).reduce((a, b) => a + b, 0);
	assert.equal(merged, 20_000, 'every record is in exactly one interval');
});

test('a long record that starts before the window is still visible', () => {
	const trace = traceOf([{ startMs: 0, durationMs: 1000 }, { startMs: 2000, durationMs: 1 }]);
	const layout = buildLayout(trace);
	const slice = visibleSlice(trace, layout.rows[0], { t0: 500e6, t1: 600e6 }, 1e5, 100);
	assert.deepEqual([slice.from, slice.to], [0, 1]);
});

test('density counts record starts per bin over the extent', () => {
	const trace = traceOf([{ startMs: 0 }, { startMs: 1 }, { startMs: 99 }, { startMs: 100 }]);
	assert.deepEqual(Array.from(density(buildLayout(trace), 4)), [2, 0, 0, 2]);
});

test('the layout carries the minimap density, equal to density() at its bin count', () => {
	const trace = traceOf([...periodic(50, 7, 1, 'a'), ...periodic(20, 3, undefined, 'b')]);
	const layout = buildLayout(trace);
	assert.deepEqual(Array.from(layout.density), Array.from(density(layout, DENSITY_BINS)));
	assert.equal(layout.density.reduce((a, b) => a + b, 0), 70);
	assert.equal(buildLayout(trace, { lanes: ['b'] }).density.reduce((a, b) => a + b, 0), 20, 'hidden lanes are not counted');
});
