/**
 * What the wasm-operator's host would do with one lane's wake-ups: when its module is loaded,
 * when it is unloaded to save memory, when a wake-up finds it unloaded (a cold start), and how
 * often its prediction of the next wake-up is right. Pure and browser-safe.
 *
 * The policy, from `pkg/controller/src/modules/module.rs` at idlab-discover/wasm-operator@d91e9cfb
 * (https://github.com/idlab-discover/wasm-operator/blob/d91e9cfb0e886c1512165ba5fcf76dd8b26c17e9/pkg/controller/src/modules/module.rs):
 * - `idleMs` (SHUTDOWN_INACTIVE_INTERVAL_MS = 1000, L25): the module is unloaded once it has had
 *   no event for this long (L153-L161, `is_inactive_period` L327-L332);
 * - `leadMs` (TIME_BEFORE_PREDICTED_MS = 1000, L26): it is loaded again this long before the
 *   predicted next event (L139-L151, L183-L186), and not unloaded inside that window (L159);
 * - `graceMs` (GRACE_PERIOD_MS = 1000, L27): nor in this long after the predicted time (L160);
 *   past it the prediction is dropped (L121-L135);
 * - the prediction is made when the module is unloaded, from the times of the last 50 events
 *   (BUFFER_LENGTH, L24; L166-L177), by the prediction server with `"function": "SES"`: the
 *   next gap by simple exponential smoothing (`gap-forecaster.ts`, which states how the fit is
 *   simplified) added to the last event; with only one event, 3 s after it
 *   (prediction/webserver/main.py L82-L86);
 * - only the first event after each unload joins that history (L253-L258), and no new
 *   prediction is made at an unload that had no event since the previous one (L167-L168, L200);
 * - an event that finds the module unloaded resets the prediction (L267-L272) and loads the
 *   module on demand: a cold start.
 *
 * The simulation, per lane: the events are the lane's wake-ups (record starts). Before the
 * first wake-up the module is unloaded and has no history (the host's own start-up event,
 * L60, is not in a trace), so the first wake-up is a cold start. With `durationsNs`, a wake-up
 * keeps the module busy until it ends, and the idle time counts from the end (the host counts
 * from the end of the last request, L276-L277, and does not unload with requests in flight,
 * L153); without, a wake-up is an instant. At an unload at time u with prediction p, the module
 * is loaded again at max(u, p - lead) when p > u (at once when p - lead has passed: the
 * before-prediction check of the next poll, L139-L140) and never when p <= u. Once loaded
 * inside the prediction window it stays loaded until p + grace, or idle after its last
 * wake-up, whichever is later.
 * Each prediction is judged by the first wake-up after it was made: a hit when that wake-up
 * finds the module loaded by the prediction (inside [max(u, p - lead), p + grace)), a miss when
 * it finds the module unloaded (too early, too late, or no reload at all). A prediction made
 * after the last wake-up is not judged. `reloads` count every load: cold starts and
 * predicted reloads.
 * Simplifications: time is continuous, intervals half-open [load, unload) (module.rs compares
 * whole milliseconds with strict inequalities and acts on its next poll, a few ms apart); loading
 * takes no time; the server's answer is instant and never fails.
 * The window: loaded fraction and per-minute rates are taken over `window` (default: the first
 * to the last wake-up), e.g. gaps of 5 s, idle 1 s, no prediction: loaded [w, w + 1 s) after
 * every wake-up w, 20% of the time, every wake-up a cold start. Cost: O(wake-ups * 11) (the
 * forecaster refits in O(11) per unload, see gap-forecaster.ts): 1e5 wake-ups that each unload
 * and predict take some 10-40 ms of CPU here (a shared machine), no allocation per wake-up.
 */
import { GapForecaster } from './gap-forecaster.ts';

/** The policy's three times and whether the prediction is used. */
export interface UnloadPolicy {
	idleMs: number;
	leadMs: number;
	graceMs: number;
	prediction: boolean;
}

