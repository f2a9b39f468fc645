/** The visible time window of a viewer and the pure operations on it (zoom, pan, fit, clamp). */
import type { UnloadPolicy } from '../trace/analysis/unload-simulation.ts';

/** A time range in ns offsets from the trace's `baseNs`, `t0 < t1`. */
export interface TimeWindow {
	t0: number;
	t1: number;
}

/** What a viewer shows: a window, a selected record (-1: none) and the unload policy simulated (absent: the default). */
export interface ViewState {
	window: TimeWindow;
	selected: number;
	policy?: UnloadPolicy;
}

/** The narrowest window a reader can zoom to: 1 µs. */
export const MIN_SPAN_NS = 1_000;

/** The whole extent plus 2% on each side, e.g. `{t0: 0, t1: 100}` -> `{t0: -2, t1: 102}`. */
export function fullWindow(extent: TimeWindow): TimeWindow {
	const pad = (extent.t1 - extent.t0) * 0.02;
	return { t0: extent.t0 - pad, t1: extent.t1 + pad };
}

/**
 * Keeps a window inside the padded extent and between `MIN_SPAN_NS` and the padded extent's span.
 * @param w e.g. `{t0: -50, t1: 10}` with extent `{t0: 0, t1: 100}` -> shifted right
 */
export function clampWindow(w: TimeWindow, extent: TimeWindow): TimeWindow {
	const full = fullWindow(extent);
	const maxSpan = full.t1 - full.t0;
	let span = Math.min(Math.max(w.t1 - w.t0, MIN_SPAN_NS), maxSpan);
	if (!Number.isFinite(span) || span <= 0) span = maxSpan;
	let t0 = Number.isFinite(w.t0) ? w.t0 : full.t0;
	if (t0 < full.t0) t0 = full.t0;
	if (t0 + span > full.t1) t0 = full.t1 - span;
	return { t0, t1: t0 + span };
}

/**
 * Zooms around an anchor time, which stays at the same screen position.
 * @param factor below 1 zooms in, e.g. 0.8; above 1 zooms out
 */
export function zoomAt(w: TimeWindow, anchor: number, factor: number, extent: TimeWindow): TimeWindow {
	const t0 = anchor - (anchor - w.t0) * factor;
	const t1 = anchor + (w.t1 - anchor) * factor;
	const span = t1 - t0;
	if (span < MIN_SPAN_NS) {
		const share = (anchor - w.t0) / (w.t1 - w.t0);
		return clampWindow({ t0: anchor - share * MIN_SPAN_NS, t1: anchor + (1 - share) * MIN_SPAN_NS }, extent);
	}
	return clampWindow({ t0, t1 }, extent);
}

/** Moves a window by `delta` ns (positive: later). */
export function panBy(w: TimeWindow, delta: number, extent: TimeWindow): TimeWindow {
	return clampWindow({ t0: w.t0 + delta, t1: w.t1 + delta }, extent);
}

/** A window showing `[start, end]` with 10% margin each side (an instant gets a 1 ms window). */
export function fitRange(start: number, end: number, extent: TimeWindow): TimeWindow {
	const span = Math.max(end - start, 0);
	if (span === 0) return clampWindow({ t0: start - 500_000, t1: start + 500_000 }, extent);
	return clampWindow({ t0: start - span * 0.1, t1: end + span * 0.1 }, extent);
}
