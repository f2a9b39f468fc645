/**
 * Every deliberate difference between a page on github.com and on the site, in one place: how each
 * side's elements are read so that the same content compares equal. Anything not listed here is
 * compared tag by tag (summarize-page.ts), so a difference nobody listed lowers the score.
 * Two more are handled where the pages are read: the title H1 (site-view.ts: Starlight shows it in
 * the page header, which is compared in its place) and front matter (github-view.ts). What the site
 * adds outside the Markdown body (sidebar, previous/next and edit links, the cite block, "Linked
 * from") is not read at all; what a plugin adds inside it needs a rule here and a case in
 * tests/fixtures/parity/rules/.
 */
import type { Element, Root } from 'hast';
import { select } from 'hast-util-select';
import { textOf, type Rule } from './summarize-page.ts';

/** A fenced code block of one language, as cmark-gfm writes it: `<pre><code class="language-mermaid">`. */
const fenced = (lang: string) => `pre:has(> code.language-${lang})`;

/** How the github.com side is read. */
export const githubRules: readonly Rule[] = [
	// github.com draws these blocks itself, in a frame its scripts fill
	// (https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/creating-diagrams):
	// a diagram, not a code block; its words are drawn, not text.
	{ name: 'Mermaid block', match: fenced('mermaid'), treat: { unit: 'diagrams', words: () => '' } },
	// ```math is typeset (https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/writing-mathematical-expressions):
	// not a code block. Its words are the TeX source, which the site's KaTeX output carries as an annotation.
	{ name: 'math block', match: fenced('math'), treat: { unit: null, words: textOf } },
	// `` $`a^2`$ `` is math on github.com, not inline code: cmark-gfm gives `$<code>a^2</code>$`.
	{ name: 'inline math in backticks', match: isDollarCode, treat: { unit: null, words: textOf } },
	// Inline `$...$` and `$$...$$` need no rule: their TeX words are text on both sides (math is not counted).
	// A ```trace block is a YAML code block on GitHub and a trace viewer on the site: one viewer each.
	{ name: 'trace block', match: fenced('trace'), treat: { unit: 'trace viewers', words: () => '' } },
	// A ```benchmark block is a YAML code block on GitHub and a chart on the site: one chart each.
	{ name: 'benchmark block', match: fenced('benchmark'), treat: { unit: 'benchmark charts', words: () => '' } },
	// GitHub shows `#gh-dark-mode-only` images only in the dark theme; the light theme is compared.
	{ name: 'dark-theme image', match: 'img[src$="#gh-dark-mode-only"]', treat: { skip: true } },
	// rehype-github-alert's title (`<p class="markdown-alert-title">`) and Starlight's are both read.
	{ name: 'GitHub alert', match: 'div.markdown-alert', treat: { count: 'alerts' } },
];

/** How the site side (the Markdown body of a built page) is read. */
export const siteRules: readonly Rule[] = [
	// Added by the site, not in the Markdown:
	// Starlight's link next to each heading (github.com has its own, hidden until hover; neither is compared).
	{ name: 'heading anchor link', match: '.sl-anchor-link', treat: { skip: true } },
	// The dated line above a meeting note and the list of every note on a meetings folder's page (remark-meetings-index.ts).
	{ name: 'meeting date line', match: '.meeting-date', treat: { skip: true } },
	{ name: 'meetings index', match: '.sl-heading-wrapper:has(> .meetings-index), .meetings-index', treat: { skip: true } },
	// The first use of a glossary term becomes a link (remark-glossary-links.ts): its words stay, the link is the site's.
	{ name: 'glossary link', match: 'a.glossary-link', treat: { count: null } },
	// Expressive Code's frame around a code block: title bar ("Terminal window" for screen readers) and copy button.
	{ name: 'code frame title', match: '.expressive-code figcaption.header', treat: { skip: true } },
	{ name: 'code copy button', match: '.expressive-code .copy', treat: { skip: true } },
	// A figure reference's note, what its number was computed from (figure-markup.ts): shown on hover and
	// focus. The number itself is compared as it is: the same link text on both sides.
	{ name: 'figure note', match: '.figure-note', treat: { skip: true } },
	// A third-party figure's caption and credit line, from its .attribution.yml (rehype-figure-credit.ts).
	{ name: 'figure credit', match: '.credited-figure > figcaption', treat: { skip: true } },
	// Copies drawn for the dark theme only (figures, Mermaid; any element whose class says `dark`: GitHub's
	// sanitizer and the site's drop authors' classes, so only the site's plugins set one): the light theme
	// is compared, as on GitHub.
	{ name: 'dark-theme copy', match: '[class*="dark"], img[src$="#gh-dark-mode-only"]', treat: { skip: true } },

	// Drawn differently, the same content:
	// A GitHub alert is a Starlight aside with the same title (remark-github-alerts.ts).
	{ name: 'alert as aside', match: 'aside.starlight-aside', treat: { count: 'alerts' } },
	// A Mermaid diagram, drawn at build time: an <img> (rehype-mermaid's img-svg) or an inline <svg>.
	{
		name: 'Mermaid diagram',
		match: 'figure.mermaid-diagram, picture:has(> img[id^="mermaid"]), img[id^="mermaid"], svg[id^="mermaid"], .mermaid',
		treat: { unit: 'diagrams', words: () => '' },
	},
	// Math typeset by KaTeX: its words are the TeX source, kept in the MathML annotation.
	{ name: 'math (KaTeX)', match: '.katex', treat: { unit: null, words: texSource } },
	// A ```trace block's viewer (remark-trace-block.ts) and the MDX <TraceViewer>: one viewer, its own words.
	{ name: 'trace viewer', match: 'trace-viewer', treat: { unit: 'trace viewers', words: () => '' } },
	// A ```benchmark block's chart (remark-benchmark-block.ts): one chart, its own words.
	{ name: 'benchmark chart', match: 'benchmark-chart', treat: { unit: 'benchmark charts', words: () => '' } },
];

/**
 * The TeX that KaTeX typeset, from its MathML annotation, else the text it shows.
 * @param element e.g. the `<span class="katex">` of `$E = mc^2$` -> `E = mc^2`
 */
export function texSource(element: Element): string {
	const annotation = select('annotation[encoding="application/x-tex"]', element);
	return textOf(annotation ?? element);
}

/** Whether an inline `<code>` stands between two `$`, e.g. `$<code>a^2</code>$`. */
function isDollarCode(element: Element, parent: Element | Root): boolean {
	if (element.tagName !== 'code') return false;
	const at = parent.children.indexOf(element);
	const before = parent.children[at - 1];
	const after = parent.children[at + 1];
	return before?.type === 'text' && before.value.endsWith('$') && after?.type === 'text' && after.value.startsWith('$');
}
