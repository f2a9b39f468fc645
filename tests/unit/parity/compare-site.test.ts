/**
 * Which built page belongs to which Markdown file, and the pages that cannot be compared: each is
 * reported with its file name and score 0, never skipped (tests/fixtures/parity/site-with-problems).
 */
import assert from 'node:assert/strict';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { cmarkGfmInstallHint, cmarkGfmVersion } from '../../../scripts/lib/parity/cmark-gfm.ts';
import { compareSite, mdxReason } from '../../../scripts/lib/parity/compare-site.ts';

const fixture = relative(process.cwd(), join(import.meta.dirname, '../../fixtures/parity/site-with-problems'));
const site = { name: 'problems', contentDir: join(fixture, 'content'), outDir: join(fixture, 'build') };

test('every page is reported: compared, or with the reason it could not be', () => {
	// A stand-in for cmark-gfm: enough HTML for the pages, and a failure for one of them.
	const render = (markdown: string) => {
		if (markdown.includes('fails on this page')) throw new Error('cmark-gfm exited with 1: out of memory');
		return `<h1>${/^# (.*)$/m.exec(markdown)![1]}</h1>\n<p>${markdown.replace(/^# .*$/m, '').trim()}</p>`;
	};
	const result = compareSite(site, render);
	const file = (name: string) => join(site.contentDir, name);
	assert.deepEqual(result.pages.map(({ file, score, parity, problem }) => ({ file, score: parity ? 'compared' : score, problem })), [
		{ file: file('README.md'), score: 'compared', problem: undefined },
		{ file: file('built.md'), score: 'compared', problem: undefined },
		{ file: file('not-built.md'), score: 0, problem: `missing from the build: no ${join(site.outDir, 'not-built/index.html')}` },
		{ file: file('not-starlight.md'), score: 0, problem: `${join(site.outDir, 'not-starlight/index.html')}: no <div class="sl-markdown-content"> in it: not a Starlight page of Markdown` },
		{ file: file('render-fails.md'), score: 0, problem: 'cannot render it as GitHub does: cmark-gfm exited with 1: out of memory' },
	]);
	assert.deepEqual(result.notCompared, [{ file: file('component.mdx'), reason: mdxReason }]);
});

test('with cmark-gfm, the built pages of the fixture match GitHub', { skip: cmarkGfmVersion() ? false : `cmark-gfm is not installed (${cmarkGfmInstallHint})` }, () => {
	const { pages } = compareSite(site);
	assert.deepEqual(pages.filter((page) => !page.problem).map((page) => [page.file, page.score]), [
		[join(site.contentDir, 'README.md'), 1],
		[join(site.contentDir, 'built.md'), 1],
		// The built page has a typographic apostrophe (test’s), GitHub the typed one: the same words.
		[join(site.contentDir, 'render-fails.md'), 1],
	]);
});
