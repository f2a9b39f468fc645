import { test } from 'node:test';
import assert from 'node:assert/strict';
import { searchTrace, stepMatch } from '../../../src/trace-viewer/search.ts';
import { traceOf } from './synthetic-trace.ts';

const trace = traceOf([
	{ startMs: 0, name: 'Reconcile', lane: 'db' },
	{ startMs: 1, name: 'fetch', attributes: { 'k8s.object': 'PerconaServer' } },
	{ startMs: 2, name: 'requeue', attributes: { delay: 5000 } },
	{ startMs: 3, name: 'other' },
]);

test('search matches names, lanes, attribute keys and values, case-insensitively', () => {
	assert.deepEqual(Array.from(searchTrace(trace, 'RECONCILE')), [0]);
	assert.deepEqual(Array.from(searchTrace(trace, 'percona')), [1]);
	assert.deepEqual(Array.from(searchTrace(trace, 'delay')), [2]);
	assert.deepEqual(Array.from(searchTrace(trace, '5000')), [2]);
	assert.deepEqual(Array.from(searchTrace(trace, 'db')), [0]);
	assert.deepEqual(Array.from(searchTrace(trace, '  ')), []);
});

test('stepping through matches wraps around in both directions', () => {
	const m = Uint32Array.from([3, 9, 14]);
	assert.equal(stepMatch(m, -1, 1), 3);
	assert.equal(stepMatch(m, 9, 1), 14);
	assert.equal(stepMatch(m, 14, 1), 3);
	assert.equal(stepMatch(m, 9, -1), 3);
	assert.equal(stepMatch(m, 3, -1), 14);
	assert.equal(stepMatch(m, -1, -1), 14);
	assert.equal(stepMatch(new Uint32Array(0), 0, 1), -1);
});
