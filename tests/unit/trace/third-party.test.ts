/** The real traces in ../shared/traces/third-party/ (skipped, with the reason, when that folder is absent). */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeTrace } from '../../../src/trace/analysis/analysis.ts';
import { importTraceFile } from '../../../src/trace/import/import.ts';
import type { TraceFormat } from '../../../src/trace/model.ts';
import { THIRD_PARTY, checkImport } from './trace-check.ts';

const skip = existsSync(THIRD_PARTY) ? false : `third-party traces not found at ${THIRD_PARTY}`;
// No snapshots here (their data must not be copied into the project): record and warning counts
// are checked inline, plus re-detection and the round trip.
const real = (name: string, format: TraceFormat, records: number, warnings: string[] = []) =>
	test(`third-party ${name}`, { skip }, () => {
		const trace = checkImport(join(THIRD_PARTY, name), format, null);
		assert.equal(trace.records.length, records);
		assert.deepEqual(
			trace.warnings.map((w) => `${w.reason} (x${w.count})`),
			warnings,
		);
	});

real('opentelemetry-proto/trace.json', 'otlp-json', 1, [
	'records name a parent that is not in the file (orphans): shown as roots, the id kept as "missingParentId" (x1)',
]);
real('jaeger/fixture.json', 'jaeger-json', 3);
real('speedscope-trace-event/multiprocess.json', 'chrome-trace', 8);
real('speedscope-trace-event/out-of-order.json', 'chrome-trace', 3);
real('speedscope-trace-event/simple-object.json', 'chrome-trace', 3, [
	'used "tdur" (thread time) for "X" events without "dur" (x1)',
	'an event has no "name": named "(unnamed)" (x1)',
]);
real('speedscope-trace-event/simple-partial-trailing-comma.json', 'chrome-trace', 4, [
	'unterminated event array: closed after the last complete event (x1)',
	'used "tdur" (thread time) for "X" events without "dur" (x1)',
]);
real('speedscope-trace-event/simple-partial.json', 'chrome-trace', 4, [
	'unterminated event array: closed after the last complete event (x1)',
	'used "tdur" (thread time) for "X" events without "dur" (x1)',
]);
real('speedscope-trace-event/simple.json', 'chrome-trace', 4, ['used "tdur" (thread time) for "X" events without "dur" (x1)']);
real('speedscope-trace-event/too-many-end-events.json', 'chrome-trace', 2, ['skipped "E" events that match no open "B" event (x2)']);
real('speedscope-trace-event/zero-duration-events.json', 'chrome-trace', 4, [
	'skipped "E" events that match no open "B" event (x1)',
	'an "E" event closed a "B" event that was not the innermost open one (x1)',
	'closed "B" events that never ended at the thread\'s last timestamp (x1)',
]);
real('wasm-operator/traces_5.csv', 'timestamp-list', 1001);
real('wasm-operator/traces_persona.csv', 'timestamp-list', 1001);
real('wasm-operator/reconciletimes5.csv', 'timestamp-list', 303, ['times without a zone are read as UTC (x303)']);
real('wasm-operator/changetimes5.csv', 'timestamp-list', 303, ['times without a zone are read as UTC (x303)']);

test('the Percona trace wakes up about every 5.2 s', { skip }, () => {
	const analysis = analyzeTrace(importTraceFile(join(THIRD_PARTY, 'wasm-operator/traces_persona.csv')));
	const [lane] = analysis.lanes;
	assert.equal(lane.records, 1001);
	assert.ok(lane.gaps && Math.abs(lane.gaps.median - 5200) < 100, `median gap ${lane.gaps?.median} ms`);
	assert.ok(lane.period && Math.abs(lane.period.ms - 5200) < 100, `period ${lane.period?.ms} ms`);
	assert.ok(lane.period.regularity > 0.8, `regularity ${lane.period.regularity}`);
	assert.match(analysis.headline, /^every 5\.[12]\d s, \d+% of gaps within 5%$/);
});

test('changetimes5 -> reconciletimes5: every change is followed by a reconcile within milliseconds', { skip }, () => {
	const changes = importTraceFile(join(THIRD_PARTY, 'wasm-operator/changetimes5.csv'));
	const reconciles = importTraceFile(join(THIRD_PARTY, 'wasm-operator/reconciletimes5.csv'));
	const { latency } = analyzeTrace(reconciles, { changes });
	assert.ok(latency);
	assert.equal(latency.pairs, changes.records.length);
	assert.equal(latency.unpaired, 0);
	assert.ok(latency.gaps.min >= 0 && latency.gaps.median > 1 && latency.gaps.median < 100, `median latency ${latency.gaps.median} ms`);
});
