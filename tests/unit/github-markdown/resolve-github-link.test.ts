import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeContentSite } from '../../../src/content-loader/content-site.ts';
import { resolveGithubLink, type LinkContext } from '../../../src/github-markdown/resolve-github-link.ts';

// A repository with the content folder in `notes/`; the disk is a plain list of paths.
const files = new Set(['notes/README.md', 'notes/meetings/Meeting 11-04.md', 'notes/meetings/2024-11-04.md', 'notes/attachments/x.png', 'deploy/operator.yaml', 'notes/Design/README.md']);
const dirs = new Set(['', 'notes', 'notes/meetings', 'notes/attachments', 'deploy', 'notes/Design', 'notes/empty']);
const site = describeContentSite([
	{ relPath: 'README.md', source: '# Start\n' },
	{ relPath: 'meetings/Meeting 11-04.md', source: '# Weekly 2024\n\n## Agenda\n' },
	{ relPath: 'meetings/2024-11-04.md', source: '# Notes - Meeting 04/11/24\n' },
	{ relPath: 'Design/README.md', source: '# Design\n\n<a name="setup"></a>\n\n<div id="Step 2">x</div>\n' },
]);
const context = (fromRelPath: string, repoUrl: string | null = 'https://github.com/o/r'): LinkContext => ({
	fromRelPath,
	site,
	contentPath: 'notes',
	pathKind: (path) => (files.has(path) ? 'file' : dirs.has(path) ? 'dir' : undefined),
	base: '/b/',
	...(repoUrl ? { repoUrl } : {}),
	ref: 'main',
});
const from = (url: string, fromRelPath = 'meetings/2024-11-04.md', kind: 'link' | 'image' = 'link') => resolveGithubLink(url, kind, context(fromRelPath));

test('pages: encoded, angle-bracketed (already unwrapped by the parser), with anchors', () => {
	assert.deepEqual(from('Meeting%2011-04.md'), { kind: 'page', href: '/b/meetings/meeting-11-04/' });
	assert.equal((from('Meeting 11-04.md#agenda') as { href: string }).href, '/b/meetings/meeting-11-04/#agenda');
	assert.equal((from('./Meeting 11-04.md#weekly-2024') as { href: string }).href, '/b/meetings/meeting-11-04/#_top');
	assert.equal((from('../Design/') as { href: string }).href, '/b/design/');
	assert.equal((from('../') as { href: string }).href, '/b/');
	assert.equal((from('/notes/meetings/2024-11-04.md') as { href: string }).href, '/b/meetings/2024-11-04/');
});

test('a meetings folder without README links to its generated page', () => {
	assert.equal((from('meetings/', 'README.md') as { href: string }).href, '/b/meetings/');
});

test('non-page files and folders go to GitHub', () => {
	assert.deepEqual(from('/deploy/operator.yaml#L3'), { kind: 'github', href: 'https://github.com/o/r/blob/main/deploy/operator.yaml#L3' });
	assert.deepEqual(from('../../deploy/'), { kind: 'github', href: 'https://github.com/o/r/tree/main/deploy' });
	assert.deepEqual(from('../empty'), { kind: 'github', href: 'https://github.com/o/r/tree/main/notes/empty' });
});

test('images stay relative files for Astro, also from the repository root', () => {
	assert.deepEqual(from('../attachments/x.png', 'meetings/2024-11-04.md', 'image'), { kind: 'image', src: '../attachments/x.png', repoPath: 'notes/attachments/x.png' });
	assert.deepEqual(from('/notes/attachments/x.png', 'README.md', 'image'), { kind: 'image', src: './attachments/x.png', repoPath: 'notes/attachments/x.png' });
});

test('an image keeps GitHub\'s theme fragments and no other', () => {
	assert.equal((from('attachments/x.png#gh-dark-mode-only', 'README.md', 'image') as { src: string }).src, './attachments/x.png#gh-dark-mode-only');
	assert.equal((from('attachments/x.png#gh-light-mode-only', 'README.md', 'image') as { src: string }).src, './attachments/x.png#gh-light-mode-only');
	assert.equal((from('attachments/x.png#top', 'README.md', 'image') as { src: string }).src, './attachments/x.png');
});

test('links to an id or name written in HTML go to its user-content- prefixed id', () => {
	assert.equal((from('../Design/#setup') as { href: string }).href, '/b/design/#user-content-setup');
	assert.equal((from('../Design/README.md#user-content-setup') as { href: string }).href, '/b/design/#user-content-setup');
	assert.equal((from('#Step%202', 'Design/README.md') as { href: string }).href, '#user-content-Step%202');
	assert.deepEqual(from('../Design/#user-content-nope'), { kind: 'broken', reason: 'no heading "user-content-nope" in Design/README.md' });
});

test('outside links, mail and empty links are kept', () => {
	for (const url of ['https://example.com/a.md', 'mailto:a@b.c', '//cdn.example.com/x', '']) assert.deepEqual(from(url), { kind: 'keep' });
});

test('what exists nowhere is broken, with a reason when it is not obvious', () => {
	assert.deepEqual(from('missing.md'), { kind: 'broken' });
	assert.deepEqual(from('Meeting 11-04.md#nope'), { kind: 'broken', reason: 'no heading "nope" in meetings/Meeting 11-04.md' });
	assert.deepEqual(from('#nope'), { kind: 'broken', reason: 'no heading "nope" in meetings/2024-11-04.md' });
	assert.deepEqual(from('../../../x'), { kind: 'broken', reason: 'points outside the repository' });
	assert.equal(resolveGithubLink('/deploy/operator.yaml', 'link', context('README.md', null)).kind, 'broken');
});
