/**
 * The sentence each link of a page stands in, for the "Linked from" list of the page it points to.
 * A link's sentence is found in the plain text of its block (paragraph, heading or table cell,
 * so a list item is its own text) with the sentence boundaries of Unicode (UAX #29, through
 * `Intl.Segmenter`), then trimmed to a readable length around the link on word boundaries.
 * Reference links (`[text][ref]`) count with their definition's URL; raw HTML and MDX expressions
 * are not prose and are left out of the text.
 */
import type { Definition, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** A link in running text and the sentence around it, split so the linking words can be marked. */
export interface LinkSentence {
	/** As written, e.g. `../glossary.md#drift` (for a reference link, its definition's URL). */
	url: string;
	/** 1-based line of the link in the file. */
	line: number;
	/** The sentence before the link, e.g. `We agreed to define `; starts with `…` when cut. */
	before: string;
	/** The link's own words, e.g. `drift`. */
	text: string;
	/** The sentence after the link, e.g. ` before the next report.`; ends with `…` when cut. */
	after: string;
}

/** How much of the sentence is kept on each side of the link, in characters. */
const contextChars = 120;

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

// Unicode's rules end a sentence after "e.g. " when a capital or a bracket follows; these
// abbreviations never end one in these notes.
const abbreviationBefore = /(?:^|[\s(])(?:e\.g|i\.e|cf|vs|approx|incl|resp|ca|fig|eq|sec|no|dr|mr|mrs|ms|prof)\.\s*$/i;

/** Blocks whose text is read as one run of prose. */
const blockTypes = new Set(['paragraph', 'heading', 'tableCell']);

/** Inline nodes that carry no prose: their text is not part of a sentence. */
const silentTypes = new Set(['html', 'mdxTextExpression', 'mdxFlowExpression', 'mdxjsEsm', 'footnoteReference']);

/**
 * Every link of a page's prose with its sentence, in document order.
 * @param tree e.g. the tree of `"We define [drift](glossary.md#drift) first."` ->
 *   `[{ url: 'glossary.md#drift', line: 1, before: 'We define ', text: 'drift', after: ' first.' }]`
 */
export function linkSentences(tree: Root): LinkSentence[] {
	const definitions = new Map<string, Definition>();
	visit(tree, 'definition', (node) => {
		if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
	});
	const found: LinkSentence[] = [];
	visit(tree, (node) => {
		if (!blockTypes.has(node.type)) return;
		const run = { text: '', links: [] as { url: string; line: number; start: number; end: number }[] };
		flatten(node as Nodes, run, definitions);
		for (const link of run.links) found.push({ url: link.url, line: link.line, ...sentenceAround(run.text, link.start, link.end) });
		return 'skip';
	});
	return found;
}

/**
 * The sentence of `text` that holds `text.slice(start, end)`, cut to `contextChars` on each side.
 * @param text e.g. `"First. Then see the loop. Last."` with the range of `the loop` ->
 *   `{ before: 'Then see ', text: 'the loop', after: '.' }`
 */
export function sentenceAround(text: string, start: number, end: number): Pick<LinkSentence, 'before' | 'text' | 'after'> {
	let from = 0;
	let to = text.length;
	for (const segment of sentences.segment(text)) {
		const segmentEnd = segment.index + segment.segment.length;
		if (segment.index <= start && !abbreviationBefore.test(text.slice(0, segment.index))) from = segment.index;
		if (segmentEnd >= end && !abbreviationBefore.test(text.slice(0, segmentEnd))) {
			to = segmentEnd;
			break;
		}
	}
	const before = text.slice(from, start).replace(/^ /, '');
	const after = text.slice(end, to).replace(/ $/, '');
	return { before: cutStart(before), text: text.slice(start, end).trim(), after: cutEnd(after) };
}

function flatten(node: Nodes, run: { text: string; links: { url: string; line: number; start: number; end: number }[] }, definitions: Map<string, Definition>) {
	if (silentTypes.has(node.type)) return;
	if (node.type === 'text' || node.type === 'inlineCode') return append(run, node.value);
	if (node.type === 'break') return append(run, ' ');
	if (node.type === 'image' || node.type === 'imageReference') return append(run, node.alt ?? '');
	const url = node.type === 'link' ? node.url : node.type === 'linkReference' ? definitions.get(node.identifier)?.url : undefined;
	const start = run.text.length;
	if ('children' in node) for (const child of node.children) flatten(child as Nodes, run, definitions);
	if (url !== undefined) run.links.push({ url, line: node.position?.start.line ?? 0, start, end: run.text.length });
}

/** Adds text to the run with white space collapsed as it goes, so sentences do not end at line breaks and offsets stay right. */
function append(run: { text: string }, value: string) {
	const collapsed = value.replace(/\s+/g, ' ');
	run.text += run.text.endsWith(' ') && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed;
}

/** Keeps the last `contextChars` of the text before a link, from a word start. */
function cutStart(text: string): string {
	if (text.length <= contextChars) return text;
	const tail = text.slice(-contextChars);
	const space = tail.indexOf(' ');
	return `…${space === -1 ? tail : tail.slice(space + 1)}`;
}

/** Keeps the first `contextChars` of the text after a link, up to a word end. */
function cutEnd(text: string): string {
	if (text.length <= contextChars) return text;
	const head = text.slice(0, contextChars);
	const space = head.lastIndexOf(' ');
	return `${space <= 0 ? head : head.slice(0, space)}…`;
}
