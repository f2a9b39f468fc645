/**
 * Builds that must fail: `astro build` over a fixture content folder, checking the message. These
 * run the real build (a few seconds each) because the point is what a user sees in the terminal.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Runs `astro build` over `tests/fixtures/<fixture>` in throwaway folders; returns exit code and output. */
function buildFixture(fixture: string): { status: number | null; output: string } {
	const scratch = mkdtempSync(join(tmpdir(), `build-${fixture}-`));
	try {
		const result = spawnSync(process.execPath, [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: repoRoot,
			encoding: 'utf8',
			env: { ...process.env, CONTENT_DIR: `tests/fixtures/${fixture}`, SITE_OUT_DIR: join(scratch, 'dist'), SITE_CACHE_DIR: join(scratch, 'cache'), SITE_REPO_URL: 'https://github.com/example/masters-thesis' },
		});
		return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}

test('broken links fail the build, all of them listed once as file:line', () => {
	const { status, output } = buildFixture('broken-links');
	assert.notEqual(status, 0);
	const listed = output.split('\n').filter((line) => /^\S+:\d+: broken link "/.test(line));
	assert.deepEqual(listed.map((line) => line.replace(/ \(.*\)$/, '')), [
		'tests/fixtures/broken-links/README.md:6: broken link "notes/missing.md"',
		'tests/fixtures/broken-links/README.md:7: broken link "notes/fine.md#no-such-heading"',
		'tests/fixtures/broken-links/notes/fine.md:6: broken link "../no-folder/"',
		'tests/fixtures/broken-links/notes/fine.md:7: broken link "../../../../../../../../../../etc/passwd"',
		'tests/fixtures/broken-links/notes/fine.md:9: broken link "../attachments/missing.png"',
		'tests/fixtures/broken-links/notes/raw-html.md:6: broken link "gone.md"',
		'tests/fixtures/broken-links/notes/raw-html.md:9: broken link "../attachments/missing%20mascot.png"',
		'tests/fixtures/broken-links/notes/raw-html.md:12: broken link "dark.png"',
		'tests/fixtures/broken-links/notes/raw-html.md:14: broken link "clip.webm"',
	]);
	assert.match(output, /9 problems in the Markdown of tests\/fixtures\/broken-links/);
});

test('a Mermaid syntax error fails the build naming the file and the line of the diagram', () => {
	const { status, output } = buildFixture('mermaid-error');
	assert.notEqual(status, 0);
	assert.match(output, /tests\/fixtures\/mermaid-error\/README\.md:5: Mermaid diagram has an error: Parse error/);
});
