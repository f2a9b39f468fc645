/**
 * A digest of what every page shows of the others: each page's path, id, title, date and anchors
 * (links, backlinks, meeting lists, link previews), and the glossary's text. Any page renders again
 * when it changes, in a cached build and in the dev server; an edit to one note's text leaves it as it is.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentSite } from './content-site.ts';

/**
 * The fingerprint of a content model.
 * @param site e.g. `contentSite('/work/main/content')`
 * @param base the content folder, for its glossary, e.g. `/work/main/content`
 * @param settings what else every page depends on, e.g. `[codeDigest, '/masters-thesis/', repoUrl]`
 */
export function siteFingerprint(site: ContentSite, base: string, settings: unknown[]): string {
	const glossary = join(base, 'glossary.md');
	const pages = site.pages.map((page) => [page.relPath, page.id, page.title, page.date, [...page.anchors], [...page.htmlAnchors]]);
	return createHash('sha256')
		.update(JSON.stringify([...settings, pages, existsSync(glossary) ? readFileSync(glossary, 'utf8') : null]))
		.digest('hex');
}
