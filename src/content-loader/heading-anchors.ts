/**
 * GitHub's heading anchors: github-slugger over each heading's text, in document order (nested
 * headings count too). Run on a tree whose emoji shortcodes are already emoji (remark-github-emoji),
 * as GitHub slugs the text it shows.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * The anchor of every heading of a page.
 * @param tree e.g. the tree of `"# Drift\n\n## Drift\n"` -> `Map { <h1> => 'drift', <h2> => 'drift-1' }`
 */
export function headingAnchors(tree: Root): Map<Heading, string> {
	const slugger = new GithubSlugger();
	const anchors = new Map<Heading, string>();
	visit(tree, 'heading', (node) => {
		anchors.set(node, slugger.slug(toString(node)));
	});
	return anchors;
}
