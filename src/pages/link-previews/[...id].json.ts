/**
 * One small JSON file per page, `<base>link-previews/<id>.json`, that the link previews fetch when
 * a reader first hovers or focuses a link to that page (src/link-preview/link-preview-element.ts).
 * A page's preview is the content model's (`content-site.ts`), made from the tree its heading
 * anchors come from; a generated meetings overview, which has no Markdown, previews its description.
 * The pages are the model's, not `getCollection`'s: reading every entry of the store again cost
 * half a second of a 1,000-note build, for ids and titles the model has.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readSiteEnv } from '../../config/site-env.ts';
import { generatedPages } from '../../content-loader/generated-pages.ts';
import { contentSite } from '../../content-loader/scan-content.ts';
import { previewData, type PreviewData } from '../../link-preview/preview-data.ts';

const env = readSiteEnv();

export const getStaticPaths = (() => {
	const site = contentSite(env.contentDir);
	const generated = generatedPages(site).map(({ id, title, description }) => ({ id, preview: previewData({ type: 'root', children: [] }, { title, description }) }));
	return [...site.pages.map(({ id, preview }) => ({ id, preview })), ...generated].map(({ id, preview }) => ({ params: { id }, props: { preview } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ preview: PreviewData }> = ({ props: { preview } }) =>
	new Response(JSON.stringify(preview), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
