import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { repoRoot, runScript } from './run-script.ts';

const content = mkdtempSync(join(tmpdir(), 'new-trace-'));
after(() => rmSync(content, { recursive: true, force: true }));
const traces = join(content, 'reconcile_testing_operators/traces');
const fixture = (name: string) => join(repoRoot, 'tests/fixtures/scaffold', name);
const run = (...args: string[]) => runScript('new-trace.ts', args, { CONTENT_DIR: content });

test('checks, copies and prints the block to embed, with the analysis headline', () => {
	const result = run(fixture('six-reconciles-5s.csv'), '--name', 'percona-run-2');
	assert.equal(result.status, 0, result.stderr);
	const copied = join(traces, 'percona-run-2.csv');
	assert.equal(readFileSync(copied, 'utf8'), readFileSync(fixture('six-reconciles-5s.csv'), 'utf8'));
	assert.match(result.stdout, /Format: timestamp-list, 6 records\./);
	assert.match(result.stdout, /5\.20 s/, 'the headline names the period');
	assert.match(result.stdout, /```trace\nsrc: \.\/traces\/percona-run-2\.csv\ntitle: percona-run-2\.csv\n```/);
});

test('refuses to overwrite a trace that is already there', () => {
	const result = run(fixture('six-reconciles-5s.csv'), '--name', 'percona-run-2');
	assert.equal(result.status, 1);
	assert.match(result.stderr, /percona-run-2\.csv: already exists; not overwriting it/);
});

test('a file the importer cannot read is named with the reason, and not copied', () => {
	const result = run(fixture('not-a-trace.txt'));
	assert.equal(result.status, 1);
	assert.match(result.stderr, /cannot read .*not-a-trace\.txt as a trace; nothing was copied/);
	assert.match(result.stderr, /not-a-trace\.txt/);
	assert.ok(!existsSync(join(traces, 'not-a-trace.txt')));
});

test('a missing file or missing argument exits 1 with a message', () => {
	assert.match(run('/nonexistent/trace.csv').stderr, /\/nonexistent\/trace\.csv: no such file/);
	assert.match(run().stderr, /usage: npm run new:trace/);
	assert.match(run(fixture('six-reconciles-5s.csv'), '--bogus').stderr, /usage: npm run new:trace/);
	assert.deepEqual(readdirSync(traces), ['percona-run-2.csv']);
});
