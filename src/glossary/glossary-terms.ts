/**
 * Reads the glossary's terms from its `## Headings`: one heading a term, with optional aliases in
 * brackets (`## Custom resource (CR)` gives "Custom resource" and "CR"). The anchor is the one
 * GitHub and Astro give the heading (github-slugger), so `glossary.md#custom-resource-cr` works on both.
 */
import GithubSlugger from 'github-slugger';

/** A word or phrase to link, and the heading anchor it links to. */
export interface GlossaryTerm {
	/** As written in the heading, e.g. `Work queue` or `CR`. */
	text: string;
	/** The heading's anchor, e.g. `work-queue`. */
	anchor: string;
	/** Abbreviations (all capitals, e.g. `CRD`) match only as written; other terms ignore case. */
	caseSensitive: boolean;
}

/**
 * Returns the terms of a glossary document, in heading order.
 * @param markdown e.g. `"# Glossary\n\n## Work queue\n..."` -> `[{ text: 'Work queue', anchor: 'work-queue', ... }]`
 */
export function glossaryTerms(markdown: string): GlossaryTerm[] {
	const slugger = new GithubSlugger();
	const terms: GlossaryTerm[] = [];
	let fence: string | undefined;
	for (const line of markdown.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, '').split(/\r?\n/)) {
		const fenceMark = line.match(/^\s{0,3}(`{3,}|~{3,})/)?.[1];
		if (fenceMark && (!fence || fenceMark.startsWith(fence))) fence = fence ? undefined : fenceMark;
		if (fence) continue;
		const heading = line.match(/^\s{0,3}(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/);
		if (!heading) continue;
		const text = heading[2].replace(/`/g, '').trim();
		const anchor = slugger.slug(text);
		if (heading[1] !== '##') continue;
		const [, main, aliases] = text.match(/^(.*?)\s*(?:\(([^)]*)\))?$/) ?? [];
		for (const term of [main, ...(aliases ? aliases.split(',') : [])].map((t) => t.trim()).filter(Boolean)) {
			terms.push({ text: term, anchor, caseSensitive: /^[A-Z0-9]+$/.test(term) && term.length > 1 });
		}
	}
	return terms;
}
