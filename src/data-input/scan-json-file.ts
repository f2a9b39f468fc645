/**
 * Reads a JSON document from a UTF-8 file without ever holding it as one string (V8 limits a
 * string to 0x1fffffe8 characters, about 512 MiB) nor as one tree of objects. One pass over
 * 1 MiB chunks walks the levels a `JsonShape` names: each element of an array marked 'stream'
 * is only delimited (strings skipped, brackets matched, its byte range kept), and is parsed by
 * JSON.parse, one element at a time, each time its `StreamedArray` is iterated (or given as its
 * bytes, `StreamedArray.bytes()`, to a reader that needs no JSON.parse: otlp-bytes.ts); every
 * other value is parsed whole by JSON.parse. The bytes are checked to be UTF-8 as they are read.
 * Syntax errors are `TraceInputError`s at `file:line:col` (the place found by reading the file
 * again up to the error's byte, `file-place.ts`) with the reasons `findJsonError` gives.
 *
 * Why our own scanner and not a streaming tokenizer such as @streamparser/json (0.0.26):
 * a tokenizer in JavaScript makes a token and a callback for every
 * string, number and bracket, where here the native JSON.parse does the per-value work and the
 * scanner only looks for quotes and brackets. Measured once on the 70 MB
 * single-document benchmark file (200,000 spans; 2 shared cores): @streamparser/json's
 * Tokenizer alone 1.6-2.2 s, its JSONParser giving the 200,000 spans 2.6-2.7 s; this scanner
 * with JSON.parse of every span 0.74-0.94 s (one JSON.parse of the whole text: 1.2 s).
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { bytePlace, type Place } from './file-place.ts';
import { TraceInputError } from './input-error.ts';
import { findJsonError } from './json-error.ts';
import { parseJsonValue } from './parse-json.ts';
import { StreamedArray, type JsonShape } from './streamed-array.ts';

const CHUNK = 1 << 20;
/** The share of the progress given to delimiting (the first pass); parsing the elements takes the rest. */
const PASS_SHARE = 0.25;
/** V8's longest string (`String.kMaxLength` on 64-bit platforms), in UTF-16 code units. */
export const MAX_STRING_LENGTH = 0x1fffffe8;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const LF = 0x0a;
const WHITESPACE = new Uint8Array(256);
for (const c of [0x20, 0x09, 0x0a, 0x0d]) WHITESPACE[c] = 1;
/** Bytes that `skipContainer` looks at: quotes and brackets. */
const STRUCTURAL = new Uint8Array(256);
for (const c of [QUOTE, OPEN_OBJECT, CLOSE_OBJECT, OPEN_ARRAY, CLOSE_ARRAY]) STRUCTURAL[c] = 1;
/** Bytes that end a number or literal. */
const DELIMITER = WHITESPACE.slice();
for (const c of [COMMA, CLOSE_OBJECT, CLOSE_ARRAY]) DELIMITER[c] = 1;

/** Options of `scanJsonFile`. */
export interface ScanOptions {
	/**
	 * Set to accept a top-level array that ends without `]` (as Chrome trace files may): the
	 * complete elements are kept, and this is called with the partial last element's place and
	 * length in UTF-16 code units (0 when there is none).
	 */
	onUnterminatedArray?: (tail: { place: Place; length: number }) => void;
	/** Called with the share (0..1) of the work done: delimiting is the first quarter, parsing the elements the rest. */
	onProgress?: (share: number) => void;
}

/**
 * The JSON value of the UTF-8 file at `path` (named `file` in messages), arrays marked 'stream'
 * in `shape` as `StreamedArray`s, e.g. `scanJsonFile('t.json', 't.json', { object: { traceEvents: 'stream' } })`.
 */
export function scanJsonFile(path: string, file: string, shape: JsonShape, options: ScanOptions = {}): unknown {
	const scanner = new Scanner(path, file, options);
	try {
		scanner.skipBom();
		const value = scanner.value(shape, true);
		const c = scanner.skipWhitespace();
		if (c !== -1) scanner.fail(`unexpected ${scanner.show()} after the end of the JSON value`);
		return value;
	} catch (error) {
		if (error === END) scanner.failAt(scanner.offset(), 'truncated JSON: unexpected end of input');
		throw error;
	} finally {
		scanner.close();
	}
}

