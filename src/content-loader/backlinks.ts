/**
 * Which pages link to each page, for the "Linked from" section at the end of every page. Built
 * from the content model, so only links an author wrote count: each written link is resolved as
 * GitHub would (`resolve-github-link.ts`) and kept when it lands on another page of the site.
 *
 * Links made by the glossary's automatic linking (`remark-glossary-links.ts`) are left out: they
 * exist only in the rendered page, never in the Markdown this model is read from. They would make
 * every page that uses a term a "Linked from" entry of the glossary, burying the few pages that
 * point readers there on purpose. We read "the glossary page excepted" (issue 11) as: the glossary
 * is no exception to the rule itself. It gets its own "Linked from" section like every page,
 * listing the pages that link to it by hand, and the links written in the glossary (its
 * definitions citing findings) count on the pages they point to like any other written link.
 *
 * A page's links to itself (`#anchors`, its own file) are not listed. Linking pages come newest
 * meeting first, then the other pages in file order; a page is listed once, with each distinct
 * sentence it links from.
 */
import type { ContentPage, ContentSite } from './content-site.ts';
import type { LinkSentence } from './link-sentences.ts';
import { pageHref } from './page-id.ts';
import { resolveGithubLink, type LinkContext } from '../github-markdown/resolve-github-link.ts';

/** A page that links to another page, and the sentences its links stand in. */
export interface Backlink {
	/** The linking page, e.g. the page of `meetings/2024-11-04.md`. */
	page: ContentPage;
	/** Its distinct sentences with a link to the target, in the order they appear. */
	sentences: LinkSentence[];
}

/**
 * The pages linking to each page, by the target's collection id.
 * @param site the content model
 * @param context link context without the linking file, e.g. `{ base: '/masters-thesis/', contentPath: 'content', ... }`
 * @returns e.g. `Map { 'glossary' => [{ page: <meetings/2024-11-04.md>, sentences: [...] }] }`
 */
export function backlinks(site: ContentSite, context: Omit<LinkContext, 'fromRelPath' | 'site'>): Map<string, Backlink[]> {
	const idByHref = pageIdsByHref(site, context.base);
	const byTarget = new Map<string, Map<ContentPage, LinkSentence[]>>();
	for (const page of [...site.pages].sort(newestMeetingFirst)) {
		for (const link of page.linkSentences) {
			const target = resolveGithubLink(link.url, 'link', { ...context, site, fromRelPath: page.relPath });
			if (target.kind !== 'page') continue;
			const targetId = idByHref.get(target.href.split('#')[0]);
			if (targetId === undefined || targetId === page.id) continue;
			const sources = byTarget.get(targetId) ?? new Map<ContentPage, LinkSentence[]>();
			const sentences = sources.get(page) ?? [];
			if (!sentences.some((known) => sameSentence(known, link))) sentences.push(link);
			sources.set(page, sentences);
			byTarget.set(targetId, sources);
		}
	}
	return new Map([...byTarget].map(([id, sources]) => [id, [...sources].map(([page, sentences]) => ({ page, sentences }))]));
}

/** Site paths of every page, and of the generated page of a meetings folder without README. */
function pageIdsByHref(site: ContentSite, base: string): Map<string, string> {
	const ids = new Map(site.pages.map((page) => [pageHref(page.id, base), page.id]));
	for (const folder of site.meetings.keys()) {
		const { id } = site.folders.get(folder)!;
		if (!site.folders.get(folder)!.page) ids.set(pageHref(id, base), id);
	}
	return ids;
}

function sameSentence(a: LinkSentence, b: LinkSentence): boolean {
	return a.before === b.before && a.text === b.text && a.after === b.after;
}

/** Dated meeting notes first, newest first; then every other page in file order. */
function newestMeetingFirst(a: ContentPage, b: ContentPage): number {
	const dateA = a.meetingsFolder !== undefined ? a.date : undefined;
	const dateB = b.meetingsFolder !== undefined ? b.date : undefined;
	if (dateA !== dateB) {
		if (dateA === undefined) return 1;
		if (dateB === undefined) return -1;
		return dateA < dateB ? 1 : -1;
	}
	return a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0;
}
