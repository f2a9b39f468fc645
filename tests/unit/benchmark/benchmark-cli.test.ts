/** `npm run benchmark -- inspect` as a user runs it: spawned, on small fixtures, one edge case each. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const fixture = (name: string) => join('tests', 'fixtures', 'benchmark', name);
const inspect = (...args: string[]) => spawnSync(process.execPath, ['scripts/benchmark.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

test('inspect prints a table per case, the ratio sentence and the trend', () => {
	const run = inspect('inspect', fixture('two-cases.jsonl'), '--unit', 'us');
	assert.equal(run.status, 0, run.stderr);
	const lines = run.stdout.split('\n');
	assert.equal(lines[0], 'two-cases.jsonl (jsonl): 2 cases over resource_count, values in us');
	assert.ok(lines.some((l) => /^ {2}series +n +median \[95% CI\] +mean ± sd +p5 +p95 +min +max$/.test(l)), run.stdout);
	// medians 11 and 2 at x=0 (np.median), three samples: the CI is the range, at 1 - 2 * 0.5**3 = 75%
	assert.ok(lines.some((l) => /^ {2}duration_get_latest +3 +11\.0 \[10\.0, 12\.0\] \(75% only\) +11\.0 ± 0\.816 /.test(l)), run.stdout);
	assert.ok(lines.includes('  duration_get_latest takes 5.50 times as long as duration_direct (95% CI: 3.33 to 6.00)'), run.stdout);
	assert.ok(lines.includes('  duration_direct: the median grows by 0.200 us per unit of resource_count (95% CI: 0.100 to 0.300)'), run.stdout);
});

test('inspect --json --x gives the summary along the chosen field', () => {
	const run = inspect('inspect', fixture('two-cases.jsonl'), '--json', '--x', 'kind_count');
	assert.equal(run.status, 0, run.stderr);
	const summary = JSON.parse(run.stdout);
	assert.deepEqual([summary.x, summary.unit, summary.cases.map((c: { x: number }) => c.x)], ['kind_count', '', [0, 1]]);
	assert.deepEqual(summary.cases[1].fields, { resource_count: 10 });
	assert.equal(summary.cases[1].series.duration_direct.median, 4);
	assert.equal(summary.cases[1].ratio.median, 5.25);
});

test('bad input: exit 1 and file:line: reason, no stack trace', () => {
	const run = inspect('inspect', fixture('duplicate-x.jsonl'));
	assert.equal(run.status, 1);
	assert.equal(run.stderr, 'duplicate-x.jsonl:3: two cases with n 1: this one and the one at line 1\n');
	assert.equal(run.stdout, '');
});

test('bad arguments: exit 2 and the usage line', () => {
	const run = inspect('inspect');
	assert.equal(run.status, 2);
	assert.equal(run.stderr, 'usage: npm run benchmark -- inspect <file> [--x <field>] [--unit <unit>] [--json]\n');
	const unknown = inspect('inspect', fixture('two-cases.jsonl'), '--units', 'us');
	assert.equal(unknown.status, 2);
	assert.match(unknown.stderr, /^Unknown option '--units'.*\nusage: npm run benchmark -- inspect/s);
});
