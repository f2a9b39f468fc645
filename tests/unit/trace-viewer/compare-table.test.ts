/** The side-by-side table of a compare block: figures per trace and the change against the first. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeTrace } from '../../../src/trace/analysis/analysis.ts';
import { simulateUnload, WASM_OPERATOR_POLICY } from '../../../src/trace/analysis/unload-simulation.ts';
import { compareAnalyses, compareTraces } from '../../../src/trace/compare-traces.ts';
import type { Trace, TraceRecord } from '../../../src/trace/model.ts';
import { changeText, compareTable } from '../../../src/trace-viewer/compare-table.ts';
import { htmlText, type HtmlNode } from '../../../src/trace-viewer/html-node.ts';
import { percent } from '../../../src/trace-viewer/summary-table.ts';

/** `count` wake-ups every `everyS` s in lane `lane`, starting at `baseS`. */
function every(everyS: number, count: number, lane: string, baseS = 1_700_000_000): TraceRecord[] {
	return Array.from({ length: count }, (_, i) => ({ id: `${lane}#${i}`, startNs: BigInt(baseS + i * everyS) * 1_000_000_000n, name: 'r', lane, attributes: {}, events: [] }));
}
const trace = (source: string, records: TraceRecord[]): Trace => ({ format: 'timestamp-list', source, synthetic: true, records, warnings: [] });

function compared(traces: Trace[]) {
	const { trace: combined, groups } = compareTraces(traces);
	return { combined, ...compareAnalyses(groups, traces.map((t) => analyzeTrace(t))) };
}

/** The text of every body row, cell by cell. */
function rows(table: HtmlNode): string[][] {
	const body = table.children!.find((c) => typeof c !== 'string' && c.tag === 'tbody') as HtmlNode;
	return body.children!.map((tr) => (tr as HtmlNode).children!.map(htmlText));
}

// 5 s for 10 minutes against 30 s for 10 minutes, taken a day apart.
const fast = trace('fast.synthetic.csv', every(5, 121, 'fast.synthetic.csv'));
const slow = trace('slow.synthetic.csv', every(30, 21, 'slow.synthetic.csv', 1_700_086_400));

test('one column per trace and the change against the first: rates relative, shares in points', () => {
	const { analysis, sides } = compared([fast, slow]);
	const table = compareTable({ analysis, sides });
	const head = (table.children![1] as HtmlNode).children![0] as HtmlNode;
	assert.deepEqual(head.children!.map(htmlText), ['Figure', 'fast.synthetic.csv', 'slow.synthetic.csv', 'slow.synthetic.csv vs fast.synthetic.csv']);
	// Each over its own 10 minutes: 120 gaps / 10 min against 20 / 10 min.
	const byName = Object.fromEntries(rows(table).map(([name, ...cells]) => [name, cells]));
	assert.deepEqual(byName['Wake-ups/min'], ['12.1', '2.1', '−83%']);
	assert.deepEqual(byName['Period'], ['5.00 s', '30.00 s', '+500%']);
	assert.deepEqual(byName['Regularity'], ['100%', '100%', '±0 pts']);
	// Without prediction the module would be loaded idle (1 s) after each wake-up; the SES
	// prediction keeps it loaded from 1 s before to 1 s after each predicted one, so more.
	const loaded = (t: Trace) => analyzeTrace(t).lanes[0].unload.loadedFraction!;
	assert.equal(byName['Loaded'][0], percent(loaded(fast)));
	assert.ok(loaded(fast) > 0.2, `loaded ${loaded(fast)}`);
	assert.match(byName['Loaded'][2], /^−\d+ pts$/);
	assert.match(byName['Cold starts'][0], /^\d+ of 121$/);
});

test('a re-simulation at another policy replaces the loaded share and cold starts, nothing else', () => {
	const { combined, analysis, sides } = compared([fast, slow]);
	const policy = { ...WASM_OPERATOR_POLICY, prediction: false };
	const unload = new Map(sides.map((side) => {
		const lane = side.lanes[0];
		const starts = combined.records.filter((r) => r.lane === lane).map((r) => Number(r.startNs));
		return [lane, simulateUnload(starts, policy, undefined, { startNs: side.window.startMs * 1e6, endNs: side.window.endMs * 1e6 }).summary];
	}));
	const byName = Object.fromEntries(rows(compareTable({ analysis, sides, unload })).map(([name, ...cells]) => [name, cells]));
	// Idle 1 s after each wake-up, every wake-up a cold start: 1 s of each 5 s and of each 30 s.
	assert.deepEqual(byName['Loaded'], ['20%', '3.3%', '−17 pts']);
	assert.deepEqual(byName['Cold starts'], ['121 of 121', '21 of 21', '−83%']);
	assert.deepEqual(byName['Wake-ups/min'], ['12.1', '2.1', '−83%']);
	assert.match(htmlText(compareTable({ analysis, sides, unload })), /prediction off/);
});

test('changes read as people write them', () => {
	assert.equal(changeText(12, 2), '−83%');
	assert.equal(changeText(2, 12), '+500%');
	assert.equal(changeText(0.2, 0.05, true), '−15 pts');
	assert.equal(changeText(3, 3), '±0%');
	assert.equal(changeText(0, 4), '–');
	assert.equal(changeText(null, 4), '–');
});
