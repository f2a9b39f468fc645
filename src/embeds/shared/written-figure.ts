/**
 * The number an author writes as a figure reference's link text, read as a reader reads it:
 * `11.5`, `38.8%`, `5.20 s`, `1,001`, `31x`, `−0.25`. What is kept: the value, how many decimals
 * were written (the precision the build compares at), whether thousands are grouped, the sign as
 * typed (`-`, `−` or `+`), the unit and the space before it. So a stale number can be written
 * again in the same style (`formatLikeWritten`). Pure.
 *
 * Hand-written: `Intl.NumberFormat` only formats, and number-parsing libraries drop exactly what
 * matters here (the decimals written, the separators and the spacing). The grammar is English
 * prose: `,` groups thousands, `.` is the decimal point.
 */
import { FigureError } from './figure-link.ts';

/** A number as written in a note. */
export interface WrittenFigure {
	/** The link text as written, e.g. `1,234.50 ms`. */
	text: string;
	/** The value in the written unit, e.g. `1234.5`. */
	value: number;
	/** Decimals written, e.g. `2` for `1,234.50`. */
	decimals: number;
	/** The digits at the written precision as a whole number, sign included, e.g. `123450`. */
	scaled: number;
	/** Whether `,` groups the thousands: true for `1,234`, false for `1234`, undefined when too short to tell (`999`). */
	grouped: boolean | undefined;
	/** The sign as typed, e.g. `−`; `` when none. */
	sign: '' | '-' | '−' | '+';
	/** The unit as written, e.g. `ms`, `%`, `x`; `` when none. */
	unit: string;
	/** What stands between the number and its unit, e.g. ` ` in `5.20 s`, `` in `31x`. */
	space: string;
}

const NUMBER = /^([+\-−]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:([ \u00a0\u202f]?)(%|×|[A-Za-zµ]+(?:\/[A-Za-z_]+)?))?$/;

/**
 * The number a link text writes, null when the text is no number (words: the old form); throws a FigureError for a number written wrong.
 * @param text e.g. `5.20 s` -> `{ value: 5.2, decimals: 2, unit: 's', space: ' ', ... }`; `computed from the trace` -> null; `1,00` throws
 */
export function parseWrittenFigure(text: string): WrittenFigure | null {
	const trimmed = text.trim();
	const match = NUMBER.exec(trimmed);
	if (!match) {
		if (/^[+\-−]?\.?\d/.test(trimmed)) throw new FigureError(`"${text}" is not a number as the build reads one: digits with "," between groups of three and "." before the decimals, then a unit (%, ms, s, x, ...), e.g. "1,001", "5.20 s", "38.8%"`);
		return null;
	}
	const [, sign, whole, fraction = '', space = '', unit = ''] = match;
	const digits = whole.replaceAll(',', '') + fraction;
	const magnitude = Number(digits);
	const negative = sign === '-' || sign === '−';
	return {
		text: trimmed,
		value: (negative ? -1 : 1) * Number(`${whole.replaceAll(',', '')}.${fraction || '0'}`),
		decimals: fraction.length,
		scaled: negative ? -magnitude : magnitude,
		grouped: whole.includes(',') ? true : whole.length > 3 ? false : undefined,
		sign: sign as WrittenFigure['sign'],
		unit,
		space,
	};
}

/**
 * A value rounded half away from zero at `decimals`, as a whole number of the last decimal's units.
 * Decimal-exact: 11.45 at one decimal is 115 (11.5), though the double nearest 11.45 is below it.
 * @param value e.g. `11.45`; @param decimals e.g. `1` -> `115`; `(-2.5, 0)` -> `-3`
 */
export function roundScaled(value: number, decimals: number): number {
	const [mantissa, exponent = '0'] = String(Math.abs(value)).split('e');
	const shifted = Number(`${mantissa}e${Number(exponent) + decimals}`);
	const rounded = Math.floor(shifted + 0.5);
	return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/**
 * A value (in the written unit) written as the note wrote its number: same decimals, grouping, sign style, unit and space.
 * @param written e.g. the figure of `1,001`; @param value e.g. `1234.4` -> `1,234`; for `5.20 s` and `5.198` -> `5.20 s`
 */
export function formatLikeWritten(written: WrittenFigure, value: number): string {
	const scaled = roundScaled(value, written.decimals);
	const digits = String(Math.abs(scaled)).padStart(written.decimals + 1, '0');
	let whole = digits.slice(0, digits.length - written.decimals);
	const fraction = digits.slice(digits.length - written.decimals);
	// Grouped as written; a number too short to tell is grouped, as the site formats counts.
	if (written.grouped !== false) whole = whole.replace(/\B(?=(\d{3})+$)/g, ',');
	const minus = written.sign === '−' ? '−' : '-';
	const sign = scaled < 0 ? minus : written.sign === '+' ? '+' : '';
	return `${sign}${whole}${fraction ? `.${fraction}` : ''}${written.unit ? written.space + written.unit : ''}`;
}
