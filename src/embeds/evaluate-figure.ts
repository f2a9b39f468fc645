/**
 * One figure reference checked: its kind computes the figure from the data, and the number the
 * note writes as the link text (`written-figure.ts`) is compared with it (`figure-verdict.ts`).
 * Shared by the loader's check of every page, the Markdown plugin that renders the number, and
 * `npm run figures`, so the three always agree.
 */
import type { ComputedFigure, FigureKind } from './shared/figure-kind.ts';
import { parseFigureLink, type FigureLink } from './shared/figure-link.ts';
import { figureVerdict } from './shared/figure-verdict.ts';
import { parseWrittenFigure, type WrittenFigure } from './shared/written-figure.ts';
import { figureKindOf } from './figure-kinds.ts';

/** A checked figure reference. */
export interface FigureOutcome {
	link: FigureLink;
	kind: FigureKind;
	computed: ComputedFigure;
	/** The number the note writes; null when the link text is words (the old form). */
	written: WrittenFigure | null;
	/** `holds`, `differs` (the number or its unit), or `unwritten` (words, no number). */
	verdict: 'holds' | 'differs' | 'unwritten';
	/** What the link text should be: the written number when it holds, else the computed one in the note's style (the kind's own when the units differ or nothing is written), e.g. `12.1`. */
	expected: string;
	/** Why it differs, e.g. `the note says 11.5, traces/x.csv gives 12.1 (wakeupsPerMinute)`; undefined when it does not. */
	problem?: string;
}

/**
 * Checks one link, or returns null when it is no figure reference; throws a FigureError (or a reader's `file:line: reason`) when it cannot be computed.
 * @param url e.g. `traces/x.csv#figure=wakeupsPerMinute`; @param text the link text, e.g. `11.5`
 * @param page the absolute path of the page, e.g. `/work/main/content/index.md`
 */
export function evaluateFigure(url: string, text: string, page: string): FigureOutcome | null {
	const link = parseFigureLink(url);
	if (!link) return null;
	const kind = figureKindOf(link);
	const computed = kind.compute(link, page);
	const written = parseWrittenFigure(text);
	if (!written) return { link, kind, computed, written, verdict: 'unwritten', expected: computed.text };
	const verdict = figureVerdict(written, computed);
	if (verdict.holds) return { link, kind, computed, written, verdict: 'holds', expected: written.text };
	const figure = link.params.get('figure');
	const says = `the note says ${written.text}, ${link.file} gives`;
	if (verdict.units === 'agree') return { link, kind, computed, written, verdict: 'differs', expected: verdict.computed, problem: `${says} ${verdict.computed} (${figure})` };
	return { link, kind, computed, written, verdict: 'differs', expected: computed.text, problem: `${says} ${computed.text} (${figure}: ${verdict.reason})` };
}
