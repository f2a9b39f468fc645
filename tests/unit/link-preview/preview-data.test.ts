import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMarkdown } from '../../../src/content-loader/parse-markdown.ts';
import { maxChars, previewData } from '../../../src/link-preview/preview-data.ts';

const preview = (markdown: string, page: Parameters<typeof previewData>[1] = { title: 'T' }) => previewData(parseMarkdown(markdown).tree, page);

test('title, date and the first paragraph as plain text; each heading\'s first paragraph by anchor', () => {
	const data = preview('# Glossary\n\nThe **words** of [these notes](x.md).\n\n## Drift\n\n```sh\nnot this\n```\n\nThe `gap`.\n\n## Empty\n\n## Drift\n\nAgain.\n', { title: 'Glossary', date: '2024-11-04' });
	assert.deepEqual(data, {
		title: 'Glossary',
		date: { iso: '2024-11-04', label: '4 November 2024' },
		text: 'The words of these notes.',
		sections: {
			glossary: { heading: 'Glossary', text: 'The words of these notes.' },
			drift: { heading: 'Drift', text: 'The gap.' },
			empty: { heading: 'Empty', text: '' },
			'drift-1': { heading: 'Drift', text: 'Again.' },
		},
	});
});

test('raw HTML never reaches the text: tags, comments and HTML blocks are dropped', () => {
	const data = preview('<script>alert(1)</script>\n\n<!-- note -->\n\nA <img src=x onerror="alert(1)"> <b>bold</b> word.\n');
	assert.equal(data.text, 'A bold word.');
	assert.doesNotMatch(JSON.stringify(data), /<|alert/);
});

test('MDX: imports, components and expressions are not text', () => {
	const { tree } = parseMarkdown("import X from './x.astro';\n\n# T\n\n<X src=\"a\" />\n\nText {1 + 1} here.\n", { mdx: true });
	assert.equal(previewData(tree, { title: 'T' }).text, 'Text here.');
});

test('a list or an alert can be the first paragraph; list items are set apart', () => {
	assert.equal(preview('# T\n\n- Interim report created\n- Traces *read*\n  - nested\n').text, 'Interim report created · Traces read · nested');
	assert.equal(preview('> [!NOTE]\n> Read this.\n').text, 'Read this.');
});

test('long text is cut on a word boundary; no paragraph falls back to the description', () => {
	const text = preview(`# T\n\n${'word '.repeat(100)}\n`).text;
	assert.ok(text.length <= maxChars && text.endsWith('word…'), text);
	assert.equal(preview('# T\n\n| a |\n| - |\n| b |\n', { title: 'T', description: 'Every meeting note.' }).text, 'Every meeting note.');
	assert.equal(preview('').text, '');
});
