/**
 * A `/` in an unquoted attribute value (html-unquoted-slash.ts): one line per case, the document's
 * node kinds as the site reads them (the renderer's remark parser and the content model's
 * parseMarkdown) and as GitHub's engine does. The expected dump is written here; where cmark-gfm
 * is installed, its own syntax tree (`-t xml`) must give the same dump.
 */
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { cmarkGfmCommand, cmarkGfmExtensions, cmarkGfmInstallHint, cmarkGfmVersion } from '../../../scripts/lib/parity/cmark-gfm.ts';
import { parseMarkdown } from '../../../src/content-loader/parse-markdown.ts';
import { htmlUnquotedSlash } from '../../../src/github-markdown/html-unquoted-slash.ts';
import { remarkHtmlUnquotedSlash } from '../../../src/plugins/remark-html-unquoted-slash.ts';

const remark = unified().use(remarkParse).use(remarkGfm).use(remarkHtmlUnquotedSlash);
const noCmark = cmarkGfmVersion() ? false : `cmark-gfm is not installed (${cmarkGfmInstallHint})`;

/** cmark-gfm's node names, as mdast names them. */
const mdastName: Record<string, string> = { html_inline: 'html', html_block: 'html', emph: 'emphasis', block_quote: 'blockquote', item: 'listItem', code: 'inlineCode', code_block: 'code' };

/**
 * A syntax tree as `kind(children)`, the root's children side by side; adjacent text nodes are one.
 * @param node e.g. the tree of `x <img src=a/b>` -> `paragraph(text html)`
 */
function dump(node: Nodes): string {
	if (!('children' in node)) return node.type;
	const inner = node.children.map(dump).filter((kind, index, all) => kind !== 'text' || all[index - 1] !== 'text').join(' ');
	return node.type === 'root' ? inner : `${node.type}(${inner})`;
}

/** The same dump of cmark-gfm's tree, with GitHub's extensions (so a URL is autolinked as on github.com). */
function cmarkDump(markdown: string): string {
	const args = ['-t', 'xml', ...cmarkGfmExtensions.flatMap((name) => ['--extension', name])];
	const xml = spawnSync(cmarkGfmCommand(), args, { input: markdown, encoding: 'utf8' }).stdout;
	type Node = { type: string; children?: Node[] };
	const root: Node = { type: 'root', children: [] };
	const open = [root];
	const leaves = ['text', 'code', 'html_inline', 'html_block', 'code_block'];
	for (const [, closing, name, empty] of xml.matchAll(/<(\/?)([a-z_]+)[^>]*?(\/?)>/g)) {
		if (name === 'document' || name === 'softbreak') continue;
		const leaf = empty || leaves.includes(name!);
		if (closing) {
			if (!leaf) open.pop();
			continue;
		}
		const node: Node = leaf ? { type: mdastName[name!] ?? name! } : { type: mdastName[name!] ?? name!, children: [] };
		open.at(-1)!.children!.push(node);
		if (!leaf) open.push(node);
	}
	return dump(root as Nodes);
}

