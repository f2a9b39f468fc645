import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks } from '../../../src/content-loader/find-broken-links.ts';
import { describeContentSite } from '../../../src/content-loader/content-site.ts';
import { refreshContentSite } from '../../../src/content-loader/scan-content.ts';
import { diskPathKind } from '../../../src/content-loader/content-file.ts';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = join(repoRoot, 'tests/fixtures/broken-links');

test('every broken link of every file is listed as file:line, in order', () => {
	const site = refreshContentSite(fixture);
	const problems = findBrokenLinks(site, {
		contentPath: 'tests/fixtures/broken-links',
		pathKind: diskPathKind(repoRoot),
		base: '/',
		repoUrl: 'https://github.com/example/masters-thesis',
		ref: 'main',
	}, (relPath) => `broken-links/${relPath}`);
	assert.deepEqual(problems, [
		'broken-links/README.md:6: broken link "notes/missing.md"',
		'broken-links/README.md:7: broken link "notes/fine.md#no-such-heading" (no heading "no-such-heading" in notes/fine.md)',
		'broken-links/notes/fine.md:6: broken link "../no-folder/"',
		'broken-links/notes/fine.md:7: broken link "../../../../../../../../../../etc/passwd" (points outside the repository)',
		'broken-links/notes/fine.md:9: broken link "../attachments/missing.png"',
		'broken-links/notes/raw-html.md:6: broken link "gone.md"',
		'broken-links/notes/raw-html.md:9: broken link "../attachments/missing%20mascot.png"',
		'broken-links/notes/raw-html.md:12: broken link "dark.png"',
		'broken-links/notes/raw-html.md:14: broken link "clip.webm"',
		'broken-links/notes/raw-html.md:16: broken link "../notes/gone-unquoted.md"',
		'broken-links/notes/raw-html.md:18: broken link "../attachments/missing-unquoted.png"',
	]);
});

test('a figure reference is left to the figure check (which names a missing file), a plain link to its file is not', () => {
	const site = describeContentSite([
		{ relPath: 'page.md', source: '# Page\n\nA: [computed](data.csv#figure=records). B: [computed](gone.csv#figure=records). C: [file](data.csv).\n' },
	]);
	const context = { contentPath: '', pathKind: (path: string) => (path === 'data.csv' ? ('file' as const) : undefined), base: '/', ref: 'main' };
	assert.deepEqual(findBrokenLinks(site, context), [
		'page.md:3: broken link "data.csv" (not a page, and no GitHub repository to link to: set SITE_REPO_URL)',
	]);
});
