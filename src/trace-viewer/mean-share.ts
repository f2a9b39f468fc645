/**
 * The mean of several lanes' shares (e.g. their loaded fractions), for a figure over a trace or
 * a compared side. Pure.
 */

/** The mean, or null when there are none or any is missing, e.g. `[0.2, 0.4]` -> 0.3, `[0.2, null]` -> null. */
export function meanShare(shares: readonly (number | null)[]): number | null {
	if (shares.length === 0 || shares.some((s) => s === null)) return null;
	return (shares as readonly number[]).reduce((a, b) => a + b, 0) / shares.length;
}
