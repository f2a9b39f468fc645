/**
 * An OTLP/JSON request read straight from its UTF-8 bytes into the span table, for the shape
 * exporters write (the collector's file exporter, the SDKs' OTLP/JSON): no string is made for an
 * id or a time, and a name, key or value is made once and then found again from its bytes.
 * Why our own reader: JSON.parse makes an object for every span, attribute and value, and the
 * importer reads each and drops it; the parse and that garbage were most of a large import, and
 * no JSON library reads into columns. A tokenizer in JavaScript (@streamparser/json) was measured
 * slower than JSON.parse (scan-json-file.ts); this is not one: it knows OTLP's keys and makes no
 * token, only checking the bytes it walks.
 *
 * It reads a strict subset of JSON and of OTLP and gives up (`readRequest` false) at anything
 * else: an escape, a control character or a byte beyond ASCII in a string; a repeated key; an id
 * not of 16 (span) or 32 (trace) hex digits; a time or an int64 as a JSON number; a span without
 * its start or end, or ending before it starts; span events; an array, kvlist or bytes value; the
 * older `instrumentationLibrarySpans`; and whatever JSON.parse would reject. The caller then rolls
 * the table back and reads the request through JSON.parse (otlp.ts), which gives the warnings and
 * errors. What it reads, it stores as that path does, in the same order, so the subset only
 * decides the speed (tests/unit/trace/otlp-bytes.test.ts). It reads a JSON line's request
 * (`readRequest`) and a span of a document's streamed `spans` list (`readSpan`). Browser-safe.
 */
import type { AttributeValue } from '../model.ts';
import { toAttributeValue } from './attribute-value.ts';
import { addKindAndStatus } from './kind-and-status.ts';
import type { NextSpan, SpanTable } from './span-table.ts';
import { hexWordBytes, isBefore, readDecimalBytes, type Uint64 } from '../../data-input/uint64.ts';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** Names, keys and values found again from their bytes: the last string of each hash slot. */
const CACHE_SIZE = 4096;
/** Deeper values than this (only in skipped parts) are left to JSON.parse. */
const MAX_DEPTH = 64;
const DECODER = new TextDecoder();

/**
 * The keys of one kind of object, as bytes, and which key came after each the last time: an
 * exporter writes the members of every span (attribute, value) in one order, so the key after
 * the last one found is known before it is read (`guess()`), e.g. "value" after "key", and
 * "stringValue" after "stringValue" (the next attribute's).
 */
class Keys {
	readonly bytes: Uint8Array[];
	private readonly after: Int32Array;
	private last = 0;
	constructor(names: string[]) {
		this.bytes = names.map((name) => new TextEncoder().encode(name));
		this.after = Int32Array.from(names, (_, k) => (k + 1) % names.length);
	}

	/** The key expected next. */
	guess(): number {
		return this.after[this.last];
	}

	/** Notes that key `k` came. */
	found(k: number): void {
		this.after[this.last] = k;
		this.last = k;
	}
}

const REQUEST = new Keys(['resourceSpans']);
const [RESOURCE_SPANS] = [0];
const RESOURCE_SPAN = new Keys(['resource', 'scopeSpans', 'instrumentationLibrarySpans']);
const [RESOURCE, SCOPE_SPANS, LIBRARY_SPANS] = [0, 1, 2];
const RESOURCE_KEYS = new Keys(['attributes']);
const [RESOURCE_ATTRIBUTES] = [0];
const SCOPE_SPAN = new Keys(['spans']);
const [SPANS] = [0];
const SPAN = new Keys(['traceId', 'spanId', 'parentSpanId', 'name', 'kind', 'startTimeUnixNano', 'endTimeUnixNano', 'attributes', 'events', 'status']);
const [TRACE_ID, SPAN_ID, PARENT_SPAN_ID, NAME, KIND, START, END, ATTRIBUTES, EVENTS, STATUS] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const KEY_VALUE = new Keys(['key', 'value']);
const [KEY, VALUE] = [0, 1];
const ANY_VALUE = new Keys(['stringValue', 'intValue', 'boolValue', 'doubleValue']);
const [STRING_VALUE, INT_VALUE, BOOL_VALUE, DOUBLE_VALUE] = [0, 1, 2, 3];
const STATUS_KEYS = new Keys(['code', 'message']);
const [CODE, MESSAGE] = [0, 1];
const TRUE_BYTES = new TextEncoder().encode('true');
const FALSE_BYTES = new TextEncoder().encode('false');
const NULL_BYTES = new TextEncoder().encode('null');