/** Thrown inside the scanner at the end of the input; becomes a `TraceInputError` or a repaired array. */
class EndOfInput {}
const END = new EndOfInput();

class Scanner {
	private readonly fd: number;
	private buffer = Buffer.alloc(CHUNK);
	/** File offset of `buffer[0]`; `end` bytes of `buffer` are valid; `pos` is the next byte. */
	private base = 0;
	private end = 0;
	pos = 0;
	/** The file's size in bytes. */
	private readonly size: number;
	/** An incomplete UTF-8 character at the end of the last chunk, checked with the next one. */
	private pending = Buffer.alloc(0);
	/** Open brackets of the container being skipped. */
	private stack = new Uint8Array(256);
	readonly path: string;
	readonly file: string;
	private readonly options: ScanOptions;

	constructor(path: string, file: string, options: ScanOptions) {
		this.path = path;
		this.file = file;
		this.options = options;
		this.fd = openSync(path, 'r');
		this.size = fstatSync(this.fd).size;
		this.load();
	}

	close(): void {
		closeSync(this.fd);
	}

	skipBom(): void {
		const b = this.buffer;
		if (this.end >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) this.pos = 3;
	}

	/** The file offset of the next byte. */
	offset(): number {
		return this.base + this.pos;
	}

	/** Reads the next chunk; false at the end of the file. */
	private load(): boolean {
		this.base += this.end;
		const n = readSync(this.fd, this.buffer, 0, CHUNK, this.base);
		this.end = n;
		this.pos = 0;
		this.checkUtf8(n);
		if (n > 0) this.options.onProgress?.((PASS_SHARE * (this.base + n)) / Math.max(this.size, 1));
		return n > 0;
	}

	/** The next byte, not consumed, reading on as needed; -1 at the end of the file. */
	peek(): number {
		if (this.pos === this.end && !this.load()) return -1;
		return this.buffer[this.pos];
	}

	skipWhitespace(): number {
		for (;;) {
			const buffer = this.buffer;
			const end = this.end;
			let i = this.pos;
			while (i < end && WHITESPACE[buffer[i]] === 1) i++;
			this.pos = i;
			if (i < end) return buffer[i];
			if (!this.load()) return -1;
		}
	}

	/**
	 * A value at this level of `shape`: an object or array walked into, a streamed array, or a
	 * value parsed whole. `top`: the document's own value (where an unterminated array is repaired).
	 */
	value(shape: JsonShape | undefined, top = false): unknown {
		const c = this.skipWhitespace();
		if (c === -1) this.endOfInput();
		if (shape === 'stream' && c === OPEN_ARRAY) return this.streamedArray(top);
		if (shape !== undefined && shape !== 'stream') {
			if (c === OPEN_OBJECT && shape.object) return this.object(shape.object);
			if (c === OPEN_ARRAY && shape.array) return this.array(shape.array);
		}
		return this.whole();
	}

	private object(keys: Readonly<Record<string, JsonShape>>): Record<string, unknown> {
		const out: Record<string, unknown> = {};
		this.pos++;
		if (this.skipWhitespace() === CLOSE_OBJECT) return this.pos++, out;
		for (;;) {
			if (this.skipWhitespace() !== QUOTE) this.fail(`expected a property name in double quotes, found ${this.show()}`);
			const start = this.offset();
			this.pos++;
			this.skipString();
			const key = this.parse(start, this.offset()) as string;
			if (this.skipWhitespace() !== COLON) this.fail(`expected ':' after a property name, found ${this.show()}`);
			this.pos++;
			const value = this.value(Object.hasOwn(keys, key) ? keys[key] : undefined);
			// As JSON.parse does: a repeated key's last value wins, and "__proto__" is a plain key.
			Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
			const c = this.skipWhitespace();
			if (c === COMMA) this.pos++;
			else if (c === CLOSE_OBJECT) return this.pos++, out;
			else this.fail(`expected ',' or '}' after a property value, found ${this.show()}`);
		}
	}

	private array(element: JsonShape): unknown[] {
		const out: unknown[] = [];
		this.pos++;
		if (this.skipWhitespace() === CLOSE_ARRAY) return this.pos++, out;
		for (;;) {
			out.push(this.value(element));
			const c = this.skipWhitespace();
			if (c === COMMA) this.pos++;
			else if (c === CLOSE_ARRAY) return this.pos++, out;
			else this.fail(`expected ',' or ']' after an array element, found ${this.show()}`);
		}
	}

