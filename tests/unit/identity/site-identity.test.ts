/**
 * Whose notes a build shows: notes in a throwaway git repository of their own, with and without a
 * CITATION.cff, are never cited as this project; the report says where each value came from.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { personFromGitName, readSiteIdentity } from '../../../src/identity/site-identity.ts';
import { commit, git } from '../git/scratch-repo.ts';

const siteRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** A git repository in a temp folder with `files` committed by the first of `authors`, one change by each other (a day apart), and a GitHub origin. */
function notesRepo(files: Record<string, string>, authors = ['Jane Doe']): string {
	const dir = realpathSync(mkdtempSync(join(tmpdir(), 'notes-identity-')));
	const as = (name: string) => ({ name, email: 'someone@example.org' });
	const day = (index: number) => `2024-03-${String(1 + index).padStart(2, '0')}T10:00:00Z`;
	git(dir, ['init', '-q', '-b', 'main']);
	git(dir, ['remote', 'add', 'origin', 'git@github.com:jane-doe/lab-notes.git']);
	commit(dir, day(0), files, as(authors[0]));
	// Each further author changes a file (a commit that changes nothing is in no folder's history).
	for (const [index, name] of authors.slice(1).entries()) commit(dir, day(index + 1), { 'changes.txt': `change ${index}\n` }, as(name));
	return dir;
}

test('notes without a CITATION.cff: README H1, git authors (most commits first, no bots) and origin remote; the rest is left out, each with its reason', (t) => {
	const dir = notesRepo({ 'README.md': '# Lab notebook of Jane Doe\n\nWhat I found.\n', 'meetings/2024-03-01.md': '# Meeting\n' }, ['Sam Roe', 'Jane Doe', 'Jane Doe', 'dependabot[bot]']);
	t.after(() => rmSync(dir, { recursive: true, force: true }));
	const { meta, report } = readSiteIdentity({ contentDir: dir, cwd: siteRoot, env: {} });
	assert.equal(meta.title, 'Lab notebook of Jane Doe');
	assert.deepEqual(meta.authors, [{ given: 'Jane', family: 'Doe' }, { given: 'Sam', family: 'Roe' }]);
	assert.equal(meta.repository, 'https://github.com/jane-doe/lab-notes');
	assert.equal(meta.contentLicence, undefined);
	assert.deepEqual(meta.keywords, []);
	assert.deepEqual(report, [
		`title: "Lab notebook of Jane Doe" from ${dir}/README.md H1`,
		`authors: Jane Doe, Sam Roe from the git history of ${dir} (most commits first)`,
		`licence: none, no CITATION.cff in ${dir} or at the root of its repository`,
		`repository: https://github.com/jane-doe/lab-notes from the "origin" remote of ${dir}`,
		`version: none, no CITATION.cff in ${dir} or at the root of its repository`,
		`DOI: none, no CITATION.cff in ${dir} or at the root of its repository`,
		`keywords: none, no CITATION.cff in ${dir} or at the root of its repository`,
	]);
	assert.equal(JSON.stringify(meta).includes('Haegeman'), false, 'another person\'s notes must not be cited as this project');
});

test('a folder of the repository without README takes the repository README; SITE_REPO_URL names the repository', (t) => {
	const dir = notesRepo({ 'README.md': '# Jane\'s thesis\n', 'notes/idea.md': '# An idea\n' });
	t.after(() => rmSync(dir, { recursive: true, force: true }));
	const { meta, report } = readSiteIdentity({ contentDir: join(dir, 'notes'), cwd: siteRoot, env: { SITE_REPO_URL: 'https://github.com/jane-doe/mirror' } });
	assert.equal(meta.title, "Jane's thesis");
	assert.equal(report[0], `title: "Jane's thesis" from ${dir}/README.md H1`);
	assert.equal(report[3], 'repository: https://github.com/jane-doe/mirror from SITE_REPO_URL');
});

test('a CITATION.cff at the repository root names the notes in a folder of it; what it lacks is not borrowed from this project', (t) => {
	const cff = [
		'cff-version: 1.2.0',
		'message: Please cite these notes.',
		'title: Reconcile loops in practice',
		'authors:',
		'  - given-names: Jane',
		'    family-names: Doe',
		'  - name: Example Lab',
		'license: CC0-1.0',
		'version: 2.1.0',
		'identifiers:',
		'  - type: doi',
		'    value: 10.5281/zenodo.1003150',
		'keywords: [operators, scheduling]',
	].join('\n');
	const dir = notesRepo({ 'CITATION.cff': cff, 'notes/README.md': '# Not the title\n' });
	t.after(() => rmSync(dir, { recursive: true, force: true }));
	const { meta, report } = readSiteIdentity({ contentDir: join(dir, 'notes'), cwd: siteRoot, env: {} });
	assert.equal(meta.title, 'Reconcile loops in practice');
	assert.deepEqual(meta.authors, [{ given: 'Jane', family: 'Doe' }, { family: 'Example Lab' }]);
	assert.deepEqual(meta.contentLicence, { spdx: 'CC0-1.0', name: 'CC0-1.0', url: 'https://spdx.org/licenses/CC0-1.0.html' });
	assert.equal(meta.version, '2.1.0');
	assert.equal(meta.doi, '10.5281/zenodo.1003150');
	assert.deepEqual(meta.keywords, ['operators', 'scheduling']);
	assert.equal(meta.description, undefined);
	assert.equal(meta.repository, 'https://github.com/jane-doe/lab-notes');
	assert.equal(report[0], `title: "Reconcile loops in practice" from ${dir}/CITATION.cff`);
	assert.equal(report[3], `repository: https://github.com/jane-doe/lab-notes from the "origin" remote of ${dir}`);
});

test('a CITATION.cff that is not usable stops the build, naming the file and the field', (t) => {
	const dir = notesRepo({ 'CITATION.cff': 'cff-version: 1.2.0\nmessage: Cite me.\nauthors:\n  - name: Me\n', 'README.md': '# Notes\n' });
	t.after(() => rmSync(dir, { recursive: true, force: true }));
	assert.throws(() => readSiteIdentity({ contentDir: dir, cwd: siteRoot, env: {} }), new RegExp(`${dir}/CITATION\\.cff: missing required field "title"`));
});

test('git names become citation names; a user name stays whole', () => {
	assert.deepEqual(personFromGitName('Jane Doe'), { given: 'Jane', family: 'Doe' });
	assert.deepEqual(personFromGitName('jdoe'), { family: 'jdoe' });
});
