/**
 * Links and images written as raw HTML get what Markdown links and images get
 * (remark-github-links.ts, same resolver: resolve-github-link.ts): `<a href>` to a `.md` file or
 * folder becomes its page URL, to another repository file its GitHub URL, to `#name` the prefixed
 * id; `<img src>`, `<source srcset>` and `<video src poster>` naming a repository file are served
 * from the site (src/integrations/content-files.ts). Relative and `/`-rooted paths, spaces and
 * `%20` resolve as on GitHub. Broken ones are left as written and marked like broken Markdown
 * links (`broken-link-mark.ts`): by default the content loader has already failed the build over
 * them; with `LINKS=warn` the page shows them struck through. Runs after rehype-github-sanitize,
 * which marks what came from HTML.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { contentFileUrl } from '../integrations/content-files.ts';
import { htmlUrls, rewriteHtmlUrls } from '../raw-html/html-urls.ts';
import { brokenLinkNote, brokenLinkProperties } from '../content-loader/broken-link-mark.ts';
import { contentRelPath, pageLinkContext, type SiteLinkOptions } from '../content-loader/content-file.ts';
import { resolveGithubLink } from '../github-markdown/resolve-github-link.ts';

/**
 * Rehype plugin rewriting the URLs of raw-HTML elements.
 * @param options e.g. `{ contentDir: '/work/main/content', base: '/masters-thesis/' }`
 */
export function rehypeRawHtmlLinks(options: SiteLinkOptions) {
	return (tree: Root, file: VFile) => {
		const fromRelPath = contentRelPath(file, options.contentDir);
		if (fromRelPath === undefined) return;
		const context = pageLinkContext(options, fromRelPath);
		visit(tree, 'element', (node: Element) => {
			if (node.data?.origin !== 'html' || htmlUrls(node).length === 0) return;
			let broken: { url: string; reason?: string | undefined } | undefined;
			rewriteHtmlUrls(node, (url, kind) => {
				const target = resolveGithubLink(url, kind, context);
				if (target.kind === 'page' || target.kind === 'github') return target.href;
				// The file as it is, plus a theme fragment the resolver kept (`#gh-dark-mode-only`).
				if (target.kind === 'image') return contentFileUrl(options.base, target.repoPath) + (target.src.match(/#.*$/)?.[0] ?? '');
				if (target.kind === 'broken') broken ??= { url, reason: target.reason };
				return undefined;
			});
			if (broken) markBroken(node, broken.url, broken.reason);
		});
	};
}

/** Marks an element with a dead URL as `remark-github-links.ts` marks a dead Markdown link. */
function markBroken(node: Element, url: string, reason: string | undefined): void {
	const { className, ...rest } = brokenLinkProperties(url, reason);
	const own = Array.isArray(node.properties.className) ? node.properties.className : [];
	node.properties = { ...node.properties, ...rest, className: [...own, ...className] };
	if (node.tagName === 'a') node.children.push({ type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: brokenLinkNote }] });
}
