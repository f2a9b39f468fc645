import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { readFileSync } from 'node:fs';
import { backlinks, type Backlink } from '../../../src/content-loader/backlinks.ts';
import { describeContentSite, type ContentSite } from '../../../src/content-loader/content-site.ts';
import { refreshContentSite } from '../../../src/content-loader/scan-content.ts';
import { diskPathKind } from '../../../src/content-loader/content-file.ts';
import remarkGlossaryLinks from '../../../src/plugins/remark-glossary-links.ts';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** A link context for an in-memory site: its files and their folders exist, nothing else. */
function memoryContext(site: ContentSite) {
	const folders = new Set(site.pages.flatMap((page) => page.folder.split('/').map((_, index, parts) => parts.slice(0, index + 1).join('/'))));
	return {
		contentPath: '',
		pathKind: (path: string) => (site.byRelPath.has(path) ? 'file' as const : path === '' || folders.has(path) ? 'dir' as const : undefined),
		base: '/masters-thesis/',
		ref: 'main',
	};
}

/** Backlinks of one target as `relPath: before[text]after | ...`, one string per linking page. */
function dump(list: Backlink[] | undefined): string[] {
	return (list ?? []).map(({ page, sentences }) => `${page.relPath}: ${sentences.map((s) => `${s.before}[${s.text}]${s.after}`).join(' | ')}`);
}

test('linking pages come newest meeting first, then the other pages in file order, each once', () => {
	const site = describeContentSite([
		{ relPath: 'findings/result.md', source: '# Result\n\nThe numbers.\n' },
		{ relPath: 'a-overview.md', source: '# Overview\n\nSee [the result](findings/result.md). Twice: [result](findings/result.md#_top).\n' },
		{ relPath: 'meetings/2024-10-01.md', source: '# Old meeting\n\nWe saw [it](../findings/result.md) first.\n' },
		{ relPath: 'meetings/2024-11-04.md', source: '# New meeting\n\nWe repeated [the result](../findings/result.md).\n' },
		{ relPath: 'meetings/undated.md', source: '# Undated meeting\n\nAbout [the result](../findings/result.md).\n' },
		{ relPath: 'zz.md', source: '# Last\n\nAlso [here](findings/result.md).\n\nAlso [here](findings/result.md).\n' },
	]);
	assert.deepEqual(dump(backlinks(site, memoryContext(site)).get('findings/result')), [
		'meetings/2024-11-04.md: We repeated [the result].',
		'meetings/2024-10-01.md: We saw [it] first.',
		'a-overview.md: See [the result]. | Twice: [result].',
		'meetings/undated.md: About [the result].',
		'zz.md: Also [here].',
	]);
});

test('links to a page itself, outside links, files and broken links are not backlinks', () => {
	const site = describeContentSite([
		{ relPath: 'README.md', source: '# Start\n\n## Part\n\n[up](#part), [me](README.md), [root](/README.md), [web](https://example.org/), [broken](nowhere.md).\n' },
		{ relPath: 'other.md', source: '# Other\n\n![picture](README.md) and a [link](README.md#part).\n' },
	]);
	const found = backlinks(site, memoryContext(site));
	assert.deepEqual([...found.keys()], ['index']);
	assert.deepEqual(dump(found.get('index')), ['other.md: picture and a [link].']);
});

test('the generated page of a meetings folder without README gets its backlinks', () => {
	const site = describeContentSite([
		{ relPath: 'README.md', source: '# Start\n\nEvery [meeting](<Meeting notes/>).\n' },
		{ relPath: 'Meeting notes/2024-11-04.md', source: '# Notes\n' },
	]);
	assert.deepEqual(dump(backlinks(site, memoryContext(site)).get('meeting-notes')), ['README.md: Every [meeting].']);
});

test('gfm-site: the glossary lists its two written links, not the automatic glossary link', async () => {
	const fixture = join(repoRoot, 'tests/fixtures/gfm-site');
	// The automatic link exists in the rendered page...
	const rendered = String(await unified().use(remarkParse).use(remarkGlossaryLinks, { contentDir: fixture }).use(remarkStringify)
		.process({ value: readFileSync(join(fixture, 'Design Docs/Reconcile Loop.md'), 'utf8'), path: join(fixture, 'Design Docs/Reconcile Loop.md') }));
	assert.match(rendered, /\[drift\]\(\.\.\/glossary\.md#drift\)/);
	// ...and is not among the glossary's backlinks, which are the links written in the Markdown.
	const site = refreshContentSite(fixture);
	const found = backlinks(site, { contentPath: 'tests/fixtures/gfm-site', pathKind: diskPathKind(repoRoot), base: '/masters-thesis/', ref: 'main' });
	assert.deepEqual(dump(found.get('glossary')), [
		"Meeting notes/Sync with counselor.md: We agreed to write down what [drift] means before the next report, and to measure it on the kick-off's traces.",
		'Design Docs/README.md: Words with a meaning of their own are explained in [the glossary].',
	]);
});
