/**
 * What a kind of embedded data (traces, benchmark results, ...) does for figure references, so
 * that one mechanism (`embeds/figure-kinds.ts`, the plugin, `npm run figures`) serves them all:
 * say whether a link is one of its figures, name the files it reads, and compute the figure.
 */
import type { FigureLink } from './figure-link.ts';
import type { FigureValue } from './figure-verdict.ts';

/** A computed figure with what the site says about it. */
export interface ComputedFigure extends FigureValue {
	/** The figure as the kind writes it when the note has no number yet, e.g. `5.20 s`, `38.8%`, `1,001`. */
	text: string;
	/** What was computed and from what, for the number's description on the site, e.g. `medianGapMs of traces_persona.csv`. */
	description: string;
	/** The data file the number comes from, absolute: the site's link leads to its copy. */
	file: string;
}

/** One kind of figure reference. */
export interface FigureKind {
	/** e.g. `trace` */
	name: string;
	/** The figures it knows, for messages, e.g. `records, medianGapMs, ..., latency.* (with changes=)`. */
	figures: string;
	/**
	 * Whether the link names one of its figures (by the `figure=` name: see figure-kinds.ts for why).
	 * @param link e.g. `{ file: 'x.csv', params: figure=wakeupsPerMinute }` -> true for traces
	 */
	claims(link: FigureLink): boolean;
	/**
	 * The files the figure is computed from, relative to the page as written; throws a FigureError for a malformed link.
	 * @param link e.g. `x.csv#figure=latency.pairs&changes=c.csv` -> `['x.csv', 'c.csv']`
	 */
	files(link: FigureLink): string[];
	/**
	 * Computes the figure; throws a FigureError (or the reader's own `file:line: reason`) when it cannot.
	 * @param page the absolute path of the linking page, e.g. `/work/main/content/index.md`
	 */
	compute(link: FigureLink, page: string): ComputedFigure;
}