const cases: [name: string, markdown: string, expected: string][] = [
	// In text (inline raw HTML).
	['text: src=a/b', 'x <img src=a/b>', 'paragraph(text html)'],
	['text: src=./x.png width=500', 'x <img src=./x.png width=500> y', 'paragraph(text html text)'],
	['text: href=https://example.com/x, no autolink inside', 'x <a href=https://example.com/x>t</a>', 'paragraph(text html text html)'],
	['text: <a href=a/b>t</a>', 'x <a href=a/b>t</a>', 'paragraph(text html text html)'],
	['text: <br/> stays HTML', 'x <br/> y', 'paragraph(text html text)'],
	['text: <img src=a/> (the value is a/) stays HTML', 'x <img src=a/> y', 'paragraph(text html text)'],
	['text: a slash, then a space and an attribute', 'x <img src=a/ alt=b>', 'paragraph(text html)'],
	['text: a tag across lines', 'x <img\nsrc=a/b alt=c>', 'paragraph(text html)'],
	['text: quoted "a/b" unchanged', 'x <img src="a/b">', 'paragraph(text html)'],
	["text: quoted 'a/b' unchanged", "x <img src='a/b'>", 'paragraph(text html)'],
	["text: ' in an unquoted value is still text", "x <img src=a'b/c>", 'paragraph(text)'],
	['text: = in an unquoted value is still text', 'x <img src=a=b/c>', 'paragraph(text)'],
	['text: ` in an unquoted value is still text', 'x <img src=a/b`>', 'paragraph(text)'],
	['text: a lone / that is no />, still text', 'x <img src=a/b / alt=c>', 'paragraph(text)'],
	['text: no space before the next attribute, still text', 'x <img src="a"b=c/d>', 'paragraph(text)'],
	// At the start of a block (HTML block, start condition 7).
	['block: src=a/b', '<img src=a/b>', 'html'],
	['block: src=./x.png width=500 runs to the blank line', '<img src=./x.png width=500>\n*not emphasis*\n\n*emphasis*', 'html paragraph(emphasis(text))'],
	['block: href=https://example.com/x', '<a href=https://example.com/x>\n\ntext', 'html paragraph(text)'],
	['block: <a href=a/b>t</a> is no block (text after the tag)', '<a href=a/b>t</a>', 'paragraph(html text html)'],
	['block: <br/> stays HTML', '<br/>', 'html'],
	['block: <img src=a/> stays HTML', '<img src=a/>', 'html'],
	['block: quoted "a/b" unchanged', '<img src="a/b">', 'html'],
	["block: ' in an unquoted value is still text", "<img src=a'b/c>", 'paragraph(text)'],
	['block: = in an unquoted value is still text', '<img src=a=b/c>', 'paragraph(text)'],
	['block: cannot interrupt a paragraph', 'para\n<img src=a/b>', 'paragraph(text html)'],
	['block: text after the tag makes a paragraph', '<img src=a/b> x', 'paragraph(html text)'],
	['block: indented three spaces', '   <img src=a/b>', 'html'],
	['block: indented four spaces is code', '    <img src=a/b>', 'code'],
	['block: in a block quote, a lazy line ends it', '> <img src=a/b>\nlazy *x*', 'blockquote(html) paragraph(text emphasis(text))'],
	['block: in a list item', '- <img src=a/b>\n  *x*', 'list(listItem(html))'],
];

for (const [name, markdown, expected] of cases) {
	test(name, (t) => {
		t.assert.equal(dump(remark.parse(markdown)), expected, 'the renderer');
		t.assert.equal(dump(parseMarkdown(markdown).tree), expected, 'the content model');
		if (!noCmark) t.assert.equal(cmarkDump(markdown), expected, 'cmark-gfm');
	});
}

test('cmark-gfm gives the verdicts written above', { skip: noCmark }, (t) => {
	t.assert.equal(cmarkDump('x <img src=a/b>\n\n<img src=a=b/c>'), 'paragraph(text html) paragraph(text)');
});

test('the tag is the html node, a continuation line without its indent (as cmark-gfm)', (t) => {
	const [paragraph] = fromMarkdown('x <img\n   src=a/b>', { extensions: [htmlUnquotedSlash] }).children;
	t.assert.deepEqual(paragraph?.type === 'paragraph' && paragraph.children[1], {
		type: 'html',
		value: '<img\nsrc=a/b>',
		position: { start: { line: 1, column: 3, offset: 2 }, end: { line: 2, column: 12, offset: 18 } },
	});
});

test('an HTML block keeps its indent, as micromark and cmark-gfm do', (t) => {
	const [block] = fromMarkdown('  <img src=a/b>\n  next', { extensions: [htmlUnquotedSlash] }).children;
	t.assert.deepEqual(block, {
		type: 'html',
		value: '  <img src=a/b>\n  next',
		position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 2, column: 7, offset: 22 } },
	});
});

test('where raw HTML is off (as in MDX), the extension reads nothing', (t) => {
	const off = { extensions: [{ disable: { null: ['htmlText', 'htmlFlow'] } }, htmlUnquotedSlash] };
	t.assert.equal(dump(fromMarkdown('x <img src=a/b>\n\n<img src=a/b>', off)), 'paragraph(text) paragraph(text)');
});
