/**
 * What the scaffolding commands create must build: a copy of content/ gets a new meeting note and a
 * new trace embedded in a new page, and `astro build` runs over it with its own output and cache
 * folders. Slow (one full build, about 20-60 s), so it is one test.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { buildFixture } from '../content-loader/build-fixture.ts';
import { repoRoot, runScript } from './run-script.ts';

const work = mkdtempSync(join(tmpdir(), 'scaffold-build-'));
after(() => rmSync(work, { recursive: true, force: true }));

test('a note and a trace added by the commands build into pages, and the feed lists the note', { timeout: 300_000 }, () => {
	const content = join(work, 'content');
	cpSync(join(repoRoot, 'content'), content, { recursive: true });
	const env = { CONTENT_DIR: content };

	// 1. The commands, as a contributor runs them.
	const meeting = runScript('new-meeting.ts', ['2031-01-15'], env);
	assert.equal(meeting.status, 0, meeting.stderr);
	const trace = runScript('new-trace.ts', [join(repoRoot, 'tests/fixtures/scaffold/six-reconciles-5s.csv'), '--name', 'run-added-by-test'], env);
	assert.equal(trace.status, 0, trace.stderr);
	const block = trace.stdout.match(/```trace\n[\s\S]*?\n```/)?.[0];
	assert.ok(block, `no trace block in:\n${trace.stdout}`);
	writeFileSync(join(content, 'reconcile_testing_operators/run-added-by-test.md'), `# A trace added by a test\n\n${block}\n`);

	// 2. A production build over the copy, in folders of its own, with the settings of `npm run build:test`.
	const { outDir, ...build } = buildFixture(content);
	assert.equal(build.status, 0, `astro build failed:\n${build.output.slice(-6000)}`);

	// 3. The new pages exist, and the feed announces the new note.
	const note = readFileSync(join(outDir, 'meetings/2031-01-15/index.html'), 'utf8');
	assert.match(note, /Notes - Meeting 15\/01\/31/);
	assert.ok(existsSync(join(outDir, 'reconcile_testing_operators/run-added-by-test/index.html')));
	const feed = readFileSync(join(outDir, 'feed.xml'), 'utf8');
	assert.match(feed, /<id>https:\/\/example\.github\.io\/masters-thesis\/meetings\/2031-01-15\/<\/id>/);
});
