/**
 * The words of a drawn Mermaid diagram, for the alt text of its image: the author's accessible
 * title and description (`accTitle:`, `accDescr:`) when given, else the labels of its nodes, then
 * of its edges, read from the SVG Mermaid drew. Reading the SVG rather than the Mermaid source
 * works for every diagram type without a parser of our own.
 */
import type { Element, ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** What a diagram says, as found in its SVG. */
export interface DiagramWords {
	/** `accTitle:` of the diagram, e.g. `Operator lifecycle`. */
	title?: string | undefined;
	/** `accDescr:` of the diagram, e.g. `The runtime loads the operator on an event.` */
	description?: string | undefined;
	/** Node labels, then edge labels, each once, e.g. `['Watch event', 'Reconcile', 'requeue']`. */
	labels: string[];
}

/**
 * The alt text of a diagram image.
 * @param kind e.g. `Flowchart`
 * @param words e.g. `{ labels: ['Watch', 'Reconcile'] }` -> `Flowchart diagram: Watch, Reconcile`
 */
export function diagramAltText(kind: string, words: DiagramWords): string {
	const told = [words.title, words.description].filter((text): text is string => Boolean(text?.trim()));
	if (told.length > 0) return told.map((text) => text.trim().replace(/[.:]?$/, '')).join(': ') + '.';
	return words.labels.length > 0 ? `${kind} diagram: ${words.labels.join(', ')}` : `${kind} diagram`;
}

/**
 * The labels of an SVG drawn by Mermaid: the text of its `<foreignObject>` (HTML labels) and
 * `<text>` elements, nodes first, then edges (Mermaid's `edgeLabel` groups), each label once.
 * @param svg e.g. `<svg ...><g class="nodes"><foreignObject><div>Watch</div></foreignObject>...`
 */
export function diagramLabels(svg: string): string[] {
	const nodes: string[] = [];
	const edges: string[] = [];
	const walk = (children: (RootContent | ElementContent)[], onEdge: boolean) => {
		for (const child of children) {
			if (child.type !== 'element' || ['style', 'title', 'desc'].includes(child.tagName)) continue;
			const edge = onEdge || classesOf(child).some((name) => name.startsWith('edgeLabel'));
			if (child.tagName !== 'foreignObject' && child.tagName !== 'text') {
				walk(child.children, edge);
				continue;
			}
			const text = textOf(child).replace(/\s+/g, ' ').trim();
			if (text) (edge ? edges : nodes).push(text);
		}
	};
	walk(fromHtml(svg, { fragment: true }).children, false);
	return [...new Set([...nodes, ...edges])];
}

function classesOf(node: Element): string[] {
	const value = node.properties.className;
	return Array.isArray(value) ? value.map(String) : [];
}

/** The text of an element; line breaks (`<br>`) and separate blocks become spaces. */
function textOf(node: Element): string {
	return node.children
		.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? ` ${textOf(child)} ` : ''))
		.join('');
}
