/**
 * Spans kept column by column while a large file is parsed, turned into model records only at
 * the end. Why: parsing a 70 MB OTLP file makes about 1 KB of short-lived garbage per span; if
 * every span's record objects are made in between, V8 sees much of each young-generation
 * collection survive and grows the young generation to its maximum (about 130 MB of resident
 * memory). Here a span keeps nothing of its own on the JS heap (times, 16-hex-digit ids, indexes
 * and attribute values sit in typed arrays, repeated strings once in a table). At the end the
 * spans are put in the model's order and their parents found from the numeric ids (so
 * `finishTrace` needs no id map); the trace's analysis columns (`TraceColumns`) are read from the
 * table, and the records are made, in one allocation-only pass, only when they are asked for:
 * `inspect` makes none. A span's identity is its trace
 * and its span id (OTLP: https://opentelemetry.io/docs/specs/otel/trace/api/#spancontext): two
 * traces may reuse a span id, and a parent is looked up within its own trace. Browser-safe.
 */
import { reasonFromAttributes, reasonFromText, REASON_KEYS } from './attribute-value.ts';
import type { ColumnSpans } from './finish-trace.ts';
import { WAKE_REASONS, type AttributeValue, type TraceColumns, type TraceEvent, type TraceRecord } from '../model.ts';
import { normalizeId } from './otlp-ids.ts';
import { orderByKey } from './order-by-key.ts';
import { exactDifference, hexWord, readHexId, Uint64 } from '../../data-input/uint64.ts';

const TWO_32 = 4294967296;
const HAS_DURATION = 1;
const HAS_PARENT = 2;
const HAS_TRACE = 4;
/** Attribute value kinds (`kind` column). */
const STRING = 0;
const NUMBER = 1;
const TRUE = 2;
const FALSE = 3;
/** Repeated strings are pooled up to this many distinct ones, each up to this length. */
const MAX_POOLED = 1 << 16;
const MAX_POOLED_LENGTH = 256;
/**
 * The events of every record without events: one shared, frozen empty list instead of an array
 * per record (an import of 200,000 spans made 200,000 of them); pushing to it throws.
 */
const NO_EVENTS: TraceEvent[] = Object.freeze([]) as unknown as TraceEvent[];
/**
 * Bytes of OTLP/JSON a span and an attribute take at the least, about: a span's ids, times and
 * name are some 150 bytes, and with its attributes usually 300 or more; an attribute is some 40.
 */
const BYTES_PER_SPAN = 256;
const BYTES_PER_ATTRIBUTE = 64;
/** How many records before a child are looked at for its parent before the hash table. */
const NEAR_PARENT = 4;
/** How many attribute positions remember their last key. */
const RECENT_KEYS = 8;
/** Char codes of the lower-case hex digits. */
const HEX_CODES = [...'0123456789abcdef'].map((c) => c.charCodeAt(0));
/** Index of the low and high 32-bit half of a 64-bit column entry in its Uint32Array view. */
const [LOW, HIGH] = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? [0, 1] : [1, 0];

/** The span being read: filled by the importer, then stored by `SpanTable.add`. */
export class NextSpan {
	/** The id as two 32-bit halves, unless `idText` holds it. */
	id = new Uint64();
	idText: string | null = null;
	start = new Uint64();
	end = new Uint64();
	hasEnd = false;
	parent = new Uint64();
	parentText: string | null = null;
	hasParent = false;
	/** The trace id as four 32-bit words, unless `traceText` holds it; see `hasTrace`. */
	trace = new Uint32Array(4);
	traceText: string | null = null;
	hasTrace = false;

	/** Takes a trace id in hex or base64 (see `normalizeId`); false (and no trace) when it is neither. */
	setTraceId(text: string): boolean {
		this.traceText = null;
		this.hasTrace = readHex128(text, this.trace);
		if (!this.hasTrace) {
			const hex = normalizeId(text);
			this.hasTrace = hex !== null;
			if (hex !== null && !readHex128(hex, this.trace)) this.traceText = hex;
		}
		return this.hasTrace;
	}

