/** Go `time.Duration.String()` text to nanoseconds, e.g. `goDurationNs('1m30s')` is 90000000000n. */
import { decimalToNs } from './parse-time.ts';

const UNIT_SCALE: Record<string, [number, bigint]> = {
	ns: [0, 1n],
	us: [3, 1n],
	µs: [3, 1n],
	μs: [3, 1n],
	ms: [6, 1n],
	s: [9, 1n],
	m: [9, 60n],
	h: [9, 3600n],
};

/** Parses a Go duration like '5s', '1.5s', '1h2m3.5s', '250ms'; null when it is not one. */
export function goDurationNs(text: string): bigint | null {
	if (!/^(?:\d+(?:\.\d+)?(?:ns|us|µs|μs|ms|s|m|h))+$/.test(text)) return text === '0' || text === '0s' ? 0n : null;
	let total = 0n;
	for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|μs|ms|s|m|h)/g)) {
		const [scale, factor] = UNIT_SCALE[unit];
		total += decimalToNs(amount, scale)! * factor;
	}
	return total;
}
