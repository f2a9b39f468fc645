/** The unload band: the simulation per shown lane and how a window of it is laid out in pixel columns. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { simulateUnload, WASM_OPERATOR_POLICY } from '../../../src/trace/analysis/unload-simulation.ts';
import { overviewSvg } from '../../../src/trace-viewer/export-svg.ts';
import { BAND_HEIGHT } from '../../../src/trace-viewer/geometry.ts';
import { buildLayout } from '../../../src/trace-viewer/layout.ts';
import { STATIC } from '../../../src/trace-viewer/palette.ts';
import { svgToString } from '../../../src/trace-viewer/svg-node.ts';
import { bandColumns, bandStatus, laneWindows, simulateBands, type LaneBand } from '../../../src/trace-viewer/unload-band.ts';
import { periodic, traceOf } from './synthetic-trace.ts';

const NO_PREDICTION = { ...WASM_OPERATOR_POLICY, prediction: false };

/** A band loaded over `[0, 1 s)` and `[5 s, 6 s)`, cold starts at 0 and 5 s, simulated over 0..10 s. */
const band: LaneBand = {
	lane: 'operator',
	window: { startNs: 0, endNs: 10e9 },
	run: { summary: simulateUnload([0, 5e9], NO_PREDICTION).summary, loaded: Float64Array.from([0, 1e9, 5e9, 6e9]), coldStarts: Uint32Array.from([0, 1]) },
	coldNs: Float64Array.from([0, 5e9]),
	wakeUps: 2,
};

test('one pixel a second: the loaded seconds are full columns, the rest empty', () => {
	const c = bandColumns(band, { t0: 0, t1: 10e9 }, 10);
	assert.deepEqual([...c.loaded], [1, 0, 0, 0, 0, 1, 0, 0, 0, 0]);
	assert.deepEqual(c.cold, [0, 5]);
	assert.deepEqual([c.x0, c.x1], [0, 10]);
});

test('zoomed out, a column shows the share of its time loaded, not "loaded" for any moment of loading', () => {
	assert.deepEqual([...bandColumns(band, { t0: 0, t1: 10e9 }, 5).loaded], [0.5, 0, 0.5, 0, 0]);
	assert.deepEqual([...bandColumns(band, { t0: 0, t1: 10e9 }, 2.5).loaded], [0.25, 0.25, 0]);
});

test('zoomed in, only what is in view, partial columns at the edges; the band ends with its window', () => {
	const c = bandColumns(band, { t0: 0.5e9, t1: 2.5e9 }, 4);
	assert.deepEqual([...c.loaded], [1, 0, 0, 0]);
	assert.deepEqual(c.cold, []);
	const late = bandColumns(band, { t0: 8e9, t1: 12e9 }, 4);
	assert.deepEqual([late.x0, late.x1], [0, 2], 'the simulation window ends at 10 s, half-way');
	const before = bandColumns({ ...band, window: { startNs: 20e9, endNs: 30e9 } }, { t0: 0, t1: 10e9 }, 10);
	assert.ok(before.x1 < before.x0, 'a window entirely out of view draws nothing');
});

test('the simulation per lane: gaps of 5 s, idle 1 s, no prediction: loaded 20%, every wake-up a cold start', () => {
	const trace = traceOf([...periodic(13, 5000, undefined, 'a'), ...periodic(4, 20_000, undefined, 'b')]);
	const layout = buildLayout(trace);
	const bands = simulateBands(layout, NO_PREDICTION, laneWindows(trace.analysis));
	assert.deepEqual(bands.map((b) => b.lane), ['a', 'b']);
	// The trace's window, first to last wake-up of any lane: 0..60 s, for both lanes.
	assert.deepEqual(bands.map((b) => b.window), [{ startNs: 0, endNs: 60e9 }, { startNs: 0, endNs: 60e9 }]);
	assert.equal(bands[0].run.summary.loadedFraction, 0.2);
	assert.equal(bands[0].run.summary.coldStarts, 13);
	assert.deepEqual([...bands[0].coldNs], Array.from({ length: 13 }, (_, k) => k * 5e9));
	// Lane b: 1 s loaded after each of its wake-ups at 0, 20 and 40 s (the one at 60 s ends the window): 5%.
	assert.equal(bandStatus(bands), 'Simulated: loaded 12.5% of the time (mean of 2 lanes), 17 of 17 wake-ups cold starts.');
	// At the cited policy the analysis' own figures come out (the same window, the same wake-ups).
	const cited = simulateBands(layout, WASM_OPERATOR_POLICY, laneWindows(trace.analysis));
	assert.deepEqual(cited.map((b) => b.run.summary), trace.analysis.lanes.map((l) => l.unload));
});

test('a compare block takes the window of each trace', () => {
	const trace = traceOf([...periodic(3, 5000, undefined, 'a'), ...periodic(3, 30_000, undefined, 'b')]);
	const sides = [
		{ label: 'a', lanes: ['a'], synthetic: true, window: { startMs: 0, endMs: 10_000 } },
		{ label: 'b', lanes: ['b'], synthetic: true, window: { startMs: 0, endMs: 60_000 } },
	];
	const bands = simulateBands(buildLayout(trace), NO_PREDICTION, laneWindows(trace.analysis, sides));
	assert.deepEqual(bands.map((b) => b.run.summary.loadedFraction), [0.2, 0.0333]);
	assert.match(bandStatus(bands, sides), /^Simulated: a: loaded 20% of the time, 3 of 3 wake-ups cold starts; b: loaded 3.3% of the time/);
});

test('the static overview draws the band under each lane: loaded bars, a baseline and cold-start ticks', () => {
	const trace = traceOf(periodic(13, 5000));
	const layout = buildLayout(trace);
	const bands = simulateBands(layout, NO_PREDICTION, laneWindows(trace.analysis));
	const svg = svgToString(overviewSvg(layout, 720, 300, 'Overview', 'desc', 'tv-1', bands));
	const count = (colour: string) => (svg.match(new RegExp(`fill="${colour}"`, 'g')) ?? []).length;
	assert.equal(count(STATIC.coldStart), 13);
	assert.ok(count(STATIC.loaded) >= 12, `${count(STATIC.loaded)} loaded bars`);
	const without = svgToString(overviewSvg(layout, 720, 300, 'Overview', 'desc', 'tv-1'));
	assert.doesNotMatch(without, new RegExp(`${STATIC.loaded}|${STATIC.coldStart}`));
	const height = (text: string) => Number(/height="(\d+)"/.exec(text)![1]);
	assert.equal(height(svg) - height(without), BAND_HEIGHT);
});
