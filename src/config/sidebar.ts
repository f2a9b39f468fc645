/** The sidebar config for astro.config.mjs: the content folder's pages, then the site's own pages. */
import { contentSidebar, type SidebarItem } from '../content-loader/content-sidebar.ts';
import type { ContentSite } from '../content-loader/content-site.ts';
import { refreshContentSite } from '../content-loader/scan-content.ts';

/** Links to the pages the site generates itself (src/pages/), after the content's groups; Starlight adds the base path. */
export const siteSidebarLinks: SidebarItem[] = [{ label: 'Credits', link: '/credits/' }];

/**
 * Reads the content folder and returns Starlight's `sidebar` setting.
 * @param contentDir absolute, e.g. `/work/main/content`
 */
export function sidebarFromContent(contentDir: string): SidebarItem[] {
	return siteSidebar(refreshContentSite(contentDir));
}

/**
 * The sidebar of a content model: its pages, then the site's own.
 * @param site e.g. `contentSite('/work/main/content')`
 */
export function siteSidebar(site: ContentSite): SidebarItem[] {
	return [...contentSidebar(site), ...siteSidebarLinks];
}

/**
 * The sidebar with each page given by its path rather than its id, labelled as Starlight labels an id
 * (the item's label, else the page's `sidebar.label`, else its title), with its `sidebar` badge and attributes.
 * For the dev server: Starlight fails every page on an id it has no page for, and while a new or
 * renamed note is being loaded, the notes already list it and Starlight does not have it yet.
 * @param items e.g. `[{ slug: 'findings/x' }]` -> `[{ label: 'X', link: '/findings/x/' }]`
 * @param site the model the items come from
 */
export function slugsAsLinks(items: SidebarItem[], site: ContentSite): SidebarItem[] {
	const titles = new Map<string, { title: string | undefined; sidebar?: SidebarFrontmatter }>();
	for (const folder of site.folders.values()) titles.set(folder.id, { title: folder.label });
	for (const page of site.pages) titles.set(page.id, { title: page.title, sidebar: page.frontmatter.sidebar as SidebarFrontmatter | undefined });
	return items.map((item): SidebarItem => {
		if ('items' in item) return { ...item, items: slugsAsLinks(item.items, site) };
		if (!('slug' in item)) return item;
		const { slug, label, ...rest } = item as typeof item & { badge?: unknown; attrs?: Record<string, string> };
		const page = titles.get(slug);
		const badge = rest.badge ?? page?.sidebar?.badge;
		const attrs = { ...page?.sidebar?.attrs, ...rest.attrs };
		return {
			label: label ?? page?.sidebar?.label ?? page?.title ?? slug,
			link: slug === 'index' ? '/' : `/${slug}/`,
			...(badge === undefined ? {} : { badge }),
			...(Object.keys(attrs).length > 0 ? { attrs } : {}),
		} as SidebarItem;
	});
}

/** What a page's `sidebar` front matter may say about its sidebar link. */
interface SidebarFrontmatter {
	label?: string;
	badge?: unknown;
	attrs?: Record<string, string>;
}

/** A sidebar item as Starlight's config schema leaves it: `translations` and `attrs` filled in, groups `collapsed` or not. */
export type StarlightSidebarItem =
	| { slug: string; label?: string; translations: Record<string, string>; attrs: Record<string, string> }
	| { label: string; link: string; translations: Record<string, string>; attrs: Record<string, string> }
	| { label: string; items: StarlightSidebarItem[]; collapsed: boolean; translations: Record<string, string> };

/**
 * Fills in the defaults Starlight's sidebar schema adds, for a sidebar given to Starlight after its
 * config was parsed (the dev server's live sidebar, `live-site-config.ts`).
 * @param items e.g. `[{ slug: 'index' }]` -> `[{ slug: 'index', translations: {}, attrs: {} }]`
 */
export function withStarlightDefaults(items: SidebarItem[]): StarlightSidebarItem[] {
	return items.map((item): StarlightSidebarItem => {
		if ('items' in item) return { ...item, translations: {}, collapsed: item.collapsed ?? false, items: withStarlightDefaults(item.items) };
		return { attrs: {}, ...item, translations: {} } as StarlightSidebarItem;
	});
}
