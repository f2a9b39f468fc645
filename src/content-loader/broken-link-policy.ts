/**
 * What a build does with broken links, in one place for every kind of link the site model holds
 * (whatever `find-broken-links.ts` reports): `fail`, the default and what CI runs, stops the build
 * with the list; `warn` (`LINKS=warn`) prints the same list as warnings and builds the pages, with
 * the dead links marked on them (`src/content-loader/broken-link-mark.ts`). Other problems (a missing
 * title, clashing URLs, a bad date) fail the build either way.
 */

/** The values `LINKS` may take. */
export const brokenLinkPolicies = ['fail', 'warn'] as const;

/** What to do with broken links. */
export type BrokenLinkPolicy = (typeof brokenLinkPolicies)[number];

/**
 * Reads `LINKS`; unset means `fail`.
 * @param value e.g. `process.env.LINKS` = `warn` -> `warn`; `maybe` throws
 */
export function brokenLinkPolicy(value: string | undefined): BrokenLinkPolicy {
	if (value === undefined || value === '') return 'fail';
	const policy = brokenLinkPolicies.find((name) => name === value.trim().toLowerCase());
	if (!policy) throw new Error(`LINKS must be "fail" (the default: broken links stop the build) or "warn" (build anyway, marking them), not "${value}".`);
	return policy;
}

/**
 * Splits the broken links into build errors and warnings by the policy.
 * @param brokenLinks e.g. `['README.md:6: broken link "notes/missing.md"']`
 */
export function applyBrokenLinkPolicy(brokenLinks: readonly string[], policy: BrokenLinkPolicy): { errors: string[]; warnings: string[] } {
	return policy === 'warn' ? { errors: [], warnings: [...brokenLinks] } : { errors: [...brokenLinks], warnings: [] };
}
