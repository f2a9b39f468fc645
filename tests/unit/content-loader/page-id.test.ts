import assert from 'node:assert/strict';
import { test } from 'node:test';
import { folderId, pageHref, pageId } from '../../../src/content-loader/page-id.ts';

test('README and index are their folder\'s page', () => {
	assert.equal(pageId('meetings/README.md'), 'meetings');
	assert.equal(pageId('meetings/index.md'), 'meetings');
	assert.equal(pageId('README.md'), 'index');
	assert.equal(pageId('readme.md'), 'index');
	assert.equal(folderId(''), 'index');
});

test('spaces and capitals become a slug per segment', () => {
	assert.equal(pageId('Meeting notes/Meeting 11-04.md'), 'meeting-notes/meeting-11-04');
	assert.equal(pageId('reconcile_testing_operators/README.md'), 'reconcile_testing_operators');
});

test('hrefs sit under the base path with a trailing slash', () => {
	assert.equal(pageHref('meetings/2024-11-04', '/masters-thesis/'), '/masters-thesis/meetings/2024-11-04/');
	assert.equal(pageHref('index', '/'), '/');
});

test('MDX pages get ids like Markdown pages', () => {
	assert.equal(pageId('traces/Demo Page.mdx'), 'traces/demo-page');
	assert.equal(pageId('traces/index.mdx'), 'traces');
});
