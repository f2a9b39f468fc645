/**
 * Checks every link and image of every page before anything is rendered, so one build reports all
 * broken links at once (and a cached, unchanged page cannot hide a link whose target was deleted).
 */
import type { ContentSite } from './content-site.ts';
import { resolveGithubLink, type LinkContext } from '../github-markdown/resolve-github-link.ts';
import { parseFigureLink } from '../embeds/shared/figure-link.ts';

/** True for a link with `#figure=...` (a malformed one too): `check-figures.ts` checks those, file and all. */
function isFigureLink(url: string): boolean {
	try {
		return parseFigureLink(url) !== null;
	} catch {
		return true;
	}
}

/**
 * Lists broken links as `file:line: broken link "<target>"`, in file and line order.
 * @param site the content model
 * @param context link context without the linking file
 * @param displayPath how to name a file in messages, e.g. `p => 'content/' + p`
 */
export function findBrokenLinks(
	site: ContentSite,
	context: Omit<LinkContext, 'fromRelPath' | 'site'>,
	displayPath: (relPath: string) => string = (relPath) => relPath,
): string[] {
	const problems: string[] = [];
	for (const page of site.pages) {
		for (const link of page.links) {
			// A figure reference links to the site's own copy of its data file (remark-figure-references.ts),
			// so it needs no GitHub repository; a missing or malformed one is reported once, by check-figures.ts.
			if (link.kind === 'link' && isFigureLink(link.url)) continue;
			const target = resolveGithubLink(link.url, link.kind, { ...context, site, fromRelPath: page.relPath });
			if (target.kind !== 'broken') continue;
			const reason = target.reason ? ` (${target.reason})` : '';
			problems.push(`${displayPath(page.relPath)}:${link.line}: broken link "${link.url}"${reason}`);
		}
	}
	return problems;
}
