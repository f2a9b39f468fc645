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
	/** Which source gave the date, e.g. `heading`; `...-and-history`: month and day from there, the year from git (meeting-date-history.ts). */
	source: 'frontmatter' | 'file-name' | 'heading' | 'file-name-and-heading' | 'file-name-and-history' | 'heading-and-history';
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

/** The dates a note's file name and H1 give, each read on its own. */
export interface MeetingDateClues {
	/** A full date in the file name, e.g. `2024-11-04` from `Meeting 2024-11-04.md`. */
	nameIso?: string;
	/** Month and day of a `MM-DD` file name, e.g. `{ month: 5, day: 20 }` from `Meeting 05-20.md`. */
	nameMonthDay?: { month: number; day: number };
	/** A full date in the H1, e.g. `2025-04-11` from `Notes - Meeting 11/04/25`. */
	headingIso?: string;
	/** The year the H1 names, e.g. `2025`. */
	headingYear?: number;
}

/**
 * What the file name and the H1 say about the date, without choosing.
 * @param input e.g. `{ fileName: 'Meeting 05-20.md', heading: 'Notes - Meeting 11/04/25' }` ->
 *   `{ nameMonthDay: { month: 5, day: 20 }, headingIso: '2025-04-11', headingYear: 2025 }`
 */
export function meetingDateClues(input: Pick<MeetingDateInput, 'fileName' | 'heading'>): MeetingDateClues {
	const name = input.fileName.replace(/\.mdx?$/i, '');
	const heading = input.heading ?? '';
	const clues: MeetingDateClues = {};
	const nameIso = findIsoDate(name);
	if (nameIso) clues.nameIso = nameIso;
	const monthDay = nameIso ? undefined : name.match(/(?<![\d-])(\d{1,2})-(\d{1,2})(?![\d-])/);
	if (monthDay) {
		const [first, second] = [Number(monthDay[1]), Number(monthDay[2])];
		const [month, day] = first > 12 && second <= 12 ? [second, first] : [first, second];
		// 29 February exists in 2000, so this only rules out days no year has.
		if (calendarIso(2000, month, day)) clues.nameMonthDay = { month, day };
	}
	const headingIso = findIsoDate(heading) ?? findDayFirstDate(heading)?.iso;
	if (headingIso) clues.headingIso = headingIso;
	const year = headingYear(heading);
	if (year !== undefined) clues.headingYear = year;
	return clues;
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
	const clues = meetingDateClues(input);
	if (clues.nameIso) return { iso: clues.nameIso, source: 'file-name' };
	if (clues.headingIso) return { iso: clues.headingIso, source: 'heading' };
	if (clues.nameMonthDay && clues.headingYear !== undefined) {
		const iso = calendarIso(clues.headingYear, clues.nameMonthDay.month, clues.nameMonthDay.day);
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

/**
 * `YYYY-MM-DD` when year/month/day name a real calendar day, else undefined.
 * @param year e.g. `2025`, with month `2` and day `29` -> undefined
 */
export function calendarIso(year: number, month: number, day: number): string | undefined {
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
	return date.toISOString().slice(0, 10);
}
