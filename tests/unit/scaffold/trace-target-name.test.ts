import assert from 'node:assert/strict';
import { test } from 'node:test';
import { traceBlock, traceTargetName } from '../../../scripts/lib/trace-target-name.ts';

test('keeps the file name, or takes --name with the source extension', () => {
	assert.equal(traceTargetName('/tmp/run-2.csv'), 'run-2.csv');
	assert.equal(traceTargetName('/tmp/run-2.csv', 'percona-run-2'), 'percona-run-2.csv');
	assert.equal(traceTargetName('/tmp/run-2.csv', 'percona.otlp.json'), 'percona.otlp.json');
});

test('names with spaces, slashes or .. are refused with a reason', () => {
	for (const [source, name] of [['/tmp/run 2.csv', undefined], ['/tmp/a.csv', '../escape'], ['/tmp/a.csv', 'x/y']] as const) {
		const result = traceTargetName(source, name);
		assert.ok(typeof result === 'object' && /is not a usable file name/.test(result.error), `${source} ${name} -> ${JSON.stringify(result)}`);
	}
});

test('the block to paste points into the traces folder and quotes odd titles', () => {
	assert.equal(traceBlock('run.csv', 'run.csv'), '```trace\nsrc: ./traces/run.csv\ntitle: run.csv\n```');
	assert.equal(traceBlock('run.csv', 'a: b #c'), '```trace\nsrc: ./traces/run.csv\ntitle: "a: b #c"\n```');
});
