/**
 * The citation of one page: everything the meta tags, BibTeX, APA and CSL-JSON need, gathered once
 * from the site config, the page's front matter and git. Every format is a pure function of it.
 */
import type { Licence, Person, SiteMeta } from '../config/site-meta.ts';
import type { CitationFields } from './schema.ts';

/** What a citation says about one page. */
export interface PageCitation {
	/** Stable key for BibTeX and CSL `id`, e.g. `haegeman-meetings-2024-11-04`. */
	key: string;
	/** The page's title. */
	title: string;
	/** People credited; empty means the publisher is cited as author. */
	authors: Person[];
	/** Who publishes the site: the site's title (the notes' own name), cited as author when no person is. */
	publisher: string;
	/** The site the page belongs to. */
	siteTitle: string;
	/** Absolute URL of the page. */
	url: string;
	/** Publication date (front matter `date`, else the last change, else the build commit's date). */
	issued?: Date;
	/** When the page last changed in git. */
	updated?: Date;
	/** When the citation was taken (`urldate`); the reader's "today" in the browser. */
	accessed: Date;
	/** Full hash of the commit the site was built from. */
	commit?: string;
	/** Permanent link to the page's source at that commit. */
	sourceUrl?: string;
	/** The licence the page is under; undefined when the notes state none. */
	licence?: Licence;
	/** The notes' keywords, e.g. `['Kubernetes', 'operators']`. */
	keywords: string[];
	/** BCP-47 language, e.g. `en`. */
	language: string;
}

/** The page-specific facts a citation is built from. */
export interface PageFacts {
	/** Page id (its path without extension), e.g. `meetings/2024-11-04`. */
	id: string;
	/** Title from front matter or the first H1. */
	title: string;
	/** Absolute page URL, e.g. `https://owner.github.io/masters-thesis/meetings/2024-11-04/`. */
	url: string;
	/** The page's citation front matter. */
	overrides?: CitationFields;
	/** Last git change of the page's file. */
	updated?: Date;
	/** Build commit hash and date. */
	commit?: { sha: string; date: Date };
	/** Permanent link to the source at the build commit. */
	sourceUrl?: string;
	/** Date of citation; defaults to `updated ?? commit date ?? now`. */
	accessed?: Date;
}

/**
 * Builds a page's citation from the site's metadata and the page's facts.
 * @param site e.g. `siteIdentity().meta` (`src/identity/site-identity.ts`)
 * @param page e.g. `{ id: 'index', title: 'Start here', url: 'https://example.github.io/masters-thesis/' }`
 */
export function pageCitation(site: SiteMeta, page: PageFacts): PageCitation {
	const overrides = page.overrides ?? {};
	const authors = overrides.authors ?? site.authors;
	const licence =
		overrides.license && overrides.license !== site.contentLicence?.spdx
			? { spdx: overrides.license, name: overrides.license, url: overrides.licenseUrl ?? `https://spdx.org/licenses/${overrides.license}.html` }
			: site.contentLicence;
	const issued = overrides.date ?? page.updated ?? page.commit?.date;
	return {
		key: citationKey(authors[0]?.family ?? site.title, page.id),
		title: page.title,
		authors,
		publisher: site.title,
		siteTitle: site.title,
		url: page.url,
		issued,
		updated: page.updated,
		accessed: page.accessed ?? page.updated ?? page.commit?.date ?? new Date(),
		commit: page.commit?.sha,
		sourceUrl: page.sourceUrl,
		...(licence ? { licence } : {}),
		keywords: site.keywords,
		language: site.language,
	};
}

// Letters that Unicode does not decompose into a base letter plus accents.
const unfoldable: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', þ: 'th' };

/**
 * A citation key from ASCII letters, digits and `-` only, stable while the page's path is.
 * @param name first author's family name or the publisher, e.g. `Ünal` -> `unal`
 * @param id page id, e.g. `meetings/2024-11-04` -> `unal-meetings-2024-11-04`
 */
export function citationKey(name: string, id: string): string {
	const ascii = (text: string) =>
		text
			.normalize('NFKD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/[øæœßđłþ]/g, (letter) => unfoldable[letter])
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '');
	const who = ascii(name).split('-')[0] || 'site';
	return [who, ascii(id) || 'index'].join('-');
}

/**
 * The date as `YYYY-MM-DD` in UTC.
 * @param date e.g. `new Date('2024-11-04T10:00:00Z')` -> `2024-11-04`
 */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/**
 * The first 7 characters of a commit hash, as GitHub shows it.
 * @param sha e.g. `c3aeaf6f0e9f16a1e397a62b6b82ec2936175a2e` -> `c3aeaf6`
 */
export function shortCommit(sha: string): string {
	return sha.slice(0, 7);
}
