/**
 * Build-time rendering of one embedded trace, shared by the ```trace remark plugin and the
 * `<TraceViewer>` MDX component: import the file (and those it is compared with, combined on a
 * relative time axis), analyse, encode, store the compact data, and return the viewer markup.
 * Every failure becomes `page:line: reason`.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { readAttribution } from '../attribution/check-attributions.ts';
import { thirdPartyFolder, type Attribution } from '../attribution/schema.ts';
import { analyzeTrace } from '../trace/analysis/analysis.ts';
import { decodeCompact } from '../trace/compact/decode-compact.ts';
import { encodeCompact } from '../trace/compact/encode-compact.ts';
import { importTraceFile } from '../trace/import/import.ts';
import { compareAnalyses, compareTraces, type CompareSide } from '../trace/compare-traces.ts';
import type { Trace } from '../trace/model.ts';
import { viewerIdFor } from '../trace-viewer/deep-link.ts';
import { traceStore, writeTraceAssets, type TraceStore } from '../integrations/trace-store.ts';
import { traceViewerHast } from './trace-block-markup.ts';
import { TraceOptionsError, checkTraceOptions, type TraceBlockOptions } from './trace-block-options.ts';

/** Where a block sits and how to tell it apart from other viewers on its page. */
export interface BlockPlace {
	/** Absolute path of the page, e.g. `/work/main/content/notes.md`. */
	page: string;
	/** 1-based line of the block (its fence) in the page. */
	line: number;
	/** 1 for the first viewer of this trace on the page, 2 for the second, ... */
	occurrence: number;
	/** True for the page's first viewer: its data is preloaded with the page (default false). */
	preload?: boolean;
}

/** `page:line: reason`, with the page relative to the working directory. */
export function placeError(place: { page: string; line: number }, reason: string): Error {
	return new Error(`${relative(process.cwd(), place.page) || place.page}:${place.line}: ${reason}`);
}

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
	const attributions = files.map((file, k) => thirdPartyAttribution(file, sources[k], place));
	const { hash, dataUrl, rawUrls, changesUrl } = writeTraceAssets(store, json, files, changesFile);
	const trace = decodeCompact(json);
	const compared = sides?.map((side, k) => ({ ...side, format: traces[k].format, records: traces[k].records.length, rawUrl: rawUrls[k], attribution: attributions[k] }));
	try {
		return traceViewerHast({ trace, options, viewerId: viewerIdFor(hash, place.occurrence), dataUrl, rawUrl: rawUrls[0], changesUrl, attribution: attributions[0], preload: place.preload, compared });
	} catch (error) {
		throw placeError(place, (error as Error).message);
	}
}

/** The absolute path of a block's file option; throws `page:line: reason` when it is missing or unreadable. */
function readableFile(src: string, what: string, place: BlockPlace): string {
	const file = resolve(dirname(place.page), src);
	try {
		if (!statSync(file).isFile()) throw new Error('not a file');
		accessSync(file, constants.R_OK);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw placeError(place, `${what} ${src} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? (error as Error).message})`} (looked for ${relative(process.cwd(), file)})`);
	}
	return file;
}

/** The sidecar attribution of a trace file under a `third-party/` folder (undefined elsewhere); throws `page:line: reason` when it is incomplete. */
function thirdPartyAttribution(file: string, src: string, place: BlockPlace): Attribution | undefined {
	if (!file.split(sep).includes(thirdPartyFolder)) return undefined;
	const result = readAttribution(file);
	if ('reasons' in result) throw placeError(place, `trace file ${src} is third-party data without a complete attribution: ${result.reasons.join('; ')}`);
	return result.attribution;
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
		throw placeError(place, (error as TraceOptionsError).message);
	}
	return toHtml(renderTraceBlock(options, place));
}
