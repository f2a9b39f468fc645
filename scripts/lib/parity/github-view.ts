/**
 * A Markdown file as github.com shows it, as a hast tree: the reference side of `npm run parity`.
 * The steps github.com takes (https://github.com/github/markup#github-markup): cmark-gfm with
 * GitHub's extensions, then sanitizing with GitHub's allowlist (`githubSchema`, the site's own record of
 * it; an author's `<input>` goes, cmark-gfm's task list boxes stay), then github.com's own markup on the clean HTML, modelled with rehypejs/rehype-github's
 * packages: alerts (`rehype-github-alert`) and emoji shortcodes (`rehype-github-emoji`, gemoji's list).
 * Deliberately different: front matter is left out (github.com shows it as a table above the file;
 * the site reads it as metadata and shows none of it).
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import rehypeGithubAlert from 'rehype-github-alert';
import rehypeGithubEmoji from 'rehype-github-emoji';
import { visit } from 'unist-util-visit';
import { githubSchema } from '../../../src/raw-html/sanitize-schema.ts';
import { renderWithCmarkGfm } from './cmark-gfm.ts';

/**
 * The body of a Markdown file as github.com renders it.
 * @param source the file's text, e.g. `"# Title\n\n> [!NOTE]\n> Read me :tada:\n"`
 * @param render Markdown to HTML; cmark-gfm unless a test passes its output
 */
export function githubView(source: string, render: (markdown: string) => string = renderWithCmarkGfm): Root {
	// Front matter lines are blanked, not removed, so cmark-gfm sees the body on its own lines.
	const { content } = parseFrontmatter(source.replace(/^\uFEFF/, ''), { frontmatter: 'empty-with-lines' });
	const html = render(content);
	const parsed = fromHtml(html, { fragment: true });
	dropAuthoredInputs(parsed);
	const tree = sanitize(parsed, githubSchema) as Root;
	rehypeGithubAlert()(tree);
	rehypeGithubEmoji()(tree);
	addFootnoteLabel(tree);
	return tree;
}

/**
 * github.com opens the footnotes section with a heading for screen readers, which cmark-gfm does
 * not emit: `<h2 id="footnote-label" class="sr-only">Footnotes</h2>` (allowed by GitHub's schema
 * for this use, see hast-util-sanitize's `defaultSchema.attributes.h2`).
 */
function addFootnoteLabel(tree: Root) {
	visit(tree, 'element', (node: Element) => {
		if (node.tagName !== 'section' || node.properties.dataFootnotes === undefined) return;
		node.children.unshift({ type: 'element', tagName: 'h2', properties: { id: 'footnote-label', className: ['sr-only'] }, children: [{ type: 'text', value: 'Footnotes' }] });
	});
}

/**
 * github.com shows the task list boxes cmark-gfm makes (`<li><input type="checkbox" disabled>`), not
 * an `<input>` an author writes: every other input is removed before sanitizing.
 */
function dropAuthoredInputs(tree: Root) {
	visit(tree, 'element', (node: Element, index, parent) => {
		if (node.tagName !== 'input' || !parent || index === undefined) return;
		const firstElement = parent.children.find((child) => child.type === 'element');
		const taskBox = parent.type === 'element' && parent.tagName === 'li' && firstElement === node && node.properties.type === 'checkbox';
		if (taskBox) return;
		parent.children.splice(index, 1);
		return index;
	});
}
