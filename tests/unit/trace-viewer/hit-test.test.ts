import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLayout } from '../../../src/trace-viewer/layout.ts';
import { hitTest, nearestToCentre, neighbourInRow } from '../../../src/trace-viewer/hit-test.ts';
import { BAND_HEIGHT, ROW_HEIGHT, timelineGeometry, rowTop } from '../../../src/trace-viewer/geometry.ts';
import { traceOf } from './synthetic-trace.ts';

const trace = traceOf([
	{ id: 'long', startMs: 0, durationMs: 100, lane: 'a' },
	{ id: 'short', startMs: 40, durationMs: 2, lane: 'a', parent: 'long' },
	{ id: 'tick', startMs: 70, lane: 'b' },
]);
const layout = buildLayout(trace);
const g = timelineGeometry(layout.lanes.map((l) => l.rowCount), 1000, 400, BAND_HEIGHT);
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

test('rows of a later lane sit below the unload band of the lane before, and the band itself hits nothing', () => {
	assert.deepEqual([...g.rowTops], [34, 34 + ROW_HEIGHT, 34 + 2 * ROW_HEIGHT + BAND_HEIGHT]);
	assert.deepEqual([...g.bandTops], [34 + 2 * ROW_HEIGHT, 34 + 3 * ROW_HEIGHT + BAND_HEIGHT]);
	assert.equal(g.height, 34 + 3 * ROW_HEIGHT + 2 * BAND_HEIGHT);
	assert.equal(hitTest(layout, w, g, 700, g.bandTops[0] + 2), -1);
	assert.equal(trace.id(hitTest(layout, w, g, 700, g.rowTops[2] + 2)), 'tick');
});
