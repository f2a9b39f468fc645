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
 * - alpha is the best of a fixed grid, `ALPHAS` (0, 0.05, ..., 1), instead of a continuous
 *   optimum (statsmodels also starts from a grid, then refines it). A finer alpha moves the
 *   forecast by a small part of a gap, which matters little against the 1 s reload windows.
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

/** The grid alpha is chosen from: 0, 0.05, ..., 1 (21 values). */
export const ALPHAS: readonly number[] = Array.from({ length: 21 }, (_, i) => i / 20);
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
	/** Per alpha: sum of beta^(2j) for j < n, n = 0..m (C for a window of n gaps). */
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
			for (let j = 0; j <= m; j++) {
				this.pow[a * (m + 1) + j] = p;
				if (j > 0) this.sq[a * (m + 1) + j] = this.sq[a * (m + 1) + j - 1] + this.pow[a * (m + 1) + j - 1] ** 2;
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
		let best = -1;
		let bestError = Infinity;
		let bestForecast = Number.NaN;
		for (let a = 0; a < k; a++) {
			const row = a * (m + 1);
			const b = whole ? headB[a] : tailB[row + fill] + pow[row + m - fill] * headB[a];
			const sumSq = whole ? headA[a] : tailA[row + fill] + headA[a];
			const c = sq[row + n];
			const error = sumSq - (b * b) / c;
			// A relative margin, so rounding noise does not pick a larger alpha on a perfect fit.
			if (error < bestError - 1e-12 * Math.max(sumSq, 1e-300)) {
				best = a;
				bestError = error;
				bestForecast = level[a] + pow[row + n] * (b / c);
			}
		}
		this.alpha = ALPHAS[best];
		return bestForecast;
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
	let best = { forecast: Number.NaN, alpha: Number.NaN, error: Infinity, sumSq: 0 };
	for (const alpha of ALPHAS) {
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
		const l0 = ab / bb;
		const error = aa - (ab * ab) / bb;
		if (error < best.error - 1e-12 * Math.max(aa, 1e-300)) best = { forecast: level + weight * l0, alpha, error, sumSq: aa };
	}
	return { forecast: best.forecast, alpha: best.alpha };
}
