/**
 * The analysis columns (`trace-columns.ts`): an OTLP trace gets them from its span table
 * without making records, and they must equal the columns made from its records (made on first
 * read), so that the analysis and the summary give the same numbers either way.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeTrace } from '../../../src/trace/analysis/analysis.ts';
import { traceSummary } from '../../../src/trace/analysis/trace-summary.ts';
import { importTraceFile, importTraceText } from '../../../src/trace/import/import.ts';
import type { Trace } from '../../../src/trace/model.ts';
import { columnsFromRecords, traceColumns } from '../../../src/trace/trace-columns.ts';
import { FIXTURES } from './trace-check.ts';

/** The same trace with only its records (its columns then come from them). */
const withoutColumns = (trace: Trace): Trace => ({ ...trace, records: trace.records, columns: undefined });

/** Checks that a trace's own columns, analysis and summary equal those made from its records. */
function checkColumns(trace: Trace): void {
	assert.ok(trace.columns, 'the span table gave columns');
	const own = structuredClone(trace.columns);
	const analysis = analyzeTrace(trace);
	const summary = traceSummary(trace, analysis);
	assert.deepEqual(own, columnsFromRecords(trace.records));
	assert.deepEqual(analysis, analyzeTrace(withoutColumns(trace)));
	assert.deepEqual(summary, traceSummary(withoutColumns(trace), analysis));
}

/** One OTLP request of spans in service `service`. */
function request(service: string, spans: string[]): string {
	return `{"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"${service}"}}]},"scopeSpans":[{"spans":[${spans.join(',')}]}]}]}`;
}

/** A span with 16-hex-digit ids, times in ns from 1730710862 s, and attributes given as [key, AnyValue JSON]. */
function span(id: number, parent: number | null, start: number, end: number | null, attributes: [string, string][] = []): string {
	const hex = (n: number) => n.toString(16).padStart(16, '0');
	const at = (ns: number) => `"${1730710862000000000n + BigInt(ns)}"`;
	return JSON.stringify({
		traceId: '5b8efff798038103d269b633813fc60c',
		spanId: hex(id),
		...(parent === null ? {} : { parentSpanId: hex(parent) }),
		name: `s${id}`,
		startTimeUnixNano: 0,
		...(end === null ? {} : { endTimeUnixNano: 0 }),
		attributes: attributes.map(([key]) => ({ key, value: 0 })),
	})
		.replace('"startTimeUnixNano":0', `"startTimeUnixNano":${at(start)}`)
		.replace('"endTimeUnixNano":0', `"endTimeUnixNano":${end === null ? '' : at(end)}`)
		.replace(/"value":0/g, () => `"value":${attributes.shift()![1]}`);
}

test('trace columns: reasons, lanes, instants, orphans and cycles read from the span table equal those of the records', () => {
	const text = [
		request('b', [
			span(1, null, 0, 500, [['object.reason', '{"stringValue":"object updated"}']]),
			span(2, 1, 10, 20),
			span(3, 4, 30, 40), // a cycle: 3 -> 4 -> 3
			span(4, 3, 30, 50),
		]),
		request('a', [
			span(5, 99, 5, null), // an orphan and an instant
			span(6, 1, 7, 9), // a parent in another lane: a wake-up of its own
			// A non-string value under the first reason key: the next key decides; a repeated key keeps its last value.
			span(7, null, 8, 8, [
				['object.reason', '{"intValue":"3"}'],
				['reason', '{"stringValue":"object updated"}'],
				['reason', '{"stringValue":"error policy requested retry"}'],
			]),
			span(8, null, 1_000_000, 2_000_000, [['wake.reason', '{"stringValue":"reconciler requested retry"}']]),
		]),
	].join('\n');
	const trace = importTraceText(text, 'columns.jsonl');
	assert.deepEqual(
		trace.warnings.map((w) => [w.reason.slice(0, 20), w.count]),
		[
			['a span has no "endTi', 1],
			['records name a paren', 1],
			['parent links formed ', 1],
		],
	);
	checkColumns(trace);
	assert.deepEqual(
		trace.records.map((r) => r.reason ?? '-'),
		['object-changed', '-', '-', 'error-retry', '-', '-', '-', 'requeue-after'],
	);
	assert.deepEqual(
		trace.records.filter((r) => r.attributes.missingParentId ?? r.attributes.cycleParentId).map((r) => r.name),
		['s5', 's4'],
	);
});

test('trace columns: every OTLP fixture that the span table orders gives the columns of its records', () => {
	const dir = join(FIXTURES, 'otlp');
	let checked = 0;
	for (const name of readdirSync(dir)) {
		let trace: Trace;
		try {
			trace = importTraceFile(join(dir, name));
		} catch {
			continue; // fixtures of bad input
		}
		if (!trace.columns) continue; // ids the table does not order (base64, repeated): made as records
		checkColumns(trace);
		checked++;
	}
	assert.ok(checked >= 10, `${checked} fixtures checked`);
});

test('trace columns: a trace without its own columns gets them from its records, once per records array', () => {
	const trace = importTraceText(request('a', [span(1, null, 0, 5), span(2, 1, 3, 4)]), 'a.json');
	const plain = withoutColumns(trace);
	assert.equal(traceColumns(plain), traceColumns(plain));
	assert.deepEqual(traceColumns(plain), trace.columns);
	assert.equal(traceColumns(plain).endNs, 1730710862000000005n);
});
