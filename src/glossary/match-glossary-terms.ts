/**
 * Finds glossary terms in running text: whole words only, longest term first at each place
 * ("controller-runtime" before "controller"), a plain plural `s`/`es` allowed, and each anchor
 * matched at most once (its first use).
 */
import type { GlossaryTerm } from './glossary-terms.ts';

/** A place in the text where a term occurs. */
export interface TermMatch {
	/** Offsets into the text, end exclusive. */
	start: number;
	end: number;
	term: GlossaryTerm;
}

// Letters, digits, `_` and `-` continue a word, so "re-queue" never matches "queue".
const wordChar = '[\\p{L}\\p{N}_-]';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds one matcher for a list of terms; reuse it for every text node of a page.
 * @param terms e.g. the output of `glossaryTerms(readFileSync('content/glossary.md', 'utf8'))`
 */
export function termMatcher(terms: readonly GlossaryTerm[]) {
	const sorted = [...terms].sort((a, b) => b.text.length - a.text.length);
	const alternatives = sorted.map((term) => {
		const body = escape(term.text).replace(/\s+/g, '\\s+');
		const plural = /\p{L}$/u.test(term.text) ? '(?:e?s)?' : '';
		return term.caseSensitive ? `(?-i:${body}${plural})` : `${body}${plural}`;
	});
	const pattern = alternatives.length
		? new RegExp(`(?<!${wordChar})(?:${alternatives.map((a) => `(${a})`).join('|')})(?!${wordChar})`, 'giu')
		: undefined;

	/**
	 * Returns the first uses in `text` of terms whose anchors are not in `seen`, adding their anchors to it.
	 * @param text e.g. `"Every reconcile returns RequeueAfter."`
	 */
	return function findTerms(text: string, seen: Set<string>): TermMatch[] {
		if (!pattern) return [];
		const found: TermMatch[] = [];
		for (const match of text.matchAll(pattern)) {
			const term = sorted[match.slice(1).findIndex((group) => group !== undefined)];
			if (seen.has(term.anchor)) continue;
			seen.add(term.anchor);
			found.push({ start: match.index, end: match.index + match[0].length, term });
		}
		return found;
	};
}
