/**
 * The unit a chart shows its numbers in, and how it writes them. Time units convert (a file in µs
 * whose medians run from 1.5 ms to 1 s reads best in ms); any other unit is shown as the file has it.
 */

const TIME: Record<string, number> = { ns: 1e-9, us: 1e-6, ms: 1e-3, s: 1 };
/** How a unit is written on the page, e.g. `us` -> `µs`. */
const SHOWN: Record<string, string> = { us: 'µs' };

/** A display unit: its name and the factor from the file's unit, e.g. `{ unit: 'ms', factor: 0.001 }` for a file in us. */
export interface DisplayUnit {
	/** As written on the page, e.g. `ms`, `µs`; `''` when the file's unit is unknown. */
	unit: string;
	factor: number;
}

/**
 * The largest time unit in which the smallest median is still at least 1; the file's own unit
 * when it is no time unit.
 * @param unit e.g. `us`; @param smallest e.g. `1520` (µs) -> `{ unit: 'ms', factor: 0.001 }`
 */
export function displayUnit(unit: string, smallest: number): DisplayUnit {
	if (!(unit in TIME)) return { unit: SHOWN[unit] ?? unit, factor: 1 };
	const seconds = smallest * TIME[unit];
	const best = ['s', 'ms', 'us', 'ns'].find((u) => seconds / TIME[u] >= 1) ?? 'ns';
	return { unit: SHOWN[best] ?? best, factor: TIME[unit] / TIME[best] };
}

/**
 * Milliseconds for a time unit (the thesis's axis), else the file's unit.
 * @param unit e.g. `us` -> `{ unit: 'ms', factor: 0.001 }`
 */
export function thesisUnit(unit: string): DisplayUnit {
	return unit in TIME ? { unit: 'ms', factor: TIME[unit] / TIME.ms } : { unit: SHOWN[unit] ?? unit, factor: 1 };
}

/** Four significant digits, grouped, e.g. `formatValue(997.0645)` is `'997.1'`, `formatValue(1077.689)` is `'1,078'`, `formatValue(0.01234)` is `'0.01234'`. */
export function formatValue(value: number): string {
	if (!Number.isFinite(value)) return String(value);
	return value.toLocaleString('en-US', { maximumSignificantDigits: 4 });
}

/** A value with its unit, e.g. `withUnit(32.1145, 'ms')` is `'32.11 ms'`. */
export function withUnit(value: number, unit: string): string {
	return unit ? `${formatValue(value)} ${unit}` : formatValue(value);
}
