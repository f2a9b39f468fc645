/**
 * CSL-JSON for a page (Citation Style Language data schema, `csl-data.json`): an array holding one
 * item of type `webpage`, as Zotero, Pandoc and citeproc-js import it.
 */
import type { PageCitation } from './page-citation.ts';
import { shortCommit } from './page-citation.ts';

/** A CSL date: `{ "date-parts": [[year, month, day]] }`. */
export interface CslDate {
	'date-parts': [[number, number, number]];
}

/** The subset of a CSL-JSON item this site fills in. */
export interface CslItem {
	id: string;
	type: 'webpage';
	title: string;
	author: ({ family: string; given: string } | { literal: string })[];
	keyword?: string;
	'container-title': string;
	publisher: string;
	URL: string;
	issued?: CslDate;
	accessed: CslDate;
	version?: string;
	note?: string;
	language: string;
}

/**
 * A date as CSL date parts, in UTC.
 * @param date e.g. 2024-11-04 -> `{ 'date-parts': [[2024, 11, 4]] }`
 */
export function cslDate(date: Date): CslDate {
	return { 'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] };
}

/**
 * The CSL item; without people as authors the publisher is a literal (institutional) author.
 * @param citation from `pageCitation(siteIdentity().meta, page)`
 */
export function cslItem(citation: PageCitation): CslItem {
	return {
		id: citation.key,
		type: 'webpage',
		title: citation.title,
		author:
			citation.authors.length > 0
				? citation.authors.map(({ family, given }) => (given ? { family, given } : { literal: family }))
				: [{ literal: citation.publisher }],
		'container-title': citation.siteTitle,
		publisher: citation.publisher,
		URL: citation.url,
		...(citation.issued ? { issued: cslDate(citation.issued) } : {}),
		accessed: cslDate(citation.accessed),
		...(citation.commit ? { version: shortCommit(citation.commit) } : {}),
		...(citation.sourceUrl ? { note: `Source: ${citation.sourceUrl}` } : {}),
		...(citation.keywords.length > 0 ? { keyword: citation.keywords.join(', ') } : {}),
		language: citation.language,
	};
}

/**
 * The CSL-JSON text: an array with the page's item, indented for reading.
 * @param citation from `pageCitation(siteIdentity().meta, page)`
 */
export function cslJson(citation: PageCitation): string {
	return JSON.stringify([cslItem(citation)], null, 2);
}
