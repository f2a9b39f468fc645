import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkSentences, sentenceAround } from '../../../src/content-loader/link-sentences.ts';
import { parseMarkdown } from '../../../src/content-loader/parse-markdown.ts';

/** The links of `markdown` as `before[text]after (url, line)`, one string each. */
function dump(markdown: string): string[] {
	return linkSentences(parseMarkdown(markdown).tree).map((link) => `${link.before}[${link.text}]${link.after} (${link.url}, ${link.line})`);
}

test('a link stands in its own sentence, not its whole paragraph', () => {
	const markdown = 'We met on Monday. We agreed to define [drift](glossary.md#drift) first.\nThen we\nwent home.\n';
	assert.deepEqual(dump(markdown), ['We agreed to define [drift] first. (glossary.md#drift, 1)']);
});

test('a sentence over several lines is read as one line of text, with the link line', () => {
	assert.deepEqual(dump('# T\n\nThe loop is in\n[the *design*\nnotes](design.md) of\nthe operator.\n'), ['The loop is in [the design notes] of the operator. (design.md, 4)']);
});

test('list items, headings and table cells are each their own text', () => {
	const markdown = '- First [one](a.md)\n- Second [two](b.md). Third.\n\n## See [c](c.md)\n\n| x |\n| - |\n| in [d](d.md) cell |\n';
	assert.deepEqual(dump(markdown), ['First [one] (a.md, 1)', 'Second [two]. (b.md, 2)', 'See [c] (c.md, 4)', 'in [d] cell (d.md, 8)']);
});

test('a reference link takes its definition\'s URL; an undefined reference stays text, as on GitHub', () => {
	assert.deepEqual(dump('See [the kick-off][k] and [nothing][none].\n\n[k]: <Meeting notes/kickoff.md>\n'), ['See [the kick-off] and [nothing][none]. (Meeting notes/kickoff.md, 1)']);
});

test('raw HTML and images: tags are not text, alt text is', () => {
	assert.deepEqual(dump('A <b>bold</b> [![logo](l.png) home](index.md) link.\n'), ['A bold [logo home] link. (index.md, 1)']);
});

test('abbreviations such as "e.g." do not end the sentence', () => {
	assert.deepEqual(dump('Some operators, e.g. [Percona](p.md), poll.\n'), ['Some operators, e.g. [Percona], poll. (p.md, 1)']);
});

test('a long sentence is cut on word boundaries around the link, which stays whole', () => {
	const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ');
	const { before, text, after } = sentenceAround(`${words(40, 'before')} the link ${words(40, 'after')}.`, 40 * 7, 40 * 7 + 8);
	assert.equal(text, 'the link');
	assert.match(before, /^…before( before)+ $/);
	assert.match(after, /^ after( after)+…$/);
	assert.ok(before.length <= 122 && after.length <= 122, `${before.length}, ${after.length}`);
});