/** The wasm-operator's values (module.rs L25-L27 @ d91e9cfb), e.g. `{ idleMs: 1000, leadMs: 1000, graceMs: 1000, prediction: true }`. */
export const WASM_OPERATOR_POLICY: Readonly<UnloadPolicy> = Object.freeze({ idleMs: 1000, leadMs: 1000, graceMs: 1000, prediction: true });

/** The figures of one run; fractions and rates are null when the window has no length. */
export interface UnloadSummary extends UnloadPolicy {
	/** Share of the window the module is loaded, 0..1, e.g. 0.2. */
	loadedFraction: number | null;
	/** Loads per minute of the window (cold starts and predicted reloads), e.g. 12. */
	reloadsPerMinute: number | null;
	/** Wake-ups that found the module unloaded. */
	coldStarts: number;
	/** Predictions whose next wake-up found the module loaded by them. */
	predictionHits: number;
	/** Predictions whose next wake-up found the module unloaded. */
	predictionMisses: number;
}

/** A whole run: the summary, and what a viewer draws. */
export interface UnloadRun {
	summary: UnloadSummary;
	/** Loaded intervals, flat [start0, end0, start1, end1, ...], ns on the same time axis as the input, clipped to the window. */
	loaded: Float64Array;
	/** Index (into the input wake-ups) of each cold start, ascending. */
	coldStarts: Uint32Array;
}

/** The window figures are taken over, ns on the input's time axis, e.g. `{ startNs: 0, endNs: 60e9 }`. */
export interface TimeSpan {
	startNs: number;
	endNs: number;
}

/** What the server predicts with a single event in the history (main.py L82-L86). */
const ONE_EVENT_GAP_NS = 3e9;
const NS_PER_MS = 1e6;

/** Checks a policy; throws a RangeError naming the bad field, e.g. `checkPolicy({ ...p, idleMs: -1 })`. */
export function checkPolicy(policy: UnloadPolicy): UnloadPolicy {
	for (const key of ['idleMs', 'leadMs', 'graceMs'] as const) {
		const value = policy[key];
		if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new RangeError(`${key} must be a finite number of milliseconds >= 0 (got ${value})`);
	}
	if (typeof policy.prediction !== 'boolean') throw new RangeError(`prediction must be true or false (got ${policy.prediction})`);
	return policy;
}

/**
 * Simulates the policy over one lane's wake-ups (ns, ascending), e.g. `simulateUnload(starts, WASM_OPERATOR_POLICY)`.
 * @param durationsNs per wake-up, e.g. `[2e6, 3e6]`; absent: instants
 * @param window default: the first to the last wake-up
 */
