/**
 * The file source's streamed lines (`file-source.ts`): read from 1 MiB chunks, decoded a chunk
 * at a time, they must be the lines of the same text in memory (`splitLines`), whatever falls on
 * a chunk boundary: CR LF, a multi-byte character, a line longer than a chunk, a BOM.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { stripBom } from '../../../src/data-input/decode-text.ts';
import { fileSource } from '../../../src/data-input/file-source.ts';
import { splitLines } from '../../../src/data-input/text-source.ts';

const MIB = 1 << 20;

/** Writes `text` to a temporary file and checks its streamed lines against `splitLines`. */
function checkLines(text: string): void {
	const dir = mkdtempSync(join(tmpdir(), 'file-source-'));
	try {
		const path = join(dir, 'lines.txt');
		writeFileSync(path, text);
		const streamed = [...fileSource(path).lines()];
		const expected = [...splitLines(stripBom(text))];
		assert.equal(streamed.length, expected.length, 'number of lines');
		for (let i = 0; i < expected.length; i++) assert.deepEqual(streamed[i], expected[i], `line ${i + 1}`);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Lines of lengths 0..`max` (deterministic), LF or CR LF, with a multi-byte character in some, about `bytes` in all. */
function manyLines(bytes: number, max: number): string {
	const parts: string[] = [];
	let size = 0;
	for (let i = 0; size < bytes; i++) {
		const length = (i * 7919) % max;
		const line = 'x'.repeat(length) + (i % 3 === 0 ? 'é€😀' : '') + (i % 2 === 0 ? '\r\n' : '\n');
		parts.push(line);
		size += Buffer.byteLength(line);
	}
	return parts.join('');
}

test('file source: short lines, LF and CR LF, empty lines, no newline at the end', () => checkLines('a\nb\r\n\n\r\nc'));

test('file source: lines across several chunk boundaries, with CR LF and multi-byte characters', () =>
	checkLines(manyLines(3 * MIB, 5000)));

test('file source: a CR LF and a multi-byte character cut by the first chunk boundary', () => {
	checkLines('y'.repeat(MIB - 1) + '\r\nnext\n');
	checkLines('y'.repeat(MIB - 2) + '€tail\nnext');
});

test('file source: a line longer than a chunk (the buffer grows), after a BOM', () =>
	checkLines('\ufeff' + 'short\n' + 'z'.repeat(2.5 * MIB) + '\r\nlast line\n'));