	/** Takes a span id in hex or base64 (see `normalizeId`); false when it is neither. */
	setId(text: string): boolean {
		if (readHexId(text, this.id)) {
			this.idText = null;
			return true;
		}
		this.idText = normalizeId(text);
		return this.idText !== null;
	}

	/** Takes a parent span id; false (and no parent) when it is not a valid id. */
	setParent(text: string): boolean {
		this.hasParent = readHexId(text, this.parent);
		this.parentText = null;
		if (!this.hasParent) {
			this.parentText = normalizeId(text);
			this.hasParent = this.parentText !== null;
		}
		return this.hasParent;
	}
}

/** A growing list of spans: fill `next`, `add` it, then its `attribute`s and `setEvents`; at the end `finish()`. */
export class SpanTable {
	/** The span being read. */
	readonly next = new NextSpan();
	private count = 0;
	/** Trace ids of 32 hex digits, four words a span (valid where the HAS_TRACE flag is set). */
	private trace = new Uint32Array(4096);
	/** Trace ids that are not 32 hex digits, by span index. */
	private otherTraces = new Map<number, string>();
	/** 64-bit columns (ids, times) as pairs of 32-bit halves. */
	private id = new Uint32Array(2048);
	private parent = new Uint32Array(2048);
	private start = new BigUint64Array(1024);
	private duration = new BigUint64Array(1024);
	private startHalves = new Uint32Array(this.start.buffer);
	private durationHalves = new Uint32Array(this.duration.buffer);
	private flags = new Uint8Array(1024);
	private name = new Int32Array(1024);
	private lane = new Int32Array(1024);
	/** Index of each span's first attribute in the attribute columns. */
	private firstAttribute = new Int32Array(1024);
	/** Ids that are not 16 hex digits, by span index. */
	private otherIds = new Map<number, string>();
	private otherParents = new Map<number, string>();
	/** Times of 2^64 ns or more, and durations of 2^53 ns or more, by span index. */
	private wide = new Map<number, { start: bigint; duration?: bigint }>();
	private events = new Map<number, TraceEvent[]>();
	private attributes = 0;
	private key = new Int32Array(4096);
	private kind = new Uint8Array(4096);
	private value = new Float64Array(4096);
	private strings: string[] = [];
	private pool = new Map<string, number>();
	/** Whether each string table entry is one of `REASON_KEYS`. */
	private reasonKey: boolean[] = [];
	private recentKeys: string[] = new Array<string>(RECENT_KEYS).fill('');
	private recentKeyIndexes = new Int32Array(RECENT_KEYS).fill(-1);
	private recentValues: string[] = new Array<string>(RECENT_KEYS).fill('');
	private recentValueIndexes = new Int32Array(RECENT_KEYS).fill(-1);
	private lastLane = '';
	private lastLaneIndex = -1;
	/** Each span's start in ns from the earliest start, set by `canonicalOrder`. */
	private startKeys: Float64Array | null = null;

	/**
	 * A table sized for a source of `sourceSize` bytes: room for a span every `BYTES_PER_SPAN`
	 * bytes and an attribute every `BYTES_PER_ATTRIBUTE` (more grows the columns), so that a large
	 * file's columns are not copied at every doubling; pages of a column that stay unused are
	 * not touched.
	 */
	constructor(sourceSize = 0) {
		const spans = Math.max(1024, Math.ceil(sourceSize / BYTES_PER_SPAN));
		if (spans > this.flags.length) this.resizeSpans(spans);
		const attributes = Math.max(4096, Math.ceil(sourceSize / BYTES_PER_ATTRIBUTE));
		if (attributes > this.key.length) this.resizeAttributes(attributes);
	}

