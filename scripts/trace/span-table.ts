/**
 * Spans kept column by column while a large file is parsed, turned into model records only at
 * the end. Why: parsing a 70 MB OTLP file makes about 1 KB of short-lived garbage per span; if
 * every span's record objects are made in between, V8 sees much of each young-generation
 * collection survive and grows the young generation to its maximum (about 130 MB of resident
 * memory). Here a span keeps only its id strings on the JS heap (times, indexes and attribute
 * values sit in typed arrays, repeated strings once in a table), and the records are made in
 * one allocation-only pass after parsing. Browser-safe.
 */
import { reasonFromAttributes } from './attribute-value.ts';
import type { AttributeValue, TraceEvent, TraceRecord } from './model.ts';

const U64_MAX = (1n << 64n) - 1n;
const HAS_DURATION = 1;
const HAS_PARENT = 2;
/** Char codes of the lower-case hex digits, and each char code's digit value (-1: not one). */
const HEX_CODES = [...'0123456789abcdef'].map((c) => c.charCodeAt(0));
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const HEX_VALUE = Int8Array.from({ length: 128 }, (_, code) => HEX_CODES.indexOf(code));
/** Attribute value kinds (`kind` column). */
const STRING = 0;
const NUMBER = 1;
const TRUE = 2;
const FALSE = 3;
/** Repeated strings are pooled up to this many distinct ones, each up to this length. */
const MAX_POOLED = 1 << 16;
const MAX_POOLED_LENGTH = 256;

/** A growing list of spans; `add` one, then its `attribute`s and `events`, then `records()`. */
export class SpanTable {
  private count = 0;
  /** 16-hex-digit ids (OTLP span ids) as two 32-bit halves; any other id is kept in `otherIds`. */
  private id = new Uint32Array(2048);
  private parent = new Uint32Array(2048);
  private otherIds = new Map<number, string>();
  private otherParents = new Map<number, string>();
  private start = new BigUint64Array(1024);
  private duration = new BigUint64Array(1024);
  private flags = new Uint8Array(1024);
  private name = new Int32Array(1024);
  private lane = new Int32Array(1024);
  /** Index of each span's first attribute in the attribute columns. */
  private firstAttribute = new Int32Array(1024);
  private attributes = 0;
  private key = new Int32Array(4096);
  private kind = new Uint8Array(4096);
  private value = new Float64Array(4096);
  /** Times beyond 2^64 - 1 ns (20-digit times) do not fit the typed columns. */
  private wide = new Map<number, { start: bigint; duration?: bigint }>();
  private events = new Map<number, TraceEvent[]>();
  private strings: string[] = [];
  private pool = new Map<string, number>();

  /** Adds a span, e.g. `add('aaaaaaaaaaaaaaa1', 1730710862123456789n, 2500001n, 'reconcile', 'reconciler')`. */
  add(id: string, startNs: bigint, durationNs: bigint | undefined, name: string, lane: string, parentId?: string): void {
    const i = this.count++;
    if (i === this.start.length) this.growSpans();
    if (!putHexId(this.id, i, id)) this.otherIds.set(i, id);
    if (parentId !== undefined && !putHexId(this.parent, i, parentId)) this.otherParents.set(i, parentId);
    if (startNs > U64_MAX || (durationNs !== undefined && durationNs > U64_MAX)) this.wide.set(i, durationNs === undefined ? { start: startNs } : { start: startNs, duration: durationNs });
    else {
      this.start[i] = startNs;
      if (durationNs !== undefined) this.duration[i] = durationNs;
    }
    this.flags[i] = (durationNs === undefined ? 0 : HAS_DURATION) | (parentId === undefined ? 0 : HAS_PARENT);
    this.name[i] = this.intern(name);
    this.lane[i] = this.intern(lane);
    this.firstAttribute[i] = this.attributes;
  }

