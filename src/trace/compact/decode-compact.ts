/**
 * Reads the compact serialized form (`compact-trace.ts` describes it) into the typed arrays the
 * viewer works with. Browser-safe: no node: imports.
 */
import { WAKE_REASONS, type AttributeValue, type TraceFormat } from '../model.ts';
import type { Analysis } from '../analysis/analysis.ts';
import { decodeRecordColumns } from './compact-columns.ts';
import { COMPACT_VERSION, type CompactTrace } from './compact-trace.ts';
import { planeValue, readPlanes, readPlanesLazily } from './plane-columns.ts';

/** Parses the serialized form; throws an Error naming the field on a wrong version or shape. */
export function decodeCompact(text: string): CompactTrace {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		throw new Error(`compact trace: not JSON (${(error as Error).message})`);
	}
	if (!isObject(raw)) throw new Error('compact trace: expected a JSON object');
	if (raw.version === 1)
		throw new Error(
			`compact trace: version 1 (decimal columns) is no longer read; rebuild the site or re-run scripts/trace.ts to write version ${COMPACT_VERSION}`,
		);
	if (raw.version !== COMPACT_VERSION)
		throw new Error(`compact trace: unsupported version ${JSON.stringify(raw.version)} (expected ${COMPACT_VERSION})`);
	const count = raw.count;
	if (typeof count !== 'number' || !Number.isInteger(count) || count < 0)
		throw new Error('compact trace: "count" must be a non-negative integer');
	const lanes = stringArray(raw, 'lanes');
	const strings = stringArray(raw, 'strings');
	const attrSets = raw.attrSets;
	if (!Array.isArray(attrSets) || !attrSets.every(Array.isArray)) throw new Error('compact trace: "attrSets" must be an array of arrays');
	const planes = {
		start: readPlanes(raw, 'start', count),
		duration: readPlanes(raw, 'duration', count),
		parent: readPlanes(raw, 'parent', count),
		lane: readPlanes(raw, 'lane', count),
		name: readPlanes(raw, 'name', count),
		reason: readPlanes(raw, 'reason', count),
	};
	const lengths = { lane: lanes.length, name: strings.length, reason: WAKE_REASONS.length };
	const { start, duration, parent, lane, name, reason } = decodeRecordColumns(planes, lengths, count);
	const attrs = readPlanesLazily(raw, 'attrs', count); // decoded on the first attributes() call
	const flatEvents = raw.events;
	if (!Array.isArray(flatEvents) || flatEvents.length % 4 !== 0)
		throw new Error('compact trace: "events" must be a flat array of 4-tuples');
	for (let k = 0; k < flatEvents.length; k += 4) index(flatEvents[k], count, 'events');
	let eventsByRecord: Map<number, number[]> | undefined; // built on the first events() call
	const eventsOf = (i: number): number[] => {
		if (!eventsByRecord) {
			eventsByRecord = new Map();
			for (let k = 0; k < flatEvents.length; k += 4) {
				const record = num(flatEvents[k], 'events');
				const list = eventsByRecord.get(record);
				if (list) list.push(k);
				else eventsByRecord.set(record, [k]);
			}
		}
		return eventsByRecord.get(i) ?? [];
	};
	const pairsOf = (set: number): [string, AttributeValue][] => {
		if (set === -1) return [];
		const flat = attrSets[index(set, attrSets.length, 'attrs')] as AttributeValue[];
		const pairs: [string, AttributeValue][] = [];
		for (let k = 0; k + 1 < flat.length; k += 2) pairs.push([String(flat[k]), flat[k + 1]]);
		return pairs;
	};
	const ids = raw.ids === undefined ? undefined : stringArray(raw, 'ids');
	if (ids && ids.length !== count) throw new Error(`compact trace: "ids" must be an array of ${count} entries`);
	const traceIds = raw.traceIds === undefined ? undefined : stringArray(raw, 'traceIds');
	if (traceIds && traceIds.length !== count) throw new Error(`compact trace: "traceIds" must be an array of ${count} entries`);
	if (typeof raw.baseNs !== 'string' || !/^-?\d+$/.test(raw.baseNs)) throw new Error('compact trace: "baseNs" must be a decimal string');
	const baseNs = BigInt(raw.baseNs);
	if (!isObject(raw.analysis) || !Array.isArray(raw.analysis.lanes))
		throw new Error('compact trace: "analysis" must be an object with "lanes"');
	return {
		version: COMPACT_VERSION,
		format: String(raw.format) as TraceFormat,
		source: String(raw.source),
		synthetic: raw.synthetic === true,
		baseNs,
		count,
		lanes,
		start,
		duration,
		lane,
		name,
		parent,
		reason,
		strings,
		attributes: (i) => pairsOf(i >= 0 && i < count ? planeValue(attrs(), count, i) - 1 : -1),
		events: (i) =>
			eventsOf(i).map((k) => ({
				offsetNs: num(flatEvents[k + 1], 'events'),
				name: strings[index(flatEvents[k + 2], strings.length, 'events')],
				attributes: pairsOf(num(flatEvents[k + 3], 'events')),
			})),
		id: (i) => ids?.[i] ?? `#${i}`,
		traceId: (i) => traceIds?.[i] || undefined,
		startNs: (i) => baseNs + BigInt(start[i]),
		analysis: raw.analysis as unknown as Analysis,
	};
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringArray(raw: Record<string, unknown>, key: string): string[] {
	const value = raw[key];
	if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
		throw new Error(`compact trace: "${key}" must be an array of strings`);
	return value;
}

function num(value: unknown, key: string): number {
	const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
	if (typeof n !== 'number' || !Number.isFinite(n)) throw new Error(`compact trace: "${key}" holds a non-number ${JSON.stringify(value)}`);
	return n;
}

function index(value: unknown, length: number, key: string): number {
	const n = num(value, key);
	if (!Number.isInteger(n) || n < 0 || n >= length) throw new Error(`compact trace: "${key}" index ${n} out of range 0..${length - 1}`);
	return n;
}
