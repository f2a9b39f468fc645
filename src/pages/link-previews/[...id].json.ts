/**
 * One small JSON file per page, `<base>link-previews/<id>.json`, that the link previews fetch when
 * a reader first hovers or focuses a link to that page (src/link-preview/link-preview-element.ts).
 * A page's preview is the content model's (`content-site.ts`), made from the tree its heading
 * anchors come from; a generated meetings overview, which has no Markdown, previews its description.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { readSiteEnv } from '../../config/site-env.ts';
import { contentSite } from '../../content-loader/scan-content.ts';
import { previewData } from '../../link-preview/preview-data.ts';

const env = readSiteEnv();

export const getStaticPaths = (async () => {
	const entries = await getCollection('docs');
	return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'docs'> }> = ({ props: { entry } }) => {
	const page = contentSite(env.contentDir).byId.get(entry.id);
	const data = page?.preview ?? previewData({ type: 'root', children: [] }, { title: entry.data.title, description: entry.data.description });
	return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
