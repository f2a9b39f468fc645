/**
 * Front-matter fields a page may set to override the site's citation metadata (`site-meta.ts`).
 * Merged into Starlight's docs schema in `src/content.config.ts`. Plain GitHub Markdown needs none.
 */
import { z } from 'astro/zod';
import { personSchema } from '../config/site-meta.ts';
import { parsePersonName } from './person-name.ts';

/** An author as "Given Family", "Family, Given", or `{ given, family, orcid }`. */
const authorField = z.union([
	personSchema,
	z.string().transform((name, ctx) => {
		try {
			return parsePersonName(name);
		} catch (error) {
			ctx.addIssue({ code: 'custom', message: (error as Error).message });
			return z.NEVER;
		}
	}),
]);

/** The citation overrides of one page; every field is optional and falls back to the site's value. */
export const citationFields = z.object({
	/** Authors of this page, in citation order; `[]` cites the publisher as author. Default: the site's authors. */
	authors: z.array(authorField).optional(),
	/** When the page was first published, e.g. `2024-11-04`. Default: its last git change. */
	date: z.coerce.date().optional(),
	/** SPDX identifier of this page's licence, e.g. `CC-BY-SA-4.0`. Default: the site's content licence. */
	license: z.string().min(1).optional(),
	/** Licence text URL when `license` is not the site's, e.g. `https://creativecommons.org/licenses/by-sa/4.0/`. */
	licenseUrl: z.url().optional(),
});

/** The parsed citation overrides of a page. */
export type CitationFields = z.output<typeof citationFields>;
