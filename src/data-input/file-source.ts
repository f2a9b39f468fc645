/**
 * A `TextSource` over a file on disk that streams its lines in 1 MiB chunks (node:fs). UTF-8
 * chunks are cut after their last newline byte (a newline byte never occurs inside a multi-byte
 * character) and their complete lines decoded as one string, each line a slice of it (a
 * string a line cost about as much as JSON.parse of the line); UTF-16 goes through a
 * streaming TextDecoder. A UTF-8 JSON document streams too (`streamJson`, scan-json-file.ts), and
 * places for messages are found in the file (`find`, file-place.ts), so no whole-file string is
 * made for a JSON trace either.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeText, detectEncoding } from './decode-text.ts';
import { findInFile } from './file-place.ts';
import { placeOf, TraceInputError } from './input-error.ts';
import { MAX_STRING_LENGTH, scanJsonFile } from './scan-json-file.ts';
import type { ByteLine, SourceLine, TextSource } from './text-source.ts';

const CHUNK = 1 << 20;
const LF = 10;
const CR = 13;

/** Opens `path` for import, e.g. `fileSource('tests/fixtures/otlp/bom.json')`. */
export function fileSource(path: string): TextSource {
	const file = basename(path);
	let fd: number;
	try {
		fd = openSync(path, 'r');
	} catch (error) {
		throw new TraceInputError(file, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
	}
	const size = fstatSync(fd).size;
	const first = Buffer.alloc(Math.min(size, 65536));
	readSync(fd, first, 0, first.length, 0);
	closeSync(fd);
	const encoding = detectEncoding(first);
	const progress = (share: number) => source.onProgress?.(share);
	// A UTF-8 file of fewer bytes than a string's most characters decodes to a string that fits.
	const fitsOneString = size <= MAX_STRING_LENGTH;
	const source: TextSource = {
		file,
		size,
		head: () => new TextDecoder(encoding).decode(first),
		text: () => {
			if (!fitsOneString && encoding === 'utf-8')
				throw new TraceInputError(file, `too large to read as one text (${size} bytes); only the JSON formats and line-based formats stream`);
			try {
				return decodeText(readFileSync(path), file);
			} catch (error) {
				if (error instanceof TraceInputError) throw error;
				throw new TraceInputError(file, `too large to read as one text (${size} bytes, ${encoding}): convert it to UTF-8 to stream it`);
			}
		},
		lines: () =>
			encoding === 'utf-8' ? streamUtf8Lines(path, file, size, progress) : streamDecodedLines(path, file, encoding, size, progress),
		hasSecondLine: () => hasSecondLine(path),
		find: (needle) => (encoding === 'utf-8' ? findInFile(path, needle) : placeOf(source.text(), needle)),
		fitsOneString,
	};
	if (encoding === 'utf-8') source.byteLines = () => streamUtf8ByteLines(path, file, size, progress);
	if (encoding === 'utf-8')
		source.streamJson = (shape, onUnterminatedArray) => scanJsonFile(path, file, shape, { onUnterminatedArray, onProgress: progress });
	return source;
}

/** The complete lines of a chunk, `buffer[start..end)` each ending in LF; `last`: the file's end, a line without LF (maybe empty). */
interface LineChunk {
	buffer: Buffer;
	start: number;
	end: number;
	last: boolean;
}

/**
 * A UTF-8 file in 1 MiB chunks cut after their last LF, checked to be UTF-8, a leading BOM
 * dropped; `lineOf` is the number of the first line of the chunk being read (for the messages of
 * a line longer than the buffer and of bad bytes). A chunk's buffer is reused by the next.
 */
function* utf8Chunks(path: string, file: string, size: number, progress: (share: number) => void, lineOf: () => number): Generator<LineChunk> {
	let buffer: Buffer = Buffer.alloc(CHUNK);
	const fd = openSync(path, 'r');
	let filled = 0; // bytes in `buffer`
	let done = 0;
	let atStart = true;
	try {
		for (;;) {
			if (filled === buffer.length) buffer = grow(buffer, file, lineOf()); // a line longer than the buffer
			const n = readSync(fd, buffer, filled, buffer.length - filled, null);
			done += n;
			filled += n;
			let start = 0;
			if (atStart && filled >= 3) {
				if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) start = 3;
				atStart = false;
			}
			const complete = filled > 0 ? buffer.lastIndexOf(LF, filled - 1) + 1 : 0; // end of the complete lines
			const checked = n === 0 ? filled : complete; // at the end, the last line too
			if (checked > start && !isUtf8(buffer.subarray(start, checked))) throw invalidUtf8(buffer, start, checked, file, lineOf());
			if (complete > start) {
				yield { buffer, start, end: complete, last: false };
				start = complete;
			}
			if (n === 0) {
				yield { buffer, start, end: filled, last: true };
				break;
			}
			buffer.copyWithin(0, start, filled);
			filled -= start;
			progress(size === 0 ? 1 : done / size);
		}
		progress(1);
	} finally {
		closeSync(fd);
	}
}

