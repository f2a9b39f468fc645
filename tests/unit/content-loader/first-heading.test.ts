import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstHeading } from '../../../src/content-loader/first-heading.ts';

test('takes the first H1 as written', () => {
	assert.equal(firstHeading('# Notes - Meeting 04/11/24\n\n## Preparation\n'), 'Notes - Meeting 04/11/24');
});

test('skips front matter and fenced code', () => {
	assert.equal(firstHeading('---\na: 1\n---\n```\n# not a title\n```\n# Title #\n'), 'Title');
});

test('returns undefined without an H1', () => {
	assert.equal(firstHeading('## Only a subsection\n'), undefined);
});
