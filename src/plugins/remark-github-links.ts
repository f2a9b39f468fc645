/**
 * Rewrites relative links and images of content pages to where they live on the site (see
 * `resolve-github-link.ts`). Broken links are left as written: the loader has already failed the
 * build over them, listing them all at once.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { contentRelPath, pageLinkContext, type SiteLinkOptions } from './content-file.ts';
import { resolveGithubLink } from './resolve-github-link.ts';

/**
 * Remark plugin: GitHub-relative links become site URLs, GitHub URLs, or image files.
 * @param options e.g. `{ contentDir: '/work/main/content', base: '/masters-thesis/' }`
 */
export function remarkGithubLinks(options: SiteLinkOptions) {
	return (tree: Root, file: VFile) => {
		const fromRelPath = contentRelPath(file, options.contentDir);
		if (fromRelPath === undefined) return;
		const context = pageLinkContext(options, fromRelPath);
		visit(tree, (node) => {
			if (node.type !== 'link' && node.type !== 'definition' && node.type !== 'image') return;
			const target = resolveGithubLink(node.url, node.type === 'image' ? 'image' : 'link', context);
			if (target.kind === 'page' || target.kind === 'github') node.url = target.href;
			else if (target.kind === 'image') node.url = target.src;
		});
	};
}
