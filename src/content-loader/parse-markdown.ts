/** Parses a GitHub Markdown file the way GitHub reads it: front matter apart, GFM on, lines kept. */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Heading, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';

/** A parsed Markdown file: its front matter and its syntax tree (line numbers as in the file). */
export interface ParsedMarkdown {
	frontmatter: Record<string, unknown>;
	tree: Root;
}

/**
 * Parses front matter and body; front matter lines are blanked so positions match the file.
 * @param source e.g. `"---\ntitle: A\n---\n# B\n"`
 */
export function parseMarkdown(source: string): ParsedMarkdown {
	const { frontmatter, content } = parseFrontmatter(source.replace(/^\uFEFF/, ''), { frontmatter: 'empty-with-lines' });
	const tree = fromMarkdown(content, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
	return { frontmatter: frontmatter ?? {}, tree };
}

/**
 * The first level-1 heading of a tree (ATX `#` or setext `===`), the one that becomes the title.
 * @param tree e.g. the tree of `"# Notes - Meeting 04/11/24"`
 */
export function titleHeading(tree: Root): Heading | undefined {
	return tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
}

/**
 * The plain text of a heading, inline markup removed.
 * @param heading e.g. the node of `# The *reconcile* loop` -> `The reconcile loop`
 */
export function headingText(heading: Heading): string {
	return toString(heading).trim();
}
