import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { rehypeThemeImages, themePicture } from '../../../src/plugins/rehype-theme-images.ts';

const h = (tagName: string, properties: Element['properties'], children: Element[] = []): Element => ({ type: 'element', tagName, properties, children });

test('a picture with a dark source becomes a light and a dark image with the img\'s attributes', () => {
	const picture = h('picture', {}, [h('source', { media: '(prefers-color-scheme: dark)', srcSet: 'dark.png' }), h('img', { src: 'light.png', alt: 'Logo', width: 100 })]);
	assert.equal(toHtml(themePicture(picture)!), '<span class="theme-image theme-image--light"><img src="light.png" alt="Logo" width="100"></span><span class="theme-image theme-image--dark"><img src="dark.png" alt="Logo" width="100"></span>');
});

test('a light source wins over the img, sizes stay a srcset, and a picture without colour schemes is left alone', () => {
	const picture = h('picture', {}, [h('source', { media: '(prefers-color-scheme:light)', srcSet: 'l.png 1x, l2.png 2x' }), h('source', { media: '(prefers-color-scheme: dark)', srcSet: 'd.png' }), h('img', { src: 'fallback.png', alt: 'x' })]);
	assert.equal(toHtml(themePicture(picture)![0]), '<span class="theme-image theme-image--light"><img src="l.png" alt="x" srcset="l.png 1x, l2.png 2x"></span>');
	assert.equal(themePicture(h('picture', {}, [h('source', { type: 'image/webp', srcSet: 'x.webp' }), h('img', { src: 'x.png' })])), undefined);
});

test('a #gh-dark-mode-only image loses its fragment, in Astro\'s image list too, and shows in the dark theme only', () => {
	const tree: Root = { type: 'root', children: [h('p', {}, [h('img', { src: './a%20b.png#gh-dark-mode-only', alt: 'A' }), h('img', { src: 'c.png#top', alt: 'C' })])] };
	const file = new VFile({ path: '/x/page.md', data: { astro: { localImagePaths: ['./a b.png#gh-dark-mode-only', 'c.png#top'] } } });
	rehypeThemeImages()(tree, file);
	assert.equal(toHtml(tree), '<p><span class="theme-image theme-image--dark"><img src="./a%20b.png" alt="A"></span><img src="c.png#top" alt="C"></p>');
	assert.deepEqual((file.data as { astro: { localImagePaths: string[] } }).astro.localImagePaths, ['c.png#top', './a b.png']);
});
