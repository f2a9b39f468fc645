/**
 * Reads a `CITATION.cff` (Citation File Format 1.2.0, the file behind GitHub's "Cite this
 * repository"; schema: https://github.com/citation-file-format/citation-file-format/blob/396f738fb025b1d8acdb02a56ffc923f95dc8999/schema.json).
 * Checked: the four keys the schema requires (`cff-version`, `message`, `title`, `authors`) and the
 * keys the site reads (abstract, keywords, license, license-url, repository-code, url, version, doi,
 * identifiers). Other keys (references, preferred-citation, contact, ...) are allowed and ignored.
 * Every problem is reported at once as `<file>:<line>: <field>: <reason>`.
 * Deliberately looser than the schema: any `1.x.y` cff-version is read (1.1.0 files name the same
 * keys), and a licence is not checked against the SPDX list.
 */
import { z } from 'astro/zod';
import { LineCounter, parseDocument } from 'yaml';

// The schema's own patterns for a DOI and an ORCID iD.
const doiPattern = /^10\.\d{4,9}(\.\d+)?\/[A-Za-z0-9:/_;\-.()[\]\\]+$/;
const orcidPattern = /^https:\/\/orcid\.org\/\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;

/** An author: a person (any of the name keys) or an entity (`name`); contact details are ignored. */
export const cffAuthorSchema = z
	.looseObject({
		/** A person's given names, e.g. `Robbe`; none by default. */
		'given-names': z.string().min(1).optional(),
		/** A person's family names, e.g. `Haegeman`; none by default. */
		'family-names': z.string().min(1).optional(),
		/** A particle before the family names, e.g. `van`; none by default. */
		'name-particle': z.string().min(1).optional(),
		/** An entity's name, e.g. `The Kubernetes Authors`; none by default. */
		name: z.string().min(1).optional(),
		/** A person's alias, used when no other name is given, e.g. `rhaegeman`; none by default. */
		alias: z.string().min(1).optional(),
		/** ORCID iD as a URL, e.g. `https://orcid.org/0000-0002-1825-0097`; none by default. */
		orcid: z.string().regex(orcidPattern, 'must be an ORCID URL such as https://orcid.org/0000-0002-1825-0097').optional(),
	})
	.refine((author) => author['family-names'] ?? author['given-names'] ?? author.name ?? author.alias, {
		message: 'an author needs family-names (a person) or name (an entity)',
	});

/** The keys of a `CITATION.cff` the site needs or reads. */
export const citationCffSchema = z.looseObject({
	/** The CFF version, e.g. `1.2.0`. Required. */
	'cff-version': z.string({ error: 'must be text such as "1.2.0" (quote it if YAML reads a number)' }).regex(/^1\.\d+\.\d+$/, 'must be a CFF version such as "1.2.0"'),
	/** What to tell people who cite, e.g. `If you use these notes, please cite them as below.` Required. */
	message: z.string().min(1),
	/** The title of the work, e.g. `Scheduled wake-ups of Kubernetes operators`. Required. */
	title: z.string().min(1),
	/** The authors, in citation order; at least one. Required. */
	authors: z.array(cffAuthorSchema).min(1, 'must list at least one author'),
	/** A summary of the work; none by default. */
	abstract: z.string().min(1).optional(),
	/** Keywords, e.g. `[Kubernetes, operators]`; none by default. */
	keywords: z.array(z.string().min(1)).optional(),
	/** SPDX licence id, e.g. `CC-BY-4.0`, or a list meaning any of them; none by default. */
	license: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
	/** Where the licence text is, for a licence SPDX does not list; none by default. */
	'license-url': z.url().optional(),
	/** The repository of the work's source, e.g. `https://github.com/owner/notes`; none by default. */
	'repository-code': z.url().optional(),
	/** The work's landing page, e.g. `https://owner.github.io/notes/`; none by default. */
	url: z.url().optional(),
	/** The released version, e.g. `1.0.0` (YAML numbers such as `2` are read as text); none by default. */
	version: z.union([z.string().min(1), z.number().transform(String)]).optional(),
	/** The work's DOI without resolver, e.g. `10.5281/zenodo.1003150`; none by default. */
	doi: z.string().regex(doiPattern, 'must be a DOI such as 10.5281/zenodo.1003150 (without https://doi.org/)').optional(),
	/** Other identifiers; a `type: doi` one stands in for a missing `doi`; none by default. */
	identifiers: z.array(z.looseObject({ type: z.string(), value: z.union([z.string(), z.number()]) })).optional(),
});

/** A checked `CITATION.cff`. */
export type CitationCff = z.output<typeof citationCffSchema>;
/** One author entry of {@link CitationCff}. */
export type CffAuthor = z.output<typeof cffAuthorSchema>;

const requiredKeys = ['cff-version', 'message', 'title', 'authors'];

/**
 * Parses and checks the text of a `CITATION.cff`; throws one error listing every problem.
 * @param text the file's contents, e.g. `"cff-version: 1.2.0\nmessage: Cite me\ntitle: Notes\nauthors:\n  - name: Me\n"`
 * @param file how to name the file in messages, e.g. `notes/CITATION.cff`
 */
export function parseCitationCff(text: string, file: string): CitationCff {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false });
	const lineOf = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
	if (doc.errors.length > 0) {
		const problems = doc.errors.map((error) => `${file}:${lineOf(error.pos[0]) ?? 1}: not valid YAML: ${error.message.split('\n')[0]}`);
		throw new Error(cffErrorMessage(file, problems));
	}
	const data: unknown = doc.toJS();
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		throw new Error(cffErrorMessage(file, [`${file}:1: expected the keys of a CFF file (${requiredKeys.join(', ')}, ...)`]));
	}
	const result = citationCffSchema.safeParse(data);
	if (result.success) return result.data;
	const problems = result.error.issues.map((issue) => {
		const path = issue.path as (string | number)[];
		const field = fieldName(path);
		if (!doc.hasIn(path)) return `${file}: missing required field "${field}"`;
		// The line of the value itself, else of the nearest enclosing node that has one.
		let line: number | undefined;
		for (let end = path.length; end >= 0 && line === undefined; end--) {
			const node = doc.getIn(path.slice(0, end), true) as { range?: [number, number, number] } | undefined;
			line = lineOf(node?.range?.[0]);
		}
		return `${file}:${line ?? 1}: field "${field}" ${issue.message}`;
	});
	throw new Error(cffErrorMessage(file, problems));
}

/**
 * A field path as people write it.
 * @param path e.g. `['authors', 0, 'orcid']` -> `authors[0].orcid`
 */
function fieldName(path: readonly (string | number)[]): string {
	return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${key}` : key), '');
}

function cffErrorMessage(file: string, problems: string[]): string {
	return [
		`${file} is not a usable CITATION.cff (${problems.length} problem${problems.length === 1 ? '' : 's'}):`,
		...problems,
		`CFF 1.2.0 requires ${requiredKeys.join(', ')}; see https://citation-file-format.github.io/.`,
	].join('\n');
}
