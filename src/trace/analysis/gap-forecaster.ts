/**
 * The next gap between events, forecast by simple exponential smoothing (SES) fitted to the
 * last gaps: what the wasm-operator's prediction server does with `"function": "SES"`
 * (`SimpleExpSmoothing(diff, initialization_method="estimated").fit()`,
 * https://github.com/idlab-discover/wasm-operator/blob/d91e9cfb0e886c1512165ba5fcf76dd8b26c17e9/prediction/webserver/main.py#L37-L40).
 * Pure and browser-safe.
 *
 * The model: level l(-1) = l0; for each gap y(t): l(t) = alpha * y(t) + (1 - alpha) * l(t-1);
 * the forecast of the next gap is the last level. statsmodels fits alpha and l0 together by
 * minimising the sum of squared one-step errors (y(t) - l(t-1))^2, with a numerical optimiser.
 *
 * Written here, not taken from a library, because the simulation refits after every unload, up
 * to once per wake-up, in the browser at interactive speed: ~1e5 fits must take milliseconds. Two
 * simplifications make each fit cost O(alphas) instead of O(gaps * optimiser steps):
 * - alpha is the best of a fixed grid, `ALPHAS` (0, 0.1, ..., 1), moved to the vertex of the
 *   parabola through the squared errors at it and its two neighbours, and the forecast is
 *   interpolated to that alpha from theirs (`refine`), instead of a continuous optimiser
 *   (statsmodels starts from a grid too, then refines it numerically).
 * - for each alpha the best l0 is exact and closed-form: the one-step errors are linear in l0,
 *   e(t) = g(t) - (1 - alpha)^t * c with c = l0 - (a known offset), so the squared error is a
 *   quadratic in c, minimised at c = B / C, leaving A - B^2 / C, where (k counts from the
 *   window's first gap) A = sum g^2, B = sum g * beta^k, C = sum beta^(2k), beta = 1 - alpha.
 *   Here g(t) is the one-step error of one smoothing run over ALL gaps pushed so far, started
 *   at level 0; restarting that run at the window's first gap only adds the beta^k term.
 * The window slides (the last `window` gaps). A and B over a sliding window are kept without
 * ever dividing by beta (which would blow up rounding errors): the gaps are cut into blocks of
 * `window`; the window is the tail of the previous block (suffix sums, computed once per block,
 * backwards) plus the head of the current one (prefix sums, forwards), so every sum is a sum of
 * terms with weights <= 1. Ties between alphas (a perfectly regular series fits every alpha)
 * go to the smallest alpha. No fit fails, so the server's fallback to the mean gap on a model
 * error never applies; with one gap, every alpha forecasts that gap.
 * Checked against statsmodels 0.13.5 (tests/unit/trace/gap-forecaster.test.ts holds a few of
 * its results): over every 49-gap window of traces_persona.csv, 99 in 100 forecasts agree within
 * a few ms (statsmodels mostly picks alpha near 0 there, the mean gap).
 */

/** The grid alpha is chosen from: 0, 0.1, ..., 1 (11 values). */
export const ALPHAS: readonly number[] = Array.from({ length: 11 }, (_, i) => i / 10);
const ALPHA_VALUES = Float64Array.from(ALPHAS);

/** Gaps kept by default: the wasm-operator keeps 50 events (module.rs L24), so 49 gaps. */
export const DEFAULT_GAP_WINDOW = 49;

/** A sliding window of gaps and its SES forecast, e.g. `f.push(5000); f.push(5200); f.forecast()`. */
export class GapForecaster {
	/** Gaps pushed so far. */
	count = 0;
	/** The alpha of the last `forecast()`, e.g. 0.35; NaN before one. */
	alpha = Number.NaN;
	private readonly m: number;
	private readonly k = ALPHAS.length;
	/** Per alpha: beta^j for j = 0..m. */
	private readonly pow: Float64Array;
	/** Per alpha: 1 / (sum of beta^(2j) for j < n), n = 0..m (1 / C for a window of n gaps; a division less per fit). */
	private readonly sq: Float64Array;
	/** Per alpha: the level after every gap pushed (smoothing started at 0). */
	private readonly level: Float64Array;
	/** Per alpha: the current block's one-step errors g, and its prefix sums of g * beta^j and g^2. */
	private readonly block: Float64Array;
	private readonly headB: Float64Array;
	private readonly headA: Float64Array;
	/** Per alpha: the previous block's suffix sums from each position j = 0..m (m: empty). */
	private readonly tailB: Float64Array;
	private readonly tailA: Float64Array;
	/** Gaps in the current block. */
	private fill = 0;
	/** Per alpha, for the last forecast: squared error, forecast, sum of squares. */
	private readonly errors = new Float64Array(ALPHAS.length);
	private readonly forecasts = new Float64Array(ALPHAS.length);
	private readonly sums = new Float64Array(ALPHAS.length);
	/** The last refined [forecast, alpha]. */
	private readonly result = new Float64Array(2);

	/** @param window how many of the last gaps the fit uses, e.g. 49 */
	constructor(window = DEFAULT_GAP_WINDOW) {
		if (!(Number.isInteger(window) && window >= 1)) throw new RangeError(`GapForecaster: window must be a positive integer (got ${window})`);
		const { k } = this;
		const m = (this.m = window);
		this.pow = new Float64Array(k * (m + 1));
		this.sq = new Float64Array(k * (m + 1));
		for (let a = 0; a < k; a++) {
			const beta = 1 - ALPHAS[a];
			let p = 1;
			let c = 0;
			for (let j = 0; j <= m; j++) {
				this.pow[a * (m + 1) + j] = p;
				this.sq[a * (m + 1) + j] = 1 / c; // Infinity for j = 0, never used
				c += p * p;
				p *= beta;
			}
		}
		this.level = new Float64Array(k);
		this.block = new Float64Array(k * m);
		this.headB = new Float64Array(k);
		this.headA = new Float64Array(k);
		this.tailB = new Float64Array(k * (m + 1));
		this.tailA = new Float64Array(k * (m + 1));
	}

