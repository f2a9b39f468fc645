/**
 * One small JSON file per page, `<base>link-previews/<id>.json`, that the link previews fetch when
 * a reader first hovers or focuses a link to that page (src/link-preview/link-preview-element.ts).
 * A page's preview is the content model's (`content-site.ts`), made from the tree its heading
 * anchors come from; a generated meetings overview, which has no Markdown, previews its description.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { readSiteEnv } from '../../config/site-env.ts';
import type { ContentPage, ContentSite } from '../../content-loader/content-site.ts';
import { contentSite } from '../../content-loader/scan-content.ts';
import { previewData } from '../../link-preview/preview-data.ts';

const env = readSiteEnv();
// The pages by id, once per model (scan-content.ts makes a new one when a file changes); the first of a clashing id wins, as a search would.
const byId = new WeakMap<ContentSite, Map<string, ContentPage>>();

export const getStaticPaths = (async () => {
	const entries = await getCollection('docs');
	return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'docs'> }> = ({ props: { entry } }) => {
	const site = contentSite(env.contentDir);
	let pages = byId.get(site);
	if (!pages) byId.set(site, (pages = new Map(site.pages.map((candidate) => [candidate.id, candidate] as const).reverse())));
	const page = pages.get(entry.id);
	const data = page?.preview ?? previewData({ type: 'root', children: [] }, { title: entry.data.title, description: entry.data.description });
	return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
