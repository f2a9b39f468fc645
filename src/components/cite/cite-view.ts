/** What the "Cite this page" block shows, worked out from a page's citation (no DOM, no Astro). */
import { type ApaReference, apaReference } from '../../citation/apa.ts';
import { bibtex } from '../../citation/bibtex.ts';
import { cslJson } from '../../citation/csl-json.ts';
import { isoDay, type PageCitation, shortCommit } from '../../citation/page-citation.ts';

/** The texts of the block, one per format, plus the version line (the release line is the notes' `identityView`). */
export interface CiteView {
	/** APA reference, split around the italic title. */
	apa: ApaReference;
	/** APA reference as plain text (what "Copy APA" copies). */
	apaText: string;
	/** The BibTeX entry. */
	bibtex: string;
	/** The CSL-JSON array. */
	cslJson: string;
	/** Build commit, short and full, e.g. `{ short: 'c3aeaf6', full: 'c3aeaf6f...' }`. */
	commit?: { short: string; full: string };
	/** Last change as `YYYY-MM-DD` and as words, e.g. `{ iso: '2024-11-05', label: 'Nov 5, 2024' }`. */
	updated?: { iso: string; label: string };
	/** Permanent link to this version of the page's source. */
	sourceUrl?: string;
}

/**
 * The block's content for one citation.
 * @param citation e.g. `routeCitation(Astro.locals.starlightRoute)`
 */
export function citeView(citation: PageCitation): CiteView {
	const apa = apaReference(citation);
	return {
		apa,
		apaText: `${apa.before}${apa.title}${apa.after}`,
		bibtex: bibtex(citation),
		cslJson: cslJson(citation),
		commit: citation.commit ? { short: shortCommit(citation.commit), full: citation.commit } : undefined,
		updated: citation.updated
			? { iso: isoDay(citation.updated), label: citation.updated.toLocaleDateString('en', { dateStyle: 'medium', timeZone: 'UTC' }) }
			: undefined,
		sourceUrl: citation.sourceUrl,
	};
}

/**
 * The citation as JSON for the browser (dates become ISO strings).
 * @param citation e.g. `routeCitation(route)`
 */
export function serializeCitation(citation: PageCitation): string {
	return JSON.stringify(citation);
}

/**
 * Reads {@link serializeCitation}'s output back, dates included, citing as of `accessed`.
 * @param json e.g. the `data-citation` attribute of the block
 * @param accessed the reader's "today", e.g. `new Date()`
 */
export function reviveCitation(json: string, accessed: Date): PageCitation {
	const raw = JSON.parse(json) as Record<string, unknown>;
	const date = (value: unknown) => (typeof value === 'string' ? new Date(value) : undefined);
	return { ...(raw as unknown as PageCitation), issued: date(raw.issued), updated: date(raw.updated), accessed };
}
