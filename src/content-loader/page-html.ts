/**
 * What a page's HTML means for the site model: the page is turned into HTML and sanitized the way
 * the build renders it (src/raw-html/), and the result says which links and images its raw HTML
 * holds, which ids and names it gives, and what sanitizing removed. Read from the file alone, so
 * every build reports it, also for pages Astro's cache does not render again.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { VFile } from 'vfile';
import { describeRemovedHtml, describeTagfiltered } from '../raw-html/html-report.ts';
import { htmlUrls } from '../raw-html/html-urls.ts';
import { parseRawHtml, tagfilteredTags } from '../raw-html/parse-raw-html.ts';
import { sanitizeHtml } from '../raw-html/sanitize-html.ts';
import { USER_CONTENT_PREFIX } from '../raw-html/user-content-anchor.ts';
import type { WrittenLink } from './written-link.ts';

/** The HTML side of one page. */
export interface PageHtml {
	/** URLs of the raw HTML that survive sanitizing, e.g. `{ url: './mascot.png', line: 3, kind: 'image' }`. */
	links: WrittenLink[];
	/** Ids and names written in the raw HTML, unprefixed, e.g. `setup` for `<a name="setup">`. */
	anchors: Set<string>;
	/** What the reader will not see as written, e.g. `{ line: 7, message: 'removed <object> (GitHub does not render it)' }`, by line. */
	warnings: { line: number; message: string }[];
}

/**
 * Describes the HTML of a parsed Markdown page.
 * @param tree the page's mdast, e.g. `parseMarkdown(source).tree`
 * @param source the file's text, for the line numbers of raw HTML
 */
export function describePageHtml(tree: Root, source: string): PageHtml {
	const hast = toHast(tree, { allowDangerousHtml: true }) as HastRoot;
	const shownAsText = tagfilteredTags(hast).map(({ line, tagName }) => ({ line, message: describeTagfiltered(tagName) }));
	const { tree: safe, removed } = sanitizeHtml(parseRawHtml(hast, new VFile(source)));
	const links: WrittenLink[] = [];
	const anchors = new Set<string>();
	const visit = (parent: HastRoot | Element) => {
		for (const child of parent.children) {
			if (child.type !== 'element') continue;
			if (child.data?.origin === 'html') {
				const line = child.position?.start.line ?? 0;
				for (const { url, kind } of htmlUrls(child)) links.push({ url, line, kind });
				for (const value of [child.properties.id, child.properties.name]) {
					if (typeof value === 'string' && value.startsWith(USER_CONTENT_PREFIX)) anchors.add(value.slice(USER_CONTENT_PREFIX.length));
				}
			}
			visit(child);
		}
	};
	visit(safe);
	const warnings = [...shownAsText, ...removed.map((removal) => ({ line: removal.line, message: describeRemovedHtml(removal) }))]
		.filter((warning, index, all) => all.findIndex((other) => other.line === warning.line && other.message === warning.message) === index)
		.sort((a, b) => a.line - b.line);
	return { links, anchors, warnings };
}
