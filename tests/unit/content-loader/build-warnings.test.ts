/**
 * Warnings a real build prints, and prints once: `astro build` over a throw-away notes repository
 * whose history dates a meeting note, and a page with TeX that does not parse. The build succeeds.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type AstroBuild, astroBuild } from '../astro-build.ts';
import { commit, git } from '../git/scratch-repo.ts';

let scratch: string;
let build: AstroBuild;

before(() => {
	scratch = mkdtempSync(join(tmpdir(), 'build-warnings-'));
	const notes = join(scratch, 'notes');
	mkdirSync(notes);
	git(notes, ['init', '-q', '-b', 'main']);
	commit(notes, '2025-05-01T09:00:00Z', {
		'README.md': '# Notes\n\nSee the [meetings](meetings/) and the [formula](formula.md).\n',
		'formula.md': '# A formula\n\nUnclosed: $\\frac{1}{$, and a fine one: $a^2$.\n',
	});
	commit(notes, '2025-05-21T08:00:00Z', { 'meetings/Meeting 05-20.md': '# Notes - Meeting 11/04/25\n\nCopied H1.\n' });
	commit(notes, '2025-05-28T08:00:00Z', { 'meetings/2025-05-27.md': '# Notes - Meeting 27/05/25\n\nAgreeing dates.\n' });
	build = astroBuild({ ...process.env, CONTENT_DIR: notes, SITE_OUT_DIR: join(scratch, 'dist'), SITE_CACHE_DIR: join(scratch, 'cache'), SITE_REPO_URL: 'https://github.com/example/notes' });
});
after(() => rmSync(scratch, { recursive: true, force: true }));

/** The output lines that contain `text`. */
function lines(text: string): string[] {
	return build.output.split('\n').filter((line) => line.includes(text));
}

test('the build succeeds', () => {
	assert.equal(build.status, 0, build.output);
});

test('a meeting date that git history corrects is reported once, and the page carries the corrected date', () => {
	// Astro's logger puts a time and a `[WARN] [content]` label in front.
	assert.deepEqual(lines('meeting date:').map((line) => line.replace(/^.*\[WARN\] \[[^\]]+\] /, '')), [
		`${join(scratch, 'notes/meetings/Meeting 05-20.md')}: meeting date: the file name says 05-20, the H1 "Notes - Meeting 11/04/25" says 2025-04-11; first committed on 2025-05-21; using 2025-05-20, the date git history supports`,
	]);
	const html = readFileSync(join(scratch, 'dist/meetings/meeting-05-20/index.html'), 'utf8');
	assert.match(html, /<time datetime="2025-05-20">/);
});

test('TeX that does not parse is reported once with file and line, and its page is built', () => {
	assert.deepEqual(lines('math is not valid TeX'), [
		`${join(scratch, 'notes/formula.md')}:3: math is not valid TeX, shown as written: Unexpected end of input in a macro argument, expected '}' in "\\frac{1}{"`,
	]);
	assert.match(readFileSync(join(scratch, 'dist/formula/index.html'), 'utf8'), /class="katex-error"[^>]*>\\frac\{1\}\{</);
});
