/** Chooses which pages the feed announces, and dates, titles and summarises them. */
import type { AtomEntry } from './atom-feed.ts';
import { summaryText } from './summary-text.ts';

/** The sections (top folders) whose pages go into the feed. */
export const feedSections = ['meetings', 'findings'];

/** What the feed needs to know of a page. */
export interface FeedPage {
	/** Collection id, e.g. `meetings/2024-11-04`. */
	id: string;
	/** e.g. `Notes - Meeting 04/11/24` */
	title: string;
	/** The Markdown source. */
	body: string;
	/** The meeting's date, `YYYY-MM-DD`, when the page is a meeting note, e.g. `2024-11-04`. */
	meetingDate?: string;
	/** When the file last changed (git), if known. */
	lastChanged?: Date;
}

/**
 * Returns the feed entries for the pages in `feedSections`; a page with no date at all is left out
 * and named in `undated`, so the caller can warn about it.
 * @param pageUrl e.g. `(id) => new URL(pageHref(id, '/t/'), 'https://x.github.io').href`
 */
export function feedEntries(pages: FeedPage[], pageUrl: (id: string) => string): { entries: AtomEntry[]; undated: string[] } {
	const entries: AtomEntry[] = [];
	const undated: string[] = [];
	for (const page of pages) {
		const section = page.id.split('/')[0];
		if (!feedSections.includes(section)) continue;
		const updated = page.meetingDate ? new Date(`${page.meetingDate}T00:00:00Z`) : page.lastChanged;
		if (!updated) {
			undated.push(page.id);
			continue;
		}
		entries.push({ url: pageUrl(page.id), title: page.title, updated, summary: summaryText(page.body), category: section });
	}
	return { entries, undated };
}
