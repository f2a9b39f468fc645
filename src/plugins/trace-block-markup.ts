/**
 * The HTML (as a hast tree) of an embedded trace: the `<trace-viewer>` element with the
 * headline, the synthetic badge and, for readers without JavaScript and for print, a static
 * SVG overview, the numbers table (`summary-table.ts`, the same table the live viewer shows)
 * and links to the data. Pure: no file access.
 */
import type { Element, ElementContent, Properties } from 'hast';
import { creditLine } from '../attribution/credit-line.ts';
import type { Attribution } from '../attribution/schema.ts';
import { formatMs, type LatencyAnalysis } from '../trace/analysis/analysis.ts';
import type { CompactTrace } from '../trace/compact/compact-trace.ts';
import { buildLayout } from '../trace-viewer/layout.ts';
import { overviewSvg } from '../trace-viewer/export-svg.ts';
import type { HtmlNode } from '../trace-viewer/html-node.ts';
import { summaryTables } from '../trace-viewer/summary-table.ts';
import type { SvgNode } from '../trace-viewer/svg-node.ts';
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
}

/** Width the static overview is drawn for; it scales to the column. */
const OVERVIEW_WIDTH = 720;

/** Builds the `<trace-viewer>` element for one embedded trace. */
export function traceViewerHast({ trace, options, viewerId, dataUrl, rawUrl, changesUrl, attribution }: MarkupInput): Element {
	const title = options.title ?? trace.source;
	const layout = buildLayout(trace, { lanes: options.lanes });
	const headline = trace.analysis.headline;
	const description = `${trace.count} records in ${layout.lanes.length} lane${layout.lanes.length === 1 ? '' : 's'}. ${headline}`;
	const svg = overviewSvg(layout, OVERVIEW_WIDTH, options.height ?? 320, `Overview of ${title}`, description, viewerId);
	const props: Properties = { id: viewerId, dataSrc: dataUrl, dataTitle: title, dataHeight: String(options.height ?? 320) };
	if (options.window) props.dataWindow = `${options.window.t0},${options.window.t1}`;
	if (options.lanes) props.dataLanes = JSON.stringify(options.lanes);
	const shown = layout.lanes.map((l) => l.name);
	return h('trace-viewer', props, [
		h('div', { className: ['tv-head'] }, [
			h('p', { className: ['tv-title'] }, [title]),
			...(trace.synthetic ? [h('strong', { className: ['tv-badge'] }, [SYNTHETIC_BADGE])] : []),
			...(attribution?.measuredBy ? [h('strong', { className: ['tv-badge', 'tv-measured'] }, [measuredBadge(attribution.measuredBy)])] : []),
			...(attribution ? [creditParagraph(attribution)] : []),
			h('p', { className: ['tv-headline'], id: `${viewerId}-headline` }, [headline]),
		]),
		h('div', { className: ['tv-static'] }, [
			svgToHast(svg),
			nodeToHast(summaryTables({ analysis: trace.analysis, lanes: shown })),
			h('p', {}, [
				'Data: ',
				h('a', { href: rawUrl }, [trace.source]),
				` (${trace.format}, ${trace.count} records) and its `,
				h('a', { href: dataUrl, type: 'application/json' }, ['compact JSON']),
				'.',
				...(options.changes && changesUrl ? [' Change times: ', h('a', { href: changesUrl }, [options.changes.split('/').pop()!]), '.'] : []),
				' The interactive viewer needs JavaScript.',
			]),
			...(trace.analysis.latency ? [h('p', { className: ['tv-latency'] }, [latencyText(trace.analysis.latency)])] : []),
		]),
	]);
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
