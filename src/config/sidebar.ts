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
		return { ...item, translations: {}, attrs: {} };
	});
}