	/** An array whose elements are only delimited here, and parsed on iteration. */
	private streamedArray(top: boolean): StreamedArray {
		let starts = new Float64Array(1024);
		let ends = new Float64Array(1024);
		let count = 0;
		const open = this.offset();
		this.pos++;
		try {
			if (this.skipWhitespace() === CLOSE_ARRAY) this.pos++;
			else
				for (;;) {
					if (this.skipWhitespace() === -1) this.endOfInput();
					if (count === starts.length) [starts, ends] = [grow(starts), grow(ends)];
					const start = this.offset();
					this.skipValue();
					starts[count] = start;
					ends[count++] = this.offset();
					const c = this.skipWhitespace();
					if (c === COMMA) this.pos++;
					else if (c === CLOSE_ARRAY) {
						this.pos++;
						break;
					} else this.fail(`expected ',' or ']' after an array element, found ${this.show()}`);
				}
		} catch (error) {
			if (error !== END || !top || !this.options.onUnterminatedArray) throw error;
			this.unterminated(count === 0 ? open + 1 : ends[count - 1]);
		}
		const [first, last] = [starts.subarray(0, count), ends.subarray(0, count)];
		const { path, file } = this;
		const parsed = (bytes: Buffer, from: number, to: number, offset: number) => parseAt(bytes.toString('utf8', from, to), offset, path, file);
		return new StreamedArray(
			count,
			(needle) => readElements(path, file, first, last, needle, this.options.onProgress, parsed),
			() => {
				// One object, updated element by element (see `ElementBytes`).
				const element = { bytes: Buffer.alloc(0) as Buffer, start: 0, end: 0, offset: 0, parse: () => parsed(element.bytes, element.start, element.end, element.offset) };
				return readElements(path, file, first, last, undefined, this.options.onProgress, (bytes, from, to, offset) => {
					element.bytes = bytes;
					element.start = from;
					element.end = to;
					element.offset = offset;
					return element;
				});
			},
		);
	}

	/** Reports the text from byte `after` (the end of the last complete element, or the `[`) of an unterminated top-level array. */
	private unterminated(after: number): void {
		if (this.size - after > MAX_STRING_LENGTH) this.failAt(after, 'truncated JSON: an unterminated array whose last element is too large to read');
		const tail = readRange(this.fd, after, this.size).toString('utf8');
		// The text after the last element, less whitespace and one comma (as parseChromeText drops them).
		const rest = tail.replace(/^\s*,?\s*/, '');
		const place = bytePlace(this.path, this.size - Buffer.byteLength(rest));
		this.options.onUnterminatedArray!({ place, length: rest.length });
	}

	/** A value parsed whole by JSON.parse (it must fit one string). */
	private whole(): unknown {
		const start = this.offset();
		this.skipValue();
		return this.parse(start, this.offset());
	}

	/** Parses the bytes `start`..`end` of the file. */
	private parse(start: number, end: number): unknown {
		if (end - start > MAX_STRING_LENGTH)
			this.failAt(start, `a single JSON value of ${end - start} bytes is too large to read (the limit is one string of ${MAX_STRING_LENGTH} characters)`);
		return parseAt(this.range(start, end).toString('utf8'), start, this.path, this.file);
	}

	/** Skips one value of any kind (strings, brackets and literals only delimited). */
	private skipValue(): void {
		const c = this.skipWhitespace();
		if (c === QUOTE) {
			this.pos++;
			this.skipString();
		} else if (c === OPEN_OBJECT || c === OPEN_ARRAY) this.skipContainer();
		else if (c === -1) this.endOfInput();
		else this.skipLiteral();
	}

	/**
	 * Skips a string's characters and its closing quote (the opening one is consumed): a loop over
	 * the bytes, which for the short strings of traces is faster than a Buffer.indexOf call each.
	 */
	private skipString(): void {
		let escaped = false; // the chunk before ended in the backslash of an escape
		for (;;) {
			const buffer = this.buffer;
			const end = this.end;
			let i = this.pos;
			if (escaped && i < end) [i, escaped] = [i + 1, false];
			for (; i < end; i++) {
				const c = buffer[i];
				if (c === QUOTE) {
					this.pos = i + 1;
					return;
				}
				if (c === BACKSLASH) {
					if (i + 1 === end) escaped = true;
					i++;
				}
			}
			this.pos = end;
			if (!this.load()) this.endOfInput();
		}
	}

