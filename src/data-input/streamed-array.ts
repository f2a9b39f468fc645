/**
 * A JSON array that a streaming read left in its file (`scan-json-file.ts`): iterating it parses
 * its elements one at a time, so an array of millions of spans is never one string nor one tree
 * of objects. The importers read lists through `isList` and `firstOf`, which take a parsed array
 * and a `StreamedArray` alike, and objects through `isObject`, which takes neither.
 * Also the `JsonShape` that tells a streaming read which arrays to leave in the file.
 * Browser-safe: reading the file is the caller's (`elements`).
 */

/**
 * Which parts of a JSON document a streaming read walks into: `'stream'` marks an array whose
 * elements stay in the file (a `StreamedArray`); `object` names the keys walked into (any other
 * key's value is parsed whole); `array` is the shape of each element of an array walked into.
 * E.g. `{ object: { traceEvents: 'stream' } }`.
 */
export type JsonShape = 'stream' | { object?: Readonly<Record<string, JsonShape>>; array?: JsonShape };

/** Reads the elements again, in order; with `needle`, may skip those whose JSON text lacks it. */
export type ReadElements = (needle?: string) => Iterable<unknown>;

/**
 * One element as its UTF-8 JSON text, `bytes[start..end)`, and `parse` for the element itself;
 * both valid only until the next element is read.
 */
export interface ElementBytes {
	bytes: Uint8Array;
	start: number;
	end: number;
	parse(): unknown;
}

/** An array whose elements are parsed on each iteration, e.g. the `spans` of a 600 MB OTLP file. */
export class StreamedArray implements Iterable<unknown> {
	/** The number of elements, e.g. 2300000. */
	readonly length: number;
	private readonly elements: ReadElements;
	private readonly elementBytes: (() => Iterable<ElementBytes>) | undefined;

	/** E.g. `new StreamedArray(2, () => [{ a: 1 }, { a: 2 }])`; `elementBytes` reads them as bytes. */
	constructor(length: number, elements: ReadElements, elementBytes?: () => Iterable<ElementBytes>) {
		this.length = length;
		this.elements = elements;
		this.elementBytes = elementBytes;
	}

	/** The elements in order as bytes, for a reader that can skip JSON.parse; undefined when the array cannot give them. */
	bytes(): Iterable<ElementBytes> | undefined {
		return this.elementBytes?.();
	}

	[Symbol.iterator](): Iterator<unknown> {
		return this.elements()[Symbol.iterator]();
	}

	/**
	 * The elements that may contain `needle` in their JSON text (a superset: an element with a
	 * `\u` escape is always given), e.g. `matching('"M"')` for Chrome's metadata events.
	 */
	matching(needle: string): Iterable<unknown> {
		return this.elements(needle);
	}
}

/** True for a parsed JSON array or a `StreamedArray`. */
export function isList(value: unknown): value is Iterable<unknown> & { length: number } {
	return Array.isArray(value) || value instanceof StreamedArray;
}

/** The first element of a list (parsing only that one of a `StreamedArray`), else undefined. */
export function firstOf(value: unknown): unknown {
	if (Array.isArray(value)) return value[0];
	if (value instanceof StreamedArray) for (const first of value) return first;
	return undefined;
}

/** True for a JSON object (not an array, not a `StreamedArray`), e.g. `isObject({ a: 1 })`. */
export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof StreamedArray);
}
