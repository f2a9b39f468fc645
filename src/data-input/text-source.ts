/**
 * A data file's text (a trace or a benchmark file), readable whole (JSON documents) or line by line (JSON lines, logs,
 * timestamp lists) so that line-based formats can stream. Browser-safe; `file-source.ts` is the
 * node:fs version that streams from disk.
 */
import { decodeText, stripBom } from './decode-text.ts';
import { placeOf } from './input-error.ts';
import type { JsonShape } from './streamed-array.ts';

/** One line without its line ending; `number` is 1-based. */
export interface SourceLine {
	text: string;
	number: number;
}

/**
 * One line as UTF-8 bytes, `bytes[start..end)` without its line ending; `number` is 1-based.
 * The bytes are the reader's buffer: valid until the next line is read.
 */
export interface ByteLine {
	bytes: Uint8Array;
	start: number;
	end: number;
	number: number;
	/** The line as text, e.g. for a reader that needs JSON.parse. */
	text(): string;
}

/** What the importers read. */
export interface TextSource {
	/** The file name used in messages, e.g. `trace.json`. */
	file: string;
	/** The first characters (up to about 64 KiB), for format detection. */
	head(): string;
	/** The whole text (BOM removed). */
	text(): string;
	/** Every line, CR LF or LF endings removed. */
	lines(): Iterable<SourceLine>;
	/** Where the source is UTF-8 bytes (a file): every line as bytes (see `ByteLine`), so that a reader may skip making strings. */
	byteLines?: () => Iterable<ByteLine>;
	/** True when a line with more than whitespace follows the first line break, e.g. false for `'{}\n'`. */
	hasSecondLine(): boolean;
	/** The line and column of the first `needle` in the text, e.g. `find('"spans"')`; undefined when absent. */
	find(needle: string): { line: number; column: number } | undefined;
	/**
	 * Where the source can: reads its JSON document without making it one string, the arrays
	 * `shape` marks left in the file (`scan-json-file.ts`); `onUnterminatedArray` accepts a
	 * top-level array without its `]` (see `ScanOptions`).
	 */
	streamJson?: (shape: JsonShape, onUnterminatedArray?: (tail: { place: { line: number; column: number }; length: number }) => void) => unknown;
	/** The source's size in bytes (a file) or characters (a text), e.g. for sizing what an importer collects. */
	size: number;
	/** True when a streamed read may be redone as a whole-text one (the text fits one string). */
	fitsOneString?: boolean;
	/** Called with the share (0..1) read so far, for progress output. */
	onProgress?: (share: number) => void;
}

/** A source over text already in memory, e.g. `textSource('{"resourceSpans":[]}', 'a.json')`. */
export function textSource(input: string | Uint8Array, file: string): TextSource {
	const text = typeof input === 'string' ? stripBom(input) : decodeText(input, file);
	return {
		file,
		size: text.length,
		head: () => text.slice(0, 65536),
		text: () => text,
		lines: () => splitLines(text),
		find: (needle) => placeOf(text, needle),
		hasSecondLine: () => {
			const lf = text.indexOf('\n');
			return lf !== -1 && hasTextAfter(text, lf + 1);
		},
	};
}

/** True when `text` has a non-whitespace character from `from` on. */
function hasTextAfter(text: string, from: number): boolean {
	const nonSpace = /\S/g;
	nonSpace.lastIndex = from;
	return nonSpace.test(text);
}

/** Yields the lines of a text, e.g. `[...splitLines('a\r\nb')]` gives 'a' and 'b'. */
export function* splitLines(text: string, firstNumber = 1): Generator<SourceLine> {
	let number = firstNumber;
	let start = 0;
	while (start <= text.length) {
		let end = text.indexOf('\n', start);
		if (end === -1) end = text.length;
		const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
		if (end < text.length || line.length > 0) yield { text: line, number };
		number++;
		start = end + 1;
	}
}
