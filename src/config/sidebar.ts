/** The sidebar config for astro.config.mjs: the content folder's pages, then the site's own pages. */
import { contentSidebar, type SidebarItem } from '../content-loader/content-sidebar.ts';
import { refreshContentSite } from '../content-loader/scan-content.ts';

/** Links to the pages the site generates itself (src/pages/), after the content's groups; Starlight adds the base path. */
export const siteSidebarLinks: SidebarItem[] = [{ label: 'Credits', link: '/credits/' }];

/**
 * Reads the content folder and returns Starlight's `sidebar` setting.
 * @param contentDir absolute, e.g. `/work/main/content`
 */
export function sidebarFromContent(contentDir: string): SidebarItem[] {
	return [...contentSidebar(refreshContentSite(contentDir)), ...siteSidebarLinks];
}
