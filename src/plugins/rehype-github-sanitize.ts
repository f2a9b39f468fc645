/**
 * Raw HTML in a note is parsed and sanitized the way GitHub does it: GFM's tagfilter shows
 * `<script>`, `<style>`, `<iframe>`, ... as text
 * (https://github.github.com/gfm/#disallowed-raw-html-extension-), then GitHub's allowlist of tags,
 * attributes and URL schemes removes the rest (no `object`, `embed`, `form`, `meta`, `base`, `svg`,
 * `math`, no `on*` or `style` attributes, no `javascript:`/`vbscript:`/`data:` links), and ids and
 * names get GitHub's `user-content-` prefix. The allowlist is hast-util-sanitize's GitHub schema
 * (src/raw-html/sanitize-schema.ts), the same one the content loader reports removals with.
 *
 * It runs first among the rehype plugins, before any of them adds markup, and parses the raw HTML
 * itself (Astro's rehype-raw only runs after every plugin). The markup our remark plugins and
 * Starlight made before it (trace viewers, asides, glossary links, meeting dates, footnotes) is
 * kept out of the sanitizer (src/raw-html/site-markup.ts); rehype plugins that add markup must be
 * listed after it.
 *
 * Deliberately different from GitHub: `<video>` is allowed (the schema says why); headings keep
 * unprefixed ids (the site makes them, for its table of contents); links to an author's `id`/`name`
 * are rewritten to the prefixed id instead of GitHub's script that follows `#name` to it; what is
 * removed is reported (by the content loader, `file:line: removed <object> ...`). `.mdx` pages are
 * code by design and not sanitized.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { parseRawHtml } from '../raw-html/parse-raw-html.ts';
import { sanitizeHtml } from '../raw-html/sanitize-html.ts';

/** The plugin, e.g. `rehypePlugins: [rehypeGithubSanitize, ...]`. */
export function rehypeGithubSanitize() {
	return (tree: Root, file: VFile): Root | undefined => {
		if (/\.mdx$/i.test(file.path ?? '')) return undefined;
		return sanitizeHtml(parseRawHtml(tree, file)).tree;
	};
}
