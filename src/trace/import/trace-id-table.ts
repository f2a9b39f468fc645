/**
 * The distinct trace ids of an import, numbered 0, 1, 2, ... in order of first appearance, so
 * that a span table can keep a span's trace as one integer: a span's identity is (trace id,
 * span id) in OTLP (https://opentelemetry.io/docs/specs/otel/trace/api/#spancontext), and a
 * parent is looked up within its own trace. Ids of 32 hex digits (the OTLP/JSON form) are kept
 * as four 32-bit words in a hash table, not as strings (why: see span-table.ts); their text is
 * made once per trace, when a record asks for it. Browser-safe.
 */
import { normalizeId } from './otlp-ids.ts';

/** Numbers trace ids, e.g. `ids.number('5b8efff798038103d269b633813fc60c')` is 0 the first time. */
export class TraceIdTable {
	private count = 0;
	/** Four words per number; for an id that is not 32 hex digits, unused. */
	private words = new Uint32Array(4 * 256);
	/** Open addressing: the number at each slot, -1 free. */
	private slots = new Int32Array(512).fill(-1);
	/** Ids that are not 32 hex digits once normalized, by their lower-case hex. */
	private others = new Map<string, number>();
	private texts: (string | undefined)[] = [];
	private lastText = '';
	private lastNumber = -1;
	private readonly scratch = new Uint32Array(4);

	/** The number of a trace id given in hex or base64 (see `normalizeId`); -1 when it is neither. */
	number(text: string): number {
		// Spans of one trace often follow each other.
		if (text === this.lastText && this.lastNumber !== -1) return this.lastNumber;
		let n: number;
		if (readWords(text, this.scratch)) n = this.numberOfWords(this.scratch);
		else {
			const hex = normalizeId(text);
			if (hex === null) return -1;
			if (readWords(hex, this.scratch)) n = this.numberOfWords(this.scratch);
			else {
				n = this.others.get(hex) ?? -1;
				if (n === -1) {
					n = this.add();
					this.others.set(hex, n);
					this.texts[n] = hex;
				}
			}
		}
		this.lastText = text;
		this.lastNumber = n;
		return n;
	}

	/** The lower-case hex of a trace number, e.g. '5b8efff798038103d269b633813fc60c'. */
	text(n: number): string {
		let text = this.texts[n];
		if (text === undefined) {
			const w = this.words;
			text = this.texts[n] = hex8(w[4 * n]) + hex8(w[4 * n + 1]) + hex8(w[4 * n + 2]) + hex8(w[4 * n + 3]);
		}
		return text;
	}

	private numberOfWords(id: Uint32Array): number {
		const mask = this.slots.length - 1;
		let slot = hash(id) & mask;
		for (let n = this.slots[slot]; n !== -1; n = this.slots[slot]) {
			const w = this.words;
			if (w[4 * n] === id[0] && w[4 * n + 1] === id[1] && w[4 * n + 2] === id[2] && w[4 * n + 3] === id[3]) return n;
			slot = (slot + 1) & mask;
		}
		const n = this.add();
		this.words.set(id, 4 * n);
		this.slots[slot] = n;
		if (2 * this.count > this.slots.length) this.rehash();
		return n;
	}

	private add(): number {
		if (4 * (this.count + 1) > this.words.length) {
			const words = new Uint32Array(2 * this.words.length);
			words.set(this.words);
			this.words = words;
		}
		this.texts.push(undefined);
		return this.count++;
	}

	/** Doubles the hash table; numbers of non-hex ids (in `others`) are not in it. */
	private rehash(): void {
		const slots = new Int32Array(2 * this.slots.length).fill(-1);
		const mask = slots.length - 1;
		const id = new Uint32Array(4);
		for (let n = 0; n < this.count; n++) {
			if (this.texts[n] !== undefined && this.others.get(this.texts[n]!) === n) continue;
			id.set(this.words.subarray(4 * n, 4 * n + 4));
			let slot = hash(id) & mask;
			while (slots[slot] !== -1) slot = (slot + 1) & mask;
			slots[slot] = n;
		}
		this.slots = slots;
	}
}

/** Char codes of the lower-case hex digits. */
const HEX_CODES = [...'0123456789abcdef'].map((c) => c.charCodeAt(0));

/** A 32-bit word as 8 lower-case hex digits, e.g. 255 -> '000000ff'. */
function hex8(x: number): string {
	const c = HEX_CODES;
	return String.fromCharCode(c[x >>> 28], c[(x >>> 24) & 15], c[(x >>> 20) & 15], c[(x >>> 16) & 15], c[(x >>> 12) & 15], c[(x >>> 8) & 15], c[(x >>> 4) & 15], c[x & 15]);
}

/** Reads exactly 32 hex digits (either case) into four words; false for anything else. */
function readWords(text: string, out: Uint32Array): boolean {
	if (text.length !== 32) return false;
	for (let w = 0; w < 4; w++) {
		let word = 0;
		for (let i = 8 * w; i < 8 * w + 8; i++) {
			const code = text.charCodeAt(i);
			const digit = code >= 48 && code <= 57 ? code - 48 : code >= 97 && code <= 102 ? code - 87 : code >= 65 && code <= 70 ? code - 55 : -1;
			if (digit < 0) return false;
			word = word * 16 + digit;
		}
		out[w] = word;
	}
	return true;
}

/** A well-spread 32-bit hash of four words. */
function hash(id: Uint32Array): number {
	let h = Math.imul(id[0] ^ Math.imul(id[1], 0x9e3779b1), 0x85ebca6b) ^ Math.imul(id[2] ^ Math.imul(id[3], 0xc2b2ae35), 0x27d4eb2f);
	h ^= h >>> 15;
	return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 12);
}
