/**
 * APA 7 reference for a web page (APA Publication Manual, 7th ed., §10.16 "Webpages on a website"):
 * Author, A. A. (Year, Month Day). *Title*. Site Name. Retrieved Month Day, Year, from URL
 * The retrieval date is included because these notes change over time; the site name is left
 * out when it is also the author. Plain text plus the part to set in italics.
 */
import type { Person } from '../config/site-meta.ts';
import type { PageCitation } from './page-citation.ts';

/** An APA reference split around the italic title, so HTML and plain text come from one place. */
export interface ApaReference {
	/** Author and date, e.g. `Haegeman, R. (2024, November 4). ` */
	before: string;
	/** The title, set in italics. */
	title: string;
	/** Site name and retrieval, e.g. `. Site. Retrieved November 27, 2026, from https://...` */
	after: string;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Initials of the given names, keeping hyphens.
 * @param given e.g. `Jean-Paul Anna` -> `J.-P. A.`
 */
export function apaInitials(given: string): string {
	return given
		.split(/\s+/)
		.filter(Boolean)
		.map((name) => name.split('-').map((part) => `${[...part][0]?.toUpperCase() ?? ''}.`).join('-'))
		.join(' ');
}

/**
 * The author list: `A, B, & C`; from 21 authors on, the first 19, an ellipsis and the last.
 * @param authors e.g. two people -> `Haegeman, R., & Doe, J.`
 */
export function apaAuthors(authors: readonly Person[]): string {
	// An organisation (no given name) is written out in full.
	const names = authors.map((person) => (person.given ? `${person.family}, ${apaInitials(person.given)}` : person.family));
	if (names.length <= 1) return names.join('');
	if (names.length === 2) return `${names[0]}, & ${names[1]}`;
	if (names.length > 20) return `${names.slice(0, 19).join(', ')}, . . . ${names.at(-1)}`;
	return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

/**
 * A date as APA writes it in the reference's date part.
 * @param date e.g. 2024-11-04 -> `2024, November 4`
 */
export function apaDate(date: Date): string {
	return `${date.getUTCFullYear()}, ${months[date.getUTCMonth()]} ${date.getUTCDate()}`;
}

/**
 * The reference in parts.
 * @param citation from `pageCitation(siteIdentity().meta, page)`
 */
export function apaReference(citation: PageCitation): ApaReference {
	const author = citation.authors.length > 0 ? apaAuthors(citation.authors) : citation.publisher;
	// An author ending in "." (an initial) takes no second full stop.
	const authorPart = author.endsWith('.') ? author : `${author}.`;
	const date = citation.issued ? apaDate(citation.issued) : 'n.d.';
	const accessed = citation.accessed;
	const retrieved = `Retrieved ${months[accessed.getUTCMonth()]} ${accessed.getUTCDate()}, ${accessed.getUTCFullYear()}, from ${citation.url}`;
	const site = citation.authors.length === 0 && citation.publisher === citation.siteTitle ? '' : ` ${citation.siteTitle}.`;
	const title = citation.title.replace(/[.]+$/, '');
	return { before: `${authorPart} (${date}). `, title, after: `.${site} ${retrieved}` };
}

/**
 * The reference as one line of plain text.
 * @param citation from `pageCitation(siteIdentity().meta, page)`
 */
export function apa(citation: PageCitation): string {
	const { before, title, after } = apaReference(citation);
	return `${before}${title}${after}`;
}
