/** Helpers the Markdown plugins share to find out which content page a file being rendered is, and how its links resolve. */
import { statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { VFile } from 'vfile';
import { contentRepo, type ContentRepo } from './content-repo.ts';
import { displayPath } from './display-path.ts';
import { contentSite } from './scan-content.ts';
import type { LinkContext } from '../github-markdown/resolve-github-link.ts';

/**
 * The file's path relative to the content folder, or undefined when it lies outside.
 * @param file the vfile being rendered, e.g. path `/work/main/content/meetings/x.md`
 * @param contentDir e.g. `/work/main/content` -> `meetings/x.md`
 */
export function contentRelPath(file: VFile, contentDir: string): string | undefined {
	if (!file.path) return undefined;
	const rel = relative(contentDir, file.path);
	if (rel === '' || rel.startsWith('..') || rel.startsWith(sep)) return undefined;
	return rel.split(sep).join('/');
}

const repos = new Map<string, ContentRepo>();

/**
 * The repository of a content folder, asked of git once per folder.
 * @param contentDir e.g. `/work/main/content`
 * @param siteRepoUrl e.g. `readSiteEnv().repoUrl`
 */
export function cachedContentRepo(contentDir: string, siteRepoUrl: string | undefined): ContentRepo {
	let repo = repos.get(contentDir);
	if (!repo) {
		repo = contentRepo(contentDir, siteRepoUrl);
		repos.set(contentDir, repo);
	}
	return repo;
}

/**
 * A `pathKind` for the link resolver that looks at the disk under the repository root.
 * @param root e.g. `/work/main`
 */
export function diskPathKind(root: string): (repoPath: string) => 'file' | 'dir' | undefined {
	return (repoPath) => {
		try {
			const stats = statSync(join(root, repoPath));
			return stats.isDirectory() ? 'dir' : stats.isFile() ? 'file' : undefined;
		} catch {
			return undefined;
		}
	};
}

/**
 * The content folder relative to its repository root, posix.
 * @param contentDir e.g. `/work/main/content` with root `/work/main` -> `content`
 */
export function contentPathInRepo(contentDir: string, root: string): string {
	return relative(root, contentDir).split(sep).join('/');
}

/**
 * How messages name the file being rendered: relative to the working directory when inside it.
 * @param file e.g. a vfile with path `/work/main/content/x.md` -> `content/x.md`
 */
export function displayFilePath(file: VFile): string {
	return file.path ? displayPath(file.path) : '<markdown>';
}

/** Where the site is, for resolving a page's links. */
export interface SiteLinkOptions {
	/** Absolute content folder, e.g. `/work/main/content`. */
	contentDir: string;
	/** Site base path, e.g. `/masters-thesis/`. */
	base: string;
	/** GitHub repository for non-page files, e.g. `https://github.com/owner/notes`. */
	repoUrl?: string;
}

/** What the link resolver needs to know of the site, the same for every page: a `LinkContext` without `fromRelPath` and `site`. */
export type SiteLinkContext = Omit<LinkContext, 'fromRelPath' | 'site'>;

/**
 * Where the site's links resolve to: its repository (asked of git once per content folder), base path and GitHub URL.
 * @param options e.g. `{ contentDir: '/work/main/content', base: '/masters-thesis/' }` -> `{ contentPath: 'content', base: '/masters-thesis/', ref: 'main', ... }`
 */
export function siteLinkContext(options: SiteLinkOptions): SiteLinkContext {
	const repo = cachedContentRepo(options.contentDir, options.repoUrl);
	return {
		contentPath: contentPathInRepo(options.contentDir, repo.root),
		pathKind: diskPathKind(repo.root),
		base: options.base,
		...(repo.url ? { repoUrl: repo.url } : {}),
		ref: repo.ref,
	};
}

/**
 * What the link resolver needs to resolve the links of one page.
 * @param fromRelPath e.g. `meetings/2024-11-04.md`
 */
export function pageLinkContext(options: SiteLinkOptions, fromRelPath: string): LinkContext {
	return { fromRelPath, site: contentSite(options.contentDir), ...siteLinkContext(options) };
}
