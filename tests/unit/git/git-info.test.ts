import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	buildCommit,
	clearGitCache,
	commitDates,
	currentBranch,
	firstCommitDates,
	githubUrlFromRemote,
	isShallowClone,
	lastCommitDate,
	pathInRepo,
	repoFileUrl,
} from '../../../src/git/git-info.ts';
import { commit, git } from './scratch-repo.ts';

let temp: string;
let repo: string;

before(() => {
	temp = mkdtempSync(join(tmpdir(), 'git-info-'));
	repo = join(temp, 'notes');
	mkdirSync(repo);
	git(repo, ['init', '-q', '-b', 'main']);
	commit(repo, '2024-01-10T12:00:00Z', {
		'content/index.md': '# Start\n',
		'content/meetings/Meeting 11-04.md': '# Notes - Meeting 04/11/24\n',
		'outside.md': '# Not content\n',
	});
	commit(repo, '2024-02-20T08:30:00Z', { 'content/index.md': '# Start\n\nMore.\n' });
	commit(repo, '2024-03-05T16:45:00Z', { 'content/ü notes.md': '# Unicode name\n' });
});
after(() => rmSync(temp, { recursive: true, force: true }));
beforeEach(() => clearGitCache());

describe('lastCommitDate', () => {
	test('gives each file the date of the newest commit that changed it', () => {
		assert.equal(lastCommitDate(join(repo, 'content/index.md'))?.toISOString(), '2024-02-20T08:30:00.000Z');
		assert.equal(
			lastCommitDate(join(repo, 'content/meetings/Meeting 11-04.md'))?.toISOString(),
			'2024-01-10T12:00:00.000Z',
		);
	});

	test('handles non-ASCII and spaced file names', () => {
		assert.equal(lastCommitDate(join(repo, 'content/ü notes.md'))?.toISOString(), '2024-03-05T16:45:00.000Z');
	});

	test('reads a scope folder once and leaves files outside it undated', () => {
		const dates = commitDates(join(repo, 'content'));
		assert.deepEqual([...dates.keys()].map((path) => pathInRepo(path)).sort(), [
			'content/index.md',
			'content/meetings/Meeting 11-04.md',
			'content/ü notes.md',
		]);
		assert.equal(lastCommitDate(join(repo, 'outside.md'), join(repo, 'content')), undefined);
	});

	test('is undefined for an uncommitted file and outside git', () => {
		writeFileSync(join(repo, 'content/draft.md'), '# Draft\n');
		try {
			assert.equal(lastCommitDate(join(repo, 'content/draft.md')), undefined);
		} finally {
			rmSync(join(repo, 'content/draft.md'));
		}
		const loose = join(temp, 'loose');
		mkdirSync(loose, { recursive: true });
		writeFileSync(join(loose, 'a.md'), '# A\n');
		assert.equal(lastCommitDate(join(loose, 'a.md')), undefined);
	});
});

describe('firstCommitDates', () => {
	test('gives each file the author date of the commit that added it, following renames', () => {
		const notes = join(temp, 'renamed');
		mkdirSync(notes);
		git(notes, ['init', '-q', '-b', 'main']);
		commit(notes, '2025-05-21T09:00:00Z', { 'meetings/Meeting 5-20.md': '# Notes\n', 'meetings/other.md': '# Other\n' });
		commit(notes, '2025-06-01T09:00:00Z', { 'meetings/other.md': '# Other, edited\n' });
		git(notes, ['mv', 'meetings/Meeting 5-20.md', 'meetings/Meeting 05-20.md']);
		commit(notes, '2025-07-01T09:00:00Z', {});
		// Rebased later: the committer date moves, the author date stays.
		commit(notes, '2025-08-01T09:00:00Z', { 'meetings/late.md': '# Late\n' });
		git(notes, ['commit', '-q', '--amend', '--no-edit', '--date', '2025-07-15T09:00:00Z'], '2025-09-01T00:00:00Z');
		const dates = firstCommitDates(join(notes, 'meetings'));
		assert.deepEqual(Object.fromEntries([...dates].map(([path, date]) => [pathInRepo(path), date.toISOString()])), {
			'meetings/Meeting 05-20.md': '2025-05-21T09:00:00.000Z',
			'meetings/other.md': '2025-05-21T09:00:00.000Z',
			'meetings/late.md': '2025-07-15T09:00:00.000Z',
		});
	});

	test('a file deleted and added again is dated from the new file', () => {
		const notes = join(temp, 'readded');
		mkdirSync(notes);
		git(notes, ['init', '-q', '-b', 'main']);
		commit(notes, '2024-01-01T09:00:00Z', { 'a.md': '# Old\n' });
		git(notes, ['rm', '-q', 'a.md']);
		commit(notes, '2024-02-01T09:00:00Z', {});
		commit(notes, '2024-03-01T09:00:00Z', { 'a.md': '# New\n' });
		assert.equal(firstCommitDates(notes).get(join(notes, 'a.md'))?.toISOString(), '2024-03-01T09:00:00.000Z');
	});

	test('on a shallow clone, files whose first commit is cut off are left out', () => {
		const clone = join(temp, 'first-depth2');
		git(temp, ['clone', '-q', '--depth', '2', `file://${repo}`, clone]);
		const dates = firstCommitDates(join(clone, 'content'));
		assert.deepEqual([...dates].map(([path, date]) => [pathInRepo(path), date.toISOString()]), [['content/ü notes.md', '2024-03-05T16:45:00.000Z']]);
	});

	test('is empty outside git', () => {
		const loose = join(temp, 'first-no-git');
		mkdirSync(loose, { recursive: true });
		writeFileSync(join(loose, 'a.md'), '# A\n');
		assert.equal(firstCommitDates(loose).size, 0);
	});
});

