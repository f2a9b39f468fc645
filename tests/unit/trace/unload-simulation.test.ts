/** The unload simulation on small hand-computed series (times built here, so every assertion can fail). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { simulateUnload, WASM_OPERATOR_POLICY, type UnloadPolicy } from '../../../src/trace/analysis/unload-simulation.ts';

const S = 1e9;
/** `count` wake-ups `gapS` seconds apart, in ns. */
const periodic = (count: number, gapS: number) => Float64Array.from({ length: count }, (_, i) => i * gapS * S);
const policy = (p: Partial<UnloadPolicy>): UnloadPolicy => ({ ...WASM_OPERATOR_POLICY, ...p });
const seconds = (loaded: Float64Array) => [...loaded].map((ns) => ns / S);

test('gaps of 5 s, idle 1 s, no prediction: loaded 20%, every wake-up a cold start', () => {
	const run = simulateUnload(periodic(11, 5), policy({ prediction: false }));
	assert.equal(run.summary.loadedFraction, 0.2);
	assert.equal(run.summary.coldStarts, 11);
	assert.deepEqual([...run.coldStarts], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
	// 11 loads over 50 s.
	assert.equal(run.summary.reloadsPerMinute, 13.2);
	assert.deepEqual([run.summary.predictionHits, run.summary.predictionMisses], [0, 0]);
	// Loaded [w, w + 1 s) after each wake-up; the last one is cut by the window's end.
	assert.deepEqual(seconds(run.loaded).slice(0, 6), [0, 1, 5, 6, 10, 11]);
	assert.deepEqual(seconds(run.loaded).slice(-2), [45, 46]);
});

test('a perfectly periodic lane with prediction: the first guess (3 s) misses, then every prediction hits', () => {
	const run = simulateUnload(periodic(5, 5), WASM_OPERATOR_POLICY);
	// w=0 cold; unload at 1 s, one event: predict 3 s, reload at 2 s, unload at 4 s (miss);
	// w=5 cold; unload at 6 s, predict 5 + 5 = 10 s, reload at 9 s; w=10 hit; unload at 11 s; and so on.
	assert.deepEqual(seconds(run.loaded), [0, 1, 2, 4, 5, 6, 9, 11, 14, 16, 19, 20]);
	assert.deepEqual([...run.coldStarts], [0, 1]);
	assert.equal(run.summary.predictionHits, 3);
	assert.equal(run.summary.predictionMisses, 1);
	assert.equal(run.summary.loadedFraction, 0.45);
	// 2 cold starts + 4 predicted reloads (2, 9, 14, 19 s) over 20 s.
	assert.equal(run.summary.reloadsPerMinute, 18);
});

test('a long periodic lane keeps hitting: few cold starts, loaded about 2 s of every 5 s', () => {
	const run = simulateUnload(periodic(1000, 5), WASM_OPERATOR_POLICY);
	assert.equal(run.summary.coldStarts, 2);
	assert.equal(run.summary.predictionHits, 998);
	assert.equal(run.summary.predictionMisses, 1);
	assert.ok(Math.abs(run.summary.loadedFraction! - 0.4) < 0.001, `loaded ${run.summary.loadedFraction}`);
});

test('lead 0 and grace 0: the reload window is empty, every prediction misses', () => {
	const run = simulateUnload(periodic(6, 5), policy({ leadMs: 0, graceMs: 0 }));
	assert.equal(run.summary.coldStarts, 6);
	assert.equal(run.summary.predictionHits, 0);
	assert.equal(run.summary.predictionMisses, 5);
	assert.equal(run.summary.loadedFraction, 0.2);
});

test('a wake-up exactly at the reload time hits; one exactly at the end of the grace period is a cold start', () => {
	// Wake-ups 0, 5, 10 s (forecast 5 s), then 14 s: lead 1 s -> reloaded at 14 s, a hit.
	const early = simulateUnload(Float64Array.from([0, 5, 10, 14], (s) => s * S), WASM_OPERATOR_POLICY);
	assert.deepEqual([early.summary.predictionHits, early.summary.coldStarts], [2, 2]);
	// ... then 16 s: the grace period ends at 15 + 1 = 16 s, so the module is gone: a miss.
	const late = simulateUnload(Float64Array.from([0, 5, 10, 16], (s) => s * S), WASM_OPERATOR_POLICY);
	assert.deepEqual([late.summary.predictionHits, late.summary.predictionMisses, late.summary.coldStarts], [1, 2, 3]);
	assert.deepEqual([...late.coldStarts], [0, 1, 3]);
});

test('a hit inside the lead window keeps the module loaded until the grace period ends', () => {
	// Forecast 5 s after 10 s: window [14, 16) s; a wake-up at 14.2 s would unload at 15.2 s, but grace holds it to 16 s.
	const run = simulateUnload(Float64Array.from([0, 5, 10, 14.2, 30], (s) => s * S), WASM_OPERATOR_POLICY);
	assert.deepEqual(seconds(run.loaded).slice(6, 10), [9, 11, 14, 16]);
});

test('a reconcile that outlasts the idle time keeps the module loaded until idle after its end', () => {
	const starts = Float64Array.from([0, 10], (s) => s * S);
	const run = simulateUnload(starts, policy({ prediction: false }), Float64Array.from([3 * S, 0]));
	assert.deepEqual(seconds(run.loaded), [0, 4]);
	assert.equal(run.summary.loadedFraction, 0.4);
});

test('wake-ups closer than the idle time share one load', () => {
	const run = simulateUnload(Float64Array.from([0, 0.5, 0.9, 5, 5.5, 10], (s) => s * S), policy({ prediction: false }));
	assert.deepEqual([...run.coldStarts], [0, 3, 5]);
	assert.deepEqual(seconds(run.loaded), [0, 1.9, 5, 6.5]);
});

test('only the first wake-up after an unload joins the prediction history', () => {
	// History 0 (not 0.5): the one-event guess is 0 + 3 s, reloaded at 2 s; then 0, 5: gap 5 s, predicted 10 s.
	const run = simulateUnload(Float64Array.from([0, 0.5, 5, 5.5, 10], (s) => s * S), WASM_OPERATOR_POLICY);
	assert.deepEqual(seconds(run.loaded), [0, 1.5, 2, 4, 5, 6.5, 9, 10]);
	assert.deepEqual([run.summary.predictionHits, run.summary.predictionMisses], [1, 1]);
});

test('an idle time longer than every gap: loaded all the time, one cold start, no prediction made', () => {
	const run = simulateUnload(periodic(10, 5), policy({ idleMs: 6000 }));
	assert.equal(run.summary.loadedFraction, 1);
	assert.deepEqual([run.summary.coldStarts, run.summary.predictionHits, run.summary.predictionMisses], [1, 0, 0]);
	assert.deepEqual(seconds(run.loaded), [0, 45]);
});

test('a window wider than the wake-ups counts the time before the first as unloaded', () => {
	const run = simulateUnload(Float64Array.from([10 * S, 15 * S]), policy({ prediction: false }), undefined, { startNs: 0, endNs: 20 * S });
	assert.equal(run.summary.loadedFraction, 0.1);
	assert.equal(run.summary.reloadsPerMinute, 6);
});

test('no window length: fractions and rates are null, counts still given', () => {
	const run = simulateUnload([7 * S], WASM_OPERATOR_POLICY);
	assert.equal(run.summary.loadedFraction, null);
	assert.equal(run.summary.reloadsPerMinute, null);
	assert.equal(run.summary.coldStarts, 1);
	assert.equal(simulateUnload([], WASM_OPERATOR_POLICY).summary.coldStarts, 0);
});

test('bad input is refused with the field named', () => {
	assert.throws(() => simulateUnload([0], policy({ idleMs: -1 })), /idleMs must be a finite number of milliseconds >= 0 \(got -1\)/);
	assert.throws(() => simulateUnload([0], policy({ graceMs: Number.NaN })), /graceMs/);
	assert.throws(() => simulateUnload([5, 3], WASM_OPERATOR_POLICY), /wake-ups must be ascending \(index 1: 3 after 5\)/);
});

test('the summary repeats the policy it ran with', () => {
	const { summary } = simulateUnload(periodic(3, 5), policy({ idleMs: 250, prediction: false }));
	assert.deepEqual(
		{ idleMs: summary.idleMs, leadMs: summary.leadMs, graceMs: summary.graceMs, prediction: summary.prediction },
		{ idleMs: 250, leadMs: 1000, graceMs: 1000, prediction: false },
	);
});