export function simulateUnload(wakeUpsNs: ArrayLike<number>, policy: UnloadPolicy, durationsNs?: ArrayLike<number>, window?: TimeSpan): UnloadRun {
	checkPolicy(policy);
	const n = wakeUpsNs.length;
	const span = window ?? { startNs: n > 0 ? wakeUpsNs[0] : 0, endNs: n > 0 ? wakeUpsNs[n - 1] : 0 };
	const idle = policy.idleMs * NS_PER_MS;
	const lead = policy.leadMs * NS_PER_MS;
	const grace = policy.graceMs * NS_PER_MS;
	const history = new GapForecaster();

	// At most one load per wake-up and one predicted reload per unload: 2n + 1 intervals.
	const intervals = new Float64Array(4 * n + 2);
	let intervalCount = 0; // numbers used in `intervals`
	const cold = new Uint32Array(n);
	let coldCount = 0;
	let reloads = 0;
	let hits = 0;
	let misses = 0;

	let loaded = false;
	let loadStart = 0;
	let lastEnd = -Infinity;
	/** First event after the last unload already recorded (module.rs `first_event_after_shutdown` is its negation). */
	let recorded = false;
	let lastRecorded = Number.NaN;
	let recordedCount = 0;
	/** The active prediction: its reload time and the end of its grace period (NaN: none). */
	let reloadAt = Number.NaN;
	let windowEnd = Number.NaN;
	/** A prediction made and not yet judged by a wake-up. */
	let pending = false;

	const load = (t: number) => {
		loaded = true;
		loadStart = t;
		if (t >= span.startNs && t <= span.endNs) reloads++;
	};
	const unload = (t: number) => {
		loaded = false;
		const from = Math.max(loadStart, span.startNs);
		const to = Math.min(t, span.endNs);
		if (to > from) {
			// An unload and an immediate reload draw as one interval.
			if (intervalCount > 0 && intervals[intervalCount - 1] === from) intervals[intervalCount - 1] = to;
			else {
				intervals[intervalCount++] = from;
				intervals[intervalCount++] = to;
			}
		}
	};
	// When the loaded module unloads: idle after its last wake-up, but not inside the window of
	// a prediction that loaded it (L159-L160).
	const unloadTime = () => (Number.isNaN(windowEnd) ? lastEnd + idle : Math.max(lastEnd + idle, windowEnd));

	/** Runs the host's own transitions (unloads, predicted reloads) that happen before time `t`. */
	const advance = (t: number) => {
		for (;;) {
			if (loaded) {
				const u = unloadTime();
				if (u > t) return;
				unload(u);
				reloadAt = windowEnd = Number.NaN;
				if (policy.prediction && recorded) {
					const gap = recordedCount >= 2 ? history.forecast() : ONE_EVENT_GAP_NS;
					const p = lastRecorded + gap;
					pending = true;
					if (p > u && p + grace > Math.max(u, p - lead)) {
						reloadAt = Math.max(u, p - lead);
						windowEnd = p + grace;
					}
				}
				recorded = false;
			} else {
				if (!(reloadAt <= t)) return;
				load(reloadAt);
				reloadAt = Number.NaN;
			}
		}
	};

	for (let i = 0; i < n; i++) {
		const w = wakeUpsNs[i];
		if (i > 0 && !(w >= wakeUpsNs[i - 1])) throw new RangeError(`simulateUnload: wake-ups must be ascending (index ${i}: ${w} after ${wakeUpsNs[i - 1]})`);
		advance(w);
		if (!loaded) {
			cold[coldCount++] = i;
			if (pending) misses++;
			pending = false;
			reloadAt = windowEnd = Number.NaN;
			load(w);
		} else if (pending) {
			hits++;
			pending = false;
		}
		if (!recorded) {
			if (recordedCount > 0) history.push(w - lastRecorded);
			lastRecorded = w;
			recordedCount++;
			recorded = true;
		}
		const end = w + (durationsNs ? Math.max(durationsNs[i], 0) : 0);
		if (end > lastEnd) lastEnd = end;
	}
	advance(span.endNs);
	if (loaded) unload(span.endNs);

	const length = span.endNs - span.startNs;
	let loadedNs = 0;
	for (let k = 0; k < intervalCount; k += 2) loadedNs += intervals[k + 1] - intervals[k];
	const summary: UnloadSummary = {
		...pickPolicy(policy),
		loadedFraction: length > 0 ? round(loadedNs / length, 1e4) : null,
		reloadsPerMinute: length > 0 ? round(reloads / (length / 6e10), 1e3) : null,
		coldStarts: coldCount,
		predictionHits: hits,
		predictionMisses: misses,
	};
	return { summary, loaded: intervals.slice(0, intervalCount), coldStarts: cold.slice(0, coldCount) };
}

/** Only the policy's own fields, in a stable order (a caller may pass a larger object, e.g. `run.summary`). */
export function pickPolicy(p: UnloadPolicy): UnloadPolicy {
	return { idleMs: p.idleMs, leadMs: p.leadMs, graceMs: p.graceMs, prediction: p.prediction };
}

function round(value: number, scale: number): number {
	return Math.round(value * scale) / scale;
}
