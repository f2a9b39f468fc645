import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLayout } from '../../../src/trace-viewer/layout.ts';
import { emptyLod, levelFor, MIXED, mergeRecords, prebuildLevels, widthClass } from '../../../src/trace-viewer/lod-levels.ts';
import { periodic, traceOf } from './synthetic-trace.ts';

test('width classes are unit * 4^j, the widest at most the pixel width', () => {
	const lod = emptyLod(2 ** 22 * 10); // unit 10 ns
	assert.equal(lod.unit, 10);
	assert.equal(widthClass(lod, 10), 0);
	assert.equal(widthClass(lod, 39), 0);
	assert.equal(widthClass(lod, 40), 1);
	assert.equal(widthClass(lod, 1), 0, 'below the unit: the finest class');
	assert.equal(widthClass(lod, 1e18), lod.classes - 1, 'beyond the span: the coarsest class');
});

test('merging joins records closer than the width and keeps a shared reason', () => {
	const trace = traceOf([
		{ startMs: 0, durationMs: 1, reason: 'requeue-after' },
		{ startMs: 1.5, durationMs: 1, reason: 'requeue-after' },
		{ startMs: 10, durationMs: 1, reason: 'requeue-after' },
		{ startMs: 11.5, durationMs: 1, reason: 'error-retry' },
	]);
	const rows = buildLayout(trace).rows;
	assert.equal(rows.length, 1, 'no overlaps: one row');
	const level = mergeRecords(trace, rows[0].records, 1e6);
	assert.deepEqual([...level.count], [2, 2]);
	assert.deepEqual([...level.start], [0, 10e6]);
	assert.deepEqual([...level.end], [2.5e6, 12.5e6]);
	assert.equal(level.reason[0], 1);
	assert.equal(level.reason[1], MIXED);
});

test('a level is built on first use and then reused', () => {
	const trace = traceOf(periodic(1000, 1, 0.2));
	const row = buildLayout(trace).rows[0];
	assert.equal(row.lod.levels.size, 0, 'nothing is built with the layout');
	const level = levelFor(trace, row.records, row.lod, 5e6);
	assert.equal(row.lod.levels.size, 1);
	assert.equal(levelFor(trace, row.records, row.lod, 5e6), level);
	assert.ok(level.width <= 5e6 && level.width > 5e6 / 4);
	assert.equal(level.count.reduce((a, b) => a + b, 0), 1000, 'every record is in one interval');
});

test('prebuilding fills the finer classes and stops when time runs out', () => {
	const trace = traceOf(periodic(1000, 1, 0.2));
	const rows = buildLayout(trace).rows;
	const nsPerPx = 1e6;
	assert.equal(prebuildLevels(trace, rows, nsPerPx, () => false), false);
	assert.equal(rows[0].lod.levels.size, 0);
	let budget = 2;
	assert.equal(prebuildLevels(trace, rows, nsPerPx, () => budget-- > 0), false);
	assert.equal(rows[0].lod.levels.size, 2);
	assert.equal(prebuildLevels(trace, rows, nsPerPx, () => true), true);
	const top = widthClass(rows[0].lod, nsPerPx);
	assert.deepEqual([...rows[0].lod.levels.keys()].sort((a, b) => a - b), Array.from({ length: Math.min(top, 8) }, (_, k) => top - Math.min(top, 8) + k));
});
