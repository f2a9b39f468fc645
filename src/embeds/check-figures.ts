/**
 * Checks every figure reference of a content folder at once (`evaluate-figure.ts`), so one build or
 * one `npm run figures` lists every problem, each as `file:line: reason`, in file and line order:
 * references that cannot be computed, numbers the data does not give, and links still written in
 * the old form (words instead of the number).
 */
import { evaluateFigure, type FigureOutcome } from './evaluate-figure.ts';
import type { FigureLinkText } from './shared/figure-link-texts.ts';

/** A page to check. */
export interface FigurePage {
	/** Absolute path, e.g. `/work/main/content/index.md`. */
	path: string;
	/** How messages name it, e.g. `content/index.md`. */
	display: string;
	figures: FigureLinkText[];
}

/** One reference with its outcome, or the reason it could not be checked. */
export interface CheckedFigure {
	page: FigurePage;
	reference: FigureLinkText;
	outcome?: FigureOutcome;
	error?: string;
}

/** The result: every reference, and the lines to print. */
export interface FigureCheck {
	checked: CheckedFigure[];
	/** e.g. `content/index.md:3: figure reference "x.csv#figure=nope": no figure "nope": ...` */
	errors: string[];
	/** e.g. `content/index.md:5: the note says 11.5, traces/x.csv gives 12.1 (wakeupsPerMinute)` */
	differs: string[];
	/** e.g. `content/index.md:7: write the number as the link text, so GitHub readers see it (npm run figures -- --update writes it)` */
	unwritten: string[];
}

/** The nudge for a link written in the old form. */
export const unwrittenNudge = 'write the number as the link text, so GitHub readers see it (npm run figures -- --update writes it)';

/**
 * Checks the figure references of the pages.
 * @param pages e.g. `[{ path: '/work/main/content/index.md', display: 'content/index.md', figures: figureLinkTexts(tree) }]`
 */
export function checkFigures(pages: readonly FigurePage[]): FigureCheck {
	const result: FigureCheck = { checked: [], errors: [], differs: [], unwritten: [] };
	for (const page of pages) {
		for (const reference of page.figures) {
			const at = `${page.display}:${reference.line}`;
			try {
				const outcome = evaluateFigure(reference.url, reference.text, page.path);
				if (!outcome) continue;
				result.checked.push({ page, reference, outcome });
				if (outcome.problem) result.differs.push(`${at}: ${outcome.problem}`);
				if (outcome.verdict === 'unwritten') result.unwritten.push(`${at}: ${unwrittenNudge}`);
			} catch (error) {
				const message = `figure reference "${reference.url}": ${(error as Error).message}`;
				result.checked.push({ page, reference, error: message });
				result.errors.push(`${at}: ${message}`);
			}
		}
	}
	return result;
}