/** UTF-8 lines; a leading BOM is dropped. */
function* streamUtf8Lines(path: string, file: string, size: number, progress: (share: number) => void): Generator<SourceLine> {
	let number = 1;
	for (const { buffer, start, end, last } of utf8Chunks(path, file, size, progress, () => number)) {
		if (last) {
			if (start < end) yield { text: buffer.toString('utf8', start, buffer[end - 1] === CR ? end - 1 : end), number };
			break;
		}
		// The complete lines are decoded at once (one string, not one a line); each line is a slice of it.
		const text = buffer.toString('utf8', start, end);
		for (let from = 0, lf = text.indexOf('\n'); lf !== -1; from = lf + 1, lf = text.indexOf('\n', from))
			yield { text: text.slice(from, text.charCodeAt(lf - 1) === CR && lf > from ? lf - 1 : lf), number: number++ };
	}
}

/** UTF-8 lines as bytes (see `ByteLine`: one object, updated line by line); a leading BOM is dropped. */
function* streamUtf8ByteLines(path: string, file: string, size: number, progress: (share: number) => void): Generator<ByteLine> {
	let chunk: Buffer = Buffer.alloc(0);
	const line: ByteLine = { bytes: chunk, start: 0, end: 0, number: 0, text: () => chunk.toString('utf8', line.start, line.end) };
	for (const { buffer, start, end, last } of utf8Chunks(path, file, size, progress, () => line.number + 1)) {
		line.bytes = chunk = buffer;
		for (let from = start; from < end; ) {
			const lf = last ? end : buffer.indexOf(LF, from);
			line.start = from;
			line.end = lf > from && buffer[lf - 1] === CR ? lf - 1 : lf;
			line.number++;
			yield line;
			from = lf + 1;
		}
	}
}

/** True when a byte other than whitespace follows the file's first LF (read in 1 MiB chunks). */
function hasSecondLine(path: string): boolean {
	const buffer = Buffer.alloc(CHUNK);
	const fd = openSync(path, 'r');
	try {
		let seenLf = false;
		for (let n = readSync(fd, buffer, 0, CHUNK, null); n > 0; n = readSync(fd, buffer, 0, CHUNK, null)) {
			let i = 0;
			if (!seenLf) {
				const lf = buffer.subarray(0, n).indexOf(LF);
				if (lf === -1) continue;
				[seenLf, i] = [true, lf + 1];
			}
			for (; i < n; i++) if (buffer[i] !== 0x20 && buffer[i] !== 0x09 && buffer[i] !== LF && buffer[i] !== CR) return true;
		}
		return false;
	} finally {
		closeSync(fd);
	}
}

function grow(buffer: Buffer, file: string, line: number): Buffer {
	if (buffer.length * 2 > 2 * MAX_STRING_LENGTH)
		throw new TraceInputError(file, `line ${line} is longer than one string can be (${MAX_STRING_LENGTH} characters)`, line, 1);
	const bigger = Buffer.alloc(buffer.length * 2);
	buffer.copy(bigger);
	return bigger;
}

/** The error for invalid UTF-8 between `start` and `end`, naming the first bad line. */
function invalidUtf8(buffer: Buffer, start: number, end: number, file: string, number: number): TraceInputError {
	for (let lineEnd = buffer.indexOf(LF, start); lineEnd !== -1 && lineEnd < end; lineEnd = buffer.indexOf(LF, start)) {
		if (!isUtf8(buffer.subarray(start, lineEnd))) break;
		start = lineEnd + 1;
		number++;
	}
	return new TraceInputError(file, 'not valid utf-8 text', number, 1);
}

/** UTF-16 lines through a streaming decoder (the BOM dropped by TextDecoder). */
function* streamDecodedLines(
	path: string,
	file: string,
	encoding: string,
	size: number,
	progress: (share: number) => void,
): Generator<SourceLine> {
	const decoder = new TextDecoder(encoding, { fatal: true });
	const buffer = Buffer.alloc(CHUNK);
	const fd = openSync(path, 'r');
	let rest = '';
	let number = 1;
	let done = 0;
	try {
		for (;;) {
			const n = readSync(fd, buffer, 0, CHUNK, null);
			done += n;
			let text: string;
			try {
				text = rest + decoder.decode(buffer.subarray(0, n), { stream: n > 0 });
			} catch {
				throw new TraceInputError(file, `not valid ${encoding} text`, number, 1);
			}
			let start = 0;
			for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
				yield { text: text.charCodeAt(end - 1) === CR ? text.slice(start, end - 1) : text.slice(start, end), number: number++ };
				start = end + 1;
			}
			rest = text.slice(start);
			progress(size === 0 ? 1 : done / size);
			if (n === 0) break;
		}
		if (rest.length > 0) yield { text: rest.endsWith('\r') ? rest.slice(0, -1) : rest, number };
	} finally {
		closeSync(fd);
	}
}
