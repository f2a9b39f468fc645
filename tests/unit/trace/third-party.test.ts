/** The real traces in ../shared/traces/third-party/ (skipped, with the reason, when that folder is absent). */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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

/** The committed copies of the measured traces (content/…/third-party/), always present. */
const COMMITTED = join(import.meta.dirname, '..', '..', '..', 'content', 'reconcile_testing_operators', 'traces', 'third-party');
const MEASURED = ['traces_persona.csv', 'traces_5.csv', 'reconciletimes5.csv', 'changetimes5.csv'];

test('the committed measured traces are byte-identical to the shared copies', { skip }, () => {
	for (const name of MEASURED) assert.ok(readFileSync(join(COMMITTED, name)).equals(readFileSync(join(THIRD_PARTY, 'wasm-operator', name))), name);
});

test('traces_5.csv is the same file as traces_persona.csv (as the trace pages say)', () => {
	assert.ok(readFileSync(join(COMMITTED, 'traces_5.csv')).equals(readFileSync(join(COMMITTED, 'traces_persona.csv'))));
});

test('the real Percona trace through inspect: wake-ups per minute as records over the span, and the unload figures', () => {
	const file = join(COMMITTED, 'traces_persona.csv');
	// The band comes from the file itself: its lines over the minutes from the first to the last.
	const times = readFileSync(file, 'utf8').trim().split('\n').slice(1).map((line) => Date.parse(line));
	const expected = times.length / ((times[times.length - 1] - times[0]) / 60_000);
	const run = spawnSync(process.execPath, ['scripts/trace.ts', 'inspect', file], { encoding: 'utf8' });
	assert.equal(run.status, 0, run.stderr);
	const [lane] = JSON.parse(run.stdout).lanes;
	assert.ok(Math.abs(lane.wakeupsPerMinute - expected) < 0.01, `${lane.wakeupsPerMinute} vs ${expected}`);
	assert.ok(lane.wakeupsPerMinute > 11 && lane.wakeupsPerMinute < 12, `near 11.5: ${lane.wakeupsPerMinute}`);
	const { unload } = lane;
	assert.deepEqual([unload.idleMs, unload.leadMs, unload.graceMs, unload.prediction], [1000, 1000, 1000, true]);
	assert.ok(unload.loadedFraction > 0 && unload.loadedFraction < 1);
	assert.ok(unload.predictionHits + unload.predictionMisses <= lane.records);
	assert.ok(unload.coldStarts >= 1 && unload.coldStarts <= lane.records);
});

test('the claims of why-wake-ups-cost-memory.md hold for the measured Percona trace', () => {
	const trace = importTraceFile(join(COMMITTED, 'traces_persona.csv'));
	const [on] = analyzeTrace(trace).lanes;
	const [off] = analyzeTrace(trace, { policy: { idleMs: 1000, leadMs: 1000, graceMs: 1000, prediction: false } }).lanes;
	// "out of memory for most of the time"
	assert.ok(on.unload.loadedFraction! < 0.5, `loaded ${on.unload.loadedFraction}`);
	// "about as many loads a minute as wake-ups a minute"
	assert.ok(Math.abs(on.unload.reloadsPerMinute! / on.wakeupsPerMinute! - 1) < 0.05, `${on.unload.reloadsPerMinute} loads vs ${on.wakeupsPerMinute} wake-ups a minute`);
	// "almost every wake-up finds the module already loaded"
	assert.ok(on.unload.predictionHits / on.records > 0.95, `hits ${on.unload.predictionHits} of ${on.records}`);
	// "keep the module in memory longer than without prediction, where almost every wake-up is a cold start"
	assert.ok(on.unload.loadedFraction! > off.unload.loadedFraction!);
	assert.ok(off.unload.coldStarts / off.records > 0.95, `cold starts ${off.unload.coldStarts} of ${off.records}`);
});