	/** Stores `next` as a span named `name` in lane `lane`, e.g. `add('reconcile', 'memcached-operator')`. */
	add(name: string, lane: string): void {
		const s = this.next;
		const i = this.count++;
		if (i === this.flags.length) this.growSpans();
		if (s.idText === null) putId(this.id, i, s.id);
		else this.otherIds.set(i, s.idText);
		if (s.hasParent) {
			if (s.parentText === null) putId(this.parent, i, s.parent);
			else this.otherParents.set(i, s.parentText);
		}
		const durationNs = s.hasEnd ? exactDifference(s.start, s.end) : 0;
		if (s.start.big !== null || durationNs === -1)
			this.wide.set(
				i,
				s.hasEnd ? { start: s.start.toBigInt(), duration: s.end.toBigInt() - s.start.toBigInt() } : { start: s.start.toBigInt() },
			);
		else {
			putTime(this.startHalves, i, s.start.high, s.start.low);
			const high = Math.floor(durationNs / TWO_32);
			putTime(this.durationHalves, i, high, durationNs - high * TWO_32);
		}
		this.flags[i] = (s.hasEnd ? HAS_DURATION : 0) | (s.hasParent ? HAS_PARENT : 0) | (s.hasTrace ? HAS_TRACE : 0);
		if (s.hasTrace) {
			if (s.traceText === null) for (let w = 0; w < 4; w++) this.trace[4 * i + w] = s.trace[w];
			else this.otherTraces.set(i, s.traceText);
		}
		this.name[i] = this.intern(name);
		if (lane !== this.lastLane) [this.lastLane, this.lastLaneIndex] = [lane, this.intern(lane)];
		this.lane[i] = this.lastLaneIndex;
		this.firstAttribute[i] = this.attributes;
	}

	/** A point to `rollback` to: the spans and attributes stored so far. */
	mark(): { spans: number; attributes: number } {
		return { spans: this.count, attributes: this.attributes };
	}

	/** Forgets every span added since `mark` (interned strings and trace ids stay: they are harmless). */
	rollback(mark: { spans: number; attributes: number }): void {
		this.count = mark.spans;
		this.attributes = mark.attributes;
		for (const map of [this.otherIds, this.otherParents, this.otherTraces, this.wide, this.events]) for (const i of map.keys()) if (i >= mark.spans) map.delete(i);
	}

	/** Sets an attribute of the last added span (a later value for the same key replaces it, as on an object). */
	attribute(key: string, value: AttributeValue): void {
		const j = this.attributes++;
		if (j === this.key.length) this.growAttributes();
		// Spans of one kind list the same keys in the same order: check the key seen at this position first.
		const position = j - this.firstAttribute[this.count - 1];
		if (position < RECENT_KEYS && key === this.recentKeys[position] && this.recentKeyIndexes[position] !== -1) this.key[j] = this.recentKeyIndexes[position];
		else {
			this.key[j] = this.intern(key);
			if (position < RECENT_KEYS) [this.recentKeys[position], this.recentKeyIndexes[position]] = [key, this.key[j]];
		}
		if (typeof value === 'string') {
			this.kind[j] = STRING;
			// Likewise the value (e.g. a result most spans share): a string compare is cheaper than the pool's hash.
			if (position < RECENT_KEYS && value === this.recentValues[position] && this.recentValueIndexes[position] !== -1) this.value[j] = this.recentValueIndexes[position];
			else {
				this.value[j] = this.intern(value);
				if (position < RECENT_KEYS) {
					this.recentValues[position] = value;
					this.recentValueIndexes[position] = this.value[j];
				}
			}
		} else if (typeof value === 'number') {
			this.kind[j] = NUMBER;
			this.value[j] = value;
		} else this.kind[j] = value ? TRUE : FALSE;
	}

	/** Gives the last added span its events (kept as they are: spans rarely have many). */
	setEvents(events: TraceEvent[]): void {
		if (events.length > 0) this.events.set(this.count - 1, events);
	}

	/**
	 * The spans, finished. When the times allow exact float keys and the ids are unique and of
	 * 16 (span) and 32 (trace) hex digits: in the model's canonical order (start, lane, id, trace
	 * id) with their parents found, kept in columns (`ColumnSpans`: the analysis reads those, and
	 * records are made only when asked for). Otherwise every span as a record, in the order added
	 * (`finishTrace` sorts them and finds their parents). Making the records empties the table.
	 */
	finish(): ColumnSpans | TraceRecord[] {
		const order = this.canonicalOrder();
		const parents = order && this.parentIndexes(order);
		if (!order || !parents) return this.makeRecords(null, null);
		return {
			count: this.count,
			parent: parents,
			namesParent: (k) => (this.flags[order[k]] & HAS_PARENT) !== 0,
			columns: (parent) => this.columns(order, parent),
			records: () => this.makeRecords(order, parents),
		};
	}

