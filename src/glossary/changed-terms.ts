/**
 * The glossary terms one version of the glossary has and the other has not (a term renamed,
 * added, removed or given another heading): the pages that may link them differently are the ones
 * that mention one of these, so the dev server renders only those again after a glossary edit.
 */
import type { GlossaryTerm } from './glossary-terms.ts';

/**
 * Terms of `before` missing from `after` and of `after` missing from `before`, e.g. renaming
 * `## Work queue` to `## Queue` gives both `Work queue` and `Queue`.
 */
export function changedTerms(before: readonly GlossaryTerm[], after: readonly GlossaryTerm[]): GlossaryTerm[] {
	const key = (term: GlossaryTerm) => `${term.text}\u0000${term.anchor}\u0000${term.caseSensitive}`;
	const keysBefore = new Set(before.map(key));
	const keysAfter = new Set(after.map(key));
	return [...before.filter((term) => !keysAfter.has(key(term))), ...after.filter((term) => !keysBefore.has(key(term)))];
}
