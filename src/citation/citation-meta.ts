/**
 * Meta tags that let reference managers and Google Scholar read a page's citation: Highwire Press
 * `citation_*` tags (Google Scholar inclusion guidelines, "Indexing guidelines" section) plus their
 * Dublin Core equivalents and a `rel="license"` link. Open Graph tags are Starlight's already.
 */
import type { PageCitation } from './page-citation.ts';

/** One tag for `<head>`, in the shape of Starlight's `head` route data. */
export interface HeadTag {
	tag: 'meta' | 'link';
	attrs: Record<string, string>;
}

/**
 * A date as Highwire tags want it.
 * @param date e.g. 2024-11-04 -> `2024/11/04`
 */
export function highwireDate(date: Date): string {
	return date.toISOString().slice(0, 10).replaceAll('-', '/');
}

/**
 * The head tags for a page, in a fixed order: one `citation_author` per author (the publisher when
 * the page has no person as author), one `citation_keywords` per keyword (as Zotero reads them),
 * dates and the licence only when known.
 * @param citation from `pageCitation(siteIdentity().meta, page)`
 */
export function citationMeta(citation: PageCitation): HeadTag[] {
	const meta = (name: string, content: string): HeadTag => ({ tag: 'meta', attrs: { name, content } });
	const authors = citation.authors.length > 0 ? citation.authors.map((a) => (a.given ? `${a.family}, ${a.given}` : a.family)) : [citation.publisher];
	const tags: HeadTag[] = [meta('citation_title', citation.title)];
	for (const author of authors) tags.push(meta('citation_author', author));
	if (citation.issued) tags.push(meta('citation_publication_date', highwireDate(citation.issued)));
	if (citation.updated) tags.push(meta('citation_online_date', highwireDate(citation.updated)));
	tags.push(
		meta('citation_public_url', citation.url),
		meta('citation_publisher', citation.publisher),
		meta('citation_language', citation.language),
		...citation.keywords.map((keyword) => meta('citation_keywords', keyword)),
		meta('DC.title', citation.title),
		...authors.map((author) => meta('DC.creator', author)),
	);
	if (citation.issued) tags.push(meta('DC.date', citation.issued.toISOString().slice(0, 10)));
	tags.push(meta('DC.publisher', citation.publisher));
	if (citation.licence) tags.push(meta('DC.rights', citation.licence.url), { tag: 'link', attrs: { rel: 'license', href: citation.licence.url } });
	return tags;
}
