/**
 * Rewrites relative links and images of content pages to where they live on the site (see
 * `resolve-github-link.ts`). Broken links are left as written: the loader has already failed the
 * build over them, listing them all at once.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { contentSite } from '../content-loader/scan-content.ts';
import { cachedContentRepo, contentPathInRepo, contentRelPath, diskPathKind } from './content-file.ts';
import { resolveGithubLink, type LinkContext } from './resolve-github-link.ts';

/** Options of `remarkGithubLinks`. */
export interface GithubLinksOptions {
	/** Absolute content folder, e.g. `/work/main/content`. */
	contentDir: string;
	/** Site base path, e.g. `/masters-thesis/`. */
	base: string;
	/** GitHub repository for non-page files, e.g. `https://github.com/owner/notes`. */
	repoUrl?: string;
}

/**
 * Remark plugin: GitHub-relative links become site URLs, GitHub URLs, or image files.
 * @param options e.g. `{ contentDir: '/work/main/content', base: '/masters-thesis/' }`
 */
export function remarkGithubLinks(options: GithubLinksOptions) {
	return (tree: Root, file: VFile) => {
		const fromRelPath = contentRelPath(file, options.contentDir);
		if (fromRelPath === undefined) return;
		const repo = cachedContentRepo(options.contentDir, options.repoUrl);
		const context: LinkContext = {
			fromRelPath,
			site: contentSite(options.contentDir),
			contentPath: contentPathInRepo(options.contentDir, repo.root),
			pathKind: diskPathKind(repo.root),
			base: options.base,
			...(repo.url ? { repoUrl: repo.url } : {}),
			ref: repo.ref,
		};
		visit(tree, (node) => {
			if (node.type !== 'link' && node.type !== 'definition' && node.type !== 'image') return;
			const target = resolveGithubLink(node.url, node.type === 'image' ? 'image' : 'link', context);
			if (target.kind === 'page' || target.kind === 'github') node.url = target.href;
			else if (target.kind === 'image') node.url = target.src;
		});
	};
}