	/** Every span as a record, in `order` (null: as added); `parents` (in that order) lend children their parent's id strings. */
	private makeRecords(order: Int32Array | null, parents: Int32Array | null): TraceRecord[] {
		const out: TraceRecord[] = new Array(this.count);
		for (let k = 0; k < this.count; k++) {
			// A parent made before its child lends the child its id and trace id strings (the parent is
			// in the child's trace), so a child makes neither.
			const p = parents ? parents[k] : -1;
			out[k] = p !== -1 && p < k ? this.record(order![k], out[p].id, out[p].traceId) : this.record(order ? order[k] : k);
		}
		this.clear();
		return out;
	}

	/**
	 * The trace's columns for the spans in `order` (the canonical one, so the first starts
	 * earliest) with parent indexes `parent`: the same figures `columnsFromRecords` gives for
	 * the records, read from the table's columns (starts and durations are exact below 2^53 ns).
	 */
	private columns(order: Int32Array, parent: Int32Array): TraceColumns {
		const n = order.length;
		const startNs = new Float64Array(n);
		const durationNs = new Float64Array(n);
		const lane = new Int32Array(n);
		const reason = new Uint8Array(n);
		const laneOf = new Int32Array(this.strings.length).fill(-1); // string table index -> lane index
		const lanes: string[] = [];
		const halves = this.durationHalves;
		let lastEnd = 0;
		for (let k = 0; k < n; k++) {
			const i = order[k];
			startNs[k] = this.startKeys![i];
			durationNs[k] = halves[2 * i + HIGH] * TWO_32 + halves[2 * i + LOW];
			lastEnd = Math.max(lastEnd, startNs[k] + durationNs[k]);
			const name = this.lane[i];
			if (laneOf[name] === -1) laneOf[name] = lanes.push(this.strings[name]) - 1;
			lane[k] = laneOf[name];
			reason[k] = this.reasonCode(i);
		}
		const baseNs = n > 0 ? this.start[order[0]] : 0n;
		let endNs: bigint | null = n > 0 ? baseNs + BigInt(lastEnd) : null;
		// A sum beyond 2^53 is not exact as a float: then the end is found with BigInts.
		if (lastEnd > Number.MAX_SAFE_INTEGER)
			for (let i = 0; i < n; i++) if (this.start[i] + this.duration[i] > endNs!) endNs = this.start[i] + this.duration[i];
		return { count: n, baseNs, endNs, startNs, durationNs, lanes, lane, parent, reason };
	}

	/** The `WAKE_REASONS` index of span `i`'s reason, as `reasonFromAttributes` finds it in the span's attributes (0: unknown). */
	private reasonCode(i: number): number {
		const first = this.firstAttribute[i];
		const end = i + 1 < this.count ? this.firstAttribute[i + 1] : this.attributes;
		let named = false;
		for (let j = first; j < end && !named; j++) named = this.reasonKey[this.key[j]];
		if (!named) return 0;
		for (const key of REASON_KEYS) {
			// The last value of a key is the one an attributes object keeps.
			let last = -1;
			for (let j = first; j < end; j++) if (this.strings[this.key[j]] === key) last = j;
			if (last !== -1 && this.kind[last] === STRING) return WAKE_REASONS.indexOf(reasonFromText(this.strings[this.value[last]]));
		}
		return 0;
	}

	/** Drops every span and releases the columns' memory. */
	private clear(): void {
		for (const column of [
			this.id,
			this.parent,
			this.trace,
			this.start,
			this.duration,
			this.flags,
			this.name,
			this.lane,
			this.firstAttribute,
			this.key,
			this.kind,
			this.value,
		])
			release(column);
		Object.assign(this, new SpanTable());
	}

