/**
 * What `npm run parity` compares on a page: its words in reading order and how many of each
 * construct it has (headings by level, list items, table cells, code blocks, quotes, alerts,
 * images, links, footnotes, task boxes, emphasis, inline code, diagrams, trace viewers, benchmark charts).
 * Elements are counted by their tag unless a rule (deliberate-differences.ts) says otherwise.
 * Hand-written: no library reads "what a reader sees" this way; the rules are the point.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { selectAll } from 'hast-util-select';

/** The constructs counted, in the order the report lists them. */
export const categories = [
	'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
	'list items', 'task boxes', 'table cells', 'code blocks', 'quotes', 'alerts',
	'images', 'links', 'footnote refs', 'footnotes',
	'emphasis', 'strong', 'strikethrough', 'inline code',
	'diagrams', 'trace viewers', 'benchmark charts',
] as const;

/** One counted construct, e.g. `links`. */
export type Category = (typeof categories)[number];

/** A page reduced to what is compared. */
export interface PageSummary {
	/** Words in reading order, e.g. `['Notes', 'Meeting', '04', '11', '24', '🎉']`. */
	words: string[];
	/** How many of each construct, e.g. `{ links: 12, h2: 3, ... }` (every category present). */
	counts: Record<Category, number>;
}

/** How the elements a rule matches are read instead of by their tag. */
export type Treatment =
	/** Neither read nor counted: not shown, or added by the site (e.g. heading anchor links). */
	| { skip: true }
	/** Counted as this construct (`null`: not counted); its content is read as usual. */
	| { count: Category | null }
	/** One unit counted as this construct (`null`: not counted); its words are `words(element)`, its content is not read. */
	| { unit: Category | null; words: (element: Element) => string };

/** One way in which a side is read differently from the tag-by-tag default. */
export interface Rule {
	/** Printed in reports and test names, e.g. `heading anchor links`. */
	name: string;
	/** A CSS selector (hast-util-select), e.g. `.sl-anchor-link`, or a test of an element and its parent. */
	match: string | ((element: Element, parent: Element | Root) => boolean);
	treat: Treatment;
}

// Elements that break words apart (the rest, like <em> or <a>, run on: `<em>re</em>concile` is one word).
const blockTags = new Set([
	'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'figcaption', 'figure',
	'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'img', 'li', 'main', 'nav', 'ol', 'p', 'pre',
	'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'video', 'picture', 'svg', 'math',
]);

// Never shown as text on a page.
const unseenTags = new Set(['script', 'style', 'template', 'noscript', 'svg', 'head', 'meta', 'link']);

/**
 * Reduces a page to its words and counts, reading the elements `rules` match their way.
 * @param tree e.g. `githubView(source)` or `siteView(html, page)`
 * @param rules e.g. `siteRules`; the first rule that matches an element wins
 */
export function summarizePage(tree: Root, rules: readonly Rule[]): PageSummary {
	// Selectors are matched on the whole tree first, so that they can look at ancestors.
	const selected = new Map(rules.map((rule) => [rule, new Set(typeof rule.match === 'string' ? selectAll(rule.match, tree) : [])]));
	const ruleFor = (element: Element, parent: Element | Root) =>
		rules.find((rule) => (typeof rule.match === 'string' ? selected.get(rule)!.has(element) : rule.match(element, parent)));
	const counts = Object.fromEntries(categories.map((category) => [category, 0])) as Record<Category, number>;
	const text: string[] = [];
	const read = (node: RootContent | ElementContent, parent: Element | Root, inside: Context) => {
		if (node.type === 'text') text.push(node.value);
		if (node.type !== 'element') return;
		const treat = ruleFor(node, parent)?.treat;
		if (treat && 'skip' in treat) return;
		const block = blockTags.has(node.tagName);
		if (block) text.push(' ');
		if (treat && 'unit' in treat) {
			if (treat.unit) counts[treat.unit]++;
			text.push(` ${treat.words(node)} `);
			return;
		}
		if (!treat && (unseenTags.has(node.tagName) || node.properties.hidden !== undefined)) return;
		const category = treat ? treat.count : defaultCategory(node, inside);
		if (category) counts[category]++;
		const within = withinElement(node, inside);
		for (const child of node.children) read(child, node, within);
		if (block) text.push(' ');
	};
	for (const child of tree.children) read(child, tree, { pre: false, footnotes: false });
	return { words: wordsOf(text.join('')), counts };
}

/** Where an element sits, for the constructs that depend on it. */
interface Context {
	pre: boolean;
	footnotes: boolean;
}

function withinElement(element: Element, inside: Context): Context {
	return {
		pre: inside.pre || element.tagName === 'pre',
		footnotes: inside.footnotes || (element.tagName === 'section' && element.properties.dataFootnotes !== undefined),
	};
}

/** The construct an element is by its tag, e.g. `<td>` -> `table cells`; `null` for one not counted. */
function defaultCategory(element: Element, inside: Context): Category | null {
	const { tagName, properties } = element;
	if (/^h[1-6]$/.test(tagName)) return tagName as Category;
	switch (tagName) {
		case 'li': return inside.footnotes ? 'footnotes' : 'list items';
		case 'td': case 'th': return 'table cells';
		case 'pre': return 'code blocks';
		case 'code': return inside.pre ? null : 'inline code';
		case 'blockquote': return 'quotes';
		case 'img': return 'images';
		case 'input': return properties.type === 'checkbox' ? 'task boxes' : null;
		case 'em': return 'emphasis';
		case 'strong': return 'strong';
		case 'del': case 's': return 'strikethrough';
		case 'a':
			if (properties.href === undefined) return null;
			if (properties.dataFootnoteRef !== undefined) return 'footnote refs';
			// A footnote's way back to its reference is part of the footnote.
			if (properties.dataFootnoteBackref !== undefined) return null;
			return 'links';
		default: return null;
	}
}

/**
 * The words of a text: runs of letters, digits and `_`, and each emoji; punctuation and spaces
 * only separate them (a variation selector is dropped, so `❤️` and `❤` are one word).
 * @param text e.g. `"It's 5 s :tada: 🎉!"` -> `['It', 's', '5', 's', 'tada', '🎉']`
 */
export function wordsOf(text: string): string[] {
	const word = /[\p{L}\p{N}\p{M}_]+|\p{Regional_Indicator}{2}|\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|\u200D\p{Extended_Pictographic})*/gu;
	return (text.match(word) ?? []).map((found) => found.replace(/\uFE0F/g, ''));
}

/**
 * The text of an element, for rules that read a unit's words.
 * @param element e.g. `<annotation>E = mc^2</annotation>` -> `E = mc^2`
 */
export function textOf(element: Element | ElementContent): string {
	if (element.type === 'text') return element.value;
	if (element.type !== 'element') return '';
	return element.children.map(textOf).join('');
}
