/**
 * Links the first use of each glossary term on a page to the term's heading in `glossary.md`.
 * Text inside code, links, headings, images and HTML is left alone, and so is the glossary itself.
 * The link is a relative `.md` link, the way a GitHub author would write it; the site's link
 * rewriting turns it into the page URL like any other.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { glossaryTerms } from '../glossary/glossary-terms.ts';
import { termMatcher } from '../glossary/match-glossary-terms.ts';

/** Options: where the content lives; the glossary file is `glossary.md` in it. */
export interface GlossaryLinksOptions {
	/** Absolute content folder, e.g. `/work/main/content`. */
	contentDir: string;
	/** The glossary's path relative to `contentDir`, e.g. `glossary.md`. */
	glossaryFile?: string;
}

// Nodes whose text is not running prose: never link inside them.
const skipped = new Set(['code', 'inlineCode', 'link', 'linkReference', 'heading', 'html', 'image', 'imageReference', 'definition', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'yaml', 'footnoteDefinition']);

/**
 * Returns the rewritten children of one text node: text, then a link, then text...
 * @param relativeGlossary e.g. `../glossary.md`
 */
export function linkTerms(node: Text, findTerms: ReturnType<typeof termMatcher>, seen: Set<string>, relativeGlossary: string): PhrasingContent[] {
	const matches = findTerms(node.value, seen);
	if (matches.length === 0) return [node];
	const parts: PhrasingContent[] = [];
	let at = 0;
	for (const { start, end, term } of matches) {
		if (start > at) parts.push({ type: 'text', value: node.value.slice(at, start) });
		const link: Link = {
			type: 'link',
			url: `${relativeGlossary}#${term.anchor}`,
			title: null,
			children: [{ type: 'text', value: node.value.slice(start, end) }],
			data: { hProperties: { className: ['glossary-link'], title: `Glossary: ${term.text}` } },
		};
		parts.push(link);
		at = end;
	}
	if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
	return parts;
}

/** The remark plugin; does nothing when the content folder has no glossary. */
export default function remarkGlossaryLinks(options: GlossaryLinksOptions) {
	const glossaryPath = resolve(options.contentDir, options.glossaryFile ?? 'glossary.md');
	let cached: { mtimeMs: number; findTerms: ReturnType<typeof termMatcher> } | undefined;
	return (tree: Root, file: VFile) => {
		const page = file.path ? resolve(file.path) : undefined;
		if (!page || page === glossaryPath || !existsSync(glossaryPath)) return;
		// Re-read the glossary only when it changed (the dev server keeps the plugin alive).
		const { mtimeMs } = statSync(glossaryPath);
		if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, findTerms: termMatcher(glossaryTerms(readFileSync(glossaryPath, 'utf8'))) };
		const { findTerms } = cached;
		const relativeGlossary = relative(dirname(page), glossaryPath).split('\\').join('/');
		const seen = new Set<string>();
		const walk = (parent: Parent) => {
			const children: Parent['children'] = [];
			for (const child of parent.children) {
				if (child.type === 'text') children.push(...linkTerms(child, findTerms, seen, relativeGlossary));
				else {
					if (!skipped.has(child.type) && 'children' in child) walk(child as Parent);
					children.push(child);
				}
			}
			parent.children = children;
		};
		walk(tree);
	};
}
