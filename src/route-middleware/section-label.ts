/**
 * The sections of the site, i.e. its top-level content folders, named as the sidebar names them.
 * Used for Pagefind's "section" filter and for the 404 page's list of places to go.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type SidebarEntry = StarlightRouteData['sidebar'][number];

/** The label pages outside any folder get, e.g. the start page. */
export const topLevelSection = 'Overview';

/** One top-level folder of the site. */
export interface Section {
	/** First path segment of its pages, e.g. `meetings`. */
	folder: string;
	/** Name shown to readers, e.g. `Meetings`. */
	label: string;
	/** Its first page in sidebar order, e.g. `/masters-thesis/meetings/2024-11-04/`. */
	href: string;
}

/**
 * The site's sections in sidebar order. A section takes the label of the outermost sidebar group
 * whose pages all lie in its folder; without such a group, the folder name in words.
 * @param sidebar the route's sidebar
 * @param base the site's base path, e.g. `/masters-thesis/`
 */
export function siteSections(sidebar: readonly SidebarEntry[], base: string): Section[] {
	const sections = new Map<string, Section>();
	for (const link of links(sidebar)) {
		const folder = folderOf(link.href, base);
		if (folder && !sections.has(folder)) {
			sections.set(folder, { folder, label: groupLabel(sidebar, folder, base) ?? folderWords(folder), href: link.href });
		}
	}
	return [...sections.values()];
}

/**
 * The section label of a page.
 * @param id the page's slug, e.g. `meetings/2024-11-04` -> `Meetings`; `index` -> `Overview`
 */
export function sectionLabel(sidebar: readonly SidebarEntry[], base: string, id: string): string {
	const folder = id.includes('/') ? id.slice(0, id.indexOf('/')) : '';
	if (!folder) return topLevelSection;
	return groupLabel(sidebar, folder, base) ?? folderWords(folder);
}

/**
 * A folder name as words with a capital first letter.
 * @param folder e.g. `reconcile_testing_operators` -> `Reconcile testing operators`
 */
export function folderWords(folder: string): string {
	const words = safeDecode(folder).replace(/[-_]+/g, ' ').trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

function groupLabel(entries: readonly SidebarEntry[], folder: string, base: string): string | undefined {
	for (const entry of entries) {
		if (entry.type !== 'group') continue;
		if (linksIn(entry.entries, folder, base) > 0) return entry.label;
		const inner = groupLabel(entry.entries, folder, base);
		if (inner) return inner;
	}
	return undefined;
}

/**
 * How many links `entries` hold (in groups too) when every one is in `folder`; -1 at the first
 * that is not. Every page asks this of the sidebar, which lists every page: it stops early, and
 * makes no list.
 */
function linksIn(entries: readonly SidebarEntry[], folder: string, base: string): number {
	let count = 0;
	for (const entry of entries) {
		const inside = entry.type === 'link' ? (folderOf(entry.href, base) === folder ? 1 : -1) : linksIn(entry.entries, folder, base);
		if (inside === -1) return -1;
		count += inside;
	}
	return count;
}

function links(entries: readonly SidebarEntry[]): Array<{ href: string }> {
	return entries.flatMap((entry) => (entry.type === 'link' ? [entry] : links(entry.entries)));
}

/** `folderOf` of each href seen, by base and href: every page's sidebar holds the same hrefs. */
const folders = new Map<string, string | undefined>();

/** First folder of a site-internal href below `base`; '' for a top-level page; undefined if external. */
function folderOf(href: string, base: string): string | undefined {
	const key = `${base}\n${href}`;
	if (folders.has(key)) return folders.get(key);
	let folder: string | undefined;
	if (href.startsWith(base)) {
		const segments = href.slice(base.length).split(/[?#]/)[0].split('/').filter(Boolean);
		folder = segments.length > 1 ? safeDecode(segments[0]) : '';
	}
	folders.set(key, folder);
	return folder;
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