	/** Skips an object or array, matching brackets (the rest of its syntax is JSON.parse's to check). */
	private skipContainer(): void {
		const start = this.offset();
		let stack = this.stack;
		let depth = 0;
		let buffer = this.buffer;
		let end = this.end;
		let i = this.pos;
		for (;;) {
			if (i >= end) {
				this.pos = end;
				if (!this.load()) this.endOfInput();
				buffer = this.buffer;
				end = this.end;
				i = this.pos;
				continue;
			}
			const c = buffer[i];
			if (STRUCTURAL[c] === 0) {
				i++;
				continue;
			}
			if (c === QUOTE) {
				// A string that ends in this chunk is skipped here; one that goes on into the next, by skipString.
				const open = i++;
				while (i < end) {
					const d = buffer[i];
					if (d === QUOTE) break;
					i += d === BACKSLASH ? 2 : 1;
				}
				if (i < end) {
					i++;
					continue;
				}
				this.pos = open + 1;
				this.skipString();
				buffer = this.buffer;
				end = this.end;
				i = this.pos;
				continue;
			}
			if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
				if (depth === stack.length) this.stack = stack = grow(stack);
				stack[depth++] = c;
			} else {
				if (stack[--depth] !== (c === CLOSE_OBJECT ? OPEN_OBJECT : OPEN_ARRAY)) {
					this.pos = i;
					this.mismatched(start);
				}
				if (depth === 0) {
					this.pos = i + 1;
					return;
				}
			}
			i++;
		}
	}

	private skipLiteral(): void {
		for (;;) {
			const buffer = this.buffer;
			const end = this.end;
			let i = this.pos;
			while (i < end && DELIMITER[buffer[i]] === 0) i++;
			this.pos = i;
			if (i < end || !this.load()) return;
		}
	}

	/** Fails at a bracket that closes the wrong thing (the next byte), in a container from `start`, for the reason JSON.parse's checker gives. */
	private mismatched(start: number): never {
		const end = this.offset() + 1;
		const found = end - start <= MAX_STRING_LENGTH ? findJsonError(this.range(start, end).toString('utf8')) : null;
		if (found) this.failAt(start + Buffer.byteLength(this.range(start, end).toString('utf8').slice(0, found.offset)), found.reason);
		return this.fail(`unexpected ${this.show()}: it closes a bracket of the other kind`);
	}

	/** The bytes `start`..`end` of the file (from the buffer when they are in it). */
	private range(start: number, end: number): Buffer {
		return start >= this.base && end <= this.base + this.end ? this.buffer.subarray(start - this.base, end - this.base) : readRange(this.fd, start, end);
	}

	/** The next character, quoted, for messages, e.g. `"}"` or `end of input`. */
	show(): string {
		const c = this.peek();
		if (c === -1) return 'end of input';
		return JSON.stringify(this.buffer.toString('utf8', this.pos, Math.min(this.pos + 4, this.end))[0]);
	}

	endOfInput(): never {
		throw END;
	}

	fail(reason: string): never {
		return this.failAt(this.offset(), reason);
	}

	failAt(offset: number, reason: string): never {
		const { line, column } = bytePlace(this.path, offset);
		throw new TraceInputError(this.file, reason, line, column);
	}

	/** Checks that the `n` bytes just read (with the incomplete character before them) are UTF-8. */
	private checkUtf8(n: number): void {
		const b = this.buffer;
		let from = 0;
		if (this.pending.length > 0) {
			while (from < n && from < 3 && (b[from] & 0xc0) === 0x80) from++;
			if (!isUtf8(Buffer.concat([this.pending, b.subarray(0, from)]))) this.badUtf8(this.base - this.pending.length);
			this.pending = Buffer.alloc(0);
		}
		// The last character may continue in the next chunk.
		let cut = n;
		for (let i = n - 1; i >= Math.max(from, n - 3); i--) {
			if ((b[i] & 0xc0) === 0x80) continue;
			// A byte from 0xf8 on never starts a character: checked now, as one that is complete.
			const need = b[i] >= 0xf8 ? 1 : b[i] >= 0xf0 ? 4 : b[i] >= 0xe0 ? 3 : b[i] >= 0xc0 ? 2 : 1;
			if (i + need > n) cut = i;
			break;
		}
		if (cut < n) this.pending = Buffer.from(b.subarray(cut, n));
		if (!isUtf8(b.subarray(from, cut))) this.badUtf8(this.base + from, from, cut);
		if (n === 0 && this.pending.length > 0) this.badUtf8(this.base - this.pending.length);
	}

	/** Fails at the line of byte `offset`, or at the first line of the buffer's bytes `from`..`cut` that is not UTF-8. */
	private badUtf8(offset: number, from?: number, cut?: number): never {
		let at = offset;
		if (from !== undefined && cut !== undefined)
			for (let start = from; start < cut; ) {
				const lf = this.buffer.subarray(start, cut).indexOf(LF);
				const end = lf === -1 ? cut : start + lf;
				if (!isUtf8(this.buffer.subarray(start, end))) {
					at = this.base + start;
					break;
				}
				start = end + 1;
			}
		throw new TraceInputError(this.file, 'not valid utf-8 text', bytePlace(this.path, at).line, 1);
	}
}

