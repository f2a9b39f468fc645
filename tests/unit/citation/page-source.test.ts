import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pageSource } from '../../../src/citation/page-source.ts';

/** A throwaway repository with one committed and one uncommitted Markdown file. */
function makeRepo(): string {
	const dir = mkdtempSync(join(tmpdir(), 'page-source-'));
	const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args], { cwd: dir, stdio: 'pipe' });
	git('init', '-q');
	writeFileSync(join(dir, 'Note 1.md'), '# One\n');
	git('add', '.');
	git('commit', '-q', '-m', 'one', '--date', '2024-11-04T10:00:00Z');
	writeFileSync(join(dir, 'draft.md'), '# Draft\n');
	return dir;
}

test('a committed file: build commit, last change, and a blob permalink at that commit', (t) => {
	const dir = makeRepo();
	t.after(() => rmSync(dir, { recursive: true, force: true }));
	const source = pageSource(join(dir, 'Note 1.md'), 'https://github.com/example/notes');
	assert.match(source.commit?.sha ?? '', /^[0-9a-f]{40}$/);
	assert.ok(source.updated instanceof Date);
	assert.equal(source.permalink, `https://github.com/example/notes/blob/${source.commit?.sha}/Note%201.md`);
});

test('an uncommitted file gets the commit but no date and no permalink', (t) => {
	const dir = makeRepo();
	t.after(() => rmSync(dir, { recursive: true, force: true }));
	const source = pageSource(join(dir, 'draft.md'), 'https://github.com/example/notes');
	assert.match(source.commit?.sha ?? '', /^[0-9a-f]{40}$/);
	assert.equal(source.updated, undefined);
	assert.equal(source.permalink, undefined);
});

test('without a repository URL there is no permalink', (t) => {
	const dir = makeRepo();
	t.after(() => rmSync(dir, { recursive: true, force: true }));
	assert.equal(pageSource(join(dir, 'Note 1.md'), undefined).permalink, undefined);
});
