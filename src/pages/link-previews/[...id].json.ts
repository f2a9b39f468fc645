/**
 * One small JSON file per page, `<base>link-previews/<id>.json`, that the link previews fetch when
 * a reader first hovers or focuses a link to that page (src/link-preview/link-preview-element.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { isMdxPath, parseMarkdown } from '../../content-loader/parse-markdown.ts';
import { previewData } from '../../link-preview/preview-data.ts';

export const getStaticPaths = (async () => {
	const entries = await getCollection('docs');
	return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'docs'> }> = ({ props: { entry } }) => {
	const { tree } = parseMarkdown(entry.body ?? '', { mdx: isMdxPath(entry.filePath ?? '') });
	const date = (entry.data as { date?: Date }).date;
	const data = previewData(tree, {
		title: entry.data.title,
		date: date ? date.toISOString().slice(0, 10) : undefined,
		description: entry.data.description,
	});
	return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
