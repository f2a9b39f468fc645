/**
 * Parses the authors' raw HTML of a page (the `raw` nodes remark-rehype leaves) into elements, as
 * GitHub does: with GFM's tagfilter (https://github.github.com/gfm/#disallowed-raw-html-extension-),
 * so `<script>`, `<style>`, `<iframe>`, `<textarea>`, `<title>`, `<xmp>`, `<noembed>`, `<noframes>`
 * and `<plaintext>` show as text. Uses hast-util-raw (what rehype-raw runs); the elements that
 * were already in the tree are passed through it untouched, so afterwards every element says where
 * it came from (`data.origin`): `html` (an author's HTML), `markdown` (Markdown syntax) or `site`
 * (site-markup.ts, with `data.siteMarkup` telling whole from frame).
 */
import type { Element, ElementContent, ElementData, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import type { VFile } from 'vfile';
import { siteMarkup, type SiteMarkup } from './site-markup.ts';

/** Where an element of a parsed page came from. */
export type Origin = 'html' | 'markdown' | 'site';

declare module 'hast' {
	interface Data {
		/** Set by `parseRawHtml`, e.g. `html` for an element written as HTML in the Markdown. */
		origin?: Origin;
		/** For `origin: 'site'`: how much of the element is the site's (site-markup.ts). */
		siteMarkup?: SiteMarkup;
	}
}

/** The node type an element travels as through hast-util-raw (its `passThrough`). */
const HELD = 'heldElement';

interface Held {
	type: typeof HELD;
	children: RootContent[];
	data: { index: number };
}

/**
 * Parses the raw HTML of a tree; returns the new tree.
 * @param tree a page's hast straight from remark-rehype (with `allowDangerousHtml`)
 * @param file the page, e.g. `new VFile(source)`: without it the new elements get no line numbers
 */
export function parseRawHtml(tree: Root, file?: VFile): Root {
	const held: { element: Element; origin: Origin; kind?: SiteMarkup }[] = [];
	const hold = (parent: Root | Element | Held) => {
		parent.children = parent.children.map((child): RootContent => {
			if (child.type !== 'element') return child;
			let kind = siteMarkup(child);
			// An author's HTML is never kept whole, even where a plugin put it inside its own markup.
			if (kind === 'whole' && containsRaw(child)) kind = 'frame';
			const index = held.push({ element: child, origin: kind ? 'site' : 'markdown', ...(kind ? { kind } : {}) }) - 1;
			const node: Held = { type: HELD, children: kind === 'whole' ? [] : child.children, data: { index } };
			if (kind !== 'whole') hold(node);
			return node as unknown as RootContent;
		});
	};
	// Most pages have no HTML: their tree needs its origins only, not a pass through parse5.
	const hasRaw = containsRaw(tree);
	hold(tree);
	const parsed = hasRaw ? (raw(tree, { passThrough: [HELD], tagfilter: true, ...(file ? { file } : {}) }) as Root) : tree;
	const restore = (parent: Root | Element) => {
		parent.children = parent.children.map((child) => {
			if ((child.type as string) === HELD) {
				const { element, origin, kind } = held[(child as unknown as Held).data.index];
				const children = kind === 'whole' ? element.children : ((child as unknown as Held).children as ElementContent[]);
				const restored: Element = { ...element, children, data: elementData(element.data, { origin, ...(kind ? { siteMarkup: kind } : {}) }) };
				if (kind !== 'whole') restore(restored);
				return restored;
			}
			if (child.type === 'element') {
				child.data = elementData(child.data, { origin: 'html' });
				restore(child);
			}
			return child;
		}) as typeof parent.children;
	};
	restore(parsed);
	return parsed;
}

/** GFM's tagfilter list (the spec link above); hast-util-raw applies the same one. */
const tagfiltered = /<(iframe|noembed|noframes|plaintext|script|style|textarea|title|xmp)(?=[\t\n\f\r />])/gi;

/**
 * The tags of a tree's raw HTML that the tagfilter turns into text, with their lines.
 * @param tree a page's hast before `parseRawHtml`, e.g. from `<script>x</script>` -> `[{ line: 1, tagName: 'script' }]`
 */
export function tagfilteredTags(tree: Root | Element): { line: number; tagName: string }[] {
	const found: { line: number; tagName: string }[] = [];
	for (const child of tree.children) {
		if ((child.type as string) === 'raw') {
			const { value, position } = child as unknown as { value: string; position?: Element['position'] };
			for (const match of value.matchAll(tagfiltered)) {
				const line = (position?.start.line ?? 0) + (value.slice(0, match.index).match(/\n/g)?.length ?? 0);
				found.push({ line, tagName: match[1].toLowerCase() });
			}
		} else if (child.type === 'element') found.push(...tagfilteredTags(child));
	}
	return found;
}

function containsRaw(node: Root | Element): boolean {
	return node.children.some((child) => (child.type as string) === 'raw' || (child.type === 'element' && containsRaw(child)));
}

/**
 * An element's data (or none) with `extra` merged in. The cast is for hast-util-from-parse5's typings, which
 * declare `ElementData.position` required although parsers only add it with `verbose: true`.
 * @param extra e.g. `{ origin: 'html' }`
 */
export function elementData(data: ElementData | undefined, extra: Partial<ElementData>): ElementData {
	return { ...data, ...extra } as ElementData;
}
