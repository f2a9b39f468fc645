/**
 * Draws math at build time with KaTeX (rehype-katex), as GitHub draws `$...$`, `$$...$$` and
 * ```` ```math ```` (https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/writing-mathematical-expressions).
 * KaTeX writes HTML for the eye and MathML for screen readers; no script reaches the browser, and
 * the stylesheet is linked only from pages with math (`src/route-middleware/math-stylesheet.ts`).
 *
 * Differences from GitHub, which runs MathJax in the browser: KaTeX knows fewer macros, and TeX
 * it cannot read is shown as written (in KaTeX's error colour) with a `file:line` warning at build
 * time, where GitHub shows MathJax's error in the page. KaTeX's `trust` option stays off, so TeX
 * cannot add links, classes or styles to the page (`\href` and the like show as red text).
 *
 * `$$...$$` inside a line is display math on GitHub. remark-math marks it inline; we tell the two
 * apart by the source, since a class on the element may not survive sanitizing the HTML.
 */
import type { Element, Root } from 'hast';
import rehypeKatex from 'rehype-katex';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { displayFilePath } from '../content-loader/content-file.ts';

/** What KaTeX's parse errors carry besides the message. */
interface KatexError extends Error {
	/** The reason alone, without KaTeX's excerpt of the source, e.g. `Expected '}', got 'EOF' at end of input`. */
	rawMessage?: string;
}

/**
 * Rehype plugin rendering math; warns once per formula that KaTeX cannot read.
 * @param options e.g. `{ warn: (message) => messages.push(message) }` (tests); default `console.warn`
 */
export function rehypeGithubMath(options: { warn?: (message: string) => void } = {}) {
	const warn = options.warn ?? console.warn;
	// `strict: 'ignore'`: MathJax, which GitHub uses, accepts e.g. Unicode letters in math without a word.
	// errorColor: the source of TeX that does not parse is shown in a red that is readable in both themes.
	const render = rehypeKatex({ strict: 'ignore', errorColor: 'var(--sl-color-red-high)' });
	return (tree: Root, file: VFile) => {
		const lines = new Map<Element, number | undefined>();
		visit(tree, 'element', (node, _index, parent) => {
			if (!isMath(node)) return;
			// A ```math block's <code> has no position of its own; its <pre> has.
			const line = node.position?.start.line ?? (parent?.type === 'element' ? parent.position?.start.line : undefined);
			lines.set(node, line);
			if (opensWithTwoDollars(node, file)) node.properties.className = [...classes(node), 'math-display'];
		});
		if (lines.size === 0) return;
		const before = file.messages.length;
		render(tree, file);
		for (const message of file.messages.slice(before)) {
			if (message.source !== 'rehype-katex') continue;
			const element = message.ancestors?.at(-1) as Element | undefined;
			const line = element ? lines.get(element) : message.line;
			const cause = message.cause as KatexError | undefined;
			const tex = element ? texOf(element) : '';
			warn(`${displayFilePath(file)}${line ? `:${line}` : ''}: math is not valid TeX, shown as written: ${cause?.rawMessage ?? cause?.message ?? message.reason} in "${tex}"`);
		}
	};
}

function classes(node: Element): string[] {
	return Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
}

/** The elements rehype-katex draws: remark-math's `<code class="language-math">`, also in ```` ```math ```` blocks. */
function isMath(node: Element): boolean {
	return node.tagName === 'code' && classes(node).includes('language-math');
}

/** Whether the source of an element starts with `$$` (math written `$$...$$` inside a line). */
function opensWithTwoDollars(node: Element, file: VFile): boolean {
	const offset = node.position?.start.offset;
	return offset !== undefined && String(file.value).startsWith('$$', offset) && !classes(node).includes('math-display');
}

function texOf(node: Element): string {
	return node.children.map((child) => (child.type === 'text' ? child.value : '')).join('').trim();
}
