/**
 * Figure references: a Markdown link to a trace file whose fragment names a number computed from
 * it, e.g. `[computed from the trace](traces/x.csv#figure=unload.loadedFraction&prediction=off)`.
 * This module reads the fragment and picks the number out of the trace's summary
 * (`trace-summary.ts`, what `npm run trace -- inspect` prints); `trace-figure-kind.ts` does
 * the file work. Pure.
 *
 * The fragment, as URL search parameters:
 * - `figure=<path>`: a path into the lane object of the summary (`wakeupsPerMinute`,
 *   `medianGapMs`, `periodMs`, `regularity`, `records`, `unload.loadedFraction`,
 *   `unload.coldStarts`, `causes.scheduled.count`, ...), or `latency.<path>` (with `changes`);
 * - `lane=<name>`: which lane (needed when the trace has more than one);
 * - `prediction=off`, `idle-ms=N`, `lead-ms=N`, `grace-ms=N`: the unload policy, as inspect's flags;
 * - `changes=<file>`: change times, relative to the page, as a trace block's `changes:`.
 */
import type { TraceSummary } from '../../trace/analysis/trace-summary.ts';
import { formatMs } from '../../trace/analysis/analysis.ts';
import { parseUnloadPolicy } from '../../trace/analysis/parse-unload-policy.ts';
import type { UnloadPolicy } from '../../trace/analysis/unload-simulation.ts';
import { percent } from '../../trace-viewer/summary-table.ts';
import { checkFigureParams, FigureError, parseFigureLink, type FigureLink } from '../shared/figure-link.ts';
import type { FigureValue } from '../shared/figure-verdict.ts';

export { FigureError };

/** A parsed figure reference. */
export interface FigureReference {
	/** The trace file as linked, e.g. `../traces/x.csv`. */
	file: string;
	/** e.g. `unload.loadedFraction` */
	figure: string;
	lane?: string;
	policy: UnloadPolicy;
	/** Change times file as written, relative to the page. */
	changes?: string;
}


const PARAMS = ['figure', 'lane', 'prediction', 'idle-ms', 'lead-ms', 'grace-ms', 'changes'];

/** The first part of every trace figure's name: a lane's numbers, and `latency` (with `changes=`). */
export const TRACE_FIGURE_ROOTS: readonly string[] = ['records', 'medianGapMs', 'periodMs', 'regularity', 'wakeupsPerMinute', 'causes', 'unload', 'latency'];

/**
 * The reference in a link URL, or null when the URL is not one (no `#figure=`).
 * @param url e.g. `traces/x.csv#figure=wakeupsPerMinute`
 */
export function parseFigureReference(url: string): FigureReference | null {
	const link = parseFigureLink(url);
	return link && traceFigureReference(link);
}

/**
 * The trace reference of a figure link; throws a FigureError for a parameter traces do not take.
 * @param link e.g. `{ file: 'x.csv', params: figure=unload.coldStarts&prediction=off }`
 */
export function traceFigureReference(link: FigureLink): FigureReference {
	const { file, params } = link;
	checkFigureParams(params, PARAMS);
	const prediction = params.get('prediction');
	if (prediction !== null && prediction !== 'on' && prediction !== 'off') throw new FigureError(`prediction must be "on" or "off" (got "${prediction}")`);
	const reference: FigureReference = {
		file,
		figure: params.get('figure')!,
		policy: figurePolicy(params, prediction !== 'off'),
	};
	if (params.has('lane')) reference.lane = params.get('lane')!;
	if (params.has('changes')) reference.changes = params.get('changes')!;
	return reference;
}

/**
 * The number a reference names and its unit, e.g. `{ value: 0.388, unit: 'fraction' }`, `{ value: 5198, unit: 'ms' }`, `{ value: 1001, unit: undefined }`.
 * @param summary `traceSummary(trace, analyzeTrace(trace, { policy, changes }))` of the linked file
 */
export function traceFigure(summary: TraceSummary, reference: FigureReference): FigureValue {
	const { figure } = reference;
	const lane = figure.startsWith('latency.') ? undefined : pickLane(summary, reference.lane);
	const root: unknown = lane ?? summary;
	const value = figure.split('.').reduce<unknown>((node, key) => (isObject(node) && key in node ? node[key] : undefined), root);
	if (value === undefined) {
		const keys = lane ? figurePaths(lane).join(', ') : figure.startsWith('latency.') && !summary.latency ? '(none: the reference has no `changes=`)' : '';
		throw new FigureError(`no figure "${figure}" in ${summary.source} (figures: ${keys})`);
	}
	if (value === null) throw new FigureError(`figure "${figure}" of ${summary.source} has no value (too few wake-ups)`);
	if (typeof value !== 'number') throw new FigureError(`"${figure}" is not a number in ${summary.source} (figures: ${lane ? figurePaths(lane).join(', ') : ''})`);
	return { value, unit: traceFigureUnit(figure) };
}

/**
 * A figure's unit by its name: shares are fractions, `…Ms` and latency gaps milliseconds, the rest (counts, rates) none.
 * @param figure e.g. `unload.loadedFraction` -> `fraction`; `medianGapMs` -> `ms`; `records` -> undefined
 */
export function traceFigureUnit(figure: string): string | undefined {
	const name = figure.split('.').at(-1)!;
	if (/Fraction$|^regularity$|^share$/.test(name)) return 'fraction';
	if (/Ms$/.test(name) || figure.startsWith('latency.gaps.')) return 'ms';
	return undefined;
}

/** Formats a figure by its name: shares as percentages, `…Ms` as durations, rates with one decimal, counts with separators. */
export function formatFigure(figure: string, value: number): string {
	const name = figure.split('.').at(-1)!;
	if (/Fraction$|^regularity$|^share$/.test(name)) return percent(value);
	if (/Ms$/.test(name) || figure.startsWith('latency.gaps.')) return formatMs(value);
	if (/PerMinute$/.test(name)) return value.toFixed(1);
	return Number.isInteger(value) ? value.toLocaleString('en-US') : String(value);
}

function pickLane(summary: TraceSummary, name: string | undefined): TraceSummary['lanes'][number] {
	const names = summary.lanes.map((l) => `"${l.name}"`).join(', ');
	if (name === undefined) {
		if (summary.lanes.length === 1) return summary.lanes[0];
		throw new FigureError(`${summary.source} has ${summary.lanes.length} lanes: add \`&lane=<name>\` (lanes: ${names})`);
	}
	const lane = summary.lanes.find((l) => l.name === name);
	if (!lane) throw new FigureError(`no lane "${name}" in ${summary.source} (lanes: ${names})`);
	return lane;
}

/** Every path to a number in a lane object, e.g. `["records", "medianGapMs", ..., "unload.coldStarts"]`. */
function figurePaths(node: unknown, prefix = ''): string[] {
	if (!isObject(node)) return [];
	return Object.entries(node).flatMap(([k, v]) => (typeof v === 'number' || v === null ? [prefix + k] : figurePaths(v, `${prefix}${k}.`)));
}

function figurePolicy(params: URLSearchParams, prediction: boolean): UnloadPolicy {
	try {
		return parseUnloadPolicy((name) => params.get(name), prediction);
	} catch (error) {
		throw new FigureError((error as Error).message);
	}
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