/** Thrown inside the reader where the bytes leave its subset. */
const GIVE_UP = new Error('not in the byte reader subset');
function giveUp(): never {
	throw GIVE_UP;
}

/** Reads OTLP/JSON requests from bytes into `spans`, e.g. `new OtlpByteReader(table).readRequest(bytes, 0, bytes.length)`. */
export class OtlpByteReader {
	private readonly spans: SpanTable;
	private b: Uint8Array = new Uint8Array(0);
	/** The next byte and the end of the request. */
	private p = 0;
	private end = 0;
	/** The string just scanned: `b[from..to)` and its hash. */
	private from = 0;
	private to = 0;
	private hash = 0;
	private readonly cacheText: string[] = new Array<string>(CACHE_SIZE).fill('');
	private readonly cacheHash = new Int32Array(CACHE_SIZE);
	/** The span's attributes, stored once the span is read whole. */
	private keys: string[] = [];
	private values: AttributeValue[] = [];
	private count = 0;
	/** The span's name and kind number (0: none). */
	private name = '';
	private kind = 0;
	/** The value `anyValue` read. */
	private value: AttributeValue = '';
	private statusCode = 0;
	private statusMessage = '';

	constructor(spans: SpanTable) {
		this.spans = spans;
	}

	/**
	 * Reads the request `bytes[start..end)` (one JSON line) into the table; false when it leaves the
	 * subset, having maybe stored some of its spans (the caller rolls the table back).
	 */
	readRequest(bytes: Uint8Array, start: number, end: number): boolean {
		this.b = bytes;
		this.p = start;
		this.end = end;
		try {
			this.request();
			return this.ws() === -1;
		} catch (error) {
			if (error === GIVE_UP) return false;
			throw error;
		}
	}

	/**
	 * Reads the span `bytes[start..end)` (an element of a streamed `spans` list) into the table in
	 * lane `lane`; false, having stored nothing, when it leaves the subset.
	 */
	readSpan(bytes: Uint8Array, start: number, end: number, lane: string): boolean {
		this.b = bytes;
		this.p = start;
		this.end = end;
		try {
			this.readSpanMembers();
			if (this.ws() !== -1) return false;
			this.storeSpan(lane);
			return true;
		} catch (error) {
			if (error === GIVE_UP) return false;
			throw error;
		}
	}

	private request(): void {
		let found = false;
		this.open(OPEN_OBJECT);
		if (this.closes(CLOSE_OBJECT)) giveUp();
		do {
			const key = this.key(REQUEST);
			if (key === RESOURCE_SPANS) {
				if (found) giveUp();
				found = true;
				this.list(() => this.resourceSpans());
			} else this.skip(0);
		} while (!this.closesAfter(CLOSE_OBJECT));
		if (!found) giveUp();
	}

	/** A `[`..`]` list of objects, `element` reading each from its `{`. */
	private list(element: () => void): void {
		this.open(OPEN_ARRAY);
		if (this.closes(CLOSE_ARRAY)) return;
		do element();
		while (!this.closesAfter(CLOSE_ARRAY));
	}

	private resourceSpans(): void {
		let lane: string | null = null;
		let resource = false;
		let scopes = false;
		this.open(OPEN_OBJECT);
		if (this.closes(CLOSE_OBJECT)) giveUp();
		do {
			const key = this.key(RESOURCE_SPAN);
			// The resource names the lane of the spans after it: one read after them is JSON.parse's.
			if (key === RESOURCE) {
				if (resource || scopes) giveUp();
				resource = true;
				lane = this.resource();
			} else if (key === SCOPE_SPANS) {
				if (scopes) giveUp();
				scopes = true;
				const name = lane ?? 'unknown service';
				this.list(() => this.scopeSpans(name));
			} else if (key === LIBRARY_SPANS) giveUp();
			else this.skip(0);
		} while (!this.closesAfter(CLOSE_OBJECT));
		if (!scopes) giveUp();
	}

