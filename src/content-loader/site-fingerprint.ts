/**
 * A digest of what every page shows of the others: each page's path, id, title, date and anchors
 * (links, backlinks, meeting lists, link previews), and the glossary's terms (which pages link; the
 * glossary's prose shows on no other page). Pages render again when it changes, in a cached build
 * and in the dev server; an edit to one note's text leaves it as it is.
 */
import { createHash } from 'node:crypto';
import type { GlossaryTerm } from '../glossary/glossary-terms.ts';
import type { ContentSite } from './content-site.ts';

/**
 * The fingerprint of a content model.
 * @param site e.g. `contentSite('/work/main/content')`
 * @param glossary the glossary's terms, e.g. `readGlossaryTerms('/work/main/content')`
 * @param settings what else every page depends on, e.g. `[codeDigest, '/masters-thesis/', repoUrl]`
 */
export function siteFingerprint(site: ContentSite, glossary: readonly GlossaryTerm[], settings: unknown[]): string {
	const pages = site.pages.map((page) => [page.relPath, page.id, page.title, page.date, [...page.anchors], [...page.htmlAnchors]]);
	return createHash('sha256')
		.update(JSON.stringify([...settings, pages, glossary]))
		.digest('hex');
}
