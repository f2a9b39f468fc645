import { headingText, parseMarkdown, titleHeading } from './parse-markdown.ts';

/**
 * Returns the text of the first top-level `# H1` (or setext `===`) of a Markdown document,
 * outside front matter and code, inline markup removed.
 * @param markdown e.g. `"# Notes - Meeting 04/11/24\n..."` -> `"Notes - Meeting 04/11/24"`
 */
export function firstHeading(markdown: string): string | undefined {
	const heading = titleHeading(parseMarkdown(markdown).tree);
	return heading ? headingText(heading) : undefined;
}
