/** The benchmark readers: one fixture per edge case (tests/fixtures/benchmark/), bad input as inline snapshots of the message. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileLines } from '../../../src/benchmark/read/file-lines.ts';
import { BenchmarkInputError, detectBenchmarkFormat, readBenchmarkFile, type ReadOptions } from '../../../src/benchmark/read/read-benchmark.ts';
import type { BenchmarkData } from '../../../src/benchmark/model.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'benchmark');
const read = (name: string, options?: ReadOptions) => readBenchmarkFile(join(FIXTURES, name), options);

/** A readable dump: format, unit, x, series, then one line per case. */
function dump(data: BenchmarkData): string[] {
	return [
		`${data.file} ${data.format} unit=${JSON.stringify(data.unit)} x=${data.x} series=${data.series.join('|')}`,
		...data.cases.map((c) => `${data.x}=${c.x} line ${c.line} ${JSON.stringify(c.fields)} ${JSON.stringify(c.series)}`),
	];
}

const fails = (name: string, message: string, options?: ReadOptions) =>
	test(`${name} fails with ${JSON.stringify(message)}`, () => {
		assert.throws(() => read(name, options), (error: unknown) => error instanceof BenchmarkInputError && error.message === message ? true : assert.fail(String(error)));
	});

test('JSON Lines as the thesis writes them: x is the first numeric field that differs, every array is a series', () => {
	assert.deepEqual(dump(read('two-cases.jsonl', { unit: 'us' })), [
		'two-cases.jsonl jsonl unit="us" x=resource_count series=duration_get_latest|duration_direct',
		'resource_count=0 line 1 {"kind_count":0} {"duration_get_latest":[10,12,11],"duration_direct":[2,3,2]}',
		'resource_count=10 line 2 {"kind_count":1} {"duration_get_latest":[20,22,21],"duration_direct":[4,5,4]}',
	]);
});

test('JSON Lines with a BOM, CR LF and a blank line: lines keep their numbers; a field equal in every case is not x', () => {
	assert.deepEqual(dump(read('bom-crlf-blank-line.jsonl')), [
		'bom-crlf-blank-line.jsonl jsonl unit="" x=kind_count series=a',
		'kind_count=1 line 1 {"resource_count":100} {"a":[1,2]}',
		'kind_count=2 line 3 {"resource_count":100} {"a":[3,4]}',
	]);
});

test('x and series given: the other array fields are left out, the other scalars stay fields', () => {
	assert.deepEqual(dump(read('two-cases.jsonl', { x: 'kind_count', series: ['duration_direct'] })), [
		'two-cases.jsonl jsonl unit="" x=kind_count series=duration_direct',
		'kind_count=0 line 1 {"resource_count":0} {"duration_direct":[2,3,2]}',
		'kind_count=1 line 2 {"resource_count":10} {"duration_direct":[4,5,4]}',
	]);
});

test('a pretty-printed JSON array: each case at the line of its "{", strings with brackets and quotes intact', () => {
	assert.deepEqual(dump(read('pretty-array.json')), [
		'pretty-array.json json-array unit="" x=resource_count series=duration_get_latest|duration_direct',
		'resource_count=1 line 2 {"label":"one, with \\"quotes\\" and [brackets]"} {"duration_get_latest":[10,12,11],"duration_direct":[2,3,2]}',
		'resource_count=5 line 8 {"label":"five"} {"duration_get_latest":[20,22,21],"duration_direct":[4,5,4]}',
	]);
});

test('a long CSV: rows grouped by x in first-seen order, a quoted series name with a comma, extra columns as fields', () => {
	assert.deepEqual(dump(read('quoted-series.csv', { unit: 's' })), [
		'quoted-series.csv long-csv unit="s" x=threads series=sort, parallel|plain',
		'threads=1 line 2 {"host":"a"} {"sort, parallel":[0.5,0.7],"plain":[1,1.1]}',
		'threads=2 line 5 {"host":"b"} {"sort, parallel":[0.3],"plain":[1.2]}',
	]);
});

