/**
 * Bytes to text: a UTF-8 BOM is dropped, UTF-16 LE/BE is recognised by its BOM (or, without a
 * BOM, by the zero bytes of ASCII text), anything else is strict UTF-8.
 */
import { TraceInputError } from './input-error.ts';

/** Decodes a whole file's bytes, e.g. `decodeText(readFileSync('t.json'), 't.json')`. */
export function decodeText(bytes: Uint8Array, file: string): string {
	const encoding = detectEncoding(bytes);
	try {
		// TextDecoder drops the BOM of the encoding it was given (ignoreBOM defaults to false).
		return new TextDecoder(encoding, { fatal: true }).decode(bytes);
	} catch {
		throw new TraceInputError(file, `not valid ${encoding} text`, 1, 1);
	}
}

/** The encoding of a file from its first bytes: 'utf-8', 'utf-16le' or 'utf-16be'. */
export function detectEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
	if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	if (bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) return 'utf-16le';
	if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0) return 'utf-16be';
	return 'utf-8';
}

/** Removes a leading U+FEFF left in a string that was decoded elsewhere. */
export function stripBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
