/**
 * Build-time rendering of one embedded trace, shared by the ```trace remark plugin and the
 * `<TraceViewer>` MDX component: import the file (and those it is compared with, combined on a
 * relative time axis), analyse, encode, store the compact data, and return the viewer markup.
 * Every failure becomes `page:line: reason`.
 */
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { analyzeTrace } from '../../trace/analysis/analysis.ts';
import { decodeCompact } from '../../trace/compact/decode-compact.ts';
import { encodeCompact } from '../../trace/compact/encode-compact.ts';
import { importTraceFile } from '../../trace/import/import.ts';
import { compareAnalyses, compareTraces, type CompareSide } from '../../trace/compare-traces.ts';
import type { Trace } from '../../trace/model.ts';
import { viewerIdFor } from '../../trace-viewer/deep-link.ts';
import { traceStore, writeTraceAssets, type TraceStore } from '../../integrations/trace-store.ts';
import { traceViewerHast } from './trace-block-markup.ts';
import { checkTraceOptions, type TraceBlockOptions } from './trace-block-options.ts';
import { placeError, type BlockPlace } from '../shared/block-place.ts';
import { readableFile, thirdPartyAttribution } from '../shared/embedded-file.ts';

/**
 * Renders one block to hast; throws `page:line: reason` when a file is missing, unreadable or
 * does not import. With `compare`, the traces are combined on a relative time axis first.
 * @param options e.g. `{ src: './percona-5s.csv', title: 'Percona' }`
 */
export function renderTraceBlock(options: TraceBlockOptions, place: BlockPlace, store: TraceStore = traceStore()): Element {
	const sources = [options.src, ...(options.compare ?? [])];
	const files = sources.map((src) => readableFile(src, 'trace file', place));
	const changesFile = options.changes === undefined ? undefined : readableFile(options.changes, 'change times file', place);
	const changes = changesFile === undefined ? undefined : importBlockFile(options.changes!, changesFile, place, 'the change times');
	const traces = files.map((file, k) => importBlockFile(sources[k], file, place));
	let json: string;
	let sides: CompareSide[] | undefined;
	try {
		if (traces.length === 1) json = encodeCompact(traces[0], analyzeTrace(traces[0], { changes }));
		else {
			const { trace: combined, groups } = compareTraces(traces);
			const compared = compareAnalyses(groups, traces.map((t) => analyzeTrace(t)));
			json = encodeCompact(combined, compared.analysis);
			sides = compared.sides;
		}
	} catch (error) {
		throw placeError(place, `cannot analyse trace ${sources.join(' with ')}: ${(error as Error).message}`);
	}
	const attributions = files.map((file, k) => thirdPartyAttribution(file, sources[k], 'trace file', place));
	const { hash, dataUrl, rawUrls, changesUrl } = writeTraceAssets(store, json, files, changesFile);
	const trace = decodeCompact(json);
	const compared = sides?.map((side, k) => ({ ...side, format: traces[k].format, records: traces[k].records.length, rawUrl: rawUrls[k], attribution: attributions[k] }));
	try {
		return traceViewerHast({ trace, options, viewerId: viewerIdFor(hash, place.occurrence), dataUrl, rawUrl: rawUrls[0], changesUrl, attribution: attributions[0], preload: place.preload, compared });
	} catch (error) {
		throw placeError(place, (error as Error).message);
	}
}

/**
 * Imports one file of a block (a trace, or the change times); throws `page:line: reason` when it
 * does not import or is empty.
 * @param what e.g. `"trace"`, `"the change times"`
 */
function importBlockFile(src: string, file: string, place: BlockPlace, what = 'trace'): Trace {
	try {
		const trace = importTraceFile(file);
		if (trace.records.length === 0) throw new Error('the file holds no records');
		return trace;
	} catch (error) {
		throw placeError(place, `cannot import ${what} ${src}: ${(error as Error).message}`);
	}
}

/**
 * The component's entry: checks props like a block's YAML and returns HTML.
 * @param props e.g. `{ src: './x.csv', page: '/abs/page.mdx', line: 12 }` (`page`, `line`, `occurrence` and `preload` are added by the remark plugin)
 */
export function renderTraceViewerProps(props: Record<string, unknown>): string {
	const { page, line, occurrence, preload, ...rest } = props;
	if (typeof page !== 'string') throw new Error('<TraceViewer> needs the page path: use it in an .mdx page, where the remark-trace-block plugin adds it');
	const place = { page, line: typeof line === 'number' ? line : 0, occurrence: typeof occurrence === 'number' ? occurrence : 1, preload: preload === true };
	let options: TraceBlockOptions;
	try {
		options = checkTraceOptions(rest);
	} catch (error) {
		throw placeError(place, (error as Error).message);
	}
	return toHtml(renderTraceBlock(options, place));
}
