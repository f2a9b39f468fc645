/**
 * Previous/next links between meeting notes in date order. The sidebar lists meetings newest
 * first, so Starlight's own pagination would call the newer meeting "Previous"; these links keep
 * "Previous" = the meeting before, "Next" = the meeting after, and end at the meetings overview.
 */
import type { ContentSite } from './content-site.ts';
import { formatDate } from './format-date.ts';
import { pageHref } from './page-id.ts';

/** Starlight's `prev`/`next` front matter for one note. */
export interface MeetingLinks {
	prev: { link: string; label: string };
	next: { link: string; label: string };
}

/**
 * Pagination links for every dated meeting note, by file.
 * @param site the content model
 * @param base e.g. `/masters-thesis/`
 */
export function meetingNavigation(site: ContentSite, base: string): Map<string, MeetingLinks> {
	const links = new Map<string, MeetingLinks>();
	for (const [folder, notes] of site.meetings) {
		const dated = notes.filter((note) => note.date);
		const overview = { link: pageHref(site.folders.get(folder)!.id, base), label: 'All meetings' };
		dated.forEach((note, index) => {
			const older = dated[index + 1];
			const newer = dated[index - 1];
			links.set(note.relPath, {
				prev: older ? { link: pageHref(older.id, base), label: meetingLabel(older.date!) } : overview,
				next: newer ? { link: pageHref(newer.id, base), label: meetingLabel(newer.date!) } : overview,
			});
		});
	}
	return links;
}

/**
 * How a meeting is named in navigation.
 * @param iso e.g. `2024-11-04` -> `Meeting of 4 Nov 2024`
 */
export function meetingLabel(iso: string): string {
	return `Meeting of ${formatDate(iso, 'short')}`;
}
