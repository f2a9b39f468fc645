/**
 * The one entry to every importer: detect the format (or take `--format`), import, then check
 * ids, parents and order. Errors are `TraceInputError`s (`file:line:col: reason`).
 * A JSON document in a file is streamed (`read-json-document.ts`), whatever its size; when that
 * fails on a file that fits one string, the file is read again whole, so that its error (or
 * repair) is the very one an import of the same text gives.
 */
import { importChrome } from './chrome.ts';
import { importControllerRuntimeLog } from './controller-runtime-log.ts';
import { detectFormat } from './detect.ts';
import { fileSource } from '../../data-input/file-source.ts';
import { finishTrace, type ColumnSpans } from './finish-trace.ts';
import { TraceInputError, Warnings } from '../../data-input/input-error.ts';
import { importJaeger } from './jaeger.ts';
import type { Trace, TraceFormat, TraceRecord } from '../model.ts';
import { importOtlp, isOtlpJsonLinesSource } from './otlp.ts';
import { readJsonDocument } from './read-json-document.ts';
import { textSource, type TextSource } from '../../data-input/text-source.ts';
import { importTimestampList } from './timestamp-list.ts';
import { importZipkin } from './zipkin.ts';

export { TraceInputError } from '../../data-input/input-error.ts';

/** Options for the importers. */
export interface ImportOptions {
	/** Skip detection and use this importer. */
	format?: TraceFormat;
	/** Called with the share (0..1) of a streamed file read so far. */
	onProgress?: (share: number) => void;
	/**
	 * How a file's JSON document is read: 'auto' (default) streams it and reads a small file
	 * again whole on an error; 'stream' never reads it whole; 'whole' always does (as one string).
	 */
	read?: 'auto' | 'stream' | 'whole';
}

const JSON_FORMATS: readonly TraceFormat[] = ['otlp-json', 'jaeger-json', 'zipkin-v2', 'chrome-trace'];

const IMPORTERS: Record<TraceFormat, (source: TextSource, warnings: Warnings, parsed?: unknown) => ColumnSpans | TraceRecord[]> = {
	'otlp-json': importOtlp,
	'jaeger-json': importJaeger,
	'zipkin-v2': importZipkin,
	'chrome-trace': importChrome,
	'controller-runtime-log': importControllerRuntimeLog,
	'timestamp-list': importTimestampList,
};

/** Imports trace text or bytes named `fileName`, e.g. `importTraceText(bytes, 'trace.json')`. */
export function importTraceText(text: string | Uint8Array, fileName: string, options: ImportOptions = {}): Trace {
	return importSource(textSource(text, fileName), options);
}

/** Imports a trace file from disk, streaming line-based formats. */
export function importTraceFile(path: string, options: ImportOptions = {}): Trace {
	return importSource(fileSource(path), options);
}

/** Imports from any `TextSource`. */
export function importSource(source: TextSource, options: ImportOptions = {}): Trace {
	source.onProgress = options.onProgress;
	if (!source.streamJson || options.read === 'whole') return importOnce({ ...source, streamJson: undefined }, options.format);
	try {
		return importOnce(source, options.format);
	} catch (error) {
		if (!(error instanceof TraceInputError) || options.read === 'stream' || !source.fitsOneString) throw error;
		return importOnce({ ...source, streamJson: undefined }, options.format);
	}
}

function importOnce(source: TextSource, format: TraceFormat | undefined): Trace {
	const warnings = new Warnings(source.file);
	const detected = format ? { format, parsed: forcedDocument(source, format, warnings) } : detectFormat(source, warnings);
	if (format && source.head().trim() === '') warnings.fail('empty file: no trace records', 1, 1);
	const records = IMPORTERS[detected.format](source, warnings, detected.parsed);
	return finishTrace(detected.format, records, warnings);
}

/** The streamed document of a file read with `--format` as one of the JSON formats; else undefined (the importer reads it). */
function forcedDocument(source: TextSource, format: TraceFormat, warnings: Warnings): unknown {
	const head = source.head();
	if (!source.streamJson || !JSON_FORMATS.includes(format) || !/^\s*[[{]/.test(head)) return undefined;
	if (format === 'otlp-json' && isOtlpJsonLinesSource(source)) return undefined;
	return readJsonDocument(source, warnings);
}
