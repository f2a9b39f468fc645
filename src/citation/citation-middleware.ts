/**
 * Starlight route middleware: works out each page's citation once, adds its meta tags to `<head>`,
 * and leaves it on the route data for the "Cite this page" block (`route-citation.ts`).
 * It runs after the other middleware (`await next()` first), so it sees their `lastUpdated`.
 */
import { resolve } from 'node:path';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { readSiteEnv } from '../config/site-env.ts';
import { citationMeta } from './citation-meta.ts';
import { pageCitation } from './page-citation.ts';
import { pageSource } from './page-source.ts';
import { setRouteCitation } from './route-citation.ts';
import { siteIdentity } from '../identity/site-identity.ts';

const env = readSiteEnv();

/** Adds the citation meta tags of every page but the 404 page. */
export const onRequest = defineRouteMiddleware(async (context, next) => {
	await next();
	const route = context.locals.starlightRoute;
	const { entry } = route;
	if (entry.id === '404' || entry.id.endsWith('/404')) return;
	// Asked per page (cached): the dev server reads CITATION.cff again when it changes.
	const { meta } = siteIdentity(env.contentDir);
	const repoUrl = env.repoUrl ?? meta.repository;
	const source = pageSource(resolve(process.cwd(), entry.filePath), repoUrl, env.contentDir);
	const updated = route.lastUpdated ?? source.updated;
	const citation = pageCitation(meta, {
		id: entry.id,
		title: entry.data.title,
		url: new URL(context.url.pathname, context.site ?? context.url).href,
		overrides: { authors: entry.data.authors, date: entry.data.date, license: entry.data.license, licenseUrl: entry.data.licenseUrl },
		updated,
		commit: source.commit,
		sourceUrl: source.permalink,
	});
	setRouteCitation(route, citation);
	route.head.push(...citationMeta(citation));
});
