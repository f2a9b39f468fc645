/** A citation to vary in tests: one author, known dates, a build commit and a source permalink. */
import { projectMeta, type SiteMeta } from '../../../src/config/site-meta.ts';
import { type PageFacts, pageCitation } from '../../../src/citation/page-citation.ts';

/** The site config the tests cite from (this project's own metadata). */
export const site = projectMeta;

/** Page facts of a meeting note; override single fields per test. */
export function samplePage(changes: Partial<PageFacts> = {}): PageFacts {
	return {
		id: 'meetings/2024-11-04',
		title: 'Notes - Meeting 04/11/24',
		url: 'https://example.github.io/masters-thesis/meetings/2024-11-04/',
		updated: new Date('2024-11-05T08:30:00Z'),
		commit: { sha: 'c3aeaf6f0e9f16a1e397a62b6b82ec2936175a2e', date: new Date('2026-11-27T09:11:01Z') },
		sourceUrl: 'https://github.com/example/masters-thesis/blob/c3aeaf6f0e9f16a1e397a62b6b82ec2936175a2e/content/meetings/2024-11-04.md',
		accessed: new Date('2026-11-27T12:00:00Z'),
		...changes,
	};
}

/** The citation of {@link samplePage} with `changes` applied, cited from the site with `siteChanges` applied. */
export function sampleCitation(changes: Partial<PageFacts> = {}, siteChanges: Partial<SiteMeta> = {}) {
	return pageCitation({ ...site, ...siteChanges }, samplePage(changes));
}
