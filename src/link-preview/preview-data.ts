/**
 * The data of a link preview (`<base>link-previews/<id>.json`, served by
 * `src/pages/link-previews/[...id].json.ts` from the content model's `preview`): a page's title,
 * its date, its first paragraph, and the first paragraph under each heading, so a link to
 * `glossary/#drift` previews the definition.
 * The text is plain text taken from the Markdown tree: raw HTML, MDX, code and footnotes are left
 * out, never passed on, so a note's HTML cannot reach the preview (which also only sets textContent).
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { formatDate } from '../content-loader/format-date.ts';
import { headingAnchors } from '../content-loader/heading-anchors.ts';

/** What a preview shows of one page. */
export interface PreviewData {
	/** The page title, e.g. `Notes - Meeting 04/11/24`. */
	title: string;
	/** The page's date when it has one, e.g. `{ iso: '2024-11-04', label: '4 November 2024' }`. */
	date?: { iso: string; label: string };
	/** The first paragraph (or list, or quote) as plain text, cut to `maxChars`; `` when the page has none. */
	text: string;
	/** By heading anchor: the heading's text and its first paragraph, e.g. `{ drift: { heading: 'Drift', text: '...' } }`. */
	sections: Record<string, { heading: string; text: string }>;
}

/** The longest text a preview shows, in characters. */
export const maxChars = 280;

/** Blocks whose text can stand as a page's or section's first paragraph. */
const proseBlocks = new Set(['paragraph', 'list', 'blockquote']);

/** Nodes that are not prose: their content never reaches a preview. */
const hiddenTypes = new Set(['html', 'code', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'footnoteReference', 'footnoteDefinition', 'definition', 'yaml', 'table']);

/**
 * The preview of a page from its Markdown tree; its section keys are the page's heading anchors (`heading-anchors.ts`).
 * @param tree emoji shortcodes already emoji, as the content model has it, e.g. the tree of `"# Glossary\n\nThe words.\n\n## Drift\n\nThe gap.\n"`
 * @param page e.g. `{ title: 'Glossary' }`, with `date: '2024-11-04'` for a dated page and a front matter `description` as the fallback text
 * @returns e.g. `{ title: 'Glossary', text: 'The words.', sections: { glossary: { heading: 'Glossary', text: 'The words.' }, drift: { heading: 'Drift', text: 'The gap.' } } }`
 */
export function previewData(tree: Root, page: { title: string; date?: string | undefined; description?: string | undefined }): PreviewData {
	const anchors = headingAnchors(tree);
	const sections: PreviewData['sections'] = {};
	let open: { heading: string; text: string } | undefined;
	let first: string | undefined;
	for (const node of tree.children) {
		if (node.type === 'heading') {
			const heading = plainText(node);
			open = { heading, text: '' };
			sections[anchors.get(node)!] = open;
			continue;
		}
		const text = proseText(node);
		if (!text) continue;
		first ??= text;
		if (open && !open.text) open.text = text;
	}
	return {
		title: page.title,
		...(page.date ? { date: { iso: page.date, label: formatDate(page.date) } } : {}),
		text: first ?? cut(page.description?.trim() ?? ''),
		sections,
	};
}

/** The plain text of a prose block, alert marker removed and cut; `` for other blocks. */
function proseText(node: RootContent): string {
	if (!proseBlocks.has(node.type)) return '';
	return cut(plainText(node).replace(/^\[![a-z]+\]\s*/i, ''));
}

/**
 * The text of a node without markup, whitespace collapsed.
 * @param node e.g. the paragraph of `"A **bold** <b>raw</b> [link](x.md)"` -> `A bold raw link`
 */
export function plainText(node: Nodes): string {
	const parts: string[] = [];
	const walk = (current: Nodes) => {
		if (hiddenTypes.has(current.type)) return;
		if (current.type === 'text' || current.type === 'inlineCode') parts.push(current.value);
		else if (current.type === 'image' || current.type === 'imageReference') parts.push(current.alt ?? '');
		else if (current.type === 'break') parts.push(' ');
		else if ('children' in current) {
			for (const [index, child] of current.children.entries()) {
				// List items are set apart by a middle dot, paragraphs of an item or quote by a space.
				if (index > 0 && (child.type === 'listItem' || child.type === 'list')) parts.push(' · ');
				else if (index > 0 && child.type === 'paragraph') parts.push(' ');
				walk(child as Nodes);
			}
		}
	};
	walk(node);
	return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Cuts text to `maxChars` on a word boundary with an ellipsis. */
function cut(text: string): string {
	if (text.length <= maxChars) return text;
	const head = text.slice(0, maxChars - 1);
	const space = head.lastIndexOf(' ');
	return `${space > 0 ? head.slice(0, space) : head}…`;
}
