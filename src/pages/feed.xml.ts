/** The Atom feed of meeting notes and findings, at `<base>feed.xml`. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { siteMeta } from '../config/site-meta.ts';
import { pageHref } from '../content-loader/page-id.ts';
import { atomFeed } from '../feed/atom-feed.ts';
import { feedEntries } from '../feed/feed-entries.ts';
import { lastChanged, meetingDateOf } from '../feed/page-dates.ts';

export const GET: APIRoute = async ({ site }) => {
	const base = import.meta.env.BASE_URL;
	const origin = site ?? new URL('http://localhost:4321');
	const absolute = (path: string) => new URL(path, origin).href;
	const pages = (await getCollection('docs'))
		.filter((entry) => entry.filePath)
		.map((entry) => ({
			id: entry.id,
			title: entry.data.title,
			body: entry.body ?? '',
			meetingDate: meetingDateOf(entry.id, entry.filePath!, entry.data.title, (entry.data as { date?: unknown }).date),
			lastChanged: lastChanged(entry.filePath!),
		}));
	const { entries, undated } = feedEntries(pages, (id) => absolute(pageHref(id, base)));
	for (const id of undated) console.warn(`feed.xml: ${id} has no date and is left out of the feed`);
	const xml = atomFeed({
		selfUrl: absolute(`${base.replace(/\/?$/, '/')}feed.xml`),
		siteUrl: absolute(base),
		title: siteMeta.title,
		subtitle: 'New meeting notes and findings',
		authors: siteMeta.authors.map((person) => `${person.given} ${person.family}`),
		entries,
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
