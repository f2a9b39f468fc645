/**
 * Digests of the files that pages embed (the trace data of ```trace blocks), so that a changed
 * trace re-renders the pages showing it even when their own text did not change. Keyed by the
 * page's text, because Astro's glob loader asks for a file's digest before it says which file it is.
 * (A change to the code that turns them into viewer data is covered for every page: code-digest.ts.)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ContentSite } from './content-site.ts';

/**
 * Maps the text of each page that embeds files to one digest of those files' bytes (a missing
 * or unreadable file counts as such; its page fails to render anyway). Pages with the same text
 * share an entry holding all their digests.
 * @param site the content model, e.g. `refreshContentSite('/work/main/content')`
 * @param base the absolute content folder, e.g. `/work/main/content`
 */
export function embedDigestsByText(site: ContentSite, base: string): Map<string, string> {
	const byText = new Map<string, string>();
	for (const page of site.pages) {
		if (page.embeds.length === 0) continue;
		const hash = createHash('sha256');
		for (const embed of page.embeds) {
			hash.update(`${embed}\0`);
			try {
				hash.update(readFileSync(resolve(base, embed)));
			} catch (error) {
				hash.update(`unreadable: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
			}
			hash.update('\0');
		}
		const text = readFileSync(join(base, page.relPath), 'utf8');
		byText.set(text, (byText.get(text) ?? '') + hash.digest('hex'));
	}
	return byText;
}
