/**
 * Rewrites figure numbers in a Markdown file's text, each at the place the parser found its link
 * text (`figure-link-texts.ts`), and nothing else: every other byte, line ending included, stays.
 * Each edit first checks that the text there is what the page's tree said, so an escaped or
 * otherwise unusual link text is refused with a reason instead of rewritten wrongly.
 */
import type { TextSpan } from '../../src/embeds/shared/figure-link-texts.ts';

/** One number to rewrite: where, what stands there, what goes there, e.g. `{ span, from: '11.5', to: '12.1' }`. */
export interface FigureEdit {
	span: TextSpan;
	from: string;
	to: string;
}

/**
 * The source with the edits made; throws naming the line when the text at a place is not `from`.
 * @param source the file's text, e.g. `"# A\n\nEvery [11.5](x.csv#figure=wakeupsPerMinute)\n"`
 * @param edits e.g. `[{ span: { line: 3, column: 8, endLine: 3, endColumn: 12 }, from: '11.5', to: '12.1' }]`
 */
export function rewriteFigureTexts(source: string, edits: readonly FigureEdit[]): string {
	const lineStarts = [0];
	for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) lineStarts.push(at + 1);
	// The parser reads the text without a byte order mark: columns of line 1 start after it.
	const bom = source.startsWith('\uFEFF') ? 1 : 0;
	const offset = (line: number, column: number) => lineStarts[line - 1] + column - 1 + (line === 1 ? bom : 0);
	const placed = edits.map((edit) => ({ ...edit, start: offset(edit.span.line, edit.span.column), end: offset(edit.span.endLine, edit.span.endColumn) }));
	placed.sort((a, b) => b.start - a.start);
	let result = source;
	for (const edit of placed) {
		const found = result.slice(edit.start, edit.end);
		if (found !== edit.from) throw new Error(`line ${edit.span.line}: the link text is written as "${found}", not "${edit.from}" (escaped or with markup): change it by hand`);
		result = result.slice(0, edit.start) + edit.to + result.slice(edit.end);
	}
	return result;
}