	/** The record of span `i`; `knownParentId` and `knownTraceId` are its parent's, when the caller has them. */
	private record(i: number, knownParentId?: string, knownTraceId?: string): TraceRecord {
		const attributes: Record<string, AttributeValue> = {};
		let mayHaveReason = false;
		const end = i + 1 < this.count ? this.firstAttribute[i + 1] : this.attributes;
		for (let j = this.firstAttribute[i]; j < end; j++) {
			attributes[this.strings[this.key[j]]] = this.attributeValue(j);
			if (this.reasonKey[this.key[j]]) mayHaveReason = true;
		}
		const wide = this.wide.size > 0 ? this.wide.get(i) : undefined;
		const id = this.idAt(i);
		const traceId = knownTraceId ?? this.traceAt(i);
		const startNs = wide ? wide.start : this.start[i];
		const name = this.strings[this.name[i]];
		const lane = this.strings[this.lane[i]];
		const events = (this.events.size > 0 ? this.events.get(i) : undefined) ?? NO_EVENTS;
		const parentId =
			(this.flags[i] & HAS_PARENT) === 0
				? undefined
				: (knownParentId ?? (this.otherParents.size > 0 ? this.otherParents.get(i) : undefined) ?? hexId(this.parent, i));
		const durationNs = (this.flags[i] & HAS_DURATION) === 0 ? undefined : wide ? wide.duration! : this.duration[i];
		const reason = mayHaveReason ? reasonFromAttributes(attributes) : undefined;
		// One object literal with every field of the model, absent ones undefined: every record has
		// the same shape (the code that reads them sees one hidden class), its fields in the object.
		const record: TraceRecord = { id, traceId, startNs, durationNs, name, lane, parentId, reason, attributes, events };
		return record;
	}

	private attributeValue(j: number): AttributeValue {
		const kind = this.kind[j];
		if (kind === STRING) return this.strings[this.value[j]];
		if (kind === NUMBER) return this.value[j];
		return kind === TRUE;
	}

	/**
	 * Span indexes sorted by start, lane, id, then trace id, without a BigInt per span: starts
	 * become exact float offsets from the earliest. Null when a time does not fit (a 20-digit
	 * time) or the times span 2^53 ns (about 104 days) or more.
	 */
	private canonicalOrder(): Int32Array | null {
		const n = this.count;
		if (n === 0 || this.wide.size > 0) return null;
		const halves = this.startHalves;
		let minHigh = halves[HIGH];
		let minLow = halves[LOW];
		for (let i = 1; i < n; i++) {
			const h = halves[2 * i + HIGH];
			if (h < minHigh || (h === minHigh && halves[2 * i + LOW] < minLow)) [minHigh, minLow] = [h, halves[2 * i + LOW]];
		}
		const key = new Float64Array(n);
		for (let i = 0; i < n; i++) {
			key[i] = (halves[2 * i + HIGH] - minHigh) * TWO_32 + (halves[2 * i + LOW] - minLow);
			if (key[i] > Number.MAX_SAFE_INTEGER) return null;
		}
		this.startKeys = key;
		const strings = this.strings;
		const lane = this.lane;
		return orderByKey(
			key,
			(a, b) =>
				compareText(strings[lane[a]], strings[lane[b]]) ||
				compareText(this.idAt(a), this.idAt(b)) ||
				compareText(this.traceAt(a) ?? '', this.traceAt(b) ?? ''),
		);
	}

