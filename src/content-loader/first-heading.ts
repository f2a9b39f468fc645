/**
 * Returns the text of the first `# H1` of a Markdown document, outside front matter and code.
 * @param markdown e.g. `"# Notes - Meeting 04/11/24\n..."` -> `"Notes - Meeting 04/11/24"`
 */
export function firstHeading(markdown: string): string | undefined {
	let inFence = false;
	const body = markdown.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
	for (const line of body.split(/\r?\n/)) {
		if (/^\s{0,3}(```|~~~)/.test(line)) inFence = !inFence;
		if (inFence) continue;
		const match = line.match(/^\s{0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/);
		if (match) return match[1].trim();
	}
	return undefined;
}
