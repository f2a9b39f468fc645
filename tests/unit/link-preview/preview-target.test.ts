import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PreviewData } from '../../../src/link-preview/preview-data.ts';
import { isPreviewData, previewTarget, previewView } from '../../../src/link-preview/preview-target.ts';

const base = '/masters-thesis/';
const page = 'https://x.github.io/masters-thesis/meetings/2024-11-04/';

test('links to other pages under the base path get a preview, with the heading they point at', () => {
	assert.deepEqual(previewTarget('/masters-thesis/glossary/#work-queue', page, base), { dataUrl: '/masters-thesis/link-previews/glossary.json', anchor: 'work-queue' });
	assert.deepEqual(previewTarget('https://x.github.io/masters-thesis/', page, base), { dataUrl: '/masters-thesis/link-previews/index.json' });
	assert.deepEqual(previewTarget('../../findings/where-the-5s-comes-from/#_top', page, base), { dataUrl: '/masters-thesis/link-previews/findings/where-the-5s-comes-from.json' });
	assert.deepEqual(previewTarget('/masters-thesis/glossary/#caf%C3%A9', page, base)?.anchor, 'café');
});

test('no preview: other sites, outside the base path, files, build folders, this page', () => {
	for (const href of [
		'https://github.com/owner/repo/blob/main/x.md',
		'https://elsewhere.example/masters-thesis/glossary/',
		'/other-site/glossary/',
		'/masters-thesis/_astro/diagram.webp',
		'/masters-thesis/feed.xml',
		'/masters-thesis/_traces/run/',
		'/masters-thesis/link-previews/glossary.json',
		'/masters-thesis/pagefind/',
		'/masters-thesis/glossary',
		'#agenda',
		'/masters-thesis/meetings/2024-11-04/#agenda',
		'mailto:someone@example.org',
		'http://[bad',
	]) {
		assert.equal(previewTarget(href, page, base), undefined, href);
	}
});

test('the site at the root of its domain works the same', () => {
	assert.deepEqual(previewTarget('/glossary/', 'http://localhost:4321/', '/'), { dataUrl: '/link-previews/glossary.json' });
});

const glossary: PreviewData = {
	title: 'Glossary',
	text: 'The words of these notes.',
	sections: { glossary: { heading: 'Glossary', text: 'The words of these notes.' }, drift: { heading: 'Drift', text: 'The gap.' }, empty: { heading: 'Empty', text: '' } },
};

test('a link to a heading shows that section; to the page, an unknown or empty heading, the page', () => {
	assert.deepEqual(previewView(glossary, 'drift'), { title: 'Glossary › Drift', text: 'The gap.' });
	for (const anchor of [undefined, 'glossary', 'empty', 'nope', 'constructor']) assert.deepEqual(previewView(glossary, anchor), { title: 'Glossary', text: 'The words of these notes.' }, anchor);
	const meeting: PreviewData = { title: 'Notes', date: { iso: '2024-11-04', label: '4 November 2024' }, text: 'Met.', sections: {} };
	assert.deepEqual(previewView(meeting), { title: 'Notes', date: { iso: '2024-11-04', label: '4 November 2024' }, text: 'Met.' });
});

test('only preview data passes the check, so a 404 page or other JSON shows nothing', () => {
	assert.equal(isPreviewData(glossary), true);
	for (const value of [null, 'text', { title: 'x' }, { title: 1, text: '', sections: {} }, { title: 'x', text: '', sections: null }]) assert.equal(isPreviewData(value), false, JSON.stringify(value));
});
