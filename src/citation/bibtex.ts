/**
 * BibTeX/biblatex entry for a page: `@online` (biblatex's type for web pages; classic BibTeX styles
 * treat an unknown type as `@misc`). Text fields are LaTeX-escaped; non-ASCII letters are kept as
 * UTF-8, which biber and modern BibTeX read. Reference: biblatex manual §2.1.1 (`online`), §2.2.2.
 */
import type { Person } from '../config/site-meta.ts';
import { isoDay, type PageCitation, shortCommit } from './page-citation.ts';

const latexSpecials: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\{',
	'}': '\\}',
	'&': '\\&',
	'%': '\\%',
	$: '\\$',
	'#': '\\#',
	_: '\\_',
	'~': '\\textasciitilde{}',
	'^': '\\textasciicircum{}',
};

/**
 * Escapes the characters LaTeX treats as commands, in one pass so escapes are not escaped again.
 * @param text e.g. `"50% of R&D"` -> `"50\% of R\&D"`
 */
export function escapeLatex(text: string): string {
	return text.replace(/[\\{}&%$#_~^]/g, (char) => latexSpecials[char]);
}

/**
 * One name of an `author` list: "Family, Given", braced where BibTeX would misread it
 * (a comma or the word "and" inside a part); a name without given name (an organisation) is braced whole.
 * @param person e.g. `{ given: 'Robbe', family: 'Haegeman' }` -> `Haegeman, Robbe`
 */
export function bibtexName(person: Person): string {
	const part = (text: string) => {
		const escaped = escapeLatex(text);
		return /,|\band\b/i.test(text) ? `{${escaped}}` : escaped;
	};
	return person.given ? `${part(person.family)}, ${part(person.given)}` : `{${escapeLatex(person.family)}}`;
}

/**
 * The `author` field value: names joined with ` and `, or the publisher in double braces
 * (a corporate author BibTeX must not split into first and last names).
 * @param authors e.g. two people -> `Haegeman, Robbe and Doe, Jane`
 * @param publisher e.g. `Scheduled wake-ups of Kubernetes operators`
 */
export function bibtexAuthors(authors: readonly Person[], publisher: string): string {
	return authors.length > 0 ? authors.map(bibtexName).join(' and ') : `{${escapeLatex(publisher)}}`;
}

/**
 * The full entry, fields in a fixed order so rebuilding gives the same text.
 * @param citation from `pageCitation(siteIdentity().meta, page)`
 */
export function bibtex(citation: PageCitation): string {
	const fields: [string, string | undefined][] = [
		['author', bibtexAuthors(citation.authors, citation.publisher)],
		// Double braces keep the title's capitals: BibTeX styles lower-case titles otherwise.
		['title', `{${escapeLatex(citation.title)}}`],
		['date', citation.issued && isoDay(citation.issued)],
		['year', citation.issued && String(citation.issued.getUTCFullYear())],
		['organization', escapeLatex(citation.siteTitle)],
		['publisher', citation.publisher !== citation.siteTitle ? escapeLatex(citation.publisher) : undefined],
		['url', citation.url],
		['urldate', isoDay(citation.accessed)],
		['version', citation.commit && shortCommit(citation.commit)],
		['note', bibtexNote(citation)],
		['keywords', citation.keywords.length > 0 ? citation.keywords.map(escapeLatex).join(', ') : undefined],
		['langid', citation.language === 'en' ? 'english' : undefined],
	];
	const body = fields
		.filter((field): field is [string, string] => Boolean(field[1]))
		.map(([name, value]) => `  ${name.padEnd(12)} = {${value}},`)
		.join('\n');
	return `@online{${citation.key},\n${body}\n}`;
}

function bibtexNote(citation: PageCitation): string | undefined {
	if (!citation.commit) return undefined;
	// Inside another field \url needs % and # escaped (as the url package documents).
	const source = citation.sourceUrl ? `, source: \\url{${citation.sourceUrl.replace(/[%#]/g, '\\$&')}}` : '';
	return `Version ${shortCommit(citation.commit)}${source}`;
}
