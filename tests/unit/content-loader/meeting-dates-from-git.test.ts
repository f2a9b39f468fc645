/**
 * Meeting dates checked against git history, end to end through the content model: a throw-away
 * repository with the two real cases and an agreeing note, then the same notes in a shallow clone
 * and in a folder outside git.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, test } from 'node:test';
import { refreshContentSite } from '../../../src/content-loader/scan-content.ts';
import { clearGitCache } from '../../../src/git/git-info.ts';
import { commit, git } from '../git/scratch-repo.ts';

let temp: string;
let repo: string;

before(() => {
	temp = mkdtempSync(join(tmpdir(), 'meeting-dates-'));
	repo = join(temp, 'notes');
	mkdirSync(repo);
	git(repo, ['init', '-q', '-b', 'main']);
	commit(repo, '2024-11-05T17:00:00Z', { 'meetings/2024-11-04.md': '# Notes - Meeting 04/11/24\n' });
	commit(repo, '2025-03-02T10:00:00Z', { 'meetings/Meeting 02-24.md': '# Notes - Meeting 24/02/24\n' });
	commit(repo, '2025-05-21T08:00:00Z', { 'meetings/Meeting 05-20.md': '# Notes - Meeting 11/04/25\n' });
});
after(() => rmSync(temp, { recursive: true, force: true }));
beforeEach(() => clearGitCache());

/** Each note's date and the warnings, as the build would print them (relative to the content folder). */
function datesAndWarnings(dir: string) {
	const site = refreshContentSite(dir);
	return {
		dates: Object.fromEntries(site.pages.map((page) => [page.relPath, page.date])),
		warnings: site.warnings.map((warning) => `${warning.relPath}: ${warning.message}`),
	};
}

test('with history: the copied H1 and the mistyped year give way to the dates git supports, with one warning each', () => {
	assert.deepEqual(datesAndWarnings(repo), {
		dates: { 'meetings/2024-11-04.md': '2024-11-04', 'meetings/Meeting 02-24.md': '2025-02-24', 'meetings/Meeting 05-20.md': '2025-05-20' },
		warnings: [
			'meetings/Meeting 02-24.md: meeting date: the file name says 02-24, the H1 "Notes - Meeting 24/02/24" says 2024-02-24; first committed on 2025-03-02, 372 days after 2024-02-24; using 2025-02-24, the date git history supports',
			'meetings/Meeting 05-20.md: meeting date: the file name says 05-20, the H1 "Notes - Meeting 11/04/25" says 2025-04-11; first committed on 2025-05-21; using 2025-05-20, the date git history supports',
		],
	});
});

test('in a shallow clone: the usual order of sources, and the disagreement is still reported', () => {
	const clone = join(temp, 'shallow');
	git(temp, ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
	assert.deepEqual(datesAndWarnings(clone), {
		dates: { 'meetings/2024-11-04.md': '2024-11-04', 'meetings/Meeting 02-24.md': '2024-02-24', 'meetings/Meeting 05-20.md': '2025-04-11' },
		warnings: [
			'meetings/Meeting 05-20.md: meeting date: the file name says 05-20, the H1 "Notes - Meeting 11/04/25" says 2025-04-11; no git history of the file to check them against; using 2025-04-11, from the H1 (the usual order of sources)',
		],
	});
});

test('outside git: the same as without history', () => {
	const loose = join(temp, 'loose');
	cpSync(join(repo, 'meetings'), join(loose, 'meetings'), { recursive: true });
	const { dates, warnings } = datesAndWarnings(loose);
	assert.deepEqual(dates, { 'meetings/2024-11-04.md': '2024-11-04', 'meetings/Meeting 02-24.md': '2024-02-24', 'meetings/Meeting 05-20.md': '2025-04-11' });
	assert.equal(warnings.length, 1);
});
