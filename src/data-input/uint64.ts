/**
 * 64-bit unsigned integers (nanosecond times, 16-hex-digit span ids) read from JSON values into
 * two exact 32-bit halves, without making a BigInt per value: an import of 200,000 spans would
 * otherwise make 600,000 short-lived BigInts. Browser-safe.
 */

const TWO_32 = 4294967296;
const TWO_16 = 65536;

/** A reusable holder: `high` and `low` 32-bit halves, or `big` when the value is 2^64 or more. */
export class Uint64 {
	high = 0;
	low = 0;
	big: bigint | null = null;

	/** The value as a BigInt, e.g. 1730710862123456789n. */
	toBigInt(): bigint {
		return this.big ?? (BigInt(this.high) << 32n) | BigInt(this.low);
	}
}

/**
 * Reads a nanosecond time given as 1 to 20 decimal digits or a non-negative safe JSON integer
 * (what `/^\d{1,20}$/` then `BigInt` accepted before); false for anything else.
 */
export function readNanos(value: unknown, out: Uint64): boolean {
	if (typeof value === 'number') {
		if (!Number.isSafeInteger(value) || value < 0) return false;
		out.high = Math.floor(value / TWO_32);
		out.low = value - out.high * TWO_32;
		out.big = null;
		return true;
	}
	return typeof value === 'string' && readDecimal(value, out);
}

/** Reads 1 to 20 ASCII digits, e.g. '1730710862123456789'. */
function readDecimal(text: string, out: Uint64): boolean {
	const n = text.length;
	if (n === 0 || n > 20) return false;
	// value = head * 1e9 + tail, with tail the last 9 digits (head < 1e11, both exact doubles).
	const split = Math.max(0, n - 9);
	let head = 0;
	let tail = 0;
	// A character that is not a digit gives a digit value outside 0..9 (unsigned: above 9).
	let bad = 0;
	for (let i = 0; i < split; i++) {
		const digit = text.charCodeAt(i) - 48;
		bad |= digit >>> 0 > 9 ? 1 : 0;
		head = head * 10 + digit;
	}
	for (let i = split; i < n; i++) {
		const digit = text.charCodeAt(i) - 48;
		bad |= digit >>> 0 > 9 ? 1 : 0;
		tail = tail * 10 + digit;
	}
	if (bad !== 0) return false;
	setHeadTail(head, tail, out);
	out.big = out.high >= TWO_32 ? BigInt(text) : null;
	return true;
}

/**
 * Reads the 1 to 20 ASCII digits `bytes[from..to)` below 2^64, e.g. the bytes of '1730710862123456789';
 * false for anything else (a value of 2^64 or more too: the caller reads it from text).
 */
export function readDecimalBytes(bytes: Uint8Array, from: number, to: number, out: Uint64): boolean {
	const n = to - from;
	if (n <= 0 || n > 20) return false;
	const split = from + Math.max(0, n - 9);
	let head = 0;
	let tail = 0;
	let bad = 0;
	for (let i = from; i < split; i++) {
		const digit = bytes[i] - 48;
		bad |= digit >>> 0 > 9 ? 1 : 0;
		head = head * 10 + digit;
	}
	for (let i = split; i < to; i++) {
		const digit = bytes[i] - 48;
		bad |= digit >>> 0 > 9 ? 1 : 0;
		tail = tail * 10 + digit;
	}
	if (bad !== 0) return false;
	setHeadTail(head, tail, out);
	out.big = null;
	return out.high < TWO_32;
}

/** Sets `out` to head * 1e9 + tail (head < 1e11, tail < 1e9), exactly. */
function setHeadTail(head: number, tail: number, out: Uint64): void {
	// head = h1 * 2^16 + h0, so value = (h1 * 1e9) * 2^16 + (h0 * 1e9 + tail); every product stays below 2^53.
	const h1 = Math.floor(head / TWO_16);
	const y = h1 * 1e9;
	const x = (head - h1 * TWO_16) * 1e9 + tail;
	const yHigh = Math.floor(y / TWO_16);
	const lowSum = (y - yHigh * TWO_16) * TWO_16 + x;
	const carry = Math.floor(lowSum / TWO_32);
	out.high = yHigh + carry;
	out.low = lowSum - carry * TWO_32;
}

/** The value of each hex digit's character code below 128 (either case), e.g. [0x66] ('f') = 15; -1 for any other. */
const HEX_VALUE = new Int8Array(128).fill(-1);
for (let d = 0; d < 16; d++) {
	HEX_VALUE['0123456789abcdef'.charCodeAt(d)] = d;
	HEX_VALUE['0123456789ABCDEF'.charCodeAt(d)] = d;
}

/**
 * The 32-bit value of the 8 hex digits (either case) of `text` from `at`, e.g. 'c3c1b174' -> 0xc3c1b174;
 * -1 when one is not a hex digit (or `text` ends first). A table lookup a digit, the checks
 * folded into one at the end: reading the ids was a tenth of a large import.
 */
export function hexWord(text: string, at: number): number {
	let word = 0;
	let bad = at + 8 > text.length ? -1 : 0;
	for (let i = at; i < at + 8; i++) {
		const code = text.charCodeAt(i);
		const digit = code < 128 ? HEX_VALUE[code] : -1;
		bad |= digit;
		word = (word << 4) | (digit & 15);
	}
	return bad < 0 ? -1 : word >>> 0;
}

/** `hexWord` of the bytes `bytes[at..at + 8)`, e.g. of the bytes of 'c3c1b174'; -1 when one is not a hex digit or the bytes end first. */
export function hexWordBytes(bytes: Uint8Array, at: number): number {
	let word = 0;
	let bad = at + 8 > bytes.length ? -1 : 0;
	for (let i = at; i < at + 8; i++) {
		const code = bytes[i];
		const digit = code < 128 ? HEX_VALUE[code] : -1;
		bad |= digit;
		word = (word << 4) | (digit & 15);
	}
	return bad < 0 ? -1 : word >>> 0;
}

/** Reads exactly 16 hex digits (either case), e.g. 'EEE19B7EC3C1B174'; false for anything else. */
export function readHexId(text: string, out: Uint64): boolean {
	if (text.length !== 16) return false;
	const high = hexWord(text, 0);
	const low = hexWord(text, 8);
	if (high < 0 || low < 0) return false;
	out.high = high;
	out.low = low;
	out.big = null;
	return true;
}

/** True when `a` < `b`. */
export function isBefore(a: Uint64, b: Uint64): boolean {
	if (a.big !== null || b.big !== null) return a.toBigInt() < b.toBigInt();
	return a.high < b.high || (a.high === b.high && a.low < b.low);
}

/** `b` - `a` as an exact number (b >= a), or -1 when it is 2^53 or more (then use BigInts). */
export function exactDifference(a: Uint64, b: Uint64): number {
	if (a.big !== null || b.big !== null) return -1;
	const d = (b.high - a.high) * TWO_32 + (b.low - a.low);
	return d <= Number.MAX_SAFE_INTEGER ? d : -1;
}
