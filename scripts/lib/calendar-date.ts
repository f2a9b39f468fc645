/** Calendar dates as the scaffolding commands take them: `YYYY-MM-DD`, checked to exist. */

/** A day in the calendar, e.g. `{ year: 2024, month: 11, day: 4 }`. */
export type CalendarDate = { year: number; month: number; day: number };

/**
 * Parses `YYYY-MM-DD`; returns an error text for anything else or a day that does not exist.
 * @param text e.g. `"2024-11-04"`
 */
export function parseCalendarDate(text: string): CalendarDate | { error: string } {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return { error: `"${text}" is not a date of the form YYYY-MM-DD (e.g. 2024-11-04)` };
	const [year, month, day] = match.slice(1).map(Number);
	const probe = new Date(Date.UTC(year, month - 1, day));
	if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
		return { error: `"${text}" is not a day in the calendar` };
	}
	return { year, month, day };
}

/**
 * Today in the local time zone.
 * @param now e.g. `new Date('2024-11-04T10:00:00')`
 */
export function today(now = new Date()): CalendarDate {
	return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

const two = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD`, e.g. `2024-11-04`, the meeting note's file name. */
export function isoDate(date: CalendarDate): string {
	return `${date.year}-${two(date.month)}-${two(date.day)}`;
}

/** `DD/MM/YY`, e.g. `04/11/24`, the form the meeting notes' titles use. */
export function shortDayMonthYear(date: CalendarDate): string {
	return `${two(date.day)}/${two(date.month)}/${two(date.year % 100)}`;
}