/**
 * The elements `starts[k]`..`ends[k]` of the file, one at a time (see `StreamedArray`), each as
 * `make` gives it from its bytes `buffer[from..to)` at file offset `offset`; with `needle`, only
 * those whose bytes contain it or a `\u` escape.
 */
function* readElements<T>(
	path: string,
	file: string,
	starts: Float64Array,
	ends: Float64Array,
	needle: string | undefined,
	onProgress: ((share: number) => void) | undefined,
	make: (buffer: Buffer, from: number, to: number, offset: number) => T,
): Generator<T> {
	const count = starts.length;
	if (count === 0) return;
	const wanted = needle === undefined ? null : Buffer.from(needle);
	const escape = Buffer.from('\\u');
	const fd = openSync(path, 'r');
	// Enough for the elements, up to a chunk (a document may have hundreds of short lists).
	let buffer = Buffer.alloc(Math.min(CHUNK, ends[count - 1] - starts[0]));
	let base = starts[0]; // file offset of buffer[0]
	let filled = 0;
	const last = ends[count - 1];
	try {
		for (let k = 0; k < count; k++) {
			const start = starts[k];
			const end = ends[k];
			if (end > base + filled) {
				// Keep the unread bytes from `start` on, then read on until the element is in the buffer.
				const keep = Math.max(0, base + filled - start);
				buffer.copyWithin(0, filled - keep, filled);
				[base, filled] = [start, keep];
				if (end - base > buffer.length) {
					const bigger = Buffer.alloc(Math.max(2 * buffer.length, end - base));
					buffer.copy(bigger, 0, 0, filled);
					buffer = bigger;
				}
				while (base + filled < end) {
					const n = readSync(fd, buffer, filled, Math.min(buffer.length - filled, last - base - filled), base + filled);
					if (n === 0) throw new TraceInputError(file, 'the file changed while it was read (it is shorter now)');
					filled += n;
				}
				if (wanted === null) onProgress?.(PASS_SHARE + ((1 - PASS_SHARE) * (base + filled - starts[0])) / (last - starts[0]));
			}
			const from = start - base;
			const to = end - base;
			if (wanted !== null) {
				const bytes = buffer.subarray(from, to);
				if (bytes.indexOf(wanted) === -1 && bytes.indexOf(escape) === -1) continue;
			}
			yield make(buffer, from, to, start);
		}
	} finally {
		closeSync(fd);
	}
}

/** JSON.parse of `text`, found at byte `offset` of the file; a syntax error names its place in the file. */
function parseAt(text: string, offset: number, path: string, file: string): unknown {
	try {
		return parseJsonValue(text);
	} catch (error) {
		const found = findJsonError(text);
		const at = offset + (found ? Buffer.byteLength(text.slice(0, found.offset)) : 0);
		const { line, column } = bytePlace(path, at);
		throw new TraceInputError(file, found?.reason ?? `invalid JSON: ${(error as Error).message}`, line, column);
	}
}

function readRange(fd: number, start: number, end: number): Buffer {
	const bytes = Buffer.alloc(end - start);
	for (let done = 0; done < bytes.length; ) {
		const n = readSync(fd, bytes, done, bytes.length - done, start + done);
		if (n === 0) break;
		done += n;
	}
	return bytes;
}

function grow<T extends Float64Array | Uint8Array>(array: T): T {
	const bigger = new (array.constructor as new (n: number) => T)(array.length * 2);
	bigger.set(array);
	return bigger;
}
