/**
 * Where a link from outside the site lands when it names an anchor of a note's HTML as written:
 * the sanitizer serves `<a name="setup">` as `user-content-setup` (GitHub's prefix, so that a note
 * cannot take over the page's own ids), and GitHub's pages follow `#setup` there with a script.
 * Links inside the site already point at the prefixed id; this is for addresses typed or pasted.
 * Browser-safe and pure; the page's script is src/components/user-content/UserContentAnchors.astro.
 */

/** GitHub's prefix for ids and names written in HTML: the sanitizer's `clobberPrefix` (GitHub's default, checked by a test). */
export const USER_CONTENT_PREFIX = 'user-content-';

/**
 * The element id or name to scroll to for `hash` when only its prefixed form is on the page, e.g.
 * `#setup` -> `user-content-setup`; undefined when the hash lands by itself, is empty, or names nothing.
 * @param exists whether the page has an element with this id or name
 */
export function userContentAnchor(hash: string, exists: (idOrName: string) => boolean): string | undefined {
	const written = hash.replace(/^#/, '');
	if (written === '') return undefined;
	let name = written;
	try {
		name = decodeURIComponent(written);
	} catch {
		// A malformed escape: GitHub's script compares the hash as written then.
	}
	if (exists(name) || name.startsWith(USER_CONTENT_PREFIX)) return undefined;
	const prefixed = USER_CONTENT_PREFIX + name;
	return exists(prefixed) ? prefixed : undefined;
}
