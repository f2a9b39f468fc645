/**
 * The pages the site makes where the notes have none: a meetings folder without a README gets an
 * overview page that lists its notes. The content loader stores them (with their list rendered by
 * `remark-meetings-index.ts`), and the link-preview route previews them.
 */
import type { ContentSite } from './content-site.ts';

/** A generated page's id and text, e.g. `{ id: 'meetings', folder: 'meetings', title: 'Meetings', description: 'Every meeting note in meetings/, newest first.' }`. */
export interface GeneratedPage {
	id: string;
	/** The meetings folder it lists, e.g. `meetings`. */
	folder: string;
	title: string;
	description: string;
}

/** The overview pages of the meetings folders that have no README of their own. */
export function generatedPages(site: ContentSite): GeneratedPage[] {
	const pages: GeneratedPage[] = [];
	for (const folderPath of site.meetings.keys()) {
		const folder = site.folders.get(folderPath)!;
		if (folder.page) continue;
		pages.push({ id: folder.id, folder: folderPath, title: folder.label, description: `Every meeting note in ${folderPath}/, newest first.` });
	}
	return pages;
}
