/**
 * Starlight route middleware: git dates, edit links, the search section filter and a helpful 404.
 * Starlight's own `lastUpdated`/`editLink` assume `src/content/docs` in the site's repository;
 * our Markdown lives in CONTENT_DIR, possibly in another repository, so we fill them in here.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { readSiteEnv } from '../config/site-env.ts';
import { contentRepo } from '../content-loader/content-repo.ts';
import { lastCommitDate, pathInRepo } from '../git/git-info.ts';
import { editUrl } from './edit-url.ts';
import { notFoundActions } from './not-found-help.ts';
import { sectionLabel } from './section-label.ts';

const env = readSiteEnv();
// Content from another repository is edited there (its origin and checked-out branch), unless
// SITE_REPO_URL / SITE_REPO_BRANCH say otherwise: the same repository the content's links go to.
const repo = contentRepo(env.contentDir, env.repoUrl);
const base = import.meta.env.BASE_URL;

/** Fills in `lastUpdated`, `editUrl`, the Pagefind section filter, and the 404 page's links. */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const { entry } = route;
	if (entry.id === '404' || entry.id.endsWith('/404')) {
		if (!existsSync(resolve(entry.filePath))) {
			// Starlight's own 404 is a bare splash page: add the sidebar and a way into each section.
			route.hasSidebar = true;
			entry.data.title = 'Page not found';
			for (const tag of route.head) if (tag.tag === 'title') tag.content = `${entry.data.title} | ${route.siteTitle}`;
			if (entry.data.hero) {
				entry.data.hero.tagline = 'There is no page at this address. Search the site, or start from one of its sections:';
				entry.data.hero.actions = notFoundActions(route.sidebar, base);
			}
		}
		return;
	}
	const file = resolve(process.cwd(), entry.filePath);
	if (entry.data.lastUpdated === undefined || entry.data.lastUpdated === true) {
		route.lastUpdated = lastCommitDate(file, env.contentDir); // undefined rather than a wrong date
	}
	if (entry.data.editUrl === undefined || entry.data.editUrl === true) {
		route.editUrl = editUrl(repo.url, repo.ref, pathInRepo(file));
	}
	route.head.push({
		tag: 'meta',
		attrs: { 'data-pagefind-filter': 'section[content]', content: sectionLabel(route.sidebar, base, entry.id) },
	});
});
