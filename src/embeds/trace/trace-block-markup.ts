/**
 * The HTML (as a hast tree) of an embedded trace: the `<trace-viewer>` element with the
 * headline, the synthetic badge and, for readers without JavaScript and for print, a static
 * SVG overview, the numbers tables (`viewer-tables.ts`, the same tables the live viewer shows)
 * and links to the data. Pure: no file access.
 */
import type { Element, ElementContent, Properties } from 'hast';
import { creditLine } from '../../attribution/credit-line.ts';
import type { Attribution } from '../../attribution/schema.ts';
import { formatMs, type LatencyAnalysis } from '../../trace/analysis/analysis.ts';
import type { CompactTrace } from '../../trace/compact/compact-trace.ts';
import { comparedLaneName, type CompareSide } from '../../trace/compare-traces.ts';
import { buildLayout } from '../../trace-viewer/layout.ts';
import { overviewSvg } from '../../trace-viewer/export-svg.ts';
import type { HtmlNode } from '../../trace-viewer/html-node.ts';
import { BAND_HELP, laneWindows, simulateBands } from '../../trace-viewer/unload-band.ts';
import { viewerTables } from '../../trace-viewer/viewer-tables.ts';
import { WASM_OPERATOR_POLICY } from '../../trace/analysis/unload-simulation.ts';
import type { SvgNode } from '../../trace-viewer/svg-node.ts';
import type { TraceBlockOptions } from './trace-block-options.ts';

/** Text of the badge on synthetic traces. */
export const SYNTHETIC_BADGE = 'synthetic - not a measurement';

/** What the markup needs besides the trace. */
export interface MarkupInput {
	trace: CompactTrace;
	options: TraceBlockOptions;
	/** Unique on the page, e.g. `tv-3fa2c9d1`. */
	viewerId: string;
	dataUrl: string;
	rawUrl: string;
	/** The copy of the `changes:` file, when the block has one. */
	changesUrl?: string;
	/** The sidecar of a third-party trace file: shown as its credit line, with "measured (by …)". */
	attribution?: Attribution;
	/** Preload the data with the page (the page's first viewer), e.g. `true`; default false. */
	preload?: boolean;
	/** For a block with `compare`: each combined trace, in order (`compareTraces`, `compareAnalyses`). */
	compared?: ComparedTrace[];
}

/** One trace of a compare block, as the markup describes it. */
export interface ComparedTrace extends CompareSide {
	format: string;
	/** Its number of records, e.g. 353. */
	records: number;
	/** Its raw file, e.g. `/masters-thesis/_traces/3fa2c9d1e0b45566/a.csv`. */
	rawUrl: string;
	/** Its sidecar, when it is third-party data. */
	attribution?: Attribution;
}

/** Width the static overview is drawn for; it scales to the column. */
const OVERVIEW_WIDTH = 720;

/** Builds the `<trace-viewer>` element for one embedded trace. */
export function traceViewerHast({ trace, options, viewerId, dataUrl, rawUrl, changesUrl, attribution, preload, compared }: MarkupInput): Element {
	const title = options.title ?? trace.source;
	const groups = compared && shownGroups(compared, options.lanes);
	const lanes = groups ? groups.flatMap((g) => g.lanes) : options.lanes;
	const layout = buildLayout(trace, { lanes, relative: groups !== undefined });
	const headline = trace.analysis.headline;
	const from = groups ? `, from ${groups.length} traces on a relative time axis (each from its own start)` : '';
	const description = `${trace.count} records in ${layout.lanes.length} lane${layout.lanes.length === 1 ? '' : 's'}${from}. ${headline}. ${BAND_HELP}`;
	// The unload bands at the cited policy, as the live viewer draws them before the reader changes it.
	const bands = simulateBands(layout, WASM_OPERATOR_POLICY, laneWindows(trace.analysis, groups));
	const svg = overviewSvg(layout, OVERVIEW_WIDTH, options.height ?? 320, `Overview of ${title}`, description, viewerId, bands);
	const props: Properties = { id: viewerId, dataSrc: dataUrl, dataTitle: title, dataHeight: String(options.height ?? 320) };
	if (options.window) props.dataWindow = `${options.window.t0},${options.window.t1}`;
	if (lanes) props.dataLanes = JSON.stringify(lanes);
	if (groups) props.dataCompare = JSON.stringify(groups.map(({ label, lanes, synthetic, window }) => ({ label, lanes, synthetic, window })));
	const shown = layout.lanes.map((l) => l.name);
	// A compare block credits each third-party trace it combines.
	const credits = groups ? groups.flatMap((g) => (g.attribution ? [g.attribution] : [])) : attribution ? [attribution] : [];
	const measuredBy = [...new Set(credits.flatMap((c) => (c.measuredBy ? [c.measuredBy] : [])))];
	const files = groups
		? groups.flatMap((g, k) => [k === 0 ? '' : ', ', h('a', { href: g.rawUrl }, [g.label]), ` (${g.synthetic ? 'synthetic, ' : ''}${g.format}, ${g.records} records)`])
		: [h('a', { href: rawUrl }, [trace.source]), ` (${trace.format}, ${trace.count} records)`];
	return h('trace-viewer', props, [
		// The browser fetches the data while it loads the page; the viewer's `fetch` then finds it (same URL, mode and credentials).
		...(preload ? [h('link', { rel: ['preload'], href: dataUrl, as: 'fetch', crossOrigin: 'anonymous' }, [])] : []),
		h('div', { className: ['tv-head'] }, [
			h('p', { className: ['tv-title'] }, [title]),
			...(trace.synthetic ? [h('strong', { className: ['tv-badge'] }, [SYNTHETIC_BADGE])] : []),
			...measuredBy.map((by) => h('strong', { className: ['tv-badge', 'tv-measured'] }, [measuredBadge(by)])),
			...credits.map(creditParagraph),
			h('p', { className: ['tv-headline'], id: `${viewerId}-headline` }, [headline]),
		]),
		h('div', { className: ['tv-static'] }, [
			svgToHast(svg),
			nodeToHast(viewerTables({ analysis: trace.analysis, lanes: shown, sides: groups })),
			h('p', {}, [
				'Data: ',
				...files,
				groups ? ' and their combined ' : ' and its ',
				h('a', { href: dataUrl, type: 'application/json' }, ['compact JSON']),
				'.',
				...(options.changes && changesUrl ? [' Change times: ', h('a', { href: changesUrl }, [options.changes.split('/').pop()!]), '.'] : []),
				' The interactive viewer needs JavaScript.',
			]),
			...(trace.analysis.latency ? [h('p', { className: ['tv-latency'] }, [latencyText(trace.analysis.latency)])] : []),
		]),
	]);
}

