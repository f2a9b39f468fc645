/**
 * The one entry to every importer: detect the format (or take `--format`), import, then check
 * ids, parents and order. Errors are `TraceInputError`s (`file:line:col: reason`).
 */
import { importChrome } from './chrome.ts';
import { importControllerRuntimeLog } from './controller-runtime-log.ts';
import { detectFormat } from './detect.ts';
import { fileSource } from '../input/file-source.ts';
import { finishTrace } from './finish-trace.ts';
import { Warnings } from '../input/input-error.ts';
import { importJaeger } from './jaeger.ts';
import type { Trace, TraceFormat, TraceRecord } from '../model.ts';
import { importOtlp } from './otlp.ts';
import { textSource, type TextSource } from '../input/text-source.ts';
import { importTimestampList } from './timestamp-list.ts';
import { importZipkin } from './zipkin.ts';

export { TraceInputError } from '../input/input-error.ts';

/** Options for the importers. */
export interface ImportOptions {
	/** Skip detection and use this importer. */
	format?: TraceFormat;
	/** Called with the share (0..1) of a streamed file read so far. */
	onProgress?: (share: number) => void;
}

const IMPORTERS: Record<TraceFormat, (source: TextSource, warnings: Warnings, parsed?: unknown) => TraceRecord[]> = {
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
	const warnings = new Warnings(source.file);
	const detected = options.format ? { format: options.format, parsed: undefined } : detectFormat(source, warnings);
	if (options.format && source.head().trim() === '') warnings.fail('empty file: no trace records', 1, 1);
	const records = IMPORTERS[detected.format](source, warnings, detected.parsed);
	return finishTrace(detected.format, records, warnings);
}
