/**
 * Works out whose notes the site shows, once per build: title, authors, licence, repository,
 * version, DOI and keywords, each with where it came from.
 *
 * 1. A `CITATION.cff` in the content folder, else at the root of its git repository, says it all.
 * 2. This project's own content (its repository holds the content folder) falls back to
 *    `projectMeta` (`src/config/site-meta.ts`) for what the root `CITATION.cff` leaves out.
 * 3. Other notes are never cited as this project: what no `CITATION.cff` says comes from the notes
 *    themselves (title: the root README's H1; authors: their git history; repository: their
 *    `origin` remote) or is left out (licence, version, DOI, keywords).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { projectMeta, type Licence, type Person, type SiteMeta, siteMetaSchema } from '../config/site-meta.ts';
import { readSiteEnv } from '../config/site-env.ts';
import { displayName, parsePersonName } from '../citation/person-name.ts';
import { contentRepo } from '../content-loader/content-repo.ts';
import { humanize } from '../content-loader/content-site.ts';
import { displayPath } from '../content-loader/display-path.ts';
import { firstHeading } from '../content-loader/first-heading.ts';
import { contentSite } from '../content-loader/scan-content.ts';
import { commitAuthors, isShallowClone, repoRoot } from '../git/git-info.ts';
import { type CffAuthor, type CitationCff, parseCitationCff } from './citation-cff.ts';

/** The identity and, per value, a line saying where it came from. */
export interface SiteIdentity {
	meta: SiteMeta;
	/** One line per value for the build log, e.g. `title: "My notes" from notes/README.md H1`. */
	report: string[];
}

/** What the identity is worked out from. */
export interface IdentityInput {
	/** Absolute content folder, e.g. `/work/notes`. */
	contentDir: string;
	/** The site's project folder (this repository), e.g. `/work/main`; default: the working directory. */
	cwd?: string;
	/** The environment, for SITE_REPO_URL and GITHUB_REPOSITORY. */
	env?: NodeJS.ProcessEnv;
}

/** A value with its origin: `from` reads "from <from>"; `none` says why there is no value. */
type Sourced<T> = { value: T; from: string } | { value?: undefined; none: string };

/**
 * Reads the identity of the notes in `contentDir`; throws when their `CITATION.cff` is not usable.
 * @param input e.g. `{ contentDir: '/tmp/notes' }` -> title from `/tmp/notes/README.md`'s H1
 */