describe('on a shallow clone', () => {
	test('depth 1: every file is undated instead of carrying the clone commit date', () => {
		const clone = join(temp, 'depth1');
		git(temp, ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
		assert.equal(isShallowClone(clone), true);
		assert.equal(commitDates(join(clone, 'content')).size, 0);
		assert.equal(lastCommitDate(join(clone, 'content/index.md')), undefined);
	});

	test('depth 2: a file changed above the cut keeps its true date, the others are undated', () => {
		const clone = join(temp, 'depth2');
		git(temp, ['clone', '-q', '--depth', '2', `file://${repo}`, clone]);
		assert.equal(isShallowClone(clone), true);
		assert.equal(lastCommitDate(join(clone, 'content/ü notes.md'))?.toISOString(), '2024-03-05T16:45:00.000Z');
		// index.md last changed in the cut-off commit, whose file list is "everything": no date.
		assert.equal(lastCommitDate(join(clone, 'content/index.md')), undefined);
		assert.equal(lastCommitDate(join(clone, 'content/meetings/Meeting 11-04.md')), undefined);
	});

	test('a full clone is not shallow and has every date', () => {
		const clone = join(temp, 'full');
		git(temp, ['clone', '-q', `file://${repo}`, clone]);
		assert.equal(isShallowClone(clone), false);
		assert.equal(lastCommitDate(join(clone, 'content/index.md'))?.toISOString(), '2024-02-20T08:30:00.000Z');
	});
});

describe('buildCommit', () => {
	test('names HEAD with its hash and committer date', () => {
		const head = buildCommit(repo);
		assert.equal(head?.sha, git(repo, ['rev-parse', 'HEAD']).trim());
		assert.equal(head?.date.toISOString(), '2024-03-05T16:45:00.000Z');
	});

	test('is undefined outside git', () => {
		const loose = join(temp, 'no-git');
		mkdirSync(loose, { recursive: true });
		assert.equal(buildCommit(loose), undefined);
		assert.equal(isShallowClone(loose), false);
	});
});

describe('pathInRepo', () => {
	test('is relative to the repository top with / separators', () => {
		assert.equal(pathInRepo(join(repo, 'content/meetings/Meeting 11-04.md')), 'content/meetings/Meeting 11-04.md');
	});
});

describe('repoFileUrl', () => {
	test('encodes each path segment and drops .git and trailing slashes', () => {
		assert.equal(
			repoFileUrl('https://github.com/owner/thesis.git/', 'main', 'content/meetings/Meeting 11-04.md'),
			'https://github.com/owner/thesis/blob/main/content/meetings/Meeting%2011-04.md',
		);
	});

	test('makes edit and tree links, keeping slashes of a branch name', () => {
		assert.equal(
			repoFileUrl('https://github.com/owner/thesis', 'feature/dates', 'content/ü.md', 'edit'),
			'https://github.com/owner/thesis/edit/feature/dates/content/%C3%BC.md',
		);
		assert.equal(
			repoFileUrl('https://github.com/owner/thesis', 'abc123', './manifests/', 'tree'),
			'https://github.com/owner/thesis/tree/abc123/manifests',
		);
	});
});

describe('remotes and branches', () => {
	test('turns GitHub remotes (ssh, https, .git) into the repository page URL', () => {
		assert.equal(githubUrlFromRemote('git@github.com:owner/thesis.git\n'), 'https://github.com/owner/thesis');
		assert.equal(githubUrlFromRemote('https://github.com/owner/thesis'), 'https://github.com/owner/thesis');
		assert.equal(githubUrlFromRemote('ssh://git@github.com/owner/thesis.git'), 'https://github.com/owner/thesis');
		assert.equal(githubUrlFromRemote('https://gitlab.com/owner/thesis.git'), undefined);
	});

	test('names the checked-out branch, and nothing when detached', () => {
		assert.equal(currentBranch(repo), 'main');
		const detached = join(temp, 'detached');
		git(temp, ['clone', '-q', `file://${repo}`, detached]);
		git(detached, ['checkout', '-q', '--detach', 'HEAD']);
		assert.equal(currentBranch(detached), undefined);
	});
});
