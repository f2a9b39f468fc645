/** Wake-up causes: stated by the data, inferred from timing, and how they are counted. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countCauses, pairChanges, wakeCauses, WAKE_CAUSES } from '../../../src/trace/analysis/wake-causes.ts';
import { WAKE_REASONS, type WakeReason } from '../../../src/trace/model.ts';

const S = 1e9;
const codes = (...reasons: WakeReason[]) => Uint8Array.from(reasons, (r) => WAKE_REASONS.indexOf(r));
const names = (cause: Uint8Array) => [...cause].map((c) => WAKE_CAUSES[c]);

test('stated reasons map to causes and are not marked inferred', () => {
	const result = wakeCauses({
		startsNs: [0, 1 * S, 2 * S, 3 * S],
		reasons: codes('requeue-after', 'object-changed', 'error-retry', 'unknown'),
		periodNs: null,
		typicalGapNs: S,
	});
	assert.deepEqual(names(result.cause), ['scheduled', 'event', 'error', 'unknown']);
	assert.deepEqual([...result.inferred], [0, 0, 0, 0]);
});

test('a wake-up one period after the previous is inferred scheduled; an off-period one stays unknown', () => {
	const result = wakeCauses({ startsNs: [0, 5 * S, 10.1 * S, 13 * S, 18 * S], reasons: codes('unknown', 'unknown', 'unknown', 'unknown', 'unknown'), periodNs: 5 * S, typicalGapNs: 5 * S });
	assert.deepEqual(names(result.cause), ['unknown', 'scheduled', 'scheduled', 'unknown', 'scheduled']);
	assert.deepEqual([...result.inferred], [0, 1, 1, 0, 1]);
});

test('a wake-up soon after a change is inferred event-driven, before the period rule; a late one is not', () => {
	const result = wakeCauses({
		startsNs: [0, 5 * S, 10 * S, 15 * S],
		reasons: codes('unknown', 'unknown', 'unknown', 'unknown'),
		periodNs: 5 * S,
		typicalGapNs: 5 * S,
		// 4.9 s -> 5 s (0.1 s, soon); 11 s -> 15 s (4 s, more than half a period: not soon)
		changesNs: [4.9 * S, 11 * S],
	});
	assert.deepEqual(names(result.cause), ['unknown', 'event', 'scheduled', 'scheduled']);
	assert.deepEqual([...result.inferred], [0, 1, 1, 1]);
});

test('a stated reason wins over a change right before it', () => {
	const result = wakeCauses({ startsNs: [0, 5 * S], reasons: codes('unknown', 'requeue-after'), periodNs: null, typicalGapNs: 5 * S, changesNs: [4.99 * S] });
	assert.deepEqual(names(result.cause), ['unknown', 'scheduled']);
	assert.deepEqual([...result.inferred], [0, 0]);
});

test('counts say how many of each cause were inferred', () => {
	const counts = countCauses({ cause: Uint8Array.from([0, 0, 0, 1, 3]), inferred: Uint8Array.from([1, 1, 0, 1, 0]) });
	assert.deepEqual(counts, { scheduled: { count: 3, inferred: 2 }, event: { count: 1, inferred: 1 }, error: { count: 0, inferred: 0 }, unknown: { count: 1, inferred: 0 } });
});

test('each change takes the first wake-up at or after it that no earlier change took', () => {
	assert.deepEqual([...pairChanges([0, 10], [3, 4, 12])], [0, 2]);
	assert.deepEqual([...pairChanges([1, 2, 3], [5, 6])], [0, 1, -1]);
	assert.deepEqual([...pairChanges([5], [5])], [0]);
});
