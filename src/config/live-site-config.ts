/**
 * The sidebar and site title as the notes are now, for the dev server's Starlight config
 * (`src/integrations/live-starlight-config.ts`): the content model the loader keeps current, and the
 * identity read again when CITATION.cff changes (`src/integrations/dev-live-site.ts`).
 */
import { contentSite } from '../content-loader/scan-content.ts';
import { siteIdentity } from '../identity/site-identity.ts';
import { readSiteEnv } from './site-env.ts';
import { siteSidebar, slugsAsLinks, type StarlightSidebarItem, withStarlightDefaults } from './sidebar.ts';

const { contentDir } = readSiteEnv();

/**
 * The sidebar of the notes as they are now, in the form Starlight's config schema gives; pages by
 * path, so a note the notes have and Starlight does not have yet (it is being loaded) is no error.
 * @param configured the sidebar the server started with, kept when the notes cannot be read (the loader reports why)
 */
export function liveSidebar(configured: StarlightSidebarItem[]): StarlightSidebarItem[] {
	try {
		const site = contentSite(contentDir);
		return withStarlightDefaults(slugsAsLinks(siteSidebar(site), site));
	} catch {
		return configured;
	}
}

/**
 * The site title as the notes now give it, for each of the configured title's languages.
 * @param configured e.g. `{ en: 'Dev server notes' }`
 */
export function liveTitle(configured: Record<string, string>): Record<string, string> {
	let title: string;
	try {
		title = siteIdentity(contentDir).meta.title;
	} catch {
		return configured; // an unusable CITATION.cff: the message is in the server log
	}
	return Object.fromEntries(Object.keys(configured).map((lang) => [lang, title]));
}
