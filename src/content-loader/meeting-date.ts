/**
 * Finds the date of a meeting note. Sources, first match wins:
 *
 * 1. front matter `date` (a YAML date or a `YYYY-MM-DD` string);
 * 2. an ISO date `YYYY-MM-DD` anywhere in the file name (`2024-11-04.md`, `Meeting 2024-11-04.md`);
 * 3. a date in the first `# H1`: ISO `YYYY-MM-DD`, or day first `DD/MM/YY(YY)` (also with `.` or
 *    `-`), as the notes are written in Belgium: `Notes - Meeting 04/11/24` is 4 November 2024;
 * 4. a `MM-DD` file name (`Meeting 11-04.md`), month first as file names sort, with the year taken
 *    from the H1 (a four-digit year, or the two-digit year of a `DD/MM/YY` date).
 *
 * Ambiguity rules: two-digit years are 20YY. A day-first H1 date whose "month" is above 12 but whose
 * day is not (`11/25/24`) is read month first; a `MM-DD` file name whose "month" is above 12 is read
 * `DD-MM`. Anything that still is no calendar date (`31/02/24`) is no date.
 */

/** A calendar date and where it was found. */
export interface MeetingDate {
	/** `YYYY-MM-DD`, e.g. `2024-11-04`. */
	iso: string;
	/** Which source gave the date, e.g. `heading`. */
	source: 'frontmatter' | 'file-name' | 'heading' | 'file-name-and-heading';
}

/** What `meetingDate` looks at. */
export interface MeetingDateInput {
	/** The file's base name, e.g. `Meeting 11-04.md`. */
	fileName: string;
	/** The first H1, e.g. `Notes - Meeting 04/11/24`. */
	heading?: string;
	/** Front matter `date` as YAML parsed it: a `Date`, a string or nothing. */
	frontmatterDate?: unknown;
}

/**
 * Returns the meeting's date, `undefined` when no source has one; throws on an invalid front matter date.
 * @param input e.g. `{ fileName: 'Meeting 11-04.md', heading: 'Notes - Meeting 04/11/24' }` -> `2024-11-04`
 */
export function meetingDate(input: MeetingDateInput): MeetingDate | undefined {
	if (input.frontmatterDate !== undefined && input.frontmatterDate !== null) {
		const iso = frontmatterIso(input.frontmatterDate);
		if (!iso) throw new Error(`front matter date ${JSON.stringify(input.frontmatterDate)} is not a date (write YYYY-MM-DD)`);
		return { iso, source: 'frontmatter' };
	}
	const name = input.fileName.replace(/\.mdx?$/i, '');
	const isoInName = findIsoDate(name);
	if (isoInName) return { iso: isoInName, source: 'file-name' };
	const heading = input.heading ?? '';
	const inHeading = findIsoDate(heading) ?? findDayFirstDate(heading)?.iso;
	if (inHeading) return { iso: inHeading, source: 'heading' };
	const monthDay = name.match(/(?<![\d-])(\d{1,2})-(\d{1,2})(?![\d-])/);
	const year = headingYear(heading);
	if (monthDay && year !== undefined) {
		const [first, second] = [Number(monthDay[1]), Number(monthDay[2])];
		const iso = first > 12 && second <= 12 ? calendarIso(year, second, first) : calendarIso(year, first, second);
		if (iso) return { iso, source: 'file-name-and-heading' };
	}
	return undefined;
}

function frontmatterIso(value: unknown): string | undefined {
	if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
	if (typeof value === 'string') {
		const match = value.trim().match(/^(\d{4})-(\d{2})-(\d{2})$/);
		return match ? calendarIso(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
	}
	return undefined;
}

function findIsoDate(text: string): string | undefined {
	for (const match of text.matchAll(/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g)) {
		const iso = calendarIso(Number(match[1]), Number(match[2]), Number(match[3]));
		if (iso) return iso;
	}
	return undefined;
}

function findDayFirstDate(text: string): { iso: string; year: number } | undefined {
	for (const match of text.matchAll(/(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])/g)) {
		const year = fullYear(match[4]);
		const [day, month] = [Number(match[1]), Number(match[3])];
		const iso = month > 12 && day <= 12 ? calendarIso(year, day, month) : calendarIso(year, month, day);
		if (iso) return { iso, year };
	}
	return undefined;
}

function headingYear(heading: string): number | undefined {
	const dayFirst = findDayFirstDate(heading);
	if (dayFirst) return dayFirst.year;
	const four = heading.match(/(?<!\d)(19|20)(\d{2})(?!\d)/);
	if (four) return Number(four[1] + four[2]);
	const twoDigitDate = heading.match(/(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](\d{2})(?!\d)/);
	return twoDigitDate ? fullYear(twoDigitDate[1]) : undefined;
}

function fullYear(text: string): number {
	return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/** `YYYY-MM-DD` when year/month/day name a real calendar day, else undefined. */
function calendarIso(year: number, month: number, day: number): string | undefined {
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
	return date.toISOString().slice(0, 10);
}