	/**
	 * The parent index of each record in `order` (-1: none, or not in the trace), found through
	 * a hash table of the numeric (trace, span) ids, the parent in the child's own trace; null
	 * when a span or trace id is not of the usual 16 or 32 hex digits, or a (trace, span) id
	 * repeats, which `finishTrace` handles through its id map.
	 */
	private parentIndexes(order: Int32Array): Int32Array | null {
		const n = this.count;
		if (this.otherIds.size > 0 || this.otherParents.size > 0 || this.otherTraces.size > 0) return null;
		// The ids in record order, (span high, span low, a 32-bit fingerprint of the trace) side by
		// side, so that a probe reads one cache line; a match is then checked on the trace's words.
		const ids = new Uint32Array(3 * n);
		for (let k = 0; k < n; k++) {
			const i = order[k];
			ids[3 * k] = this.id[2 * i];
			ids[3 * k + 1] = this.id[2 * i + 1];
			ids[3 * k + 2] = this.traceFingerprint(i);
		}
		let size = 2;
		while (size < 2 * n) size *= 2;
		const mask = size - 1;
		const slots = new Int32Array(size).fill(-1); // the record index of the id at each slot; -1: free
		// The slot of span id (high, low) in the trace of record `k` (its own id, or its parent's).
		const slotOf = (high: number, low: number, k: number): number => {
			const fingerprint = ids[3 * k + 2];
			let slot = mixHash(high ^ fingerprint, low) & mask;
			for (let j = slots[slot]; j !== -1; j = slots[slot]) {
				if (ids[3 * j] === high && ids[3 * j + 1] === low && ids[3 * j + 2] === fingerprint && this.sameTrace(order[j], order[k])) break;
				slot = (slot + 1) & mask;
			}
			return slot;
		};
		for (let k = 0; k < n; k++) {
			const slot = slotOf(ids[3 * k], ids[3 * k + 1], k);
			if (slots[slot] !== -1) return null; // a repeated id
			slots[slot] = k;
		}
		const parents = new Int32Array(n).fill(-1);
		for (let k = 0; k < n; k++) {
			const i = order[k];
			if ((this.flags[i] & HAS_PARENT) === 0) continue;
			const high = this.parent[2 * i];
			const low = this.parent[2 * i + 1];
			// A parent mostly starts just before its child: the records just before are looked at
			// first (the ids being unique, a match is the parent), then the hash table.
			let near = -1;
			for (let j = k - 1; j >= 0 && j >= k - NEAR_PARENT && near === -1; j--)
				if (ids[3 * j] === high && ids[3 * j + 1] === low && ids[3 * j + 2] === ids[3 * k + 2] && this.sameTrace(order[j], i)) near = j;
			parents[k] = near !== -1 ? near : slots[slotOf(high, low, k)];
		}
		return parents;
	}

	private idAt(i: number): string {
		return (this.otherIds.size > 0 ? this.otherIds.get(i) : undefined) ?? hexId(this.id, i);
	}

	/** 0 for a span without a trace id, else an odd hash of its four words. */
	private traceFingerprint(i: number): number {
		if ((this.flags[i] & HAS_TRACE) === 0) return 0;
		const t = this.trace;
		return (mixHash(t[4 * i] ^ t[4 * i + 2], t[4 * i + 1] ^ Math.imul(t[4 * i + 3], 0x27d4eb2f)) | 1) >>> 0;
	}

	/** True when spans `a` and `b` have the same trace id (or both none); ids of 32 hex digits only (see `parentIndexes`). */
	private sameTrace(a: number, b: number): boolean {
		const traced = this.flags[a] & HAS_TRACE;
		if (traced !== (this.flags[b] & HAS_TRACE)) return false;
		if (traced === 0) return true;
		const t = this.trace;
		return t[4 * a] === t[4 * b] && t[4 * a + 1] === t[4 * b + 1] && t[4 * a + 2] === t[4 * b + 2] && t[4 * a + 3] === t[4 * b + 3];
	}

	private traceAt(i: number): string | undefined {
		if ((this.flags[i] & HAS_TRACE) === 0) return undefined;
		return (this.otherTraces.size > 0 ? this.otherTraces.get(i) : undefined) ?? hexTraceId(this.trace, i);
	}

	/** The table index of a string; repeated short strings share one entry. */
	private intern(text: string): number {
		if (text.length <= MAX_POOLED_LENGTH) {
			const known = this.pool.get(text);
			if (known !== undefined) return known;
			if (this.pool.size < MAX_POOLED) this.pool.set(text, this.strings.length);
		}
		this.reasonKey.push(REASON_KEYS.includes(text));
		return this.strings.push(text) - 1;
	}

	private growSpans(): void {
		this.resizeSpans(this.flags.length * 2);
	}

