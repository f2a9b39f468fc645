/**
 * The numbers of a viewer, the same in the build-time overview and in the live viewer: for one
 * trace its top wakers and unload figures (`summary-table.ts`), for a compare block the
 * side-by-side table (`compare-table.ts`). Pure, DOM-free.
 */
import type { Analysis } from '../trace/analysis/analysis.ts';
import type { UnloadSummary } from '../trace/analysis/unload-simulation.ts';
import type { CompareSide } from '../trace/compare-traces.ts';
import { compareTable } from './compare-table.ts';
import { hn, type HtmlNode } from './html-node.ts';
import { summaryTables } from './summary-table.ts';

/** What the tables show. */
export interface ViewerTablesInput {
	analysis: Analysis;
	/** Lanes shown, e.g. `['operator']` (default all). */
	lanes?: readonly string[];
	/** The compared traces of a compare block, in column order. */
	sides?: readonly CompareSide[];
	/** Unload figures by lane that replace the analysis' own (a re-simulation at the reader's policy). */
	unload?: ReadonlyMap<string, UnloadSummary>;
}

/** The tables in one `div.tv-summary`, e.g. `viewerTables({ analysis: trace.analysis })`. */
export function viewerTables({ analysis, lanes, sides, unload }: ViewerTablesInput): HtmlNode {
	return sides ? hn('div', { class: 'tv-summary' }, [compareTable({ analysis, sides, unload })]) : summaryTables({ analysis, lanes, unload });
}
