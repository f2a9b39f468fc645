/**
 * The shared check for importer tests: import a fixture, compare a readable dump with a
 * reviewed snapshot file, re-detect the format without the file name, and round-trip
 * encode -> decode -> encode. Snapshots: `__snapshots__/<dir>/<fixture>.txt`; write or
 * refresh them with `UPDATE_SNAPSHOTS=1 node --test tests/unit/trace/`, then review the diff.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeTrace } from '../../../src/trace/analysis/analysis.ts';
import type { CompactTrace } from '../../../src/trace/compact/compact-trace.ts';
import { decodeCompact } from '../../../src/trace/compact/decode-compact.ts';
import { encodeCompact } from '../../../src/trace/compact/encode-compact.ts';
import { importTraceFile, importTraceText } from '../../../src/trace/import/import.ts';
import { WAKE_REASONS, type Trace, type TraceFormat, type TraceRecord } from '../../../src/trace/model.ts';
import { nsToIso } from '../../../src/data-input/parse-time.ts';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository's fixture folder. */
export const FIXTURES = join(here, '..', '..', 'fixtures');
/** The shared third-party traces, next to the repository (may be absent). */
export const THIRD_PARTY = join(here, '..', '..', '..', '..', 'shared', 'traces', 'third-party');

/**
 * Imports `path`, checks it against its snapshot (none when `snapshotName` is null: third-party
 * data must not be copied into the project), re-detection and the round trip; returns the trace.
 */
export function checkImport(
	path: string,
	format: TraceFormat,
	snapshotName: string | null = `${basename(dirname(path))}/${basename(path)}.txt`,
): Trace {
	const trace = importTraceFile(path);
	assert.equal(trace.format, format, 'detected format');
	const analysis = analyzeTrace(trace);
	if (snapshotName) matchSnapshot(snapshotName, dumpTrace(trace) + `analysis: ${JSON.stringify(analysis, null, 1)}\n`);
	// Re-detect from the bytes in memory (detection reads only the content; the name still sets
	// the lane of a timestamp list): the same format and records as the streamed file import.
	assert.equal(importTraceText(readFileSync(path), 'input').format, format, 'format re-detected under another name');
	const again = importTraceText(readFileSync(path), basename(path));
	assert.equal(dumpRecords(again.records), dumpRecords(trace.records), 'in-memory import equals the streamed file import');
	// Round trip: encode -> decode -> (back to a trace) -> encode gives the same bytes and records.
	const encoded = encodeCompact(trace, analysis, { ids: true });
	const decoded = decodeCompact(encoded);
	const back = compactToTrace(decoded);
	assert.equal(dumpRecords(back.records), dumpRecords(trace.records), 'records survive encode -> decode');
	assert.equal(encodeCompact(back, decoded.analysis, { ids: true }), encoded, 'encode -> decode -> encode is byte-identical');
	return trace;
}

/** A readable, stable text dump of a trace. */
export function dumpTrace(trace: Trace): string {
	const warnings = trace.warnings
		.map((w) => `  ${w.file}${w.line ? `:${w.line}` : ''}${w.column ? `:${w.column}` : ''}: ${w.reason} (x${w.count})\n`)
		.join('');
	return `format: ${trace.format}\nsource: ${trace.source}\nsynthetic: ${trace.synthetic}\nrecords: ${trace.records.length}\n${dumpRecords(trace.records)}warnings:\n${warnings}`;
}

/** One block per record: id, lane, name, start (ISO, ns), duration, parent, reason, attributes, events. */
export function dumpRecords(records: readonly TraceRecord[]): string {
	return records
		.map((r) => {
			const head = `- ${JSON.stringify(r.id)}${r.traceId === undefined ? '' : ` trace=${r.traceId}`} lane=${JSON.stringify(r.lane)} name=${JSON.stringify(r.name)}`;
			const time = `    start=${nsToIso(r.startNs)} duration=${r.durationNs === undefined ? 'instant' : `${r.durationNs}ns`}`;
			const links = `${r.parentId === undefined ? '' : ` parent=${JSON.stringify(r.parentId)}`}${r.reason && r.reason !== 'unknown' ? ` reason=${r.reason}` : ''}`;
			const attrs = Object.keys(r.attributes).length ? `\n    attributes=${JSON.stringify(r.attributes)}` : '';
			const events = r.events
				.map((e) => `\n    event +${e.timeNs - r.startNs}ns ${JSON.stringify(e.name)} ${JSON.stringify(e.attributes)}`)
				.join('');
			return `${head}\n${time}${links}${attrs}${events}\n`;
		})
		.join('');
}

/** Rebuilds model records from the compact form (ids must have been encoded). */
export function compactToTrace(c: CompactTrace): Trace {
	const records: TraceRecord[] = [];
	for (let i = 0; i < c.count; i++) {
		const startNs = c.startNs(i);
		const r: TraceRecord = {
			id: c.id(i),
			startNs,
			name: c.strings[c.name[i]],
			lane: c.lanes[c.lane[i]],
			attributes: Object.fromEntries(c.attributes(i)),
			events: c
				.events(i)
				.map((e) => ({ timeNs: startNs + BigInt(e.offsetNs), name: e.name, attributes: Object.fromEntries(e.attributes) })),
		};
		const traceId = c.traceId(i);
		if (traceId !== undefined) r.traceId = traceId;
		if (c.duration[i] !== -1) r.durationNs = BigInt(c.duration[i]);
		if (c.parent[i] !== -1) r.parentId = c.id(c.parent[i]);
		if (c.reason[i] !== 0) r.reason = WAKE_REASONS[c.reason[i]];
		records.push(r);
	}
	return { format: c.format, source: c.source, synthetic: c.synthetic, records, warnings: [] };
}

/** Compares `text` with `__snapshots__/<name>`; writes it when UPDATE_SNAPSHOTS=1. */
export function matchSnapshot(name: string, text: string): void {
	const file = join(here, '__snapshots__', name);
	if (process.env.UPDATE_SNAPSHOTS === '1') {
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, text);
		return;
	}
	assert.ok(existsSync(file), `missing snapshot ${file}: run with UPDATE_SNAPSHOTS=1 and review it`);
	assert.equal(text, readFileSync(file, 'utf8'), `snapshot ${name}`);
}

/** The path of a fixture, e.g. `fixture('otlp/bom.json')`. */
export function fixture(name: string): string {
	return join(FIXTURES, name);
}

/**
 * Imports a JSON fixture streamed from its file and read whole, and checks both give the same
 * trace: the compact form (with ids) byte for byte, and the same warnings in the same order.
 */
export function checkStreamedEqualsWhole(path: string, format: TraceFormat): void {
	const streamed = importTraceFile(path, { read: 'stream' });
	const whole = importTraceFile(path, { read: 'whole' });
	assert.equal(streamed.format, format, 'detected format');
	assert.equal(encodeCompact(streamed, analyzeTrace(streamed), { ids: true }), encodeCompact(whole, analyzeTrace(whole), { ids: true }), 'compact form');
	assert.equal(dumpTrace(streamed), dumpTrace(whole), 'records and warnings');
}
