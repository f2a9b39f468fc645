/**
 * Places in a UTF-8 file too large to hold as one string, for messages: the line and column of
 * a byte offset, and of the first occurrence of a text. Lines and columns count as they do in
 * the decoded text (`lineColumn` in input-error.ts): columns in UTF-16 code units, a leading
 * BOM not counted. Each call reads the file up to the place in 1 MiB chunks; they run only for
 * an error or the first warning of a kind.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 1 << 20;
const LF = 10;

/** A 1-based line and column. */
export interface Place {
	line: number;
	column: number;
}

/** The place of byte `offset` of the file at `path`, e.g. `bytePlace('t.json', 0)` is `{ line: 1, column: 1 }`. */
export function bytePlace(path: string, offset: number): Place {
	const fd = openSync(path, 'r');
	const buffer = Buffer.alloc(CHUNK);
	let line = 1;
	let column = 1;
	let bom = false;
	try {
		for (let base = 0; base < offset; ) {
			const n = readSync(fd, buffer, 0, Math.min(CHUNK, offset - base), base);
			if (n === 0) break;
			if (base === 0 && n >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) bom = true;
			let start = 0;
			for (let lf = buffer.indexOf(LF, 0); lf !== -1 && lf < n; lf = buffer.indexOf(LF, start)) {
				line++;
				column = 1;
				start = lf + 1;
			}
			column += utf16Length(buffer, start, n);
			base += n;
		}
	} finally {
		closeSync(fd);
	}
	return { line, column: bom && line === 1 ? column - 1 : column };
}

/** The place of the first `needle` in the file, or undefined, e.g. `findInFile('t.json', '"spans"')`. */
export function findInFile(path: string, needle: string): Place | undefined {
	const bytes = Buffer.from(needle);
	if (bytes.length === 0 || bytes.length > CHUNK / 2) return undefined;
	const fd = openSync(path, 'r');
	const buffer = Buffer.alloc(CHUNK);
	try {
		// Each read overlaps the previous one by the needle's length less one byte.
		for (let base = 0; ; ) {
			const n = readSync(fd, buffer, 0, CHUNK, base);
			const at = buffer.subarray(0, n).indexOf(bytes);
			if (at !== -1) return bytePlace(path, base + at);
			if (n < CHUNK) return undefined;
			base += n - bytes.length + 1;
		}
	} finally {
		closeSync(fd);
	}
}

/** UTF-16 code units of the UTF-8 bytes `start`..`end`: one per character, two from U+10000 on. */
function utf16Length(buffer: Uint8Array, start: number, end: number): number {
	let units = 0;
	for (let i = start; i < end; i++) {
		const b = buffer[i];
		if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
	}
	return units;
}