	/** Adds the newest gap (any unit, e.g. ms). */
	push(gap: number): void {
		const { k, m, fill, level, block, headB, headA, pow } = this;
		for (let a = 0; a < k; a++) {
			const g = gap - level[a];
			level[a] += ALPHA_VALUES[a] * g;
			block[a * m + fill] = g;
			headB[a] += g * pow[a * (m + 1) + fill];
			headA[a] += g * g;
		}
		this.count++;
		if (++this.fill === m) this.closeBlock();
	}

	/** The forecast of the next gap, in the unit of the gaps; NaN before any gap. */
	forecast(): number {
		const { k, m, fill, level, headB, headA, tailB, tailA, pow, sq } = this;
		const n = Math.min(this.count, m);
		if (n === 0) return Number.NaN;
		// Below `m` gaps in all, the window is the current block alone; otherwise it starts at
		// position `fill` of the previous block.
		const whole = this.count < m;
		const { errors, forecasts, sums, result } = this;
		for (let a = 0; a < k; a++) {
			const row = a * (m + 1);
			const b = whole ? headB[a] : tailB[row + fill] + pow[row + m - fill] * headB[a];
			const sumSq = whole ? headA[a] : tailA[row + fill] + headA[a];
			const cb = b * sq[row + n]; // sq holds 1 / C
			errors[a] = sumSq - b * cb;
			forecasts[a] = level[a] + pow[row + n] * cb;
			sums[a] = sumSq;
		}
		refine(errors, forecasts, sums, result);
		this.alpha = result[1];
		return result[0];
	}

	/** Turns the full current block into the previous one (its suffix sums), and starts a new one. */
	private closeBlock(): void {
		const { k, m } = this;
		for (let a = 0; a < k; a++) {
			const row = a * (m + 1);
			const beta = 1 - ALPHAS[a];
			this.tailB[row + m] = 0;
			this.tailA[row + m] = 0;
			for (let j = m - 1; j >= 0; j--) {
				const g = this.block[a * m + j];
				this.tailB[row + j] = g + beta * this.tailB[row + j + 1];
				this.tailA[row + j] = g * g + this.tailA[row + j + 1];
			}
			this.headB[a] = 0;
			this.headA[a] = 0;
		}
		this.fill = 0;
	}
}

/**
 * The same fit computed directly over a list of gaps (O(gaps * alphas)), for tests and
 * one-off use, e.g. `sesForecast([5000, 5200, 5100])`.
 */
export function sesForecast(gaps: readonly number[]): { forecast: number; alpha: number } {
	if (gaps.length === 0) return { forecast: Number.NaN, alpha: Number.NaN };
	const errors = new Float64Array(ALPHAS.length);
	const forecasts = new Float64Array(ALPHAS.length);
	const sums = new Float64Array(ALPHAS.length);
	const result = new Float64Array(2);
	ALPHAS.forEach((alpha, i) => {
		const beta = 1 - alpha;
		// Errors with l0 = 0 are a(t); each grows by -beta^t per unit of l0.
		let level = 0;
		let weight = 1;
		let aa = 0;
		let ab = 0;
		let bb = 0;
		for (const y of gaps) {
			const a = y - level;
			aa += a * a;
			ab += a * weight;
			bb += weight * weight;
			level += alpha * a;
			weight *= beta;
		}
		errors[i] = aa - (ab * ab) / bb;
		forecasts[i] = level + weight * (ab / bb);
		sums[i] = aa;
	});
	refine(errors, forecasts, sums, result);
	return { forecast: result[0], alpha: result[1] };
}

/**
 * Writes [forecast, alpha] to `out`: the best alpha of the grid (ties to the smallest, with a relative margin so that rounding
 * noise does not pick a larger alpha on a perfect fit), moved to the vertex of the parabola
 * through its error and its neighbours' when it is inside the grid, the forecast interpolated
 * (quadratically) to that alpha: close to a continuous optimum at no extra pass over the gaps.
 */
function refine(errors: Float64Array, forecasts: Float64Array, sums: Float64Array, out: Float64Array): void {
	let best = 0;
	for (let a = 1; a < errors.length; a++) if (errors[a] < errors[best] - 1e-12 * Math.max(sums[a], 1e-300)) best = a;
	out[0] = forecasts[best];
	out[1] = ALPHAS[best];
	if (best === 0 || best === errors.length - 1) return;
	const e0 = errors[best - 1];
	const e2 = errors[best + 1];
	const curvature = e0 - 2 * errors[best] + e2;
	if (!(curvature > 0)) return;
	// The vertex, in grid steps from the best point (within half a step either way when it is a minimum of three).
	const x = Math.max(-1, Math.min(1, (e0 - e2) / (2 * curvature)));
	const f0 = forecasts[best - 1];
	const f1 = forecasts[best];
	const f2 = forecasts[best + 1];
	out[0] = f1 + (x * (f2 - f0)) / 2 + (x * x * (f0 - 2 * f1 + f2)) / 2;
	out[1] = ALPHAS[best] + x * (ALPHAS[1] - ALPHAS[0]);
}
