/** The SES gap forecast: the sliding-window fit against a direct one, and against statsmodels. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GapForecaster, sesForecast } from '../../../src/trace/analysis/gap-forecaster.ts';
import { seededRandom } from '../../../scripts/lib/seeded-random.ts';

test('the sliding-window fit equals a direct fit over the same last 49 gaps, at every step', () => {
	const rnd = seededRandom(7);
	const gaps: number[] = [];
	const f = new GapForecaster();
	for (let i = 0; i < 300; i++) {
		// A level that drifts, so different alphas win at different times.
		gaps.push(5000 + 800 * Math.sin(i / 15) + (rnd() - 0.5) * 600);
		f.push(gaps[i]);
		const direct = sesForecast(gaps.slice(-49));
		const sliding = f.forecast();
		assert.ok(Math.abs(sliding - direct.forecast) < 1e-6, `step ${i}: ${sliding} vs ${direct.forecast}`);
		assert.ok(Math.abs(f.alpha - direct.alpha) < 1e-6, `alpha at step ${i}: ${f.alpha} vs ${direct.alpha}`);
	}
});

test('the forecast is close to statsmodels SimpleExpSmoothing(initialization_method="estimated")', () => {
	// Expected values: statsmodels 0.13.5, `SimpleExpSmoothing(w, initialization_method="estimated").fit().predict(len(w), len(w))`,
	// run once by hand; the grid of alphas (0.05 apart) keeps us within a few ms of its continuous optimum.
	const cases: [number[], number][] = [
		[[5.0, 5.2, 4.9, 5.1, 6.0, 5.0, 5.3], 5.214285701230916], // alpha 0: the mean
		[[1, 2, 3, 4, 5, 6, 7, 8], 7.999999985098721], // alpha 1: the last gap
		[[5.0, 5.1, 5.3, 5.2, 5.6, 5.5, 5.9, 5.7, 6.1, 6.0, 6.3], 6.2316780763653465], // alpha 0.77
		[[4.8, 5.3, 5.1, 5.6, 5.2, 5.9, 5.4, 6.1], 5.767349515363083], // alpha 0.46
	];
	for (const [gaps, expected] of cases) {
		const { forecast } = sesForecast(gaps);
		assert.ok(Math.abs(forecast - expected) < 0.01, `${gaps}: ${forecast} vs statsmodels ${expected}`);
	}
});

test('edge cases: no gap, one gap, a perfectly regular series, a bad window', () => {
	const f = new GapForecaster();
	assert.ok(Number.isNaN(f.forecast()));
	f.push(5000);
	assert.equal(f.forecast(), 5000);
	for (let i = 0; i < 100; i++) f.push(5000);
	assert.equal(f.forecast(), 5000);
	assert.equal(f.alpha, 0, 'ties go to the smallest alpha');
	assert.throws(() => new GapForecaster(0), /window must be a positive integer/);
});

test('a short window forgets old gaps', () => {
	const f = new GapForecaster(3);
	for (const g of [100, 100, 100, 9, 9, 9]) f.push(g);
	assert.ok(Math.abs(f.forecast() - 9) < 1e-9);
});
