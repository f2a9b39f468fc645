import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { gfm } from 'micromark-extension-gfm';
import { VFile } from 'vfile';
import { describeRemovedHtml } from '../../../src/raw-html/html-report.ts';
import { parseRawHtml } from '../../../src/raw-html/parse-raw-html.ts';
import { sanitizeHtml } from '../../../src/raw-html/sanitize-html.ts';

/** A page's hast as remark-rehype leaves it (raw HTML still text). */
function pageHast(markdown: string): Root {
	return toHast(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }), { allowDangerousHtml: true }) as Root;
}

/** Parses and sanitizes like rehype-github-sanitize; returns the HTML and the removals in words. */
function clean(tree: Root, source = '') {
	const { tree: safe, removed } = sanitizeHtml(parseRawHtml(tree, new VFile(source)));
	return { html: toHtml(safe), safe, removed: removed.map((removal) => `${removal.line}: ${describeRemovedHtml(removal)}`) };
}

const h = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children });
const raw = (value: string, line: number) => ({ type: 'raw', value, position: { start: { line, column: 1, offset: 0 }, end: { line, column: 1 + value.length, offset: value.length } } }) as unknown as ElementContent;

test('removals are listed with their lines: elements, handlers, classes, script URLs', () => {
	const source = 'Before <b class="loud" onclick="alert(1)">bold</b> and [link](javascript:alert(1)).\n\n<object data="x">Fallback.</object>\n\n<img src="a.png" style="x" onerror="alert(2)" autofocus>\n';
	assert.deepEqual(clean(pageHast(source), source).removed, [
		'1: removed class="loud" and onclick="alert(1)" from <b> (GitHub does not render them)',
		'1: removed href="javascript:alert(1)" from <a> (GitHub does not render it)',
		'3: removed <object> (GitHub does not render it)',
		'5: removed style="x", onerror="alert(2)" and autofocus from <img> (GitHub does not render them)',
	]);
});

test('GFM tagfilter: <script>, <style>, <iframe> show as text, nothing is removed', () => {
	const { html, removed } = clean(pageHast('<script>alert(1)</script>\n\n<style>p{}</style>\n'));
	assert.equal(html, '&#x3C;script>alert(1)&#x3C;/script>\n&#x3C;style>p{}&#x3C;/style>');
	assert.deepEqual(removed, []);
});

test('ids and names get the user-content- prefix once; footnotes keep the ids mdast-util-to-hast gave them', () => {
	const { html, removed } = clean(pageHast('<h2 id="setup">Setup</h2>\n\n<a name="top"></a>\n\nA note[^1].\n\n[^1]: Text.\n'));
	assert.match(html, /<h2 id="user-content-setup">/);
	assert.match(html, /<a name="user-content-top">/);
	assert.match(html, /<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">/);
	assert.match(html, /<li id="user-content-fn-1">/);
	assert.match(html, /<h2 class="sr-only" id="footnote-label">/);
	assert.deepEqual(removed, []);
});

test('the site\'s own markup stays as made, while the author\'s HTML inside an aside is sanitized', () => {
	const icon = h('svg', { viewBox: '0 0 24 24', className: ['starlight-aside__icon'] }, [h('path', { d: 'M0 0h24v24H0z' })]);
	const aside = h('aside', { ariaLabel: 'Note', className: ['starlight-aside', 'starlight-aside--note'] }, [
		h('p', { className: ['starlight-aside__title'], ariaHidden: 'true' }, [icon, { type: 'text', value: 'Note' }]),
		h('div', { className: ['starlight-aside__content'] }, [h('p', {}, [{ type: 'text', value: 'Look: ' }, raw('<img src="x.png" onerror="alert(1)">', 3)])]),
	]);
	const viewer = h('trace-viewer', { id: 'tv-1', dataSrc: '/b/_traces/1.json' }, [h('svg', { role: 'img' }, [h('title', {}, [{ type: 'text', value: '<b>span</b>' }])])]);
	const glossary = h('p', {}, [h('a', { href: '/b/glossary/#wake-up', className: ['glossary-link'], title: 'Glossary: wake-up' }, [{ type: 'text', value: 'wake-up' }])]);
	const date = h('p', { className: ['meeting-date'] }, [{ type: 'text', value: 'Meeting of ' }, h('time', { dateTime: '2024-11-04' }, [{ type: 'text', value: '4 Nov 2024' }])]);
	const { html, removed } = clean({ type: 'root', children: [aside, viewer, glossary, date] });
	assert.equal(html, [
		'<aside aria-label="Note" class="starlight-aside starlight-aside--note"><p class="starlight-aside__title" aria-hidden="true"><svg viewBox="0 0 24 24" class="starlight-aside__icon"><path d="M0 0h24v24H0z"></path></svg>Note</p>',
		'<div class="starlight-aside__content"><p>Look: <img src="x.png"></p></div></aside>',
		'<trace-viewer id="tv-1" data-src="/b/_traces/1.json"><svg role="img"><title>&#x3C;b>span&#x3C;/b></title></svg></trace-viewer>',
		'<p><a href="/b/glossary/#wake-up" class="glossary-link" title="Glossary: wake-up">wake-up</a></p>',
		'<p class="meeting-date">Meeting of <time datetime="2024-11-04">4 Nov 2024</time></p>',
	].join(''));
	assert.deepEqual(removed, ['3: removed onerror="alert(1)" from <img> (GitHub does not render it)']);
});

test('site markup with an author\'s raw HTML inside is not kept whole: the HTML is still sanitized', () => {
	const viewer = h('trace-viewer', { id: 'tv-1' }, [h('p', {}, [raw('<img src="x.png" onerror="alert(1)">', 1)])]);
	const { html } = clean({ type: 'root', children: [viewer] });
	assert.equal(html, '<trace-viewer id="tv-1"><p><img src="x.png"></p></trace-viewer>');
});

test('markup a plugin makes that site-markup.ts does not list meets the allowlist like an author\'s', () => {
	const { html, removed } = clean({ type: 'root', children: [h('div', { className: ['plugin-box'], dataX: '1' }, [{ type: 'text', value: 'x' }])] });
	assert.equal(html, '<div>x</div>');
	assert.deepEqual(removed, ['0: removed class="plugin-box" and data-x="1" from <div> (GitHub does not render them)']);
});

test('an author\'s <input> goes, a task list box stays', () => {
	const { html, removed } = clean(pageHast('- [x] done\n\n<input type="text" value="x">\n'));
	assert.match(html, /<input type="checkbox" checked disabled> done/);
	assert.doesNotMatch(html, /type="text"/);
	assert.deepEqual(removed, ['3: removed <input> (GitHub does not render it)']);
});

test('every element says where it came from, and code keeps its meta for Expressive Code', () => {
	const source = 'Text <kbd>K</kbd> [a](b.md)\n\n```js title="x.js"\n1\n```\n';
	const { safe } = clean(pageHast(source), source);
	const origins: string[] = [];
	const walk = (node: Root | Element) => {
		for (const child of node.children) if (child.type === 'element') { origins.push(`${child.tagName}:${child.data?.origin}`); walk(child); }
	};
	walk(safe);
	assert.deepEqual(origins, ['p:markdown', 'kbd:html', 'a:markdown', 'pre:markdown', 'code:markdown']);
	const code = (safe.children.find((node) => node.type === 'element' && node.tagName === 'pre') as Element).children[0] as Element;
	assert.equal(code.data?.meta, 'title="x.js"');
});
