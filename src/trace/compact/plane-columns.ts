/**
 * Plane columns of the compact form (`compact.ts`): unsigned integers, one per record, stored as
 * `bytes` little-endian byte planes one after the other (every value's byte 0, then every byte 1,
 * ...), base64 in the JSON. Similar bytes sit together, so gzip packs them tighter than decimal
 * text, and decoding is a few typed-array passes. Browser-safe: no node: imports.
 */

/** A plane column as written: `bytes` planes of `count` bytes each, base64. */
export interface PlaneColumn {
	bytes: number;
	planes: string;
}

/** Encodes unsigned integers (below 2^64) as byte planes; `key` names the column in errors. */
export function encodePlanes(values: readonly (number | bigint)[], key: string): PlaneColumn {
	let max = 0;
	let maxBig = 0n;
	for (const v of values) {
		if (typeof v === 'bigint') {
			if (v < 0n || v >= 2n ** 64n) throw new Error(`encodeCompact: "${key}" value ${v} is outside 0..2^64-1`);
			if (v > maxBig) maxBig = v;
		} else if (v > max) max = v;
		else if (!(v >= 0)) throw new Error(`encodeCompact: "${key}" value ${v} is negative`);
	}
	let bytes = 0;
	if (maxBig > 0n) while (maxBig > 0n) [bytes, maxBig] = [bytes + 1, maxBig >> 8n];
	else while (max >= 1) [bytes, max] = [bytes + 1, Math.floor(max / 256)];
	const n = values.length;
	const data = new Uint8Array(n * bytes);
	for (let i = 0; i < n; i++) {
		const v = values[i];
		if (typeof v === 'number') {
			for (let b = 0, rest = v; b < bytes && rest > 0; b++, rest = Math.floor(rest / 256)) data[b * n + i] = rest % 256;
		} else {
			for (let b = 0, rest = v; b < bytes; b++, rest >>= 8n) data[b * n + i] = Number(rest & 255n);
		}
	}
	return { bytes, planes: toBase64(data) };
}

/** A plane column read from the JSON: `bytes` planes of `count` bytes each in `data`. */
export interface Planes {
	key: string;
	bytes: number;
	data: Uint8Array;
}

/** Reads and checks the shape of plane column `key` of a parsed object, e.g. `readPlanes(json, 'start', 3)`. */
export function readPlanes(raw: Record<string, unknown>, key: string, count: number): Planes {
	return readPlanesLazily(raw, key, count)();
}

/**
 * Checks the shape of plane column `key` now (its base64 length included) and decodes it on the
 * first call of the returned function, for a column that is read only on demand.
 */
export function readPlanesLazily(raw: Record<string, unknown>, key: string, count: number): () => Planes {
	const column = raw[key] as Record<string, unknown> | null;
	if (
		typeof column !== 'object' ||
		column === null ||
		Array.isArray(column) ||
		typeof column.planes !== 'string' ||
		typeof column.bytes !== 'number' ||
		!Number.isInteger(column.bytes) ||
		column.bytes < 0 ||
		column.bytes > 8
	) {
		throw new Error(`compact trace: "${key}" must be {"bytes": 0..8, "planes": base64}`);
	}
	const [bytes, text] = [column.bytes, column.planes];
	const expected = bytes * count;
	if (text.length !== Math.ceil(expected / 3) * 4)
		throw new Error(`compact trace: "${key}" holds ${Math.floor((text.length * 3) / 4)} bytes, expected ${bytes} x ${count}`);
	let planes: Planes | undefined;
	return () => {
		if (planes) return planes;
		const data = fromBase64(text, key);
		if (data.length !== expected) throw new Error(`compact trace: "${key}" holds ${data.length} bytes, expected ${bytes} x ${count}`);
		return (planes = { key, bytes, data });
	};
}

/**
 * The planes of a column padded with zero planes to `bytes` planes (one native copy), so a
 * single loop can read every value; null when the column is wider than `bytes`.
 */
