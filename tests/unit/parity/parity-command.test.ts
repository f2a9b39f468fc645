/** `npm run parity` as a command: without cmark-gfm, with --check, and on a build with problems. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { cmarkGfmInstallHint, cmarkGfmVersion } from '../../../scripts/lib/parity/cmark-gfm.ts';

const fixture = 'tests/fixtures/parity/site-with-problems';
const run = (args: string[], env: NodeJS.ProcessEnv = {}) => spawnSync(process.execPath, ['scripts/parity.ts', ...args], { encoding: 'utf8', env: { ...process.env, CI: '', ...env } });
const missing = { CMARK_GFM: '/nonexistent/cmark-gfm' };

test('without cmark-gfm it says how to get it and fails', () => {
	const result = run([], missing);
	assert.equal(result.status, 1);
	assert.match(result.stderr, /cannot run \/nonexistent\/cmark-gfm \(GitHub's Markdown engine\)\. Get it with: apt-get install -y cmark-gfm/);
});

test('--check without cmark-gfm is skipped with the reason, except in CI', () => {
	const skipped = run(['--check'], missing);
	assert.equal(skipped.status, 0);
	assert.match(skipped.stdout, /apt-get install -y cmark-gfm[^]*parity check SKIPPED/);
	assert.equal(run(['--check'], { ...missing, CI: 'true' }).status, 1);
});

test('wrong arguments print the usage line', () => {
	const result = run(['nonsense']);
	assert.equal(result.status, 1);
	assert.match(result.stderr, /parity: unknown nonsense\nusage: npm run parity -- \[--check\] \[--dist <folder>\] \[--test-sites \| main\|gfm/);
});

test('--check fails on a build with problems, naming each page', { skip: cmarkGfmVersion() ? false : `cmark-gfm is not installed (${cmarkGfmInstallHint})` }, () => {
	const env = { CONTENT_DIR: `${fixture}/content` };
	const checked = run(['--check', '--dist', `${fixture}/build`], env);
	assert.equal(checked.status, 1);
	assert.match(checked.stdout, /0\.000  tests\/fixtures\/parity\/site-with-problems\/content\/not-built\.md\n +missing from the build/);
	assert.match(checked.stdout, /not compared: tests\/fixtures\/parity\/site-with-problems\/content\/component\.mdx/);
	assert.match(checked.stderr, /parity targets missed:\n  content: mean 0\.\d+ is below 0\.99/);
	// Without --check the same report is printed and the command succeeds.
	assert.equal(run(['--dist', `${fixture}/build`], env).status, 0);
});
