/**
 * Parses a GitHub Markdown file the way GitHub reads it: front matter apart, GFM on, raw HTML as
 * GitHub reads it (`html-unquoted-slash.ts`, as the renderer does), lines kept.
 * An `.mdx` page is parsed as MDX (imports, JSX, expressions), as the site's MDX compiler reads it.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Heading, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { htmlUnquotedSlash } from '../github-markdown/html-unquoted-slash.ts';

/** A parsed Markdown file: its front matter and its syntax tree (line numbers as in the file). */
export interface ParsedMarkdown {
	frontmatter: Record<string, unknown>;
	tree: Root;
}

/**
 * Parses front matter and body; front matter lines are blanked so positions match the file.
 * Throws on MDX syntax errors, with `line:column` in the message (from micromark).
 * @param source e.g. `"---\ntitle: A\n---\n# B\n"`
 * @param options e.g. `{ mdx: true }` for an `.mdx` page
 */
export function parseMarkdown(source: string, options: { mdx?: boolean } = {}): ParsedMarkdown {
	const { frontmatter, content } = parseFrontmatter(source.replace(/^\uFEFF/, ''), { frontmatter: 'empty-with-lines' });
	const tree = options.mdx
		? fromMarkdown(content, { extensions: [gfm(), mdxjs()], mdastExtensions: [gfmFromMarkdown(), mdxFromMarkdown()] })
		: fromMarkdown(content, { extensions: [gfm(), htmlUnquotedSlash], mdastExtensions: [gfmFromMarkdown()] });
	return { frontmatter: frontmatter ?? {}, tree };
}

/**
 * Whether a page is MDX, by its name.
 * @param relPath e.g. `traces/demo.mdx` -> true
 */
export function isMdxPath(relPath: string): boolean {
	return /\.mdx$/i.test(relPath);
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
