/** The sidebar config for astro.config.mjs, derived from the content folder's files. */
import { contentSidebar, type SidebarItem } from '../content-loader/content-sidebar.ts';
import { refreshContentSite } from '../content-loader/scan-content.ts';

/**
 * Reads the content folder and returns Starlight's `sidebar` setting.
 * @param contentDir absolute, e.g. `/work/main/content`
 */
export function sidebarFromContent(contentDir: string): SidebarItem[] {
	return contentSidebar(refreshContentSite(contentDir));
}
