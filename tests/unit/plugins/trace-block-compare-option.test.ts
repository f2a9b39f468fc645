import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTraceBlock } from '../../../src/plugins/trace-block-options.ts';

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
