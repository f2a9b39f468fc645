/** Bad input: every fatal error reads `file:line:col: reason` (expected messages inline). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { decodeCompact } from '../../../src/trace/compact/decode-compact.ts';
import { importTraceFile, importTraceText, TraceInputError } from '../../../src/trace/import/import.ts';
import { fixture } from './trace-check.ts';

const failsWith = (run: () => unknown, message: string) =>
	assert.throws(run, (error: unknown) => {
		assert.ok(error instanceof TraceInputError, `expected a TraceInputError, got ${String(error)}`);
		assert.equal(error.message, message);
		return true;
	});

test('truncated JSON names the end of the file', () =>
	failsWith(() => importTraceFile(fixture('otlp/truncated.json')), 'truncated.json:21:39: truncated JSON: unexpected end of input'));
test('an empty file', () =>
	failsWith(() => importTraceFile(fixture('trace-input/empty.json')), 'empty.json:1:1: empty file: no trace records'));
test('text of no known format', () =>
	failsWith(
		() => importTraceFile(fixture('trace-input/unknown-format.txt')),
		'unknown-format.txt:1:1: not a known trace format: expected OTLP/JSON, Jaeger JSON, Zipkin v2, Chrome trace events, controller-runtime JSON logs or a timestamp list',
	));
test('JSON of no known format', () =>
	failsWith(
		() => importTraceFile(fixture('trace-input/unknown-json.json')),
		'unknown-json.json:1:1: JSON of no known trace format (an object with keys hello); use --format <otlp-json|jaeger-json|zipkin-v2|chrome-trace|controller-runtime-log|timestamp-list>',
	));
test('a bad line in OTLP JSON lines names that line', () =>
	failsWith(
		() => importTraceFile(fixture('otlp/json-lines-bad-second-line.jsonl')),
		'json-lines-bad-second-line.jsonl:2:20: expected a value, found "}"',
	));
test('a forced format that does not fit', () =>
	failsWith(
		() => importTraceFile(fixture('timestamp-list/header-iso-z.csv'), { format: 'otlp-json' }),
		'header-iso-z.csv:1:1: expected a value, found "r"',
	));
test('a wrong top-level type', () =>
	failsWith(
		() => importTraceText('{"resourceSpans": 5}', 'x.json', { format: 'otlp-json' }),
		'x.json:1:1: expected an object with a "resourceSpans" array (OTLP/JSON)',
	));
test('a timestamp list without timestamps', () =>
	failsWith(() => importTraceText('when\nnever\n', 'y.csv', { format: 'timestamp-list' }), 'y.csv:1:1: no timestamp lines found'));
test('a missing file', () => failsWith(() => importTraceFile('/nonexistent/z.json'), 'z.json: cannot read the file (ENOENT)'));
test('invalid UTF-8', () =>
	failsWith(() => importTraceText(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d, 0x20]), 'b.json'), 'b.json:1:1: not valid utf-8 text'));
test('invalid UTF-8 in a streamed file names its line', () =>
	failsWith(
		() => importTraceFile(fixture('trace-input/invalid-utf8-third-line.jsonl')),
		'invalid-utf8-third-line.jsonl:3:1: not valid utf-8 text',
	));

test('the compact decoder rejects another version or a broken shape', () => {
	assert.throws(() => decodeCompact('{"version":3}'), { message: 'compact trace: unsupported version 3 (expected 2)' });
	assert.throws(() => decodeCompact('{"version":1,"count":0}'), {
		message: 'compact trace: version 1 (decimal columns) is no longer read; rebuild the site or re-run scripts/trace.ts to write version 2',
	});
	assert.throws(() => decodeCompact('nope'), /^Error: compact trace: not JSON/);
	const shape = '"version":2,"count":2,"lanes":["l"],"strings":["s"],"attrSets":[]';
	assert.throws(() => decodeCompact(`{${shape},"start":[0,1]}`), {
		message: 'compact trace: "start" must be {"bytes": 0..8, "planes": base64}',
	});
	assert.throws(() => decodeCompact(`{${shape},"start":{"bytes":1,"planes":"AAAA"}}`), {
		message: 'compact trace: "start" holds 3 bytes, expected 1 x 2',
	});
	assert.throws(() => decodeCompact(`{${shape},"start":{"bytes":1,"planes":"A*=="}}`), {
		message: 'compact trace: "start" planes are not valid base64',
	});
	const column = (bytes: number, planes: string) => JSON.stringify({ bytes, planes });
	const zero = column(0, '');
	const cols = (lane: string) =>
		`"start":${zero},"duration":${zero},"lane":${lane},"name":${zero},"reason":${zero},"attrs":${zero},"parent":${zero}`;
	assert.throws(() => decodeCompact(`{${shape},${cols(column(1, 'AAE='))}}`), {
		message: 'compact trace: "lane" index 1 out of range 0..0',
	});
});

const cli = (...args: string[]) => spawnSync(process.execPath, ['scripts/trace.ts', ...args], { encoding: 'utf8' });

test('the CLI reports bad input in one line, exit code 1, no stack', () => {
	const run = cli('inspect', fixture('otlp/truncated.json'));
	assert.equal(run.status, 1);
	assert.equal(run.stderr, 'truncated.json:21:39: truncated JSON: unexpected end of input\n');
	assert.equal(run.stdout, '');
});

test('the CLI prints a usage line on bad arguments', () => {
	const run = cli('inspect');
	assert.equal(run.status, 1);
	assert.match(run.stderr, /^usage: npm run trace -- inspect <file>/);
	assert.match(cli('inspect', 'a', '--format', 'csv').stderr, /^unknown format "csv"\nusage:/);
});

test('the CLI inspect prints one JSON object with the required fields', () => {
	const run = cli('inspect', fixture('timestamp-list/header-iso-z.csv'));
	assert.equal(run.status, 0, run.stderr);
	const out = JSON.parse(run.stdout);
	assert.equal(out.format, 'timestamp-list');
	assert.equal(out.records, 4);
	assert.deepEqual(
		out.lanes.map((l: { name: string; records: number; medianGapMs: number }) => [l.name, l.records, l.medianGapMs]),
		[['header-iso-z.csv', 4, 5000]],
	);
	assert.equal(out.startTime, '2023-01-17T13:45:57.861000000Z');
	assert.equal(out.endTime, '2023-01-17T13:46:11.118000000Z');
});

test('the CLI inspect prints wake-ups per minute and the unload simulation per lane; the policy flags change it', () => {
	// Five wake-ups exactly 5 s apart (see unload-simulation.test.ts for the hand computation).
	const file = fixture('timestamp-list/exactly-5s-apart.synthetic.csv');
	const lane = (...flags: string[]) => {
		const run = cli('inspect', file, ...flags);
		assert.equal(run.status, 0, run.stderr);
		return JSON.parse(run.stdout).lanes[0];
	};
	const standard = lane();
	assert.equal(standard.wakeupsPerMinute, 15);
	assert.deepEqual(standard.unload, {
		idleMs: 1000,
		leadMs: 1000,
		graceMs: 1000,
		prediction: true,
		loadedFraction: 0.45,
		reloadsPerMinute: 18,
		coldStarts: 2,
		predictionHits: 3,
		predictionMisses: 1,
	});
	assert.deepEqual(standard.causes.scheduled, { count: 4, inferred: 4 });
	const off = lane('--no-prediction').unload;
	assert.deepEqual([off.prediction, off.loadedFraction, off.coldStarts, off.predictionHits], [false, 0.2, 5, 0]);
	assert.deepEqual([lane('--idle-ms', '6000').unload.loadedFraction, lane('--idle-ms=6000').unload.coldStarts], [1, 1]);
	const narrow = lane('--lead-ms', '0', '--grace-ms', '0').unload;
	assert.deepEqual([narrow.leadMs, narrow.graceMs, narrow.predictionHits, narrow.predictionMisses], [0, 0, 0, 4]);
});

test('a bad policy flag is a usage error', () => {
	for (const [flags, message] of [
		[['--idle-ms=-5'], '--idle-ms must be a whole number of milliseconds >= 0 (got "-5")'],
		[['--lead-ms', 'soon'], '--lead-ms must be a whole number of milliseconds >= 0 (got "soon")'],
		[['--grace-ms', '1.5'], '--grace-ms must be a whole number of milliseconds >= 0 (got "1.5")'],
		[['--grace-ms'], "Option '--grace-ms <value>' argument missing"],
	] as const) {
		const run = cli('inspect', fixture('timestamp-list/header-iso-z.csv'), ...flags);
		assert.equal(run.status, 1, flags.join(' '));
		assert.ok(run.stderr.startsWith(`${message}\nusage: npm run trace -- inspect <file>`), run.stderr);
		assert.equal(run.stdout, '');
	}
});
