/** The "Linked from" list of the page being rendered, from the content model (`content-loader/backlinks.ts`). */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { readSiteEnv } from '../../config/site-env.ts';
import { backlinks, type Backlink } from '../../content-loader/backlinks.ts';
import type { ContentSite } from '../../content-loader/content-site.ts';
import { contentSite } from '../../content-loader/scan-content.ts';
import { siteLinkContext } from '../../content-loader/content-file.ts';

const env = readSiteEnv();

// One computation per model: the build renders every page from the same model, and in dev a
// changed file makes a new model (scan-content.ts), so the list is recomputed then.
const computed = new WeakMap<ContentSite, Map<string, Backlink[]>>();

/**
 * The pages linking to this route's page; `undefined` when the route is no content page (the 404 page, Credits).
 * @param route e.g. the route of `meetings/2024-11-04` -> `[{ page: <findings/README.md>, sentences: [...] }]`
 */
export function routeBacklinks(route: StarlightRouteData): Backlink[] | undefined {
	const site = contentSite(env.contentDir);
	// Starlight gives the start page the id `` where the collection (and our model) says `index`.
	const id = route.entry.id === '' ? 'index' : route.entry.id;
	const isMeetingsFolder = () => [...site.meetings.keys()].some((folder) => site.folders.get(folder)?.id === id);
	if (!site.byId.has(id) && !isMeetingsFolder()) return undefined;
	let byPage = computed.get(site);
	if (!byPage) {
		byPage = backlinks(site, siteLinkContext({ contentDir: env.contentDir, base: env.base, repoUrl: env.repoUrl }));
		computed.set(site, byPage);
	}
	return byPage.get(id) ?? [];
}
