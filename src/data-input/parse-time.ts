/**
 * Exact time parsing to epoch nanoseconds (BigInt); no float ever touches an epoch time.
 * Accepted: RFC 3339 / ISO 8601 (`2023-01-17T13:45:57.861Z`, `+01:00`), the same with a space
 * and no zone (`2023-05-12 11:52:20.338366696`, read as UTC by the callers' choice), Go's
 * `time.Time.String()` as `fmt.Println(time.Now())` prints it
 * (`2024-11-04 10:01:02.123456789 +0100 CET m=+5.001`), and decimal epoch seconds (`1699999999.123456`).
 */

/** A parsed timestamp: epoch ns, the zone as written (null when none), where the match ended. */
export interface ParsedTime {
	ns: bigint;
	/** E.g. 'Z', '+01:00', '+0100 CET'; null when the text carried no zone. */
	zone: string | null;
	/** Go's monotonic clock reading in seconds as written, e.g. '+5.001'. */
	monotonic?: string;
	/** Characters consumed from the start of the text. */
	length: number;
}

const TIMESTAMP =
	/^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,12}))?(?:(Z|z)|([+-]\d{2}):?(\d{2})|( UTC)| ([+-])(\d{2})(\d{2})(?: ([A-Za-z][A-Za-z0-9+-]*))?)?(?: m=([+-]\d+(?:\.\d+)?))?/;

/** Parses a timestamp at the start of `text`, e.g. `parseTimestamp('2023-01-17T13:45:57.861Z')`; null when none. */
export function parseTimestamp(text: string): ParsedTime | null {
	const m = TIMESTAMP.exec(text);
	if (!m) return null;
	const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
	if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 60) return null;
	let offsetMinutes = 0;
	let zone: string | null = null;
	if (m[8]) zone = 'Z';
	else if (m[9]) {
		offsetMinutes = offset(m[9][0], m[9].slice(1), m[10]);
		zone = `${m[9]}:${m[10]}`;
	} else if (m[11]) zone = 'UTC';
	else if (m[12]) {
		offsetMinutes = offset(m[12], m[13], m[14]);
		zone = `${m[12]}${m[13]}${m[14]}${m[15] ? ` ${m[15]}` : ''}`;
	}
	const seconds = civilToEpochSeconds(y, mo, d, h, mi, s) - BigInt(offsetMinutes * 60);
	const parsed: ParsedTime = { ns: seconds * 1_000_000_000n + fractionToNs(m[7] ?? ''), zone, length: m[0].length };
	if (m[16]) parsed.monotonic = m[16];
	return parsed;
}

/** Decimal epoch seconds to ns, exactly, e.g. `secondsToNs('1699999999.123456')`; null when not a number. */
export function secondsToNs(text: string): bigint | null {
	return decimalToNs(text, 9);
}

/**
 * A decimal number times 10^`scale`, truncated to an integer, without floats: ns from seconds
 * (scale 9) or microseconds (scale 3), e.g. `decimalToNs('1.5e3', 3)` is 1500000n; null when not a number.
 */
export function decimalToNs(text: string, scale: number): bigint | null {
	const m = /^(-?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
	if (!m) return null;
	const digits = m[2] + (m[3] ?? '');
	const pointAt = m[2].length + Number(m[4] ?? 0) + scale;
	if (pointAt > 40) return null;
	const ns = pointAt <= 0 ? 0n : BigInt(digits.slice(0, pointAt).padEnd(pointAt, '0'));
	return m[1] ? -ns : ns;
}

/** Decimal digits of a fraction of a second to ns, truncated past 9 digits, e.g. `fractionToNs('861')` is 861000000n. */
export function fractionToNs(digits: string): bigint {
	return BigInt(digits.slice(0, 9).padEnd(9, '0'));
}

/** Seconds since 1970-01-01T00:00:00Z of a UTC civil time (proleptic Gregorian calendar). */
export function civilToEpochSeconds(y: number, mo: number, d: number, h: number, mi: number, s: number): bigint {
	// Days from civil: count years from March so the leap day is the last day of the year.
	const yy = mo <= 2 ? y - 1 : y;
	const era = Math.floor(yy / 400);
	const yoe = yy - era * 400;
	const doy = Math.floor((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	const days = era * 146097 + doe - 719468;
	return BigInt(days) * 86400n + BigInt(h * 3600 + mi * 60 + s);
}

/** ISO 8601 UTC text with all 9 fraction digits, e.g. `nsToIso(0n)` is '1970-01-01T00:00:00.000000000Z'. */
export function nsToIso(ns: bigint): string {
	const seconds = ns / 1_000_000_000n - (ns % 1_000_000_000n < 0n ? 1n : 0n);
	const fraction = ns - seconds * 1_000_000_000n;
	const date = new Date(Number(seconds) * 1000).toISOString().slice(0, 19);
	return `${date}.${fraction.toString().padStart(9, '0')}Z`;
}

function offset(sign: string, hours: string, minutes: string): number {
	return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

function daysInMonth(y: number, mo: number): number {
	return [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
}