	/** The resource's `service.name` (its last value, as an object keeps it), or null when it has no text one. */
	private resource(): string | null {
		let service: string | null = null;
		let attributes = false;
		this.open(OPEN_OBJECT);
		if (this.closes(CLOSE_OBJECT)) return null;
		do {
			if (this.key(RESOURCE_KEYS) === RESOURCE_ATTRIBUTES) {
				if (attributes) giveUp();
				attributes = true;
				this.count = 0;
				this.attributes();
				for (let k = 0; k < this.count; k++) if (this.keys[k] === 'service.name') service = typeof this.values[k] === 'string' ? (this.values[k] as string) : null;
			} else this.skip(0);
		} while (!this.closesAfter(CLOSE_OBJECT));
		return service;
	}

	private scopeSpans(lane: string): void {
		let spans = false;
		this.open(OPEN_OBJECT);
		if (this.closes(CLOSE_OBJECT)) giveUp();
		do {
			if (this.key(SCOPE_SPAN) === SPANS) {
				if (spans) giveUp();
				spans = true;
				this.list(() => this.span(lane));
			} else this.skip(0);
		} while (!this.closesAfter(CLOSE_OBJECT));
		if (!spans) giveUp();
	}

	/** One span, stored once it is read whole, as `readSpan` (otlp.ts) stores it. */
	private span(lane: string): void {
		this.readSpanMembers();
		this.storeSpan(lane);
	}

	/** Reads a span's members into `spans.next` and the reader's fields (`storeSpan` stores them). */
	private readSpanMembers(): void {
		const next = this.spans.next;
		next.idText = null;
		next.traceText = null;
		next.parentText = null;
		next.hasTrace = false;
		next.hasParent = false;
		let seen = 0;
		this.name = '';
		this.kind = 0;
		this.count = 0;
		this.statusCode = 0;
		this.statusMessage = '';
		this.open(OPEN_OBJECT);
		if (this.closes(CLOSE_OBJECT)) giveUp();
		do {
			const key = this.key(SPAN);
			if (key !== -1) {
				if ((seen & (1 << key)) !== 0) giveUp();
				seen |= 1 << key;
			}
			if (key === TRACE_ID) this.traceId(next);
			else if (key === SPAN_ID) this.hexId(next.id);
			else if (key === PARENT_SPAN_ID) next.hasParent = this.parentId(next.parent);
			else if (key === NAME) this.name = this.text();
			else if (key === KIND) this.kind = this.smallInteger();
			else if (key === START) this.nanos(next.start);
			else if (key === END) this.nanos(next.end);
			else if (key === ATTRIBUTES) this.attributes();
			else if (key === EVENTS) this.emptyList();
			else if (key === STATUS) this.status();
			else this.skip(0);
		} while (!this.closesAfter(CLOSE_OBJECT));
		const required = (1 << SPAN_ID) | (1 << START) | (1 << END);
		if ((seen & required) !== required || isBefore(next.end, next.start)) giveUp();
		next.hasEnd = true;
	}

	/** Stores the span just read, as `readSpan` (otlp.ts) stores one: its attributes, then its kind and status. */
	private storeSpan(lane: string): void {
		const spans = this.spans;
		spans.add(this.name, lane);
		for (let k = 0; k < this.count; k++) spans.attribute(this.keys[k], this.values[k]);
		addKindAndStatus(spans, this.kind, this.statusCode, this.statusMessage);
	}

	/** A list of attributes, kept in `keys` and `values` after those `count` says. */
	private attributes(): void {
		this.open(OPEN_ARRAY);
		if (this.closes(CLOSE_ARRAY)) return;
		do this.keyValue();
		while (!this.closesAfter(CLOSE_ARRAY));
	}

	/** A `{"key": ..., "value": {...}}` attribute, kept in `keys` and `values`. */
	private keyValue(): void {
		let key: string | null = null;
		let value: AttributeValue | null = null;
		this.open(OPEN_OBJECT);
		if (this.closes(CLOSE_OBJECT)) giveUp();
		do {
			const which = this.key(KEY_VALUE);
			if (which === KEY) {
				if (key !== null) giveUp();
				key = this.text();
			} else if (which === VALUE) {
				if (value !== null) giveUp();
				this.anyValue();
				value = this.value;
			} else this.skip(0);
		} while (!this.closesAfter(CLOSE_OBJECT));
		if (key === null || value === null) giveUp();
		const k = this.count++;
		this.keys[k] = key;
		this.values[k] = value;
	}

