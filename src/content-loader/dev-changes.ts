/**
 * What a file changed under the content folder means for the dev server's pages. Astro's glob
 * loader re-renders the one Markdown file that changed; a page also shows what other files hold:
 * other pages' titles, dates and anchors (links, backlinks, meeting lists, link previews), the
 * glossary's terms, and the data files it embeds. This decides which other pages must render again,
 * and whether the notes' identity (the site title, the cite blocks) must be read again.
 */
import { dirname } from 'node:path';
import type { ContentSite } from './content-site.ts';

/** Which pages to render again after one file event, as paths relative to the content folder. */
export interface DevChange {
	/** Markdown files to re-render, e.g. `['findings/x.md']`. */
	rerender: string[];
}

/**
 * Decides what one changed file means.
 * @param relPath the changed file relative to the content folder, e.g. `traces/percona-5s.csv`
 * @param site the model after the change, e.g. `refreshContentSite(base)`
 * @param siteWideChanged whether what every page shows of the others (titles, ids, dates, anchors, the glossary) changed
 * @param known the pages before the change; a page new since (the other half of a rename) has an event of its own
 */
export function devChange(relPath: string, site: ContentSite, siteWideChanged: boolean, known?: ReadonlySet<string>): DevChange {
	if (siteWideChanged) return { rerender: site.pages.map((page) => page.relPath).filter((path) => path !== relPath && (known?.has(path) ?? true)) };
	if (/\.mdx?$/i.test(relPath)) return { rerender: [] };
	// A data file: the pages that embed it (```trace blocks, figure references, <TraceViewer>).
	return { rerender: site.pages.filter((page) => page.embeds.includes(relPath)).map((page) => page.relPath) };
}

/**
 * Whether a changed file may change the notes' identity (`src/identity/site-identity.ts`): one of the
 * places of their CITATION.cff, or a Markdown file at the top of the content folder (the README whose
 * H1 names the notes when no CITATION.cff does).
 * @param path absolute, e.g. `/work/main/CITATION.cff`
 * @param contentDir absolute, e.g. `/work/main/content`
 * @param citationPlaces e.g. `citationFilePlaces(contentDir)` -> `['/work/main/content/CITATION.cff', '/work/main/CITATION.cff']`
 */
export function changesIdentity(path: string, contentDir: string, citationPlaces: readonly string[]): boolean {
	return citationPlaces.includes(path) || (dirname(path) === contentDir && /\.mdx?$/i.test(path));
}
