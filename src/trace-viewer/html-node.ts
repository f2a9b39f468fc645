/**
 * A tiny HTML element tree, the HTML twin of `svg-node.ts`: pure modules build it, the build
 * turns it into hast (`trace-block-markup.ts`), the viewer into DOM nodes (`htmlToDom`). Text is
 * always set as text, never parsed as markup.
 */

/** An HTML element; string children are text. */
export interface HtmlNode {
	tag: string;
	attrs?: Record<string, string | number>;
	children?: (HtmlNode | string)[];
}

/** Shorthand for an `HtmlNode`, e.g. `hn('th', { scope: 'col' }, ['Lane'])`. */
export function hn(tag: string, attrs: Record<string, string | number> = {}, children: (HtmlNode | string)[] = []): HtmlNode {
	return { tag, attrs, children };
}

/** Builds DOM nodes for a tree; text goes through `createTextNode`, attributes through `setAttribute`. */
export function htmlToDom(node: HtmlNode | string, doc: Document): Node {
	if (typeof node === 'string') return doc.createTextNode(node);
	const element = doc.createElement(node.tag);
	for (const [k, v] of Object.entries(node.attrs ?? {})) element.setAttribute(k, String(v));
	for (const child of node.children ?? []) element.appendChild(htmlToDom(child, doc));
	return element;
}

/** The text content of a tree, e.g. for a test or an accessible name. */
export function htmlText(node: HtmlNode | string): string {
	return typeof node === 'string' ? node : (node.children ?? []).map(htmlText).join('');
}
