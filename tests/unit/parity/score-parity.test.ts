/** The parity score and the differences it lists, on summaries made by hand. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreParity } from '../../../scripts/lib/parity/score-parity.ts';
import { categories, type Category, type PageSummary } from '../../../scripts/lib/parity/summarize-page.ts';

const summary = (words: string, counts: Partial<Record<Category, number>> = {}): PageSummary => ({
	words: words.split(' ').filter(Boolean),
	counts: { ...Object.fromEntries(categories.map((category) => [category, 0])), ...counts } as Record<Category, number>,
});

test('the same page scores 1, and so do two empty pages', () => {
	assert.deepEqual(scoreParity(summary('a b c', { links: 2 }), summary('a b c', { links: 2 })), { score: 1, words: 1, structure: 1, differences: [] });
	assert.equal(scoreParity(summary(''), summary('')).score, 1);
});

test('words: the Dice coefficient of the words in common, in order', () => {
	// 3 of 4 words in common on each side: 2 x 3 / 8.
	assert.equal(scoreParity(summary('a b c d'), summary('a b x d')).words, 0.75);
	// Order counts: only one of the two words can be matched in order.
	assert.equal(scoreParity(summary('a b'), summary('b a')).words, 0.5);
});

test('structure: the sum of the smaller counts over the sum of the larger', () => {
	// links 2 vs 1, h2 1 vs 1: (1 + 1) / (2 + 1).
	assert.equal(scoreParity(summary('', { links: 2, h2: 1 }), summary('', { links: 1, h2: 1 })).structure, 2 / 3);
});

test('the score is the mean of words and structure', () => {
	const parity = scoreParity(summary('a b c d', { links: 2 }), summary('a b x d', { links: 1 }));
	assert.equal(parity.score, (0.75 + 0.5) / 2);
});

test('differences: counts first, then each changed run of words with the words before it', () => {
	const github = summary('one two three four five six seven', { links: 12, images: 1 });
	const site = summary('added one two 3 four five seven', { links: 11, images: 1 });
	assert.deepEqual(scoreParity(github, site).differences, [
		'links: github 12, site 11',
		'words: only on the site "added", at the start',
		'words: github "three", site "3", after "one two"',
		'words: missing on the site "six", after "two three four five"',
	]);
});

test('differences: a long run of words is shortened', () => {
	const [difference] = scoreParity(summary('a b c d e f g h i j'), summary('')).differences;
	assert.equal(difference, 'words: missing on the site "a b c d e f g h … (+2 words)", at the start');
});
