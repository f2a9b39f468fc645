/**
 * The Starlight sidebar, derived from the folders: the start page first, then the root's other
 * pages, then one group per folder. Pages and folders are ordered by, first to last:
 * 1. `sidebar.order` in their (README's) front matter;
 * 2. the order in which the folder's own page (for the root: the start page) first links to them,
 *    so the README that says "begin here, then read that" also orders the sidebar, without any
 *    front matter (which GitHub would show as a table);
 * 3. ordinary folders before meetings folders (a log is read last);
 * 4. title or label.
 * Inside a group: the folder's page ("Overview"), its pages, its subfolders; meeting notes newest
 * first, labelled with their date.
 */
import { posix } from 'node:path';
import type { ContentFolder, ContentPage, ContentSite } from './content-site.ts';
import { formatDate } from './format-date.ts';

/** A Starlight sidebar item: a link to a page by id, a link to a site path, or a group. */
export type SidebarItem = { slug: string; label?: string } | { label: string; link: string } | { label: string; items: SidebarItem[]; collapsed?: boolean };

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Builds the sidebar config for a content model.
 * @param site e.g. the model of `content/`
 */
export function contentSidebar(site: ContentSite): SidebarItem[] {
	const start = site.pages.find((page) => page.id === 'index');
	return [...(start ? [{ slug: 'index' }] : []), ...folderItems('', site)];
}

function folderItems(folder: string, site: ContentSite): SidebarItem[] {
	const meetings = site.meetings.get(folder);
	const rank = linkRank(site.folders.get(folder)?.page);
	const pages = site.pages.filter((page) => page.folder === folder && !page.isFolderPage && page.meetingsFolder !== folder);
	const pageItems = pages
		.sort((a, b) => sidebarOrder(a) - sidebarOrder(b) || rank(a.relPath) - rank(b.relPath) || collator.compare(a.title ?? a.relPath, b.title ?? b.relPath))
		.map((page): SidebarItem => ({ slug: page.id }));
	const meetingItems = (meetings ?? []).map((note): SidebarItem => ({ slug: note.id, label: note.date ? formatDate(note.date, 'short') : note.title ?? note.relPath }));
	const subfolders = [...site.folders.values()]
		.filter((candidate) => parentOf(candidate.path) === folder && candidate.path !== folder)
		.sort((a, b) => (a.order ?? Number.MAX_VALUE) - (b.order ?? Number.MAX_VALUE) || rank(a.path) - rank(b.path) || Number(a.isMeetings) - Number(b.isMeetings) || collator.compare(a.label, b.label));
	return [...pageItems, ...meetingItems, ...subfolders.map((sub) => folderGroup(sub, site))];
}

/**
 * How early a folder's page first links to a page or folder (by content path); never linked is last.
 * @param page the folder's README, e.g. the start page
 */
function linkRank(page: ContentPage | undefined): (relPath: string) => number {
	const targets: string[] = [];
	for (const link of page?.links ?? []) {
		if (link.kind !== 'link' || /^[a-z][a-z\d+.-]*:|^\/\/|^#/i.test(link.url)) continue;
		let path = link.url.replace(/[?#].*$/, '');
		try {
			path = decodeURIComponent(path);
		} catch {
			// keep the link as written
		}
		if (path === '' || path.startsWith('/')) continue;
		targets.push(posix.normalize(posix.join(page!.folder, path)).replace(/\/+$/, ''));
	}
	return (relPath) => {
		const index = targets.findIndex((target) => target === relPath || target.startsWith(`${relPath}/`));
		return index === -1 ? Number.MAX_SAFE_INTEGER : index;
	};
}

function folderGroup(folder: ContentFolder, site: ContentSite): SidebarItem {
	const hasOverview = folder.page !== undefined || site.meetings.has(folder.path);
	const children = folderItems(folder.path, site);
	if (children.length === 0 && folder.page) return { slug: folder.id };
	const overview: SidebarItem[] = hasOverview ? [{ slug: folder.id, label: site.meetings.has(folder.path) ? 'All meetings' : 'Overview' }] : [];
	return { label: folder.label, items: [...overview, ...children] };
}

function parentOf(path: string): string | undefined {
	if (path === '') return undefined;
	return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
}

function sidebarOrder(page: ContentPage | undefined): number {
	const order = (page?.frontmatter.sidebar as { order?: unknown } | undefined)?.order;
	return typeof order === 'number' ? order : Number.MAX_VALUE;
}

