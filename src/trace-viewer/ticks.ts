/** Time axis ticks: a round step for the zoom, labels in relative time and in UTC clock time. */
import type { TimeWindow } from './view-state.ts';

/** One tick of the axis. */
export interface Tick {
	t: number;
	relative: string;
	clock: string;
}

/** The round step (1, 2 or 5 times a power of ten ns) at or above `rawNs`, e.g. 3e6 -> 5e6. */
export function niceStep(rawNs: number): number {
	const power = 10 ** Math.floor(Math.log10(Math.max(rawNs, 1)));
	for (const m of [1, 2, 5, 10]) if (m * power >= rawNs) return m * power;
	return 10 * power;
}

/**
 * Ticks about `targetPx` apart for a window drawn `width` px wide.
 * @param baseNs epoch ns of offset 0, e.g. `1714557600000000000n`
 */
export function timeTicks(w: TimeWindow, width: number, baseNs: bigint, targetPx = 110): { step: number; ticks: Tick[] } {
	const step = niceStep(((w.t1 - w.t0) / Math.max(width, 1)) * targetPx);
	const ticks: Tick[] = [];
	for (let t = Math.ceil(w.t0 / step) * step; t <= w.t1 && ticks.length < 1000; t += step) {
		ticks.push({ t, relative: formatOffset(t, step), clock: formatClock(baseNs, t, step) });
	}
	return { step, ticks };
}

/**
 * A duration in the largest fitting unit with up to 3 significant digits.
 * @param ns e.g. 5_000_000_000 -> "5 s", 1_500_000 -> "1.5 ms", 250 -> "250 ns"
 */
export function formatDuration(ns: number): string {
	const abs = Math.abs(ns);
	const units: [number, string][] = [[3.6e12, 'h'], [6e10, 'min'], [1e9, 's'], [1e6, 'ms'], [1e3, 'µs'], [1, 'ns']];
	for (const [size, unit] of units) {
		if (abs >= size || unit === 'ns') return `${trimNumber(ns / size)} ${unit}`;
	}
	return `${ns} ns`;
}

/** A relative offset such as "+12.5 s"; `step` keeps enough digits to tell ticks apart. */
export function formatOffset(ns: number, step = 0): string {
	if (ns === 0) return '0';
	const text = step > 0 && Math.abs(ns) >= 1e9 && step < 1e9 ? `${(ns / 1e9).toFixed(Math.min(9, Math.ceil(-Math.log10(step / 1e9))))} s` : formatDuration(ns);
	return ns > 0 ? `+${text}` : text.replace(/^-/, '−');
}

/**
 * The UTC wall-clock time of an offset: "HH:MM:SS" for steps of a second or more, else with
 * milliseconds; "" below a millisecond, where only relative time is meaningful.
 */
export function formatClock(baseNs: bigint, offsetNs: number, step: number): string {
	if (step < 1e6) return '';
	const ms = Number(baseNs / 1_000_000n) + Number(baseNs % 1_000_000n) / 1e6 + offsetNs / 1e6;
	const iso = new Date(Math.round(ms)).toISOString();
	return step >= 1e9 ? iso.slice(11, 19) : iso.slice(11, 23);
}

/** The UTC date and time of an offset, e.g. "2024-05-01 10:00:03.250 UTC". */
export function formatDateTime(baseNs: bigint, offsetNs: number): string {
	const ms = Number(baseNs / 1_000_000n) + Number(baseNs % 1_000_000n) / 1e6 + offsetNs / 1e6;
	return `${new Date(Math.floor(ms)).toISOString().replace('T', ' ').replace('Z', '')} UTC`;
}

function trimNumber(x: number): string {
	const abs = Math.abs(x);
	const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
	return Number(x.toFixed(digits)).toString();
}
