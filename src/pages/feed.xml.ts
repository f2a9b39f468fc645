/** The Atom feed of meeting notes and findings, at `<base>feed.xml`. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { displayName } from '../citation/person-name.ts';
import { pageHref } from '../content-loader/page-id.ts';
import { atomFeed } from '../feed/atom-feed.ts';
import { feedEntries } from '../feed/feed-entries.ts';
import { lastChanged, meetingDateOf } from '../feed/page-dates.ts';
import { siteIdentity } from '../identity/site-identity.ts';

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
	const { meta } = siteIdentity();
	const { entries, undated } = feedEntries(pages, (id) => absolute(pageHref(id, base)));
	for (const id of undated) console.warn(`feed.xml: ${id} has no date and is left out of the feed`);
	const xml = atomFeed({
		selfUrl: absolute(`${base.replace(/\/?$/, '/')}feed.xml`),
		siteUrl: absolute(base),
		title: meta.title,
		subtitle: 'New meeting notes and findings',
		// Without people as authors the notes' own name is the author, as in the page citations.
		authors: meta.authors.length > 0 ? meta.authors.map(displayName) : [meta.title],
		...(meta.contentLicence ? { rights: `${meta.contentLicence.spdx} (${meta.contentLicence.url})` } : {}),
		categories: meta.keywords,
		entries,
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
