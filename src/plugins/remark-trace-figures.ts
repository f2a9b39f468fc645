/**
 * Remark plugin: a link to a trace file whose fragment names a figure
 * (`[computed from the trace](traces/x.csv#figure=wakeupsPerMinute)`, see
 * `trace-figure-reference.ts`) shows that number, computed at build time from the file.
 *
 * GitHub rule followed: a relative link to a file of the repository is a link to that file
 * (https://docs.github.com/en/get-started/writing-on-github/getting-started-with-writing-and-formatting-on-github/basic-writing-and-formatting-syntax#relative-links),
 * fragment and all. So on GitHub the sentence reads with the author's link text ("computed from
 * the trace") and the link opens the data the number comes from. What the site does
 * differently: the link text becomes the number, and the link leads to the site's own copy of
 * the data file (in the trace store, as a viewer's raw file; so no GitHub repository is needed),
 * its title saying the number was computed at build time. A reference that does not resolve (missing
 * file, unknown figure, lane or parameter, a figure without a value) fails the build with
 * `page:line: reason`.
 *
 * Why a link and not something else: a ```trace block can show a whole numbers table, but prose
 * cannot quote from it; an HTML comment or a directive (`:figure[...]`) would show nothing, or
 * raw syntax, on GitHub; a number typed into the text would go stale when the data or the
 * analysis changes. A link reads sensibly in both places and says where the number comes from.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { analyzeTrace } from '../trace/analysis/analysis.ts';
import { traceSummary, type TraceSummary } from '../trace/analysis/trace-summary.ts';
import { importTraceFile } from '../trace/import/import.ts';
import { storeDataFile, traceStore, type TraceStore } from '../integrations/trace-store.ts';
import { placeError } from '../embeds/shared/block-place.ts';
import { FigureError, figureText, parseFigureReference, type FigureReference } from '../embeds/trace/trace-figure-reference.ts';

/** Summaries already computed in this process, by file, its modification time, changes and policy. */
const summaries = new Map<string, TraceSummary>();

/** Options of the plugin; tests pass a store, the site uses the integration's. */
export interface RemarkTraceFiguresOptions {
	store?: TraceStore;
}

/** The plugin, e.g. `unified({ remarkPlugins: [remarkTraceFigures] })`. */
export default function remarkTraceFigures(options: RemarkTraceFiguresOptions = {}) {
	return (tree: Root, file: VFile): void => {
		const page = file.path;
		visit(tree, 'link', (node: Link) => {
			const place = { page, line: node.position?.start.line ?? 0 };
			let reference: FigureReference | null;
			try {
				reference = parseFigureReference(node.url);
				if (!reference) return;
				const trace = resolve(dirname(page), decodeURI(reference.file));
				const text = figureText(summaryOf(trace, reference, page), reference);
				node.children = [{ type: 'text', value: text }];
				node.url = storeDataFile(options.store ?? traceStore(), trace);
				node.title = `Computed at build time from ${basename(trace)}`;
				node.data = { ...node.data, siteUrl: true, hProperties: { className: ['trace-figure'], dataFigure: reference.figure } };
			} catch (error) {
				// A FigureError, or the importer's own `file:line:col: reason`.
				throw placeError(place, `figure reference "${node.url}": ${(error as Error).message}`);
			}
		});
	};
}

/** The summary of a trace under a reference's policy and change times (cached). */
function summaryOf(trace: string, reference: FigureReference, page: string): TraceSummary {
	const changes = reference.changes === undefined ? undefined : resolve(dirname(page), decodeURI(reference.changes));
	for (const path of [trace, changes]) if (path !== undefined && !existsSync(path)) throw new FigureError(`${path === trace ? reference.file : reference.changes} does not exist`);
	const key = JSON.stringify([trace, statSync(trace).mtimeMs, changes, changes && statSync(changes).mtimeMs, reference.policy]);
	let summary = summaries.get(key);
	if (!summary) {
		const imported = importTraceFile(trace);
		summary = traceSummary(imported, analyzeTrace(imported, { policy: reference.policy, changes: changes === undefined ? undefined : importTraceFile(changes) }));
		summaries.set(key, summary);
	}
	return summary;
}
