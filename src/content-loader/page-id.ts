/**
 * Page ids (and so URLs) come from file paths, never from titles, so a renamed heading never
 * breaks a link. Each path segment is slugged like Astro's glob loader does (github-slugger):
 * `Meeting notes/Meeting 11-04.md` -> `meeting-notes/meeting-11-04`.
 */
import { slug } from 'github-slugger';

/** Base names that make a file its folder's page, as on GitHub (checked case-insensitively); `.mdx` as in Starlight. */
export const folderPageNames = ['readme.md', 'index.md', 'readme.mdx', 'index.mdx'];

/**
 * Whether a file is its folder's page.
 * @param relPath e.g. `meetings/README.md` -> true
 */
export function isFolderPage(relPath: string): boolean {
	return folderPageNames.includes(relPath.split('/').at(-1)!.toLowerCase());
}

/**
 * The collection id of a Markdown or MDX file relative to the content folder; `index` for the start page.
 * @param relPath e.g. `meetings/README.md` -> `meetings`, `README.md` -> `index`, `traces/demo.mdx` -> `traces/demo`
 */
export function pageId(relPath: string): string {
	const segments = relPath.replace(/\\/g, '/').split('/');
	if (isFolderPage(relPath)) segments.pop();
	else segments[segments.length - 1] = segments.at(-1)!.replace(/\.mdx?$/i, '');
	const id = segments.map((segment) => slug(segment)).join('/');
	return id === '' ? 'index' : id;
}

/**
 * The id of a folder's page, whether the folder has a README or one is generated for it.
 * @param folder e.g. `Meeting notes` -> `meeting-notes`, `` -> `index`
 */
export function folderId(folder: string): string {
	return folder === '' ? 'index' : pageId(`${folder}/README.md`);
}

/**
 * The site path of a page id under the base path, with a trailing slash.
 * @param id e.g. `meetings/2024-11-04`
 * @param base e.g. `/masters-thesis/` -> `/masters-thesis/meetings/2024-11-04/`
 */
export function pageHref(id: string, base: string): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return id === 'index' ? prefix : `${prefix}${id}/`;
}
