/**
 * A tiny SVG tree that renders both to a string (build-time fallback, SVG export) and to DOM
 * nodes (histogram). Text and attribute values are always escaped or set as text, never parsed
 * as markup.
 */

/** An SVG element; string children are text. */
export interface SvgNode {
	tag: string;
	attrs?: Record<string, string | number>;
	children?: (SvgNode | string)[];
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Shorthand for an `SvgNode`, e.g. `el('rect', { x: 0, width: 4 })`. */
export function el(tag: string, attrs: Record<string, string | number> = {}, children: (SvgNode | string)[] = []): SvgNode {
	return { tag, attrs, children };
}

/** Escapes `& < > " '` for text and attribute values, e.g. `"<img>"` -> `"&lt;img&gt;"`. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Serializes a tree; the root gets the SVG namespace when it is an `svg`. */
export function svgToString(node: SvgNode | string): string {
	if (typeof node === 'string') return escapeXml(node);
	const attrs = { ...(node.tag === 'svg' ? { xmlns: SVG_NS } : {}), ...node.attrs };
	const attrText = Object.entries(attrs)
		.map(([k, v]) => ` ${k}="${escapeXml(String(typeof v === 'number' ? round(v) : v))}"`)
		.join('');
	const inner = (node.children ?? []).map(svgToString).join('');
	return `<${node.tag}${attrText}>${inner}</${node.tag}>`;
}

/** Builds DOM nodes for a tree; text goes through `createTextNode`. */
export function svgToDom(node: SvgNode | string, doc: Document): Node {
	if (typeof node === 'string') return doc.createTextNode(node);
	const element = doc.createElementNS(SVG_NS, node.tag);
	for (const [k, v] of Object.entries(node.attrs ?? {})) element.setAttribute(k, String(typeof v === 'number' ? round(v) : v));
	for (const child of node.children ?? []) element.appendChild(svgToDom(child, doc));
	return element;
}

/** Two decimals are plenty for pixel coordinates and keep files small. */
function round(v: number): number {
	return Math.round(v * 100) / 100;
}
