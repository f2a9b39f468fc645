/**
 * How a figure reference looks on the site, as Markdown nodes for the plugin to put in the link's
 * place (each kind's numbers alike):
 *
 * `<span class="figure-ref"><a class="figure-number" aria-describedby="figure-note-1">11.5</a><span class="figure-note" id="figure-note-1" role="tooltip">Computed at build time: wakeupsPerMinute of x.csv</span></span>`
 *
 * The note is a description of the link (`aria-describedby`), so screen readers say it after the
 * number, and `src/styles/figure-reference.css` shows it while the number is hovered or focused (a
 * `title` would never show to keyboard users). A number the data does not give, built under
 * `FIGURES=warn`, shows the computed value followed by the visible words "(the note says 11.5)":
 * marked by words and a wavy underline, not by colour alone.
 */
import type { Emphasis, Link, PhrasingContent } from 'mdast';
import type { FigureOutcome } from '../evaluate-figure.ts';

/** The class of the wrapper, e.g. `<span class="figure-ref">`; `figure-stale` is added when the note's number is not the data's. */
export const figureRefClass = 'figure-ref';

/**
 * The nodes that stand for a checked figure link.
 * @param link the author's link node; @param url the site's copy of the data file, e.g. `/masters-thesis/_traces/0123/x.csv`
 * @param noteId unique on the page, e.g. `figure-note-1`
 */
export function figureMarkup(link: Link, outcome: FigureOutcome, url: string, noteId: string): PhrasingContent {
	const stale = outcome.verdict === 'differs';
	const text: Link['children'] = outcome.verdict === 'holds' ? link.children : [{ type: 'text', value: outcome.expected }];
	const number: Link = {
		type: 'link',
		url,
		children: text,
		data: { ...link.data, siteUrl: true, hProperties: { className: ['figure-number'], dataFigure: outcome.link.params.get('figure') ?? '', dataKind: outcome.kind.name, ariaDescribedBy: [noteId] } },
	};
	const note = span(['figure-note'], `Computed at build time: ${outcome.computed.description}`, { id: noteId, role: 'tooltip' });
	const children: PhrasingContent[] = [number];
	if (stale) children.push(span(['figure-stale-label'], ` (the note says ${outcome.written?.text ?? ''})`));
	children.push(note);
	return { type: 'emphasis', children, data: { hName: 'span', hProperties: { className: stale ? [figureRefClass, 'figure-stale'] : [figureRefClass] } } };
}

/** A span whose text is hast only (`hChildren`), so later remark plugins (glossary links) leave it alone. */
function span(className: string[], value: string, properties: Record<string, string> = {}): Emphasis {
	return { type: 'emphasis', children: [], data: { hName: 'span', hProperties: { className, ...properties }, hChildren: [{ type: 'text', value }] } };
}
