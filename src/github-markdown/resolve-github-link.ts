/**
 * Resolves a link as GitHub would, then says where it goes on the site. Relative paths are relative
 * to the linking file; a leading `/` is the repository root. Pages become site URLs under the base
 * path, other repository files and folders become GitHub URLs, images stay files for Astro to
 * optimise, and anything else is broken.
 */
import { posix } from 'node:path';
import type { ContentPage, ContentSite } from '../content-loader/content-site.ts';
import { pageHref } from '../content-loader/page-id.ts';
import { USER_CONTENT_PREFIX } from '../raw-html/user-content-anchor.ts';

/** What the resolver needs to know besides the link. */
export interface LinkContext {
	/** The linking file, relative to the content folder, e.g. `meetings/2024-11-04.md`. */
	fromRelPath: string;
	site: ContentSite;
	/** The content folder relative to the repository root, posix, `` when it is the root. */
	contentPath: string;
	/** Whether a repository-relative path is a file, a folder or nothing. */
	pathKind: (repoPath: string) => 'file' | 'dir' | undefined;
	/** e.g. `/masters-thesis/` */
	base: string;
	/** e.g. `https://github.com/owner/notes`; undefined when unknown. */
	repoUrl?: string;
	/** Branch or commit for GitHub URLs, e.g. `main`. */
	ref: string;
}

/** Where a written link goes. */
export type LinkTarget =
	| { kind: 'keep' }
	| { kind: 'page'; href: string }
	| { kind: 'image'; src: string; repoPath: string }
	| { kind: 'github'; href: string }
	/** `needsRepo`: a repository file that is not a page, with no GitHub repository to link it to. */
	| { kind: 'broken'; reason?: string; needsRepo?: true };

/**
 * Resolves one link or image URL.
 * @param url as written, e.g. `Meeting%2011-04.md#agenda`
 * @param kind `link` or `image`
 */
export function resolveGithubLink(url: string, kind: 'link' | 'image', context: LinkContext): LinkTarget {
	if (url === '' || /^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) return { kind: 'keep' };
	const { path: rawPath, hash } = splitUrl(url);
	const from = context.site.byRelPath.get(context.fromRelPath);
	if (rawPath === '') return hash === '' ? { kind: 'keep' } : anchorOnPage(from, hash, '');
	const path = safeDecode(rawPath);
	const fromRepo = posix.join(context.contentPath, context.fromRelPath);
	const repoPath = path.startsWith('/')
		? posix.normalize(path.slice(1))
		: posix.normalize(posix.join(posix.dirname(fromRepo), path));
	const clean = repoPath.replace(/\/+$/, '').replace(/^\.$/, '');
	if (clean === '..' || clean.startsWith('../')) return { kind: 'broken', reason: 'points outside the repository' };
	const pathKind = context.pathKind(clean);
	if (!pathKind) return { kind: 'broken' };
	if (kind === 'image' && pathKind === 'file') {
		// GitHub's theme fragments select an image per colour mode (rehype-theme-images.ts); any other fragment means nothing to a file.
		const theme = themeFragments.includes(hash) ? hash : '';
		return { kind: 'image', src: relativeFrom(posix.dirname(fromRepo), clean) + theme, repoPath: clean };
	}
	const contentRel = insideContent(clean, context.contentPath);
	if (contentRel !== undefined) {
		const page = pathKind === 'file' ? context.site.byRelPath.get(contentRel) : folderPage(contentRel, context.site);
		if (page === 'generated') return { kind: 'page', href: pageHref(generatedId(contentRel, context.site), context.base) + hash };
		if (page) return anchorOnPage(page, hash, pageHref(page.id, context.base));
	}
	if (!context.repoUrl) {
		return { kind: 'broken', reason: 'not a page, and no GitHub repository to link to: set SITE_REPO_URL', needsRepo: true };
	}
	const encoded = clean.split('/').map(encodeURIComponent).join('/');
	return { kind: 'github', href: `${context.repoUrl}/${pathKind === 'dir' ? 'tree' : 'blob'}/${context.ref}/${encoded}${hash}` };
}

/** The fragments GitHub shows an image by in one colour mode only, e.g. `![](logo.png#gh-dark-mode-only)`. */
export const themeFragments = ['#gh-dark-mode-only', '#gh-light-mode-only'];

function anchorOnPage(page: ContentPage | undefined, hash: string, href: string): LinkTarget {
	if (hash === '' || !page) return { kind: 'page', href: href + hash };
	const anchor = safeDecode(hash.slice(1));
	if (anchor === page.titleAnchor) return { kind: 'page', href: `${href}#_top` };
	if (anchor === '_top' || page.anchors.has(anchor)) return { kind: 'page', href: href + hash };
	// `<a name="setup">` is served as `user-content-setup`; GitHub's script follows `#setup` there, we link there.
	if (page.htmlAnchors.has(anchor)) return { kind: 'page', href: `${href}#${USER_CONTENT_PREFIX}${hash.slice(1)}` };
	if (anchor.startsWith(USER_CONTENT_PREFIX) && page.htmlAnchors.has(anchor.slice(USER_CONTENT_PREFIX.length))) return { kind: 'page', href: href + hash };
	return { kind: 'broken', reason: `no heading "${anchor}" in ${page.relPath}` };
}

function folderPage(contentRel: string, site: ContentSite): ContentPage | 'generated' | undefined {
	const page = site.pages.find((candidate) => candidate.isFolderPage && candidate.folder === contentRel);
	if (page) return page;
	return site.meetings.has(contentRel) ? 'generated' : undefined;
}

function generatedId(contentRel: string, site: ContentSite): string {
	return site.folders.get(contentRel)!.id;
}

function insideContent(repoPath: string, contentPath: string): string | undefined {
	if (contentPath === '') return repoPath;
	if (repoPath === contentPath) return '';
	return repoPath.startsWith(`${contentPath}/`) ? repoPath.slice(contentPath.length + 1) : undefined;
}

function relativeFrom(fromDir: string, to: string): string {
	const rel = posix.relative(fromDir, to);
	return rel.startsWith('.') ? rel : `./${rel}`;
}

function splitUrl(url: string): { path: string; hash: string } {
	const hashAt = url.indexOf('#');
	const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
	const hash = hashAt === -1 ? '' : url.slice(hashAt);
	const queryAt = beforeHash.indexOf('?');
	return { path: queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt), hash };
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
