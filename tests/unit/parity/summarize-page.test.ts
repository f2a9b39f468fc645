/** The word and count extraction of npm run parity, on hand-made HTML (no cmark-gfm needed). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { summarizePage, wordsOf, type Category, type Rule } from '../../../scripts/lib/parity/summarize-page.ts';

const summarize = (html: string, rules: Rule[] = []) => summarizePage(fromHtml(html, { fragment: true }), rules);
const nonZero = (counts: Record<Category, number>) => Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 0));

test('words: letters, digits and emoji; punctuation only separates', () => {
	assert.deepEqual(wordsOf("It's 5 s :tada: 🎉! naïve_x 👍🏽 🇧🇪 ❤️"), ['It', 's', '5', 's', 'tada', '🎉', 'naïve_x', '👍🏽', '🇧🇪', '❤']);
});

test('words: blocks separate words, inline elements do not', () => {
	assert.deepEqual(summarize('<div>foo</div><div>bar</div><p><em>re</em>concile<br>next</p>').words, ['foo', 'bar', 'reconcile', 'next']);
});

test('counts each construct by its tag', () => {
	const html = `<h2>A</h2><h3>B</h3><ul><li><input type="checkbox" disabled> one</li><li>two</li></ul>
		<table><tr><th>x</th><td>y</td></tr></table><pre><code>block</code></pre><p><code>inline</code> <em>e</em> <strong>s</strong> <del>d</del>
		<a href="https://example.org/">link</a> <a name="anchor-only">not a link</a> <img src="x.png" alt="alt is not text"></p><blockquote><p>q</p></blockquote>`;
	const summary = summarize(html);
	assert.deepEqual(nonZero(summary.counts), {
		h2: 1, h3: 1, 'list items': 2, 'task boxes': 1, 'table cells': 2, 'code blocks': 1, quotes: 1, images: 1, links: 1,
		emphasis: 1, strong: 1, strikethrough: 1, 'inline code': 1,
	});
	assert.ok(!summary.words.includes('alt'));
});

test('footnotes: definitions and references are counted apart from lists and links', () => {
	const html = `<p>Claim<sup><a href="#fn-1" data-footnote-ref>1</a></sup></p>
		<section data-footnotes class="footnotes"><ol><li id="fn-1"><p>Source <a href="#fnref-1" data-footnote-backref>↩</a></p></li></ol></section>`;
	assert.deepEqual(nonZero(summarize(html).counts), { 'footnote refs': 1, footnotes: 1 });
});

test('what a browser does not show is not read: script, style, template, svg, hidden', () => {
	assert.deepEqual(summarize('<p>a</p><script>b()</script><style>c{}</style><template>d</template><svg><title>e</title></svg><p hidden>f</p>').words, ['a']);
});

test('rules: skip, count as, and units with their own words; the first matching rule wins', () => {
	const rules: Rule[] = [
		{ name: 'added', match: '.added', treat: { skip: true } },
		{ name: 'aside', match: 'aside', treat: { count: 'alerts' } },
		{ name: 'math', match: '.math', treat: { unit: null, words: () => 'x squared' } },
		{ name: 'later rule, never used', match: '.added', treat: { count: 'quotes' } },
		{ name: 'by test', match: (element) => element.tagName === 'b', treat: { count: 'strong' } },
	];
	const summary = summarize('<p class="added">gone <a href="/">x</a></p><aside><p>kept <a href="/">y</a></p></aside><span class="math">ignored</span><b>bold</b>', rules);
	assert.deepEqual(summary.words, ['kept', 'y', 'x', 'squared', 'bold']);
	assert.deepEqual(nonZero(summary.counts), { alerts: 1, links: 1, strong: 1 });
});
