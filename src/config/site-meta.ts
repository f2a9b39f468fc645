/**
 * The one place for who wrote the site, what it is called, and under which licence it may be reused.
 * Starlight's title, every page's citation (meta tags, BibTeX, APA, CSL-JSON), the Credits page and
 * `CITATION.cff` (checked by `tests/unit/citation/citation-cff.test.ts`) all read from here.
 * A page's front matter may override the citation fields for that page (`src/citation/schema.ts`).
 */
import { z } from 'astro/zod';

/** A person credited as an author, split the way citation styles need it. */
export const personSchema = z.object({
	/** Given name(s), e.g. `Robbe`. */
	given: z.string().min(1),
	/** Family name, e.g. `Haegeman`; particles such as `van` belong here. */
	family: z.string().min(1),
	/** ORCID iD as a URL, e.g. `https://orcid.org/0000-0002-1825-0097`; none by default. */
	orcid: z.url().optional(),
});

/** A licence: its SPDX identifier and where its text is. */
export const licenceSchema = z.object({
	/** SPDX identifier, e.g. `CC-BY-4.0`. */
	spdx: z.string().min(1),
	/** Human-readable name, e.g. `Creative Commons Attribution 4.0 International`. */
	name: z.string().min(1),
	/** The licence text, e.g. `https://creativecommons.org/licenses/by/4.0/`. */
	url: z.url(),
});

/** Site-wide metadata; every field has a default, so `siteMetaSchema.parse({})` is the real config. */
export const siteMetaSchema = z.object({
	/** The site's title, shown in the header and used as the container title of every page citation. */
	title: z.string().min(1).default('Scheduled wake-ups of Kubernetes operators'),
	/** One sentence on what the site is; used for `description` and `abstract`. */
	description: z
		.string()
		.default("The research notes of a master's thesis on why Kubernetes operators reconcile on a schedule, as a searchable, citable site."),
	/** Authors of every page unless a page says otherwise; in citation order. */
	authors: z.array(personSchema).default([{ given: 'Robbe', family: 'Haegeman' }]),
	/** Who publishes the site; cited as the author when a page has no person as author. */
	publisher: z.string().min(1).default('Scheduled wake-ups of Kubernetes operators'),
	/** Licence of the site's own text and own figures. */
	contentLicence: licenceSchema.default({
		spdx: 'CC-BY-4.0',
		name: 'Creative Commons Attribution 4.0 International',
		url: 'https://creativecommons.org/licenses/by/4.0/',
	}),
	/** Licence of the site's source code (the Astro project around the notes). */
	codeLicence: licenceSchema.default({
		spdx: 'MIT',
		name: 'MIT License',
		url: 'https://opensource.org/license/mit',
	}),
	/**
	 * The GitHub repository, e.g. `https://github.com/owner/masters-thesis`. Unknown until the repository
	 * is published, so none by default; `SITE_REPO_URL`/`GITHUB_REPOSITORY` (see `site-env.ts`) win at build.
	 */
	repository: z.url().optional(),
	/** The published site's address, e.g. `https://owner.github.io/masters-thesis/`; none by default. */
	url: z.url().optional(),
	/** BCP-47 language of the content, e.g. `en`. */
	language: z.string().default('en'),
	/** Subject keywords, for `CITATION.cff` and search engines. */
	keywords: z.array(z.string()).default(['Kubernetes', 'operators', 'controller-runtime', 'reconcile', 'WebAssembly']),
});

/** The parsed site metadata type. */
export type SiteMeta = z.output<typeof siteMetaSchema>;
/** An author entry of {@link SiteMeta}. */
export type Person = z.output<typeof personSchema>;
/** A licence entry of {@link SiteMeta}. */
export type Licence = z.output<typeof licenceSchema>;

/** The site's metadata: the schema's defaults, validated. */
export const siteMeta: SiteMeta = siteMetaSchema.parse({});
