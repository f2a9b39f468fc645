/**
 * The lines of a benchmark file, streamed from disk in 1 MiB chunks by the trace library's
 * `fileSource` (UTF-8/UTF-16, BOM and CR LF handled there), so no reader ever holds the file as one
 * string; its errors (unreadable file, invalid UTF-8) come out as `BenchmarkInputError`s.
 */
import { basename } from 'node:path';
import { fileSource } from '../../data-input/file-source.ts';
import { TraceInputError } from '../../data-input/input-error.ts';
import type { SourceLine } from '../../data-input/text-source.ts';
import { BenchmarkInputError } from './benchmark-input-error.ts';

export type { SourceLine };

/** A file's name for messages, its first characters (for detection) and its lines. */
export interface FileLines {
	/** E.g. `results_resource_latency.jsonl`. */
	file: string;
	/** Up to about 64 KiB from the start. */
	head: string;
	lines: () => Iterable<SourceLine>;
}

/** Opens `path`, e.g. `fileLines('tests/fixtures/benchmark/two-cases.jsonl').file` is `two-cases.jsonl`. */
export function fileLines(path: string): FileLines {
	const source = translated(() => fileSource(path), basename(path));
	return { file: source.file, head: translated(() => source.head(), source.file), lines: () => translatedLines(source.lines(), source.file) };
}

function* translatedLines(lines: Iterable<SourceLine>, file: string): Generator<SourceLine> {
	const iterator = lines[Symbol.iterator]();
	for (;;) {
		const next = translated(() => iterator.next(), file);
		if (next.done) return;
		yield next.value;
	}
}

function translated<T>(run: () => T, file: string): T {
	try {
		return run();
	} catch (error) {
		if (error instanceof TraceInputError) throw new BenchmarkInputError(file, error.reason, error.line);
		throw error;
	}
}
