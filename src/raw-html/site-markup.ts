/**
 * Which elements the site makes itself, and so keeps out of the sanitizer. Asked only before raw
 * HTML is parsed: at that point an author's HTML is still text (`raw` nodes), so every element was
 * made by Markdown syntax or by a plugin, and none of the shapes below can come from an author.
 * The list is the whole contract: markup a plugin adds before sanitizing that is not listed here
 * meets GitHub's allowlist like any author's HTML (and loses what the allowlist lacks).
 */
import type { Element } from 'hast';

/**
 * How much of an element is the site's: `whole` keeps it with everything inside; `frame` keeps the
 * element itself while its children (the author's content, e.g. an aside's text) are sanitized.
 */
export type SiteMarkup = 'whole' | 'frame';

/**
 * Whether an element (before raw HTML is parsed) is the site's own markup.
 * @param node e.g. `<aside class="starlight-aside starlight-aside--note">` -> `frame`
 */
export function siteMarkup(node: Element): SiteMarkup | undefined {
	const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
	const id = typeof node.properties.id === 'string' ? node.properties.id : '';
	switch (node.tagName) {
		// A ```trace block's viewer with its SVG overview (src/plugins/remark-trace-block.ts); trace strings are text nodes.
		case 'trace-viewer':
			return 'whole';
		// A ```benchmark block's chart: Plot's SVGs, the table and the sentences (src/plugins/remark-benchmark-block.ts); file strings are text nodes.
		case 'benchmark-chart':
			return 'whole';
		// Starlight's asides, which our GitHub alerts become (src/plugins/remark-github-alerts.ts): the
		// frame, its title line and icon; the title and content are the author's.
		case 'aside':
			return classes.includes('starlight-aside') ? 'frame' : undefined;
		case 'div':
			return classes.includes('starlight-aside__content') ? 'frame' : undefined;
		case 'svg':
			return classes.includes('starlight-aside__icon') ? 'whole' : undefined;
		case 'p':
			if (classes.includes('starlight-aside__title')) return 'frame';
			// The dated line that opens a meeting note (src/plugins/remark-meetings-index.ts).
			return classes.includes('meeting-date') ? 'whole' : undefined;
		// Dates in the meetings list (src/plugins/remark-meetings-index.ts).
		case 'time':
			return 'whole';
		// Glossary links (src/plugins/remark-glossary-links.ts) and mdast-util-to-hast's footnote
		// references and back references: their ids are prefixed already, sanitizing would do it twice.
		case 'a':
			if (classes.includes('glossary-link') || 'dataFootnoteRef' in node.properties || 'dataFootnoteBackref' in node.properties) return 'whole';
			// A dead link marked under LINKS=warn (src/content-loader/broken-link-mark.ts): the mark is ours, the link text the author's.
			if (classes.includes('broken-link')) return 'frame';
			return undefined;
		// The stand-in of a dead image under LINKS=warn, and the visually hidden note of a marked link (broken-link-mark.ts).
		case 'span':
			if (classes.includes('broken-link')) return 'frame';
			// A figure reference (src/embeds/shared/figure-markup.ts): the checked number, its data link and its note are the site's.
			if (classes.includes('figure-ref')) return 'whole';
			return classes.includes('sr-only') ? 'whole' : undefined;
		// mdast-util-to-hast's footnote section, its label and each footnote (ids prefixed already).
		case 'section':
			return 'dataFootnotes' in node.properties ? 'frame' : undefined;
		case 'h2':
			return id === 'footnote-label' ? 'whole' : undefined;
		case 'li':
			return id.startsWith('user-content-fn-') ? 'frame' : undefined;
		// mdast-util-to-hast's task list box (`- [x]`).
		case 'input':
			return 'whole';
		default:
			return undefined;
	}
}