	/** An AnyValue of one string, int64 (as a string), bool or double, into `value`, as `anyValue` (otlp.ts) reads it. */
	private anyValue(): void {
		this.open(OPEN_OBJECT);
		if (this.closes(CLOSE_OBJECT)) giveUp();
		const which = this.key(ANY_VALUE);
		if (which === STRING_VALUE) this.value = this.text();
		else if (which === INT_VALUE) this.value = this.int64();
		else if (which === BOOL_VALUE) this.value = this.bool();
		else if (which === DOUBLE_VALUE) this.value = toAttributeValue(this.double());
		else giveUp();
		// A second kind of value is JSON.parse's to read.
		if (!this.closesAfter(CLOSE_OBJECT)) giveUp();
	}

	private status(): void {
		let code = false;
		let message = false;
		this.open(OPEN_OBJECT);
		if (this.closes(CLOSE_OBJECT)) return;
		do {
			const key = this.key(STATUS_KEYS);
			if (key === CODE) {
				if (code) giveUp();
				code = true;
				this.statusCode = this.smallInteger();
			} else if (key === MESSAGE) {
				if (message) giveUp();
				message = true;
				this.statusMessage = this.text();
			} else this.skip(0);
		} while (!this.closesAfter(CLOSE_OBJECT));
	}

	private emptyList(): void {
		this.open(OPEN_ARRAY);
		if (!this.closes(CLOSE_ARRAY)) giveUp();
	}

	/** A trace id of 32 hex digits, or '' for none. */
	private traceId(next: NextSpan): void {
		const at = this.quoted();
		const b = this.b;
		if (at < this.end && b[at] === QUOTE) {
			next.hasTrace = false;
			this.p = at + 1;
			return;
		}
		if (at + 32 >= this.end || b[at + 32] !== QUOTE) giveUp();
		for (let w = 0; w < 4; w++) {
			const word = hexWordBytes(b, at + 8 * w);
			if (word < 0) giveUp();
			next.trace[w] = word;
		}
		next.hasTrace = true;
		this.p = at + 33;
	}

	/** A span id of 16 hex digits. */
	private hexId(out: Uint64): void {
		const at = this.quoted();
		if (at + 16 >= this.end || this.b[at + 16] !== QUOTE) giveUp();
		const high = hexWordBytes(this.b, at);
		const low = hexWordBytes(this.b, at + 8);
		if (high < 0 || low < 0) giveUp();
		out.high = high;
		out.low = low;
		out.big = null;
		this.p = at + 17;
	}

	/** A parent span id of 16 hex digits (true), or '' for none (false). */
	private parentId(out: Uint64): boolean {
		const at = this.quoted();
		if (at < this.end && this.b[at] === QUOTE) {
			this.p = at + 1;
			return false;
		}
		this.hexId(out);
		return true;
	}

	/** A time: a string of 1 to 20 digits below 2^64. */
	private nanos(out: Uint64): void {
		const at = this.quoted();
		// Times now have 19 digits: then the closing quote is known without a scan.
		if (at + 19 < this.end && this.b[at + 19] === QUOTE && readDecimalBytes(this.b, at, at + 19, out)) {
			this.p = at + 20;
			return;
		}
		let i = at;
		while (i < this.end && i - at <= 20 && this.b[i] !== QUOTE) i++;
		if (i >= this.end || this.b[i] !== QUOTE || !readDecimalBytes(this.b, at, i, out)) giveUp();
		this.p = i + 1;
	}

	/** An int64 given as a string of up to 15 digits (a safe integer), with an optional minus. */
	private int64(): number {
		const at = this.quoted();
		const b = this.b;
		const negative = at < this.end && b[at] === MINUS;
		let i = negative ? at + 1 : at;
		const first = i;
		let value = 0;
		for (; i < this.end && b[i] >= 0x30 && b[i] <= 0x39; i++) value = value * 10 + (b[i] - 0x30);
		if (i === first || i - first > 15 || i >= this.end || b[i] !== QUOTE) giveUp();
		this.p = i + 1;
		return negative ? -value : value;
	}

