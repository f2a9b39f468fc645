import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { summaryText } from '../../../src/feed/summary-text.ts';

test('takes the first paragraph after the title, as plain text', () => {
	assert.equal(summaryText('# T\n\nThe **first** [para](x.md) with `code`.\nSame paragraph.\n\nSecond.\n'), 'The first para with code. Same paragraph.');
});

test('skips front matter, comments, fences and headings', () => {
	const markdown = '---\ntitle: x\n---\n<!-- hint -->\n# T\n\n```sh\nnpm start\n```\n\n## Sub\n\nProse.\n';
	assert.equal(summaryText(markdown), 'Prose.');
});

test('an alert keeps its text, not its marker', () => {
	assert.equal(summaryText('> [!NOTE]\n> Read this.\n'), 'Read this.');
});

test('cuts long text on a word boundary with an ellipsis', () => {
	const out = summaryText(`# T\n\n${'word '.repeat(100)}`, 23);
	assert.equal(out, 'word word word word…');
});

test('the seed meeting note is summarised from its first list item', () => {
	const seed = readFileSync(new URL('../../../content/meetings/2024-11-04.md', import.meta.url), 'utf8');
	assert.match(summaryText(seed), /^Interim report created/);
});

test('list items are joined without their markers', () => {
	assert.equal(summaryText('- one\n  - two\n1. three\n'), 'one two three');
});
