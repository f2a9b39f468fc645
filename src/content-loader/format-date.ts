/** Dates shown to readers, spelled out by hand so every machine and ICU version prints the same. */
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Formats an ISO date for reading.
 * @param iso e.g. `2024-11-04` -> `4 November 2024` (long) or `4 Nov 2024` (short)
 */
export function formatDate(iso: string, style: 'long' | 'short' = 'long'): string {
	const [year, month, day] = iso.split('-').map(Number);
	const name = months[month - 1];
	return `${day} ${style === 'long' ? name : name.slice(0, 3)} ${year}`;
}