	/** A non-negative JSON integer of up to 9 digits, e.g. a span kind or a status code. */
	private smallInteger(): number {
		const c = this.ws();
		if (c < 0x30 || c > 0x39) giveUp();
		const b = this.b;
		const from = this.p;
		let i = from;
		let value = 0;
		for (; i < this.end && b[i] >= 0x30 && b[i] <= 0x39; i++) value = value * 10 + (b[i] - 0x30);
		// A leading zero, a fraction or an exponent: JSON.parse's.
		if (i - from > 9 || (c === 0x30 && i - from > 1) || (i < this.end && (b[i] === 0x2e || b[i] === 0x65 || b[i] === 0x45))) giveUp();
		this.p = i;
		return value;
	}

	private bool(): boolean {
		const c = this.ws();
		if (c === 0x74 && this.literal(TRUE_BYTES)) return true;
		if (c === 0x66 && this.literal(FALSE_BYTES)) return false;
		return giveUp();
	}

	/** A JSON number as JSON.parse reads it (Number of the same text rounds the same way). */
	private double(): number {
		this.ws();
		const from = this.p;
		this.number();
		return Number(latin1(this.b, from, this.p));
	}

	/** Skips any JSON value, checking its syntax (`depth`: of the containers around it, in skipped parts). */
	private skip(depth: number): void {
		const c = this.ws();
		if (c === QUOTE) this.string();
		else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
			if (depth > MAX_DEPTH) giveUp();
			const close = c === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY;
			this.p++;
			if (this.closes(close)) return;
			do {
				if (c === OPEN_OBJECT) this.key(null);
				this.skip(depth + 1);
			} while (!this.closesAfter(close));
		} else if (c === 0x74) {
			if (!this.literal(TRUE_BYTES)) giveUp();
		} else if (c === 0x66) {
			if (!this.literal(FALSE_BYTES)) giveUp();
		} else if (c === 0x6e) {
			if (!this.literal(NULL_BYTES)) giveUp();
		} else this.number();
	}

	/** Checks the JSON number at `p` and moves past it. */
	private number(): void {
		const b = this.b;
		const end = this.end;
		let i = this.p;
		if (i < end && b[i] === MINUS) i++;
		if (i < end && b[i] === 0x30) i++;
		else if (i < end && b[i] >= 0x31 && b[i] <= 0x39) while (i < end && b[i] >= 0x30 && b[i] <= 0x39) i++;
		else giveUp();
		if (i < end && b[i] === 0x2e) {
			i++;
			if (!(i < end && b[i] >= 0x30 && b[i] <= 0x39)) giveUp();
			while (i < end && b[i] >= 0x30 && b[i] <= 0x39) i++;
		}
		if (i < end && (b[i] === 0x65 || b[i] === 0x45)) {
			i++;
			if (i < end && (b[i] === 0x2b || b[i] === MINUS)) i++;
			if (!(i < end && b[i] >= 0x30 && b[i] <= 0x39)) giveUp();
			while (i < end && b[i] >= 0x30 && b[i] <= 0x39) i++;
		}
		this.p = i;
	}

	/** True (and moved past it) when the bytes at `p` are `word` (`true`, `false`, `null`). */
	private literal(word: Uint8Array): boolean {
		if (this.p + word.length > this.end) return false;
		for (let i = 0; i < word.length; i++) if (this.b[this.p + i] !== word[i]) return false;
		this.p += word.length;
		return true;
	}

	/** Reads a key and its colon: its index in `keys`, or -1 for another key. */
	private key(keys: Keys | null): number {
		if (this.ws() !== QUOTE) giveUp();
		let found = keys === null ? -1 : keys.guess();
		if (found === -1 || !this.quotedIs(keys!.bytes[found])) {
			found = -1;
			this.keyString();
			if (keys !== null) for (let k = 0; k < keys.bytes.length && found === -1; k++) if (this.scanned(keys.bytes[k])) found = k;
		}
		if (found !== -1) keys!.found(found);
		if (this.ws() !== COLON) giveUp();
		this.p++;
		return found;
	}

	/** True, and `p` moved past it, when the string whose quote is at `p` is `name` (whose bytes are plain ASCII). */
	private quotedIs(name: Uint8Array): boolean {
		const b = this.b;
		const at = this.p + 1;
		const n = name.length;
		if (at + n >= this.end || b[at + n] !== QUOTE) return false;
		for (let i = 0; i < n; i++) if (b[at + i] !== name[i]) return false;
		this.p = at + n + 1;
		return true;
	}

	/** Scans a key (quote at `p`) into `from` and `to`, as `string` does but without its hash. */
	private keyString(): void {
		const b = this.b;
		const end = this.end;
		let i = this.p + 1;
		for (;;) {
			if (i >= end) giveUp();
			const c = b[i];
			if (c === QUOTE) break;
			if (c < 0x20 || c === BACKSLASH || c >= 0x80) giveUp();
			i++;
		}
		this.from = this.p + 1;
		this.to = i;
		this.p = i + 1;
	}

	/** True when the string just scanned has the bytes `name`. */
	private scanned(name: Uint8Array): boolean {
		if (this.to - this.from !== name.length) return false;
		for (let i = 0; i < name.length; i++) if (this.b[this.from + i] !== name[i]) return false;
		return true;
	}

	/** The string value at `p` as text: found again in the cache when its bytes were seen. */
	private text(): string {
		if (this.ws() !== QUOTE) giveUp();
		this.string();
		const slot = (this.hash ^ (this.hash >>> 12)) & (CACHE_SIZE - 1);
		const known = this.cacheText[slot];
		if (this.cacheHash[slot] === this.hash && known.length === this.to - this.from && sameText(known, this.b, this.from)) return known;
		const text = latin1(this.b, this.from, this.to);
		this.cacheText[slot] = text;
		this.cacheHash[slot] = this.hash;
		return text;
	}

	/** Scans the string whose quote is at `p` into `from`, `to` and `hash`; plain ASCII without escapes only. */
	private string(): void {
		const b = this.b;
		const end = this.end;
		let i = this.p + 1;
		let h = FNV_OFFSET;
		for (;;) {
			if (i >= end) giveUp();
			const c = b[i];
			if (c === QUOTE) break;
			if (c < 0x20 || c === BACKSLASH || c >= 0x80) giveUp();
			h = Math.imul(h ^ c, FNV_PRIME);
			i++;
		}
		this.from = this.p + 1;
		this.to = i;
		this.hash = h;
		this.p = i + 1;
	}

	/** The index just after the opening quote of the string value at `p`. */
	private quoted(): number {
		if (this.ws() !== QUOTE) giveUp();
		return this.p + 1;
	}

	/** Moves past `bracket` (`{` or `[`), which must come next. */
	private open(bracket: number): void {
		if (this.ws() !== bracket) giveUp();
		this.p++;
	}

	/** True (and moved past it) when `close` comes next, as in an empty object or list. */
	private closes(close: number): boolean {
		if (this.ws() !== close) return false;
		this.p++;
		return true;
	}

	/** After a member or element: true (and moved past it) at `close`, false past a comma. */
	private closesAfter(close: number): boolean {
		const c = this.ws();
		this.p++;
		if (c === COMMA) return false;
		if (c === close) return true;
		return giveUp();
	}

	/** The next byte that is not JSON whitespace, `p` moved to it; -1 at the end. */
	private ws(): number {
		const b = this.b;
		let i = this.p;
		while (i < this.end) {
			const c = b[i];
			if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) {
				this.p = i;
				return c;
			}
			i++;
		}
		this.p = i;
		return -1;
	}
}

/** True when the ASCII `text` has the bytes at `from`. */
function sameText(text: string, bytes: Uint8Array, from: number): boolean {
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== bytes[from + i]) return false;
	return true;
}

/** The ASCII bytes `bytes[from..to)` as text. */
function latin1(bytes: Uint8Array, from: number, to: number): string {
	return to - from <= 64 ? String.fromCharCode.apply(null, bytes.subarray(from, to) as unknown as number[]) : DECODER.decode(bytes.subarray(from, to));
}
