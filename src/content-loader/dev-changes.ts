/**
 * What a file changed under the content folder means for the dev server's pages. Astro's glob
 * loader re-renders the one Markdown file that changed; a page also shows what other files hold:
 * other pages' titles, dates and anchors (links, backlinks, meeting lists, link previews), the
 * glossary's terms, and the data files it embeds. This decides which other pages must render again,
 * and whether the notes' identity (the site title, the cite blocks) must be read again.
 */
import { dirname, posix } from 'node:path';
import type { GlossaryTerm } from '../glossary/glossary-terms.ts';
import { termMatcher } from '../glossary/match-glossary-terms.ts';
import type { ContentPage, ContentSite } from './content-site.ts';

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
 * @param glossary after an edit to `glossary.md`: the terms it gained or lost (`changedTerms`) and a reader of a page's Markdown
 */
export function devChange(
	relPath: string,
	site: ContentSite,
	siteWideChanged: boolean,
	known?: ReadonlySet<string>,
	glossary?: GlossaryChange,
): DevChange {
	const others = (pages: readonly ContentPage[]) => pages.map((page) => page.relPath).filter((path) => path !== relPath && (known?.has(path) ?? true));
	if (siteWideChanged && relPath === 'glossary.md' && glossary) {
		// A page links the terms it mentions: only a mention of a term gained or lost changes its links.
		const mentions = termMatcher(glossary.terms);
		return { rerender: others(site.pages.filter((page) => mayShow(page, relPath, site) || mentions(glossary.pageText(page.relPath), new Set()).length > 0)) };
	}
	if (siteWideChanged) return { rerender: others(relPath === 'glossary.md' ? site.pages : site.pages.filter((page) => mayShow(page, relPath, site))) };
	if (/\.mdx?$/i.test(relPath)) return { rerender: [] };
	// A data file: the pages that embed it (```trace blocks, figure references, <TraceViewer>).
	return { rerender: others(site.pages.filter((page) => page.embeds.includes(relPath))) };
}

/** What a glossary edit changed, for `devChange`. */
export interface GlossaryChange {
	/** Terms the glossary gained or lost, e.g. `changedTerms(before, after)`. */
	terms: readonly GlossaryTerm[];
	/** A page's Markdown, e.g. `(relPath) => readFileSync(join(base, relPath), 'utf8')`. */
	pageText: (relPath: string) => string;
}

/**
 * Whether `page`'s rendered Markdown may show something of the note at `relPath` (its title, date,
 * anchors or its being there at all): the page of its folder or of a folder above it (folder and
 * meetings lists), a note of the same meetings folder (the dates of its neighbours), or a page with
 * a written link whose target names the note (the link resolves, breaks or points at a new anchor).
 * Generous on purpose: a name is matched anywhere in a link's target, so every spelling GitHub
 * resolves counts. What other pages show of a note at request time (the sidebar, "Linked from",
 * link previews) needs no rendering. A change to the start page re-renders every page.
 */
function mayShow(page: ContentPage, relPath: string, site: ContentSite): boolean {
	const folder = posix.dirname(relPath);
	const file = posix.basename(relPath).replace(/\.mdx?$/i, '');
	const isFolderPage = (name: string) => /^(readme|index)$/i.test(name.replace(/\.mdx?$/i, ''));
	if (isFolderPage(file) && folder === '.') return true;
	const pageFolder = posix.dirname(page.relPath);
	if (isFolderPage(posix.basename(page.relPath)) && (pageFolder === '.' || pageFolder === folder || folder.startsWith(`${pageFolder}/`))) return true;
	if (pageFolder === folder && site.meetings.has(folder)) return true;
	const name = (isFolderPage(file) ? posix.basename(folder) : file).toLowerCase();
	return page.links.some((link) => decoded(link.url).toLowerCase().includes(name));
}

function decoded(url: string): string {
	try {
		return decodeURIComponent(url);
	} catch {
		return url;
	}
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
