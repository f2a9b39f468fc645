import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shownGroups } from '../../../src/embeds/trace/trace-block-markup.ts';
import { parseTraceBlock } from '../../../src/embeds/trace/trace-block-options.ts';

test('`compare` takes one trace file or a list of them', () => {
	assert.deepEqual(parseTraceBlock('src: ./a.csv\ncompare: ./b.csv\n').compare, ['./b.csv']);
	assert.deepEqual(parseTraceBlock('src: ./a.csv\ncompare:\n  - ./b.csv\n  - " ./c.json "\n').compare, ['./b.csv', './c.json']);
	assert.equal(parseTraceBlock('src: ./a.csv\n').compare, undefined);
});

test('a `compare` that is not a file or a list of files is an error', () => {
	for (const bad of ['compare: []', 'compare: 3', 'compare: [./b.csv, 7]', 'compare: ""', 'compare: { src: ./b.csv }']) {
		assert.throws(() => parseTraceBlock(`src: ./a.csv\n${bad}\n`), /`compare` must be a trace file or a list of trace files/, bad);
	}
});

test('unknown keys stay errors beside `compare`', () => {
	assert.throws(() => parseTraceBlock('src: ./a.csv\ncompare: ./b.csv\ncompares: ./c.csv\n'), /unknown key `compares`/);
});

test('`changes` cannot go with `compare`: which trace they belong to would be a guess', () => {
	assert.throws(() => parseTraceBlock('src: ./a.csv\nchanges: ./c.csv\ncompare: ./b.csv\n'), /`changes` cannot be combined with `compare`/);
});

test('`lanes` in a compare block names lanes as each trace calls them; a lane in none of them is an error', () => {
	const side = (label: string, lanes: string[]) => ({ label, lanes, synthetic: true, window: { startMs: 0, endMs: 1 }, format: 'otlp-json', records: 1, rawUrl: '' });
	const compared = [side('a.json', ['a.json: operator', 'a.json: webhook']), side('b.json', ['b.json: operator'])];
	assert.deepEqual(shownGroups(compared, ['operator']).map((g) => g.lanes), [['a.json: operator'], ['b.json: operator']]);
	assert.deepEqual(shownGroups(compared, ['webhook']).map((g) => g.label), ['a.json'], 'a trace without any of the lanes drops out');
	assert.equal(shownGroups(compared, undefined), compared);
	assert.throws(() => shownGroups(compared, ['operator', 'cache']), /lane "cache" is in none of the compared traces \(a\.json, b\.json\)/);
});
