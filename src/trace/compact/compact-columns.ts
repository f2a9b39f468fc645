/**
 * Decoding the per-record plane columns of the compact form (`compact-trace.ts`, version 2) into the
 * typed arrays the viewer works with. Browser-safe: no node: imports.
 */
import type { CompactTrace } from './compact-trace.ts';
import { paddedPlanes, planeIndexes, planeNumbers, type Planes } from './plane-columns.ts';

/** Decodes start, duration, parent, lane, name and reason; throws naming the column on a bad value. */
export function decodeRecordColumns(planes: RecordPlanes, lengths: IndexLengths, count: number): RecordColumns {
	return decodeUsual(planes, lengths, count) ?? decodeAny(planes, lengths, count);
}

/** The plane columns read in one go. */
export type RecordPlanes = Record<'start' | 'duration' | 'parent' | 'lane' | 'name' | 'reason', Planes>;
/** Lengths of the lists the index columns point into. */
export type IndexLengths = Record<'lane' | 'name' | 'reason', number>;
/** The decoded per-record columns. */
export type RecordColumns = Pick<CompactTrace, 'start' | 'duration' | 'parent' | 'lane' | 'name' | 'reason'>;

/**
 * Decodes the columns in two passes over the records, in the usual case: gaps and durations
 * below 2^48 ns (78 hours), parents within 32768 records, fewer than 256 lanes and names; else
 * null. Few passes matter: this runs once per trace, before the JIT has warmed up.
 */
function decodeUsual(planes: RecordPlanes, lengths: IndexLengths, count: number): RecordColumns | null {
	const S = paddedPlanes(planes.start, count, 6);
	const D = paddedPlanes(planes.duration, count, 6);
	const P = paddedPlanes(planes.parent, count, 2);
	const L = paddedPlanes(planes.lane, count, 1);
	const N = paddedPlanes(planes.name, count, 1);
	const R = paddedPlanes(planes.reason, count, 1);
	if (!S || !D || !P || !L || !N || !R) return null;
	const start = new Float64Array(count);
	const duration = new Float64Array(count);
	const parent = new Int32Array(count);
	const [n1, n2, n3, n4, n5] = [count, 2 * count, 3 * count, 4 * count, 5 * count];
	let t = 0;
	for (let i = 0; i < count; i++) {
		t += S[i] + S[n1 + i] * 256 + S[n2 + i] * 65536 + S[n3 + i] * 16777216 + (S[n4 + i] + S[n5 + i] * 256) * 4294967296;
		start[i] = t;
		duration[i] = D[i] + D[n1 + i] * 256 + D[n2 + i] * 65536 + D[n3 + i] * 16777216 + (D[n4 + i] + D[n5 + i] * 256) * 4294967296 - 1;
		const z = P[i] + P[n1 + i] * 256;
		parent[i] = z === 0 ? -1 : parentOf(i, z, count);
	}
	const [nl, nn, nr] = [lengths.lane, lengths.name, lengths.reason];
	for (let i = 0; i < count; i++) {
		if (L[i] >= nl || N[i] >= nn || R[i] >= nr)
			throw indexError(L[i] >= nl ? 'lane' : N[i] >= nn ? 'name' : 'reason', [L, N, R], i, lengths);
	}
	// Native widening of the one-byte index columns.
	return { start, duration, parent, lane: new Uint32Array(L), name: new Uint32Array(N), reason: R };
}

function indexError(key: keyof IndexLengths, [L, N, R]: Uint8Array[], i: number, lengths: IndexLengths): Error {
	return new Error(`compact trace: "${key}" index ${{ lane: L, name: N, reason: R }[key][i]} out of range 0..${lengths[key] - 1}`);
}

/** Decodes the columns whatever their widths, a few passes per column. */
function decodeAny(planes: RecordPlanes, lengths: IndexLengths, count: number): RecordColumns {
	const start = planeNumbers(planes.start, count);
	for (let i = 1; i < count; i++) start[i] += start[i - 1];
	const duration = planeNumbers(planes.duration, count);
	for (let i = 0; i < count; i++) duration[i] -= 1;
	const zigzag = planeNumbers(planes.parent, count);
	const parent = new Int32Array(count);
	for (let i = 0; i < count; i++) parent[i] = parentOf(i, zigzag[i], count);
	return {
		start,
		duration,
		parent,
		lane: planeIndexes(planes.lane, count, new Uint32Array(count), lengths.lane),
		name: planeIndexes(planes.name, count, new Uint32Array(count), lengths.name),
		reason: planeIndexes(planes.reason, count, new Uint8Array(count), lengths.reason),
	};
}

/** Record index of a zigzag-coded parent distance (0: none). */
function parentOf(i: number, zigzag: number, count: number): number {
	const p = zigzag === 0 ? -1 : zigzag % 2 === 1 ? i - (zigzag + 1) / 2 : i + zigzag / 2;
	if (p < -1 || p >= count) throw new Error(`compact trace: "parent" of record ${i} points outside 0..${count - 1}`);
	return p;
}
