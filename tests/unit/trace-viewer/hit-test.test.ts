import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLayout } from '../../../src/trace-viewer/layout.ts';
import { hitTest, nearestToCentre, neighbourInRow } from '../../../src/trace-viewer/hit-test.ts';
import { timelineGeometry, rowTop } from '../../../src/trace-viewer/geometry.ts';
import { traceOf } from './synthetic-trace.ts';

const trace = traceOf([
	{ id: 'long', startMs: 0, durationMs: 100, lane: 'a' },
	{ id: 'short', startMs: 40, durationMs: 2, lane: 'a', parent: 'long' },
	{ id: 'tick', startMs: 70, lane: 'b' },
]);
const layout = buildLayout(trace);
const g = timelineGeometry(layout.rows.length, 1000, 400);
const w = { t0: 0, t1: 100e6 }; // 0.1 ms per px
const idAt = (x: number, row: number) => {
	const i = hitTest(layout, w, g, x, rowTop(g, row) + 2);
	return i < 0 ? null : trace.id(i);
};

test('hit test finds the record under the pointer in each row', () => {
	assert.equal(idAt(100, 0), 'long');
	assert.equal(idAt(410, 1), 'short');
	assert.equal(idAt(700, 2), 'tick');
});

test('hit test tolerates a few pixels around thin marks, not more', () => {
	assert.equal(idAt(702, 2), 'tick');
	assert.equal(idAt(710, 2), null);
	assert.equal(idAt(300, 1), null);
});

test('hit test outside the rows finds nothing', () => {
	assert.equal(hitTest(layout, w, g, 100, 5), -1);
	assert.equal(hitTest(layout, w, g, 100, g.height + 10), -1);
});

test('nearest to the centre and stepping through a row', () => {
	const centre = nearestToCentre(layout, { t0: 30e6, t1: 52e6 });
	assert.equal(trace.id(centre), 'short');
	const row = traceOf([{ id: 'a', startMs: 0 }, { id: 'b', startMs: 5 }, { id: 'c', startMs: 9 }]);
	const l2 = buildLayout(row);
	assert.equal(row.id(neighbourInRow(l2, 1, 1)), 'c');
	assert.equal(row.id(neighbourInRow(l2, 1, -1)), 'a');
	assert.equal(neighbourInRow(l2, 2, 1), -1);
});
