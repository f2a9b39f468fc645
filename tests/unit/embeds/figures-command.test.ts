/** `npm run figures` over tests/fixtures/figure-site: every reference listed with written and computed value; exit 1 when one differs. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../astro-build.ts';

const run = (args: string[], env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [join(repoRoot, 'scripts/figures.ts'), ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, ...env } });

test('lists every figure reference with its verdict and exits 1 when a number differs', () => {
	const { status, stdout } = run([], { CONTENT_DIR: 'tests/fixtures/figure-site' });
	assert.equal(status, 1);
	const page = 'tests/fixtures/figure-site/README.md';
	assert.deepEqual(stdout.split('\n').filter((line) => line.startsWith(`${page}:`) && line.includes('  ')), [
		`${page}:7  exactly-5s-apart.synthetic.csv#figure=wakeupsPerMinute  written 11.5  computed 15.0  differs`,
		`${page}:8  exactly-5s-apart.synthetic.csv#figure=medianGapMs  written 5,000 ms  computed 5,000 ms  holds`,
		`${page}:9  exactly-5s-apart.synthetic.csv#figure=unload.loadedFraction  written 38.8%  computed 45.0%  differs`,
		`${page}:11  exactly-5s-apart.synthetic.csv#figure=records  written "computed from the trace" (no number)  computed 5  unwritten`,
	]);
	assert.match(stdout, /4 figure references: 1 hold, 2 differ, 1 written in words, 0 cannot be computed/);
	assert.match(stdout, new RegExp(`${page}:7: the note says 11\\.5, exactly-5s-apart\\.synthetic\\.csv gives 15\\.0 \\(wakeupsPerMinute\\)`));
});

test('the content folder reads as it is built: every number holds', () => {
	const { status, stdout } = run([], { CONTENT_DIR: 'content' });
	assert.equal(status, 0, stdout);
	assert.match(stdout, /(\d+) figure references: \1 hold, 0 differ, 0 written in words, 0 cannot be computed/);
});

test('an unknown argument prints the usage', () => {
	const { status, stderr } = run(['--updte'], {});
	assert.equal(status, 1);
	assert.match(stderr, /figures: unknown --updte\nusage: npm run figures -- \[--update\]/);
});
