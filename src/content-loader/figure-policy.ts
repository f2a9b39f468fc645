/**
 * What a build does with a figure reference whose number the data does not give (`check-figures.ts`):
 * `fail`, the default and what CI runs, stops the build with the whole list; `warn` (`FIGURES=warn`)
 * prints the same list as warnings and builds the pages, each such number shown as computed and
 * marked as not what the note says (`embeds/shared/figure-markup.ts`). As `LINKS` does for broken
 * links (`broken-link-policy.ts`). A reference that cannot be computed fails either way; one
 * written in the old form (words, no number) only warns.
 */
import type { FigureCheck } from '../embeds/check-figures.ts';

/** The values `FIGURES` may take. */
export const figurePolicies = ['fail', 'warn'] as const;

/** What to do with numbers the data does not give. */
export type FigurePolicy = (typeof figurePolicies)[number];

/**
 * Reads `FIGURES`; unset means `fail`.
 * @param value e.g. `process.env.FIGURES` = `warn` -> `warn`; `maybe` throws
 */
export function figurePolicy(value: string | undefined): FigurePolicy {
	if (value === undefined || value === '') return 'fail';
	const policy = figurePolicies.find((name) => name === value.trim().toLowerCase());
	if (!policy) throw new Error(`FIGURES must be "fail" (the default: a number the data does not give stops the build) or "warn" (build anyway, showing the computed number, marked), not "${value}".`);
	return policy;
}

/**
 * Splits a check's lines into build errors and warnings by the policy.
 * @param check e.g. `{ errors: [], differs: ['README.md:6: the note says 11.5, x.csv gives 12.1 (wakeupsPerMinute)'], unwritten: [] }`
 */
export function applyFigurePolicy(check: Pick<FigureCheck, 'errors' | 'differs' | 'unwritten'>, policy: FigurePolicy): { errors: string[]; warnings: string[] } {
	return policy === 'warn'
		? { errors: [...check.errors], warnings: [...check.differs, ...check.unwritten] }
		: { errors: [...check.errors, ...check.differs], warnings: [...check.unwritten] };
}
