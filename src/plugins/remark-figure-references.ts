/**
 * Remark plugin: a figure reference, a link to a data file whose fragment names a figure and whose
 * text is that figure as the note writes it (`[11.5](traces/x.csv#figure=wakeupsPerMinute)`), is
 * checked against the data and shown with what it was computed from (`embeds/evaluate-figure.ts`).
 *
 * GitHub rule followed: a relative link to a file of the repository is a link to that file
 * (https://docs.github.com/en/get-started/writing-on-github/getting-started-with-writing-and-formatting-on-github/basic-writing-and-formatting-syntax#relative-links),
 * fragment and all. So on GitHub the number reads as written, linked to the data it comes from; on
 * the site it reads the same. What the site does differently: the link leads to the site's own
 * copy of the data file (in the trace store; no GitHub repository needed), and hovering or
 * focusing the number shows what was computed from what (`figure-markup.ts`). A number the data
 * does not give fails the build (the loader lists them all first); under `FIGURES=warn` the page
 * shows the computed number, marked. Link text in the old form (words) shows the computed number.
 * A reference that does not resolve fails the build with `page:line: reason`.
 *
 * Why a link: a ```trace block can show a whole numbers table, but prose cannot quote from it; an
 * HTML comment or a directive would show nothing, or raw syntax, on GitHub; a number typed in
 * and never checked would go stale. A linked number reads the same in both places, and the build
 * proves it.
 */
import type { Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { storeDataFile, traceStore, type TraceStore } from '../integrations/trace-store.ts';
import { placeError } from '../embeds/shared/block-place.ts';
import { evaluateFigure, type FigureOutcome } from '../embeds/evaluate-figure.ts';
import { figureMarkup } from '../embeds/shared/figure-markup.ts';
import type { FigurePolicy } from '../content-loader/figure-policy.ts';

/** Options of the plugin; tests pass a store, the site uses the integration's. */
export interface RemarkFigureReferencesOptions {
	store?: TraceStore;
	/** What a number the data does not give does: `fail` (default) or `warn` (shown as computed, marked). */
	figures?: FigurePolicy;
}

/** The plugin, e.g. `unified({ remarkPlugins: [[remarkFigureReferences, { figures: 'warn' }]] })`. */
export default function remarkFigureReferences(options: RemarkFigureReferencesOptions = {}) {
	return (tree: Root, file: VFile): void => {
		const page = file.path;
		let count = 0;
		visit(tree, 'link', (node: Link, index, parent) => {
			if (!parent || index === undefined) return;
			const place = { page, line: node.position?.start.line ?? 0 };
			let outcome: FigureOutcome | null;
			try {
				outcome = evaluateFigure(node.url, toString(node), page);
			} catch (error) {
				// A FigureError, or a reader's own `file:line:col: reason`.
				throw placeError(place, `figure reference "${node.url}": ${(error as Error).message}`);
			}
			if (!outcome) return;
			if (outcome.problem && options.figures !== 'warn') throw placeError(place, outcome.problem);
			count += 1;
			const url = storeDataFile(options.store ?? traceStore(), outcome.computed.file);
			parent.children[index] = figureMarkup(node, outcome, url, `figure-note-${count}`);
			return SKIP;
		});
	};
}