  /** Sets an attribute of the last added span (a later value for the same key replaces it, as on an object). */
  attribute(key: string, value: AttributeValue): void {
    const j = this.attributes++;
    if (j === this.key.length) this.growAttributes();
    this.key[j] = this.intern(key);
    if (typeof value === 'string') {
      this.kind[j] = STRING;
      this.value[j] = this.intern(value);
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
   * Every span as a model record, in the model's canonical order (start, lane, id) when the
   * times allow exact float keys, else in the order added (`finishTrace` sorts either way).
   */
  records(): TraceRecord[] {
    const order = this.canonicalOrder();
    const out: TraceRecord[] = new Array(this.count);
    for (let k = 0; k < this.count; k++) {
      const i = order ? order[k] : k;
      const attributes: Record<string, AttributeValue> = {};
      const end = i + 1 < this.count ? this.firstAttribute[i + 1] : this.attributes;
      for (let j = this.firstAttribute[i]; j < end; j++) attributes[this.strings[this.key[j]]] = this.attributeValue(j);
      const wide = this.wide.get(i);
      const id = this.idAt(i);
      const startNs = wide ? wide.start : this.start[i];
      const name = this.strings[this.name[i]];
      const lane = this.strings[this.lane[i]];
      const events = this.events.get(i) ?? [];
      const parentId = (this.flags[i] & HAS_PARENT) === 0 ? undefined : (this.otherParents.get(i) ?? hexId(this.parent, i));
      // Whole object literals, in the key order of the model, keep every field inside the
      // object (no separate property store per record).
      let record: TraceRecord;
      if ((this.flags[i] & HAS_DURATION) === 0) {
        record = { id, startNs, name, lane, attributes, events };
        if (parentId !== undefined) record.parentId = parentId;
      } else {
        const durationNs = wide ? wide.duration! : this.duration[i];
        record = parentId === undefined ? { id, startNs, name, lane, attributes, events, durationNs } : { id, startNs, name, lane, attributes, events, durationNs, parentId };
      }
      const reason = reasonFromAttributes(attributes);
      if (reason) record.reason = reason;
      out[k] = record;
    }
    return out;
  }

  /**
   * Span indexes sorted by start, lane, then id (stable), without making a BigInt per span:
   * starts are read as 32-bit halves and turned into exact float offsets from the earliest.
   * Null when a time does not fit (20-digit times) or the times span 2^53 ns (about 104 days) or more.
   */
  private canonicalOrder(): number[] | null {
    const n = this.count;
    if (n === 0 || this.wide.size > 0) return null;
    const halves = new Uint32Array(this.start.buffer, 0, 2 * n);
    const [low, high] = LITTLE_ENDIAN ? [0, 1] : [1, 0];
    let minHigh = halves[high];
    let minLow = halves[low];
    for (let i = 1; i < n; i++) {
      const h = halves[2 * i + high];
      if (h < minHigh || (h === minHigh && halves[2 * i + low] < minLow)) [minHigh, minLow] = [h, halves[2 * i + low]];
    }
    const key = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      key[i] = (halves[2 * i + high] - minHigh) * 4294967296 + (halves[2 * i + low] - minLow);
      if (key[i] > Number.MAX_SAFE_INTEGER) return null;
    }
    const strings = this.strings;
    const lane = this.lane;
    const order = Array.from({ length: n }, (_, i) => i);
    return order.sort((a, b) => key[a] - key[b] || compareText(strings[lane[a]], strings[lane[b]]) || compareText(this.idAt(a), this.idAt(b)));
  }

  private idAt(i: number): string {
    return this.otherIds.get(i) ?? hexId(this.id, i);
  }

  private attributeValue(j: number): AttributeValue {
    const kind = this.kind[j];
    if (kind === STRING) return this.strings[this.value[j]];
    if (kind === NUMBER) return this.value[j];
    return kind === TRUE;
  }

  /** The table index of a string; repeated short strings share one entry. */
  private intern(text: string): number {
    if (text.length <= MAX_POOLED_LENGTH) {
      const known = this.pool.get(text);
      if (known !== undefined) return known;
      if (this.pool.size < MAX_POOLED) this.pool.set(text, this.strings.length);
    }
    return this.strings.push(text) - 1;
  }

  private growSpans(): void {
    const n = this.start.length * 2;
    this.id = grown(this.id, new Uint32Array(2 * n));
    this.parent = grown(this.parent, new Uint32Array(2 * n));
    this.start = grown(this.start, new BigUint64Array(n));
    this.duration = grown(this.duration, new BigUint64Array(n));
    this.flags = grown(this.flags, new Uint8Array(n));
    this.name = grown(this.name, new Int32Array(n));
    this.lane = grown(this.lane, new Int32Array(n));
    this.firstAttribute = grown(this.firstAttribute, new Int32Array(n));
  }

  private growAttributes(): void {
    const n = this.key.length * 2;
    this.key = grown(this.key, new Int32Array(n));
    this.kind = grown(this.kind, new Uint8Array(n));
    this.value = grown(this.value, new Float64Array(n));
  }
}

/** String order as `<` gives it (UTF-16 code units), as -1, 0 or 1. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Stores a 16-digit lower-case hex id as two 32-bit halves at `i`; false for any other id. */
function putHexId(column: Uint32Array, i: number, id: string): boolean {
  if (id.length !== 16) return false;
  let hi = 0;
  let lo = 0;
  for (let k = 0; k < 16; k++) {
    const code = id.charCodeAt(k);
    const digit = code < 128 ? HEX_VALUE[code] : -1;
    if (digit < 0) return false;
    if (k < 8) hi = hi * 16 + digit;
    else lo = lo * 16 + digit;
  }
  column[2 * i] = hi;
  column[2 * i + 1] = lo;
  return true;
}

/** The 16-digit hex id stored at `i` by `putHexId`. */
function hexId(column: Uint32Array, i: number): string {
  const hi = column[2 * i];
  const lo = column[2 * i + 1];
  const c = HEX_CODES;
  return String.fromCharCode(
    c[hi >>> 28], c[(hi >>> 24) & 15], c[(hi >>> 20) & 15], c[(hi >>> 16) & 15], c[(hi >>> 12) & 15], c[(hi >>> 8) & 15], c[(hi >>> 4) & 15], c[hi & 15],
    c[lo >>> 28], c[(lo >>> 24) & 15], c[(lo >>> 20) & 15], c[(lo >>> 16) & 15], c[(lo >>> 12) & 15], c[(lo >>> 8) & 15], c[(lo >>> 4) & 15], c[lo & 15],
  );
}

type Column = BigUint64Array | Int32Array | Uint32Array | Uint8Array | Float64Array;

/** `to` holding a copy of `from` at its start. */
function grown<T extends Column>(from: T, to: T): T {
  (to as { set(array: T): void }).set(from);
  return to;
}
