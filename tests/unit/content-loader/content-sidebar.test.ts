import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentSidebar } from '../../../src/content-loader/content-sidebar.ts';
import { describeContentSite } from '../../../src/content-loader/content-site.ts';

test('start page first, ordered folders, meetings last and newest first', () => {
	const site = describeContentSite([
		{ relPath: 'README.md', source: '# Start\n' },
		{ relPath: 'glossary.md', source: '# Glossary\n' },
		{ relPath: 'meetings/2024-10-21.md', source: '# Older\n' },
		{ relPath: 'meetings/2024-11-04.md', source: '# Newer\n' },
		{ relPath: 'Alpha/README.md', source: '# Alpha things\n' },
		{ relPath: 'Alpha/b.md', source: '# B page\n' },
		{ relPath: 'Alpha/a.md', source: '---\nsidebar:\n  order: 5\n---\n# Z but ordered first\n' },
		{ relPath: 'zeta/README.md', source: '---\nsidebar:\n  order: 1\n---\n# Zeta first\n' },
		{ relPath: 'zeta/deep/page.md', source: '# Deep page\n' },
		{ relPath: 'lonely/README.md', source: '# Lonely folder page\n' },
	]);
	assert.deepEqual(contentSidebar(site), [
		{ slug: 'index' },
		{ slug: 'glossary' },
		{ label: 'Zeta first', items: [{ slug: 'zeta', label: 'Overview' }, { label: 'Deep', items: [{ slug: 'zeta/deep/page' }] }] },
		{ label: 'Alpha things', items: [{ slug: 'alpha', label: 'Overview' }, { slug: 'alpha/a' }, { slug: 'alpha/b' }] },
		{ slug: 'lonely' },
		{ label: 'Meetings', items: [{ slug: 'meetings', label: 'All meetings' }, { slug: 'meetings/2024-11-04', label: '4 Nov 2024' }, { slug: 'meetings/2024-10-21', label: '21 Oct 2024' }] },
	]);
});

test('without front matter, the order in which a folder\'s page links to things orders the sidebar', () => {
	const site = describeContentSite([
		{ relPath: 'README.md', source: '# Start\n\nRead [the traces](reconcile_testing_operators/), then [a finding](findings/b.md) and the [glossary](./glossary.md#terms).\n' },
		{ relPath: 'glossary.md', source: '# Glossary\n\n## Terms\n' },
		{ relPath: 'about.md', source: '# About\n' },
		{ relPath: 'findings/README.md', source: '# Findings\n\nFirst [B](b.md), then [A](<A page.md>).\n' },
		{ relPath: 'findings/A page.md', source: '# A\n' },
		{ relPath: 'findings/b.md', source: '# B\n' },
		{ relPath: 'reconcile_testing_operators/README.md', source: '# Traces\n' },
		{ relPath: 'contributing/README.md', source: '# Contributing\n' },
		{ relPath: 'meetings/2024-11-04.md', source: '# Notes\n' },
	]);
	assert.deepEqual(contentSidebar(site), [
		{ slug: 'index' },
		{ slug: 'glossary' },
		{ slug: 'about' },
		{ slug: 'reconcile_testing_operators' },
		{ label: 'Findings', items: [{ slug: 'findings', label: 'Overview' }, { slug: 'findings/b' }, { slug: 'findings/a-page' }] },
		{ slug: 'contributing' },
		{ label: 'Meetings', items: [{ slug: 'meetings', label: 'All meetings' }, { slug: 'meetings/2024-11-04', label: '4 Nov 2024' }] },
	]);
});
