/**
 * What the notes say about themselves (their identity): title, authors, licence, repository, version,
 * DOI and keywords. The site's header, every page's citation (meta tags, BibTeX, APA, CSL-JSON), the
 * Atom feed and the Credits page read it from `siteIdentity()` (`src/identity/site-identity.ts`),
 * which fills it from the notes' `CITATION.cff`, else from what the notes and their git repository say.
 * `projectMeta` below is this project's own metadata: the fallback for this project's `content/`,
 * kept equal to the root `CITATION.cff` by `tests/unit/citation/citation-cff.test.ts`.
 * A page's front matter may override the citation fields for that page (`src/citation/schema.ts`).
 */
import { z } from 'astro/zod';

/** A person (or organisation) credited as an author, split the way citation styles need it. */
export const personSchema = z.object({
	/** Given name(s), e.g. `Robbe`; none for an organisation or a single name, e.g. `The Kubernetes Authors`. */
	given: z.string().min(1).optional(),
	/** Family name, e.g. `Haegeman`; particles such as `van` belong here; an organisation's whole name. */
	family: z.string().min(1),
	/** ORCID iD as a URL, e.g. `https://orcid.org/0000-0002-1825-0097`; none by default. */
	orcid: z.url().optional(),
});

/** A licence: its SPDX identifier and where its text is. */
export const licenceSchema = z.object({
	/** SPDX identifier or expression, e.g. `CC-BY-4.0` or `Apache-2.0 OR MIT`. */
	spdx: z.string().min(1),
	/** Human-readable name, e.g. `Creative Commons Attribution 4.0 International`; the SPDX id when no better is known. */
	name: z.string().min(1),
	/** The licence text, e.g. `https://creativecommons.org/licenses/by/4.0/`. */
	url: z.url(),
});

/** The identity of a set of notes. Defaults say "not stated", never this project's values. */
export const siteMetaSchema = z.object({
	/** The site's title, shown in the header and used as the container title and publisher of every page citation. */
	title: z.string().min(1),
	/** One sentence on what the notes are, e.g. CITATION.cff's `abstract`; none by default. */
	description: z.string().min(1).optional(),
	/** Authors of every page unless a page says otherwise, in citation order; none by default (the title is then cited as author). */
	authors: z.array(personSchema).default([]),
	/** Licence of the notes' text and own figures; none by default (the pages then say that no licence is stated). */
	contentLicence: licenceSchema.optional(),
	/** Licence of the site's source code (this Astro project around the notes), whoever's notes it builds. */
	codeLicence: licenceSchema.default({ spdx: 'MIT', name: 'MIT License', url: 'https://opensource.org/license/mit' }),
	/** The notes' GitHub repository, e.g. `https://github.com/owner/notes`; none by default. */
	repository: z.url().optional(),
	/** The published site's address, e.g. `https://owner.github.io/masters-thesis/`; none by default. */
	url: z.url().optional(),
	/** The version of the notes as released, e.g. `1.0.0`; none by default. */
	version: z.string().min(1).optional(),
	/** The DOI of the notes as a whole, without resolver, e.g. `10.5281/zenodo.1003150`; none by default. */
	doi: z.string().min(1).optional(),
	/** BCP-47 language of the content, e.g. `en`. */
	language: z.string().default('en'),
	/** Subject keywords, e.g. `['Kubernetes', 'operators']`; none by default. */
	keywords: z.array(z.string().min(1)).default([]),
});

/** The parsed site metadata type. */
export type SiteMeta = z.output<typeof siteMetaSchema>;
/** An author entry of {@link SiteMeta}. */
export type Person = z.output<typeof personSchema>;
/** A licence entry of {@link SiteMeta}. */
export type Licence = z.output<typeof licenceSchema>;

/** This project's own metadata, the fallback for its `content/` where the root `CITATION.cff` says nothing. */
export const projectMeta: SiteMeta = siteMetaSchema.parse({
	title: 'Scheduled wake-ups of Kubernetes operators',
	description: "The research notes of a master's thesis on why Kubernetes operators reconcile on a schedule, as a searchable, citable site.",
	authors: [{ given: 'Robbe', family: 'Haegeman' }],
	contentLicence: { spdx: 'CC-BY-4.0', name: 'Creative Commons Attribution 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/' },
	// Unknown until the repository is published; SITE_REPO_URL/GITHUB_REPOSITORY (site-env.ts) name it at build.
	repository: undefined,
	keywords: ['Kubernetes', 'operators', 'controller-runtime', 'reconcile', 'WebAssembly'],
});
