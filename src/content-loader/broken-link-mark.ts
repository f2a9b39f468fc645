/**
 * How a dead link looks on a page built with `LINKS=warn` (see `broken-link-policy.ts`): the link
 * stays as written, as GitHub leaves it (there it leads to a 404), but it is struck through, its
 * title says that the target is missing, and a visually hidden note says so to screen readers, so
 * the mark does not rest on colour or on sight alone. A dead image cannot be shown: its alt text
 * stands in its place, marked the same way. Any step that renders links (Markdown links in
 * `remark-github-links.ts`, raw HTML links) marks them with these properties.
 */

/** The class of a marked link, styled in `src/styles/broken-link.css`, e.g. `<a class="broken-link">`. */
export const brokenLinkClass = 'broken-link';

/** The visually hidden words after a marked link's text, e.g. `a missing page (broken link)`. */
export const brokenLinkNote = ' (broken link)';

/**
 * The tooltip of a marked link.
 * @param url as written, e.g. `notes/missing.md`
 * @param reason why it is broken, when more is known, e.g. `no heading "agenda" in notes/fine.md`
 */
export function brokenLinkTitle(url: string, reason?: string): string {
	return `Missing target: ${url} ${reason ? `(${reason})` : 'does not exist'}`;
}

/**
 * The HTML properties of a marked link or image stand-in (hast names: `className`, `dataBrokenLink`).
 * @param url e.g. `notes/missing.md` -> `{ className: ['broken-link'], title: 'Missing target: ...', dataBrokenLink: 'notes/missing.md' }`
 */
export function brokenLinkProperties(url: string, reason?: string): { className: string[]; title: string; dataBrokenLink: string } {
	return { className: [brokenLinkClass], title: brokenLinkTitle(url, reason), dataBrokenLink: url };
}
