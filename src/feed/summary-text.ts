/** Turns the start of a Markdown page into a short plain-text summary for the feed. */

/**
 * Returns the first paragraph of prose as plain text, cut at `max` characters on a word boundary.
 * Headings, front matter, code fences, alerts' markers, list markers, HTML comments and tables are
 * skipped; links keep their text; emphasis and code marks are removed.
 * @param markdown e.g. `"# Title\n\nThe **first** [paragraph](x.md).\n"` -> `"The first paragraph."`
 */
export function summaryText(markdown: string, max = 280): string {
	const body = markdown
		.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/^(\s{0,3})(```|~~~)[\s\S]*?^\1\2[^\n]*$/gm, '');
	const paragraphs = body.split(/\r?\n\s*\r?\n/).map((block) =>
		block
			.split(/\r?\n/)
			.map((line) => line.replace(/^\s*>\s?/, '').replace(/^\s*\[![A-Z]+\]\s*$/, '').replace(/^\s*(?:[-+*]|\d+[.)])\s+/, ''))
			.filter((line) => !/^\s{0,3}#{1,6}\s/.test(line) && !/^\s*\|/.test(line))
			.join(' ')
			.trim(),
	);
	const first = paragraphs.find((p) => p.length > 0) ?? '';
	const plain = first
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`]+/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	if (plain.length <= max) return plain;
	const cut = plain.slice(0, max - 1);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}
