/**
 * The parity score of one page: how closely the site's page matches github.com's, from 0 to 1.
 * It is the mean of two agreements, so that neither many words nor many elements drown the other:
 * - words: 2 x (words in common, in order) / (words on GitHub + words on the site), the Dice
 *   coefficient over the longest common subsequence (found with jsdiff's `diffArrays`);
 * - structure: the sum over constructs of min(GitHub, site) / the sum of max(GitHub, site).
 * Two empty pages agree fully.
 */
import { diffArrays } from 'diff';
import { categories, type PageSummary } from './summarize-page.ts';

/** The comparison of one page. */
export interface PageParity {
	/** 0..1, e.g. `0.987`. */
	score: number;
	/** Word agreement, 0..1. */
	words: number;
	/** Construct-count agreement, 0..1. */
	structure: number;
	/** What differs, counts first, e.g. `links: github 12, site 11` or `words: missing on the site "foo bar", after "the"`. */
	differences: string[];
}

/**
 * Compares a page on GitHub with the same page on the site.
 * @param github e.g. `summarizePage(githubView(source), githubRules)`
 * @param site e.g. `summarizePage(siteView(html, page), siteRules)`
 */
export function scoreParity(github: PageSummary, site: PageSummary): PageParity {
	const differences: string[] = [];
	let shared = 0;
	let most = 0;
	for (const category of categories) {
		const [g, s] = [github.counts[category], site.counts[category]];
		shared += Math.min(g, s);
		most += Math.max(g, s);
		if (g !== s) differences.push(`${category}: github ${g}, site ${s}`);
	}
	const structure = most === 0 ? 1 : shared / most;
	const changes = diffArrays(github.words, site.words);
	const common = changes.filter((change) => !change.added && !change.removed).reduce((sum, change) => sum + change.count, 0);
	const total = github.words.length + site.words.length;
	const words = total === 0 ? 1 : (2 * common) / total;
	differences.push(...wordDifferences(changes));
	return { score: (words + structure) / 2, words, structure, differences };
}

type Change = ReturnType<typeof diffArrays<string>>[number];

/** One line per changed run of words, with the GitHub words before it as the place. */
function wordDifferences(changes: Change[]): string[] {
	const lines: string[] = [];
	const before: string[] = [];
	for (let i = 0; i < changes.length; i++) {
		const change = changes[i];
		if (!change.added && !change.removed) {
			before.push(...change.value);
			continue;
		}
		const place = before.length === 0 ? 'at the start' : `after "${before.slice(-4).join(' ')}"`;
		const next = changes[i + 1];
		if (change.removed && next?.added) {
			lines.push(`words: github "${quote(change.value)}", site "${quote(next.value)}", ${place}`);
			i++;
		} else if (change.removed) lines.push(`words: missing on the site "${quote(change.value)}", ${place}`);
		else lines.push(`words: only on the site "${quote(change.value)}", ${place}`);
		if (change.removed) before.push(...change.value);
	}
	return lines;
}

/** A run of words, shortened to 8 with a count of the rest, e.g. `a b c d e f g h … (+12 words)`. */
function quote(words: string[]): string {
	return words.length <= 8 ? words.join(' ') : `${words.slice(0, 8).join(' ')} … (+${words.length - 8} words)`;
}