export function readSiteIdentity(input: IdentityInput): SiteIdentity {
	const { contentDir, cwd = process.cwd(), env = process.env } = input;
	const siteRoot = repoRoot(cwd) ?? cwd;
	const contentRoot = repoRoot(contentDir);
	const cffPath = citationFilePlaces(contentDir, contentRoot).find((path) => existsSync(path));
	const cffName = cffPath && displayPath(cffPath, cwd);
	const cff = cffPath && cffName ? parseCitationCff(readFileSync(cffPath, 'utf8'), cffName) : undefined;
	// Only this project's content may borrow this project's metadata.
	const isProject = cffPath ? cffPath === join(siteRoot, 'CITATION.cff') : contentRoot !== undefined && contentRoot === siteRoot;
	const fallbackName = 'src/config/site-meta.ts';
	const notes = displayPath(contentDir, cwd);
	const noCff = `no CITATION.cff in ${notes} or at the root of its repository`;
	const missing = (key: string) => (cffName ? `not in ${cffName} ("${key}")` : noCff);

	/** A field: the CITATION.cff's value, else this project's (own content only), else `derived()`. */
	function pick<T>(key: string, fromCff: T | undefined, fromProject: T | undefined, derived?: () => Sourced<T>): Sourced<T> {
		if (fromCff !== undefined && cffName) return { value: fromCff, from: cffName };
		if (isProject && fromProject !== undefined) return { value: fromProject, from: fallbackName };
		return derived?.() ?? { none: missing(key) };
	}

	const title = pick('title', cff?.title, projectMeta.title, () => readmeTitle(contentDir, contentRoot, cwd));
	const authors = pick('authors', cff?.authors.map(personFromCff), projectMeta.authors, () => gitAuthors(contentDir, notes, missing('authors')));
	const licence = pick('license', cff && licenceFromCff(cff), projectMeta.contentLicence);
	const repository = pick('repository-code', cff?.['repository-code'], undefined, () => repositoryOf(contentDir, isProject, env, cwd, notes));
	const version = pick('version', cff?.version, projectMeta.version);
	const doi = pick('doi', cff && doiOf(cff), projectMeta.doi);
	const keywords = pick('keywords', cff?.keywords, projectMeta.keywords);

	const meta = siteMetaSchema.parse({
		title: title.value,
		description: pick('abstract', cff?.abstract, projectMeta.description).value,
		authors: authors.value ?? [],
		contentLicence: licence.value,
		repository: repository.value,
		url: pick('url', cff?.url, projectMeta.url).value,
		version: version.value,
		doi: doi.value,
		language: projectMeta.language,
		keywords: keywords.value ?? [],
	});
	const line = (name: string, field: Sourced<unknown>, shown: string | undefined) =>
		field.value !== undefined && shown ? `${name}: ${shown} from ${field.from}` : `${name}: none, ${'none' in field ? field.none : 'empty'}`;
	const report = [
		line('title', title, `"${meta.title}"`),
		line('authors', authors, meta.authors.map(displayName).join(', ') || undefined),
		line('licence', licence, meta.contentLicence?.spdx),
		line('repository', repository, meta.repository),
		line('version', version, meta.version),
		line('DOI', doi, meta.doi),
		line('keywords', keywords, meta.keywords.join(', ') || undefined),
	];
	if (meta.authors.length === 0) report.push(`pages without authors cite "${meta.title}" as their author`);
	return { meta, report };
}

/**
 * Where the notes' CITATION.cff may be, first found first: the content folder, then the root of its git repository.
 * @param contentDir e.g. `/work/main/content`
 * @param contentRoot e.g. `/work/main` -> `['/work/main/content/CITATION.cff', '/work/main/CITATION.cff']`
 */
export function citationFilePlaces(contentDir: string, contentRoot = repoRoot(contentDir)): string[] {
	const places = [join(contentDir, 'CITATION.cff')];
	if (contentRoot && contentRoot !== contentDir) places.push(join(contentRoot, 'CITATION.cff'));
	return places;
}

