/**
 * Picks the importer for a text by its structure (never by file name, so a renamed file still
 * imports), with the parsed JSON document kept so it is parsed only once. Line-based inputs
 * (JSON lines, logs, timestamp lists) are recognised from the first lines and not parsed here.
 * A JSON file is streamed (`read-json-document.ts`): the document kept is its skeleton, its span
 * arrays left in the file.
 */
import { isChromeTrace } from './chrome.ts';
import { isControllerRuntimeLog } from './controller-runtime-log.ts';
import type { Warnings } from '../../data-input/input-error.ts';
import { isJaeger } from './jaeger.ts';
import { TRACE_FORMATS, type TraceFormat } from '../model.ts';
import { isOtlp, isOtlpJsonLinesSource } from './otlp.ts';
import { readJsonDocument } from './read-json-document.ts';
import { firstOf, isList, isObject } from '../../data-input/streamed-array.ts';
import type { TextSource } from '../../data-input/text-source.ts';
import { isTimestampList } from './timestamp-list.ts';
import { isZipkin } from './zipkin.ts';

/** The detected format, and the parsed document for whole-JSON formats. */
export interface Detected {
	format: TraceFormat;
	parsed?: unknown;
}

/** Recognises a source's format, e.g. `detectFormat(textSource(text, 'a.json'), warnings).format`. */
export function detectFormat(source: TextSource, warnings: Warnings): Detected {
	const head = source.head();
	if (head.trim() === '') return warnings.fail('empty file: no trace records', 1, 1);
	if (isOtlpJsonLinesSource(source)) return { format: 'otlp-json' };
	if (isControllerRuntimeLog(head)) return { format: 'controller-runtime-log' };
	if (/^\s*[[{]/.test(head)) {
		const parsed = readJsonDocument(source, warnings);
		if (isOtlp(parsed)) return { format: 'otlp-json', parsed };
		if (isChromeTrace(parsed)) return { format: 'chrome-trace', parsed };
		if (isJaeger(parsed)) return { format: 'jaeger-json', parsed };
		if (isZipkin(parsed)) return { format: 'zipkin-v2', parsed };
		return warnings.fail(`JSON of no known trace format (${describe(parsed)}); use --format <${TRACE_FORMATS.join('|')}>`, 1, 1);
	}
	if (isTimestampList(head)) return { format: 'timestamp-list' };
	return warnings.fail(
		'not a known trace format: expected OTLP/JSON, Jaeger JSON, Zipkin v2, Chrome trace events, controller-runtime JSON logs or a timestamp list',
		1,
		1,
	);
}

function describe(value: unknown): string {
	if (isList(value)) {
		const first = firstOf(value);
		return value.length === 0
			? 'an empty array'
			: `an array of ${typeof first === 'object' && first !== null ? `objects with keys ${Object.keys(first).slice(0, 5).join(', ')}` : typeof first}`;
	}
	if (isObject(value)) return `an object with keys ${Object.keys(value).slice(0, 5).join(', ') || '(none)'}`;
	return `a ${typeof value}`;
}