/**
 * The compared traces with only the lanes `lanes` names (by their names in each trace); all
 * lanes without it. Throws when a named lane is in none of the traces.
 * @param lanes e.g. `['operator']`
 */
export function shownGroups(compared: ComparedTrace[], lanes: string[] | undefined): ComparedTrace[] {
	if (!lanes) return compared;
	const missing = lanes.filter((lane) => !compared.some((g) => g.lanes.includes(comparedLaneName(g.label, lane))));
	if (missing.length) throw new Error(`lane${missing.length > 1 ? 's' : ''} ${missing.map((l) => `"${l}"`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} in none of the compared traces (${compared.map((g) => g.label).join(', ')})`);
	return compared.map((g) => ({ ...g, lanes: lanes.map((lane) => comparedLaneName(g.label, lane)).filter((name) => g.lanes.includes(name)) })).filter((g) => g.lanes.length > 0);
}

/** The badge of measured third-party data, e.g. `measuredBadge('the wasm-operator project')` is "measured (by the wasm-operator project)". */
export function measuredBadge(measuredBy: string): string {
	return `measured (by ${measuredBy})`;
}

/** "From <title> by <author>, <licence>." with the title and licence linked, as figure credits read. */
function creditParagraph(attribution: Attribution): Element {
	const line = creditLine(attribution);
	return h('p', { className: ['tv-credit'] }, [
		`${line.lead} `,
		h('a', { href: line.source }, [line.title]),
		` by ${line.author}, `,
		h('a', { href: line.licenseUrl, rel: ['license'] }, [line.license]),
		'.',
	]);
}

/** E.g. "Change -> reconcile latency over 302 pairs: median 125 ms (p10 98.1 ms, p90 1.02 s); 1 change without a reconcile after it." */
export function latencyText(latency: LatencyAnalysis): string {
	const { pairs, gaps, unpaired } = latency;
	const rest = unpaired > 0 ? `; ${unpaired} change${unpaired === 1 ? '' : 's'} without a reconcile after ${unpaired === 1 ? 'it' : 'them'}` : '';
	return `Change -> reconcile latency over ${pairs} pair${pairs === 1 ? '' : 's'}: median ${formatMs(gaps.median)} (p10 ${formatMs(gaps.p10)}, p90 ${formatMs(gaps.p90)})${rest}.`;
}

function h(tagName: string, properties: Properties, children: (ElementContent | string)[]): Element {
	return { type: 'element', tagName, properties, children: children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)) };
}

/** An `SvgNode` as hast; attribute names work as hast property keys (resolved by property-information). */
export function svgToHast(node: SvgNode): Element {
	return nodeToHast(node, (v) => Math.round(v * 100) / 100);
}

/** An `HtmlNode` (or `SvgNode`: the same shape) as hast; `number` formats numeric attributes. */
function nodeToHast(node: HtmlNode, number: (v: number) => number | string = (v) => v): Element {
	const properties: Properties = {};
	for (const [k, v] of Object.entries(node.attrs ?? {})) properties[k === 'class' ? 'className' : k] = k === 'class' ? String(v).split(' ') : typeof v === 'number' ? number(v) : v;
	return h(node.tag, properties, (node.children ?? []).map((c) => (typeof c === 'string' ? c : nodeToHast(c, number))));
}
