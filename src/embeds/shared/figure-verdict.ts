/**
 * Whether a number written in a note holds for the figure computed from the data: the computed
 * value is put into the written unit (`s` and `ms` convert into each other, `%` is a fraction
 * times 100) and rounded half away from zero at the written precision, so `11.5` holds for 11.54
 * and for 11.45, and `11.54` must hold to two decimals. A unit that does not agree (`5.20 s` for
 * a count) never holds. Pure.
 */
import { formatLikeWritten, roundScaled, type WrittenFigure } from './written-figure.ts';

/** A computed figure: its value and unit, e.g. `{ value: 5198, unit: 'ms' }`; `fraction` for a share, `x` for a ratio, undefined for a count or rate. */
export interface FigureValue {
	value: number;
	unit: string | undefined;
}

/** What comparing gives: it holds; or it differs, with the computed value in the note's style; or the units do not agree. */
export type FigureVerdict =
	| { holds: true }
	| { holds: false; units: 'agree'; computed: string }
	| { holds: false; units: 'differ'; reason: string };

/** Units that convert into each other: their dimension and size in its base unit (ms for times, 1 for shares and ratios). */
const UNITS: Record<string, { dimension: string; size: number }> = {
	ns: { dimension: 'time', size: 1e-6 },
	µs: { dimension: 'time', size: 1e-3 },
	us: { dimension: 'time', size: 1e-3 },
	ms: { dimension: 'time', size: 1 },
	s: { dimension: 'time', size: 1000 },
	min: { dimension: 'time', size: 60_000 },
	fraction: { dimension: 'share', size: 1 },
	'%': { dimension: 'share', size: 0.01 },
	x: { dimension: 'ratio', size: 1 },
	'×': { dimension: 'ratio', size: 1 },
};

/**
 * The computed value in the written unit, or undefined when the units do not agree. No unit
 * written agrees with a count and with a share written as a fraction (`0.39`).
 * @param computed e.g. `{ value: 5198, unit: 'ms' }`; @param unit as written, e.g. `s` -> `5.198`
 */
export function inWrittenUnit(computed: FigureValue, unit: string): number | undefined {
	const from = computed.unit === undefined ? undefined : UNITS[computed.unit];
	if (unit === '') return computed.unit === undefined || from?.dimension === 'share' ? computed.value : undefined;
	const to = UNITS[unit];
	if (from && to && from.dimension === to.dimension) return Number(((computed.value * from.size) / to.size).toPrecision(12));
	return computed.unit === unit ? computed.value : undefined;
}

/**
 * Compares a written number with the computed figure at the written precision.
 * @param written e.g. the figure of `11.5`; @param computed e.g. `{ value: 12.08, unit: undefined }` -> `{ holds: false, units: 'agree', computed: '12.1' }`
 */
export function figureVerdict(written: WrittenFigure, computed: FigureValue): FigureVerdict {
	const value = inWrittenUnit(computed, written.unit);
	if (value === undefined) {
		const has = computed.unit === undefined ? 'has no unit' : `is in ${computed.unit === 'fraction' ? 'a share (write it with %)' : computed.unit}`;
		return { holds: false, units: 'differ', reason: `${written.unit ? `the note writes it in ${written.unit}` : 'the note writes no unit'}, the figure ${has}` };
	}
	if (roundScaled(value, written.decimals) === written.scaled) return { holds: true };
	return { holds: false, units: 'agree', computed: formatLikeWritten(written, value) };
}
