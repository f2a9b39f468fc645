/**
 * Reads the JSON document of a trace file for the four JSON formats: from a file, streamed
 * (`scan-json-file.ts`) with the span and event arrays left in the file, so a file of any size
 * imports; from text in memory, parsed whole. The shape below names where each format keeps its
 * spans: OTLP `resourceSpans[].scopeSpans[].spans` (or `instrumentationLibrarySpans`), Jaeger
 * `spans` of a trace, of `data[]` or of an array of traces, Zipkin's top-level array, and Chrome's
 * top-level array or `traceEvents`.
 */
import { looksLikeChromeArray, parseChromeText, warnUnterminatedArray } from './chrome.ts';
import type { Warnings } from '../../data-input/input-error.ts';
import { parseJson } from '../../data-input/parse-json.ts';
import type { JsonShape } from '../../data-input/streamed-array.ts';
import type { TextSource } from '../../data-input/text-source.ts';

/** A trace (Jaeger) or a scope (OTLP): an object whose `spans` stream. */
const HAS_SPANS: JsonShape = { object: { spans: 'stream' } };
const SCOPES: JsonShape = { array: HAS_SPANS };
/** Every format's document when it is an object. */
const OBJECT: JsonShape = {
	object: {
		resourceSpans: { array: { object: { scopeSpans: SCOPES, instrumentationLibrarySpans: SCOPES } } },
		data: { array: HAS_SPANS },
		spans: 'stream',
		traceEvents: 'stream',
	},
};

/** The document of `source`: a streamed one where the source can, else parsed whole. */
export function readJsonDocument(source: TextSource, warnings: Warnings): unknown {
	const head = source.head();
	const chrome = looksLikeChromeArray(head);
	if (source.streamJson)
		return source.streamJson(traceJsonShape(head), chrome ? (tail) => warnUnterminatedArray(warnings, tail.length, tail.place) : undefined);
	return chrome ? parseChromeText(source.text(), source.file, warnings) : parseJson(source.text(), source.file);
}

/**
 * The shape to stream a document starting with `head` by: a top-level array streams its elements
 * (Zipkin spans, Chrome events) unless its first element has a `spans` key (Jaeger traces).
 */
export function traceJsonShape(head: string): JsonShape {
	if (!/^\s*\[/.test(head)) return OBJECT;
	return firstElementKeys(head).includes('spans') ? { array: HAS_SPANS } : 'stream';
}

/** The keys of the first element of a top-level array, as far as `head` shows them, e.g. `['traceID', 'spans']`. */
export function firstElementKeys(head: string): string[] {
	const open = /^\s*\[\s*\{/.exec(head);
	if (!open) return [];
	const keys: string[] = [];
	let depth = 1;
	let expectKey = true;
	for (let i = open[0].length; i < head.length; i++) {
		const c = head[i];
		if (c === '"') {
			let j = i + 1;
			while (j < head.length && head[j] !== '"') j += head[j] === '\\' ? 2 : 1;
			if (depth === 1 && expectKey) {
				keys.push(head.slice(i + 1, j));
				expectKey = false;
			}
			i = j;
		} else if (c === '{' || c === '[') depth++;
		else if (c === '}' || c === ']') {
			if (--depth === 0) break;
		} else if (c === ',' && depth === 1) expectKey = true;
	}
	return keys;
}
