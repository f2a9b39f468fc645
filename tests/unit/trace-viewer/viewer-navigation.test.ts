import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLayout } from '../../../src/trace-viewer/layout.ts';
import { fullWindow } from '../../../src/trace-viewer/view-state.ts';
import { ViewerNavigation } from '../../../src/trace-viewer/viewer-navigation.ts';
import { traceOf } from './synthetic-trace.ts';

const trace = traceOf([
	{ id: 'a', startMs: 0, durationMs: 10, name: 'reconcile' },
	{ id: 'b', startMs: 100, durationMs: 10, name: 'fetch' },
	{ id: 'c', startMs: 900, durationMs: 10, name: 'reconcile' },
]);
const layout = buildLayout(trace);
const index = (id: string) => Array.from({ length: trace.count }, (_, i) => i).find((i) => trace.id(i) === id)!;

function navigation() {
	const calls: string[] = [];
	const nav = new ViewerNavigation(layout, { t0: 0, t1: 200e6 }, { changed: () => calls.push('changed'), selected: (i, announce) => calls.push(`selected ${i} ${announce}`) });
	return { nav, calls };
}

test('stepping through matches selects them and pans the next one into view', () => {
	const { nav } = navigation();
	assert.equal(nav.search('reconcile'), 2);
	nav.stepMatch(1);
	assert.equal(nav.selected, index('a'));
	assert.deepEqual(nav.view, { t0: 0, t1: 200e6 }, 'already in view: no pan');
	nav.stepMatch(1);
	assert.equal(nav.selected, index('c'));
	assert.ok(nav.view.t0 <= trace.start[index('c')] && trace.start[index('c')] <= nav.view.t1, 'panned to the match');
	assert.equal(nav.view.t1 - nav.view.t0, 200e6, 'panning keeps the width');
});

test('fit zooms to the selection, reset shows everything, out of range selects none', () => {
	const { nav, calls } = navigation();
	nav.select(index('b'), true);
	assert.deepEqual(calls, [`selected ${index('b')} true`, 'changed']);
	nav.fit();
	assert.ok(nav.view.t0 <= 100e6 && nav.view.t1 >= 110e6 && nav.view.t1 - nav.view.t0 < 100e6);
	nav.reset();
	assert.deepEqual(nav.view, fullWindow(layout.extent));
	nav.select(99, true);
	assert.equal(nav.selected, -1);
});

test('stepping in a row starts from the record nearest the centre', () => {
	const { nav } = navigation();
	nav.stepRecord(1);
	assert.equal(nav.selected, index('b'));
	nav.stepRecord(1);
	assert.equal(nav.selected, index('c'));
	nav.stepRecord(1);
	assert.equal(nav.selected, index('c'), 'no neighbour after the last: stays');
});
