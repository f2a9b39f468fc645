import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import rehypeFigureCredit from '../../../src/plugins/rehype-figure-credit.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/attribution');

const img = (src: string, extra: Record<string, string> = {}): Element => ({
	type: 'element',
	tagName: 'img',
	properties: { src, alt: 'A square', ...extra },
	children: [],
	position: { start: { line: 3, column: 1 }, end: { line: 3, column: 30 } },
});
const paragraph = (...children: Element['children']): Element => ({ type: 'element', tagName: 'p', properties: {}, children });

/** Runs the plugin on `children` as if they came from `markdownFile`; returns the HTML. */
function run(markdownFile: string, ...children: Root['children']): string {
	const tree: Root = { type: 'root', children };
	rehypeFigureCredit()(tree, new VFile({ path: join(fixtures, markdownFile) }));
	return toHtml(tree);
}

test('complete: an unmodified image becomes a figure credited "From ..."', () => {
	assert.equal(
		run('complete/notes/page.md', paragraph(img('third-party/square.svg'))),
		'<figure class="credited-figure"><img src="third-party/square.svg" alt="A square"><figcaption>' +
			'<span class="figure-caption">A square</span> <span class="figure-credit">From <a href="https://example.org/square">A square</a>' +
			' by Example Author, <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC-BY-4.0</a>.</span></figcaption></figure>',
	);
});

test('dark-variant: "Adapted from", the sidecar caption, and both theme images', () => {
	const html = run('dark-variant/page.md', paragraph(img('third-party/square.svg')));
	assert.match(html, /^<figure class="credited-figure"><div class="figure-theme-light"><img src="third-party\/square\.svg" alt="A square"><\/div>/);
	assert.match(html, /<div class="figure-theme-dark"><img src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+" alt="A square" width="10" height="10"><\/div>/);
	assert.match(html, /<span class="figure-caption">The square, redrawn\.<\/span>/);
	assert.match(html, /Adapted from <a href="https:\/\/example\.org\/square">A square<\/a> by Example Author, <a href="[^"]+LICENSE-2\.0" rel="license">Apache-2\.0<\/a>\./);
});

test('the Markdown title wins as caption and leaves the image', () => {
	const html = run('complete/notes/page.md', paragraph(img('third-party/square.svg', { title: 'Figure 1: a square' })));
	assert.match(html, /<img src="third-party\/square\.svg" alt="A square"><figcaption><span class="figure-caption">Figure 1: a square<\/span>/);
});

test('other images and remote URLs are left alone', () => {
	const html = run('complete/notes/page.md', paragraph(img('own.svg')), paragraph(img('https://example.org/third-party/x.svg')));
	assert.equal(html, '<p><img src="own.svg" alt="A square"></p><p><img src="https://example.org/third-party/x.svg" alt="A square"></p>');
});

test('missing-sidecar: the error names the Markdown file, the line and the sidecar to add', () => {
	assert.throws(
		() => run('missing-sidecar/notes/page.md', paragraph(img('third-party/square.svg'))),
		/missing-sidecar\/notes\/page\.md:3:1: third-party image third-party\/square\.svg: no sidecar: add square\.svg\.attribution\.yml$/,
	);
});

test('inline-with-text: a credited image inside a sentence is an error, not a silent drop', () => {
	assert.throws(
		() => run('inline-with-text/page.md', paragraph({ type: 'text', value: 'See ' }, img('third-party/square.svg'), { type: 'text', value: ' here.' })),
		/inline-with-text\/page\.md:3: third-party image third-party\/square\.svg must stand alone in its paragraph/,
	);
});
