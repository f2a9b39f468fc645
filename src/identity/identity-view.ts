/** What the Credits page and the cite block say about the notes as a whole (no DOM, no Astro). */
import { displayName } from '../citation/person-name.ts';
import type { SiteMeta } from '../config/site-meta.ts';

/** The notes' identity as display text and links. */
export interface IdentityView {
	/** e.g. `Scheduled wake-ups of Kubernetes operators` */
	title: string;
	/** The authors as a sentence part, e.g. `Robbe Haegeman and Jane Doe`; undefined when none are known. */
	authors?: string;
	/** The released version, e.g. `1.0.0`. */
	version?: string;
	/** The DOI and its resolver link, e.g. `{ id: '10.5281/zenodo.1', url: 'https://doi.org/10.5281/zenodo.1' }`. */
	doi?: { id: string; url: string };
	/** The notes' repository, e.g. `https://github.com/owner/notes`. */
	repository?: string;
}

/**
 * The identity for display.
 * @param meta e.g. `siteIdentity().meta`
 */
export function identityView(meta: SiteMeta): IdentityView {
	const names = meta.authors.map(displayName);
	const authors = names.length <= 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
	return {
		title: meta.title,
		...(authors ? { authors } : {}),
		...(meta.version ? { version: meta.version } : {}),
		...(meta.doi ? { doi: { id: meta.doi, url: `https://doi.org/${meta.doi}` } } : {}),
		...(meta.repository ? { repository: meta.repository } : {}),
	};
}