	/** Makes the span columns `n` spans long (n >= the spans stored). */
	private resizeSpans(n: number): void {
		this.id = grown(this.id, new Uint32Array(2 * n));
		this.parent = grown(this.parent, new Uint32Array(2 * n));
		// The halves are views of the time columns: make the new ones before the old buffers go.
		const start = new BigUint64Array(n);
		const duration = new BigUint64Array(n);
		start.set(this.start);
		duration.set(this.duration);
		release(this.start);
		release(this.duration);
		[this.start, this.duration] = [start, duration];
		this.startHalves = new Uint32Array(start.buffer);
		this.durationHalves = new Uint32Array(duration.buffer);
		this.flags = grown(this.flags, new Uint8Array(n));
		this.trace = grown(this.trace, new Uint32Array(4 * n));
		this.name = grown(this.name, new Int32Array(n));
		this.lane = grown(this.lane, new Int32Array(n));
		this.firstAttribute = grown(this.firstAttribute, new Int32Array(n));
	}

	private growAttributes(): void {
		this.resizeAttributes(this.key.length * 2);
	}

	/** Makes the attribute columns `n` attributes long (n >= the attributes stored). */
	private resizeAttributes(n: number): void {
		this.key = grown(this.key, new Int32Array(n));
		this.kind = grown(this.kind, new Uint8Array(n));
		this.value = grown(this.value, new Float64Array(n));
	}
}

/** String order as `<` gives it (UTF-16 code units), as -1, 0 or 1. */
function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** A well-spread 32-bit hash of a 64-bit id. */
function mixHash(high: number, low: number): number {
	let h = Math.imul(high ^ Math.imul(low, 0x9e3779b1), 0x85ebca6b);
	h ^= h >>> 13;
	return Math.imul(h, 0xc2b2ae35) ^ (h >>> 16);
}

/** Stores an id at `i` of an id column (high half first). */
function putId(column: Uint32Array, i: number, id: Uint64): void {
	column[2 * i] = id.high;
	column[2 * i + 1] = id.low;
}

/** Stores a 64-bit value at `i` of the 32-bit view of a BigUint64Array (in the platform's byte order). */
function putTime(halves: Uint32Array, i: number, high: number, low: number): void {
	halves[2 * i + HIGH] = high;
	halves[2 * i + LOW] = low;
}

/** The 32-digit lower-case hex trace id stored at `i` (four words, first word first): two 16-digit halves. */
function hexTraceId(column: Uint32Array, i: number): string {
	return hexId(column, 2 * i) + hexId(column, 2 * i + 1);
}

/** Reads exactly 32 hex digits (either case) into four words; false for anything else. */
function readHex128(text: string, out: Uint32Array): boolean {
	if (text.length !== 32) return false;
	for (let w = 0; w < 4; w++) {
		const word = hexWord(text, 8 * w);
		if (word < 0) return false;
		out[w] = word;
	}
	return true;
}

/** The 16-digit lower-case hex id stored at `i` (high half first). */
function hexId(column: Uint32Array, i: number): string {
	const hi = column[2 * i];
	const lo = column[2 * i + 1];
	const c = HEX_CODES;
	return String.fromCharCode(
		c[hi >>> 28],
		c[(hi >>> 24) & 15],
		c[(hi >>> 20) & 15],
		c[(hi >>> 16) & 15],
		c[(hi >>> 12) & 15],
		c[(hi >>> 8) & 15],
		c[(hi >>> 4) & 15],
		c[hi & 15],
		c[lo >>> 28],
		c[(lo >>> 24) & 15],
		c[(lo >>> 20) & 15],
		c[(lo >>> 16) & 15],
		c[(lo >>> 12) & 15],
		c[(lo >>> 8) & 15],
		c[(lo >>> 4) & 15],
		c[lo & 15],
	);
}

type Column = BigUint64Array | Int32Array | Uint32Array | Uint8Array | Float64Array;

/** `to` holding a copy of `from` at its start; `from`'s memory is released. */
function grown<T extends Column>(from: T, to: T): T {
	(to as { set(array: T): void }).set(from);
	release(from);
	return to;
}

/**
 * Frees a column's memory now (`ArrayBuffer.prototype.transfer` detaches it, where the runtime
 * has it) instead of at the next full collection, which may come only after the import.
 */
function release(column: Column): void {
	(column.buffer as { transfer?: (length: number) => ArrayBuffer }).transfer?.(0);
}