test('hyperfine without parameters: one case, the commands as series, in seconds', () => {
	assert.deepEqual(dump(read('hyperfine-no-parameters.json')), [
		'hyperfine-no-parameters.json hyperfine unit="s" x=case series=grep -r x .|rg x',
		'case=1 line 3 {} {"grep -r x .":[0.031,0.029,0.03,0.032],"rg x":[0.004,0.005,0.004,0.006]}',
	]);
});

test('hyperfine with a parameter scan: x from the first parameter, the others as fields, its summary numbers ignored', () => {
	assert.deepEqual(dump(read('hyperfine-parameter-scan.json', { unit: 'ms' })), [
		'hyperfine-parameter-scan.json hyperfine unit="ms" x=n series=sleep 0.1 && echo {x}|sleep 0.2',
		'n=10 line 3 {"mode":"fast"} {"sleep 0.1 && echo {x}":[0.101,0.102,0.1],"sleep 0.2":[0.2,0.21,0.205]}',
		'n=20 line 15 {"mode":"fast"} {"sleep 0.1 && echo {x}":[0.11,0.12,0.115],"sleep 0.2":[0.3,0.31,0.305]}',
	]);
});

test('hyperfine on one line, the parameter value in the commands: written back as {n}, one series per template', () => {
	assert.deepEqual(dump(read('hyperfine-value-in-command.json')), [
		'hyperfine-value-in-command.json hyperfine unit="s" x=n series=work {n}|other {n}',
		'n=10 line 1 {} {"work {n}":[1.5,1.6],"other {n}":[0.5,0.6]}',
		'n=20 line 1 {} {"work {n}":[2.5,2.6],"other {n}":[0.7,0.8]}',
	]);
});

test('without a telling name the format comes from the structure, and an unknown structure is an error', () => {
	const as = (name: string) => detectBenchmarkFormat(fileLines(join(FIXTURES, name)), 'renamed.txt');
	assert.deepEqual(
		['two-cases.jsonl', 'pretty-array.json', 'hyperfine-parameter-scan.json', 'hyperfine-value-in-command.json'].map(as),
		['jsonl', 'json-array', 'hyperfine', 'hyperfine'],
	);
	assert.throws(() => as('quoted-series.csv'), {
		message: 'quoted-series.csv:1: not a known benchmark format: expected JSON Lines, a JSON array of cases, a long CSV (x,series,value) or hyperfine --export-json',
	});
});

fails('not-json.jsonl', 'not-json.jsonl:2: not JSON: truncated JSON: unexpected end of input');
fails('not-json-in-array.json', 'not-json-in-array.json:4: not JSON: expected a value, found ","');
fails('missing-series.jsonl', 'missing-series.jsonl:2: missing series "b"');
fails('two-cases.jsonl', 'two-cases.jsonl:1: missing series "duration"', { series: ['duration'] });
fails('non-array-series.jsonl', 'non-array-series.jsonl:2: series "a" is a string ("1,2"), not an array of samples');
fails('negative-sample.jsonl', 'negative-sample.jsonl:1: series "a", sample 2: -2 is not a finite non-negative number');
fails('string-sample.jsonl', 'string-sample.jsonl:1: series "a", sample 2: "2" is not a finite non-negative number');
fails('hyperfine-infinite-time.json', 'hyperfine-infinite-time.json:1: series "a", sample 2: Infinity is not a finite non-negative number');
fails('not-a-number.csv', 'not-a-number.csv:3: series "a": "fast" is not a finite non-negative number');
fails('empty-series.jsonl', 'empty-series.jsonl:2: series "a" is empty');
fails('duplicate-x.jsonl', 'duplicate-x.jsonl:3: two cases with n 1: this one and the one at line 1');
fails('hyperfine-no-times.json', 'hyperfine-no-times.json:1: missing series field "times" of "a" (hyperfine writes it with --export-json)');
fails('two-cases.jsonl', 'two-cases.jsonl:1: x field "speed" is missing, not a number', { x: 'speed' });
fails('no-such-file.jsonl', 'no-such-file.jsonl: cannot read the file (ENOENT)');