// On `globalThis` like the content model (`scan-content.ts`): astro.config.mjs and the pages load this
// file as separate module instances, and the identity (CITATION.cff, git) is read once per process.
const cacheKey = Symbol.for('masters-thesis.site-identity');
type Cache = Map<string, SiteIdentity>;
const cache: Cache = ((globalThis as Record<symbol, unknown>)[cacheKey] as Cache | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[cacheKey] = cache;

/**
 * The identity of the content folder of this build (`CONTENT_DIR`), read once per process.
 * @param contentDir e.g. `readSiteEnv().contentDir`
 */
export function siteIdentity(contentDir = readSiteEnv().contentDir): SiteIdentity {
	let identity = cache.get(contentDir);
	if (!identity) {
		identity = readSiteIdentity({ contentDir });
		cache.set(contentDir, identity);
	}
	return identity;
}

/**
 * Forgets the identity read for a content folder, so the next `siteIdentity()` reads CITATION.cff
 * again (the dev server calls it when that file changes).
 * @param contentDir e.g. `/work/main/content`
 */
export function forgetSiteIdentity(contentDir: string): void {
	cache.delete(contentDir);
}

/**
 * A CFF author as a citation person: particle and family names together, an entity's name as family name.
 * @param author e.g. `{ 'given-names': 'Ludwig', 'name-particle': 'van', 'family-names': 'Beethoven' }`
 */
export function personFromCff(author: CffAuthor): Person {
	const family = author['family-names'] && [author['name-particle'], author['family-names']].filter(Boolean).join(' ');
	const given = family ? author['given-names'] : undefined;
	const person: Person = { family: family || author.name || author['given-names'] || author.alias || '' };
	if (given) person.given = given;
	if (author.orcid) person.orcid = author.orcid;
	return person;
}

/**
 * The licence a CFF names; a list means any of them (the schema's reading), written as an SPDX `OR` expression.
 * @param cff e.g. `{ license: 'CC-BY-4.0' }` -> `{ spdx: 'CC-BY-4.0', name: 'Creative Commons ...', url }`
 */
export function licenceFromCff(cff: CitationCff): Licence | undefined {
	const ids = typeof cff.license === 'string' ? [cff.license] : cff.license;
	if (!ids) return undefined;
	const spdx = ids.join(' OR ');
	// The one licence whose full name we know; others are named by their SPDX id.
	if (spdx === projectMeta.contentLicence?.spdx && !cff['license-url']) return projectMeta.contentLicence;
	return { spdx, name: spdx, url: cff['license-url'] ?? `https://spdx.org/licenses/${ids[0]}.html` };
}

/**
 * The DOI of a CFF: `doi`, else the first identifier of type `doi`.
 * @param cff e.g. `{ identifiers: [{ type: 'doi', value: '10.5281/zenodo.1' }] }` -> `10.5281/zenodo.1`
 */
export function doiOf(cff: CitationCff): string | undefined {
	return cff.doi ?? cff.identifiers?.find((identifier) => identifier.type === 'doi')?.value?.toString();
}

/**
 * A name as git writes it, as a citation person; a single word (e.g. a user name) is kept whole.
 * @param name e.g. `Jane Doe` -> `{ given: 'Jane', family: 'Doe' }`, `jdoe` -> `{ family: 'jdoe' }`
 */
export function personFromGitName(name: string): Person {
	try {
		return parsePersonName(name);
	} catch {
		return { family: name.trim() };
	}
}

function readmeTitle(contentDir: string, contentRoot: string | undefined, cwd: string): Sourced<string> {
	const page = contentSite(contentDir).folders.get('')?.page;
	if (page?.title) {
		const file = displayPath(join(contentDir, page.relPath), cwd);
		return { value: page.title, from: page.titleIsHeading ? `${file} H1` : `${file} front matter "title"` };
	}
	// A folder of notes without a README of its own: the repository's README names them.
	const readme = contentRoot && join(contentRoot, 'README.md');
	const heading = readme && existsSync(readme) ? firstHeading(readFileSync(readme, 'utf8')) : undefined;
	if (readme && heading) return { value: heading, from: `${displayPath(readme, cwd)} H1` };
	return { value: humanize(basename(contentDir)), from: `the folder name (no README.md with an H1 in ${displayPath(contentDir, cwd)})` };
}

function gitAuthors(contentDir: string, notes: string, none: string): Sourced<Person[]> {
	const names = commitAuthors(contentDir);
	if (names.length === 0) return { none: `${none}, and no git history` };
	const shallow = isShallowClone(contentDir) ? ', a shallow clone: only the fetched commits' : '';
	return { value: names.map(personFromGitName), from: `the git history of ${notes} (most commits first${shallow})` };
}

function repositoryOf(contentDir: string, isProject: boolean, env: NodeJS.ProcessEnv, cwd: string, notes: string): Sourced<string> {
	const siteRepoUrl = readSiteEnv(env, cwd).repoUrl;
	const url = contentRepo(contentDir, siteRepoUrl, env).url ?? (isProject ? projectMeta.repository : undefined);
	if (!url) return { none: `no SITE_REPO_URL and no GitHub "origin" remote for ${notes}` };
	const from = env.SITE_REPO_URL
		? 'SITE_REPO_URL'
		: isProject && env.GITHUB_REPOSITORY
			? 'GITHUB_REPOSITORY'
			: `the "origin" remote of ${displayPath(repoRoot(isProject ? cwd : contentDir) ?? contentDir, cwd)}`;
	return { value: url, from };
}
