import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareTraces, comparedLaneName } from '../../../src/trace/compare-traces.ts';
import type { Trace, TraceRecord } from '../../../src/trace/model.ts';

/** A trace of `startsS` (seconds after `baseS`) in `lanes`, record ids r0, r1, ... and a child of r0. */
function trace(source: string, baseS: number, startsS: number[], lane = source): Trace {
	const at = (s: number) => BigInt(Math.round((baseS + s) * 1e9));
	const records: TraceRecord[] = startsS.map((s, k) => ({ id: `r${k}`, startNs: at(s), durationNs: 100_000_000n, name: 'reconcile', lane, attributes: {}, events: [] }));
	records.splice(1, 0, { id: 'child', parentId: 'r0', startNs: at(startsS[0]) + 1n, durationNs: 1n, name: 'GET', lane, attributes: {}, events: [{ timeNs: at(startsS[0]) + 2n, name: 'sent', attributes: {} }] });
	return { format: 'timestamp-list', source, synthetic: source.includes('synthetic'), records, warnings: [] };
}

test('each trace starts at 0 on the combined axis, in lanes named after it', () => {
	const { trace: combined, groups } = compareTraces([trace('a.synthetic.csv', 1_700_000_000, [0, 5, 10]), trace('b.json', 1_800_000_000, [2, 32], 'operator')]);
	assert.deepEqual(groups, [
		{ label: 'a.synthetic.csv', lanes: ['a.synthetic.csv'], synthetic: true },
		{ label: 'b.json', lanes: ['b.json: operator'], synthetic: false },
	]);
	const starts = (lane: string) => combined.records.filter((r) => r.lane === lane && !r.parentId).map((r) => Number(r.startNs) / 1e9);
	assert.deepEqual(starts('a.synthetic.csv'), [0, 5, 10]);
	assert.deepEqual(starts('b.json: operator'), [0, 30]);
	assert.equal(combined.source, 'a.synthetic.csv vs b.json');
	assert.equal(combined.synthetic, true, 'one synthetic input makes the whole synthetic');
	assert.deepEqual(combined.records.map((r) => Number(r.startNs)), combined.records.map((r) => Number(r.startNs)).sort((x, y) => x - y));
});

test('ids stay unique when both traces use the same ones, and parents and events follow their records', () => {
	const { trace: combined } = compareTraces([trace('a.csv', 100, [0, 5]), trace('b.csv', 900, [0, 30])]);
	const ids = combined.records.map((r) => r.id);
	assert.equal(new Set(ids).size, ids.length);
	const children = combined.records.filter((r) => r.parentId);
	assert.deepEqual(children.map((r) => [r.lane, r.parentId]), [['a.csv', '1/r0'], ['b.csv', '2/r0']]);
	assert.deepEqual(children.map((r) => r.events[0].timeNs), [2n, 2n]);
});

test('two files of the same name get distinct labels', () => {
	const { groups } = compareTraces([trace('x.csv', 0, [0, 1]), trace('x.csv', 50, [0, 2])]);
	assert.deepEqual(groups.map((g) => g.label), ['x.csv', 'x.csv (2)']);
	assert.equal(comparedLaneName('a.json', 'operator'), 'a.json: operator');
	assert.equal(comparedLaneName('a.csv', 'a.csv'), 'a.csv');
});
