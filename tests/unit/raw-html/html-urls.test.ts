import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element } from 'hast';
import { htmlUrls, rewriteHtmlUrls } from '../../../src/raw-html/html-urls.ts';

const h = (tagName: string, properties: Element['properties']): Element => ({ type: 'element', tagName, properties, children: [] });

test('links, images, sources and videos list their URLs, a srcset one per candidate', () => {
	assert.deepEqual(htmlUrls(h('a', { href: 'my page.md' })), [{ property: 'href', kind: 'link', url: 'my page.md' }]);
	assert.deepEqual(htmlUrls(h('source', { srcSet: 'a.png 1x, b%20c.png 2x' })).map((url) => url.url), ['a.png', 'b%20c.png']);
	assert.deepEqual(htmlUrls(h('video', { src: 'v.webm', poster: 'p.png' })).map((url) => `${url.property} ${url.kind}`), ['src image', 'poster image']);
	assert.deepEqual(htmlUrls(h('div', { src: 'x.png' })), []);
	assert.deepEqual(htmlUrls(h('img', { alt: 'no source' })), []);
});

test('rewriting keeps srcset sizes and the URLs it is not told about', () => {
	const source = h('source', { srcSet: 'a.png 1x, https://x.org/b.png 2x' });
	rewriteHtmlUrls(source, (url) => (url.startsWith('http') ? undefined : `/site/${url}`));
	assert.equal(source.properties.srcSet, '/site/a.png 1x, https://x.org/b.png 2x');
	const link = h('a', { href: 'x.md', title: 'x.md' });
	rewriteHtmlUrls(link, (_url, kind) => (kind === 'link' ? '/x/' : undefined));
	assert.deepEqual(link.properties, { href: '/x/', title: 'x.md' });
});
