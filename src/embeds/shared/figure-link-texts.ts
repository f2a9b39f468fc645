/**
 * The figure references of a page as the author wrote them: the link's URL, its line, its text,
 * and where that text stands in the file, so that `npm run figures -- --update` can rewrite the
 * number and nothing else. Read from the page's Markdown tree (positions as in the file). Pure.
 */
import type { Link, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parseFigureLink } from './figure-link.ts';

/** Where a link's text stands in its file: 1-based lines and columns, the end column exclusive, e.g. `{ line: 3, column: 12, endLine: 3, endColumn: 16 }`. */
export interface TextSpan {
	line: number;
	column: number;
	endLine: number;
	endColumn: number;
}

/** A figure reference as written. */
export interface FigureLinkText {
	/** e.g. `traces/x.csv#figure=wakeupsPerMinute` */
	url: string;
	/** The link's line. */
	line: number;
	/** The link text, markup taken out, e.g. `11.5`. */
	text: string;
	/** Where the text is, when it is one piece of plain text (`[11.5](...)`, `[**11.5**](...)`); undefined otherwise. */
	span?: TextSpan;
}

/**
 * Every figure link of a page, in document order (a malformed one too: checking it reports it).
 * @param tree e.g. the tree of `"Every [11.5](x.csv#figure=wakeupsPerMinute) minutes"` -> `[{ url: 'x.csv#figure=...', line: 1, text: '11.5', span: { line: 1, column: 8, ... } }]`
 */
export function figureLinkTexts(tree: Root): FigureLinkText[] {
	const found: FigureLinkText[] = [];
	visit(tree, 'link', (node: Link) => {
		if (!isFigureUrl(node.url)) return;
		const reference: FigureLinkText = { url: node.url, line: node.position?.start.line ?? 0, text: toString(node) };
		// Text that other text-bearing nodes (code, images, HTML) stand beside is not one piece.
		const texts: Text[] = [];
		let mixed = false;
		visit(node, (child) => {
			if (child.type === 'text') texts.push(child);
			else if (child.type === 'inlineCode' || child.type === 'image' || child.type === 'html') mixed = true;
		});
		const position = texts.length === 1 && !mixed ? texts[0].position : undefined;
		if (position) reference.span = { line: position.start.line, column: position.start.column, endLine: position.end.line, endColumn: position.end.column };
		found.push(reference);
	});
	return found;
}

function isFigureUrl(url: string): boolean {
	try {
		return parseFigureLink(url) !== null;
	} catch {
		return true;
	}
}
