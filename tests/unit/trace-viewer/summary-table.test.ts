/** The numbers table: rows busiest first, the lanes chosen, the unload figures replaceable. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeTrace } from '../../../src/trace/analysis/analysis.ts';
import { simulateUnload, WASM_OPERATOR_POLICY } from '../../../src/trace/analysis/unload-simulation.ts';
import { htmlText, type HtmlNode } from '../../../src/trace-viewer/html-node.ts';
import { causesText, percent, policyText, summaryTables } from '../../../src/trace-viewer/summary-table.ts';
import type { Trace, TraceRecord } from '../../../src/trace/model.ts';

const BASE = 1_700_000_000_000_000_000n;
function lane(name: string, everyS: number, count: number): TraceRecord[] {
	return Array.from({ length: count }, (_, i) => ({ id: `${name}#${i}`, startNs: BASE + BigInt(i * everyS * 1e9), name: 'r', lane: name, attributes: {}, events: [] }));
}
const trace: Trace = { format: 'timestamp-list', source: 'x.synthetic.csv', synthetic: true, records: [...lane('slow', 30, 3), ...lane('fast', 5, 13)], warnings: [] };

/** The text of every row of a table, cell by cell. */
function rows(table: HtmlNode): string[][] {
	const body = table.children!.find((c) => typeof c !== 'string' && c.tag === 'tbody') as HtmlNode;
	return body.children!.map((tr) => (tr as HtmlNode).children!.map(htmlText));
}

test('the top-wakers table lists the busiest lane first, with rate, share, period, regularity and causes', () => {
	const [top] = summaryTables({ analysis: analyzeTrace(trace) }).children as HtmlNode[];
	assert.deepEqual(rows(top), [
		['fast', '13.0', '81.3%', '5.00 s', '100%', 'scheduled 92.3% (inferred), unknown 7.7%'],
		['slow', '3.0', '18.8%', '30.00 s', '100%', 'scheduled 66.7% (inferred), unknown 33.3%'],
	]);
	assert.match(htmlText(top), /^Top wakers: wake-ups per minute over the 60.00 s from the first to the last wake-up/);
});

test('the unload table follows the same order and can show another policy', () => {
	const analysis = analyzeTrace(trace);
	const [, unload] = summaryTables({ analysis }).children as HtmlNode[];
	assert.deepEqual(rows(unload).map((r) => r[0]), ['fast', 'slow']);
	assert.match(htmlText(unload), /simulation: unload after 1000 ms idle, reload 1000 ms before the predicted wake-up, stay 1000 ms past it, prediction on/);
	// Loaded 1 s after each of the first two wake-ups (the last is at the window's end): 2 s of 60.
	const off = simulateUnload([0, 30e9, 60e9], { ...WASM_OPERATOR_POLICY, prediction: false }).summary;
	const [, replaced] = summaryTables({ analysis, unload: new Map([['slow', off]]), lanes: ['slow'] }).children as HtmlNode[];
	assert.deepEqual(rows(replaced), [['slow', '3.3%', '3.0', '3 of 3', 'off']]);
});

test('causes, percentages and the policy read naturally', () => {
	const none = { count: 0, inferred: 0 };
	assert.equal(causesText({ scheduled: { count: 6, inferred: 3 }, event: { count: 2, inferred: 0 }, error: none, unknown: none }, 8), 'scheduled 75% (3 of 6 inferred), event 25%');
	assert.deepEqual([percent(0.2), percent(0.3125), percent(0.0004), percent(0), percent(1)], ['20%', '31.3%', '<0.1%', '0%', '100%']);
	assert.equal(policyText({ idleMs: 250, leadMs: 0, graceMs: 0, prediction: false }), 'unload after 250 ms idle, prediction off');
});