export function paddedPlanes(column: Planes, count: number, bytes: number): Uint8Array | null {
	if (column.bytes > bytes) return null;
	if (column.bytes === bytes) return column.data;
	const out = new Uint8Array(bytes * count);
	out.set(column.data);
	return out;
}

/** The values of a plane column as numbers (exact up to 2^53). */
export function planeNumbers({ bytes, data }: Planes, count: number): Float64Array {
	const out = new Float64Array(count);
	if (bytes === 0) return out;
	if (bytes <= 4) {
		// One pass: planes beyond `bytes` read as zeros from a padded copy.
		let d = data;
		if (bytes < 4) (d = new Uint8Array(4 * count)).set(data);
		for (let i = 0, n2 = 2 * count, n3 = 3 * count; i < count; i++)
			out[i] = d[i] + d[count + i] * 256 + d[n2 + i] * 65536 + d[n3 + i] * 16777216;
		return out;
	}
	for (let b = 0; b < bytes; b++) {
		const scale = 256 ** b;
		const offset = b * count;
		for (let i = 0; i < count; i++) out[i] += data[offset + i] * scale;
	}
	return out;
}

/** The values of a plane column as indexes into a list of `length`, into `out`. */
export function planeIndexes<T extends Uint32Array | Uint8Array>(column: Planes, count: number, out: T, length: number): T {
	let max = 0;
	if (column.bytes === 1) {
		const data = column.data;
		for (let i = 0; i < count; i++) {
			const v = data[i];
			if (v > max) max = v;
			out[i] = v;
		}
	} else if (column.bytes > 1) {
		const values = planeNumbers(column, count);
		for (let i = 0; i < count; i++) {
			const v = values[i];
			if (v > max) max = v;
			out[i] = v;
		}
	}
	if (count > 0 && max >= length) throw new Error(`compact trace: "${column.key}" index ${max} out of range 0..${length - 1}`);
	return out;
}

/** Value `i` of a plane column of `count` values. */
export function planeValue({ bytes, data }: Planes, count: number, i: number): number {
	let v = 0;
	for (let b = bytes - 1; b >= 0; b--) v = v * 256 + data[b * count + i];
	return v;
}

function toBase64(data: Uint8Array): string {
	let binary = '';
	for (let k = 0; k < data.length; k += 0x8000) binary += String.fromCharCode(...data.subarray(k, k + 0x8000));
	return btoa(binary);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function fromBase64(text: string, key: string): Uint8Array {
	// Uint8Array.fromBase64 is native in current browsers (Chrome 140, Firefox 133, Safari 18.2);
	// elsewhere a table decoder, as Node's atob is about 30 times slower.
	const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
	const fail = () => new Error(`compact trace: "${key}" planes are not valid base64`);
	if (native) {
		try {
			return native(text);
		} catch {
			throw fail();
		}
	}
	if (text.length % 4 !== 0) throw fail();
	const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
	const out = new Uint8Array((text.length / 4) * 3 - pad);
	const table = new Int16Array(128).fill(-1);
	for (let k = 0; k < 64; k++) table[BASE64.charCodeAt(k)] = k;
	table[61] = 0; // '=' padding decodes as zero bits
	let o = 0;
	for (let k = 0; k < text.length; k += 4) {
		const a = table[text.charCodeAt(k)] ?? -1;
		const b = table[text.charCodeAt(k + 1)] ?? -1;
		const c = table[text.charCodeAt(k + 2)] ?? -1;
		const d = table[text.charCodeAt(k + 3)] ?? -1;
		if ((a | b | c | d) < 0) throw fail();
		const bits = (a << 18) | (b << 12) | (c << 6) | d;
		out[o++] = bits >> 16;
		if (o < out.length) out[o++] = (bits >> 8) & 255;
		if (o < out.length) out[o++] = bits & 255;
	}
	return out;
}
