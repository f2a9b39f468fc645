/**
 * A meeting note's date, checked against when git first saw the file. Notes are written on the day
 * of the meeting or a few days later, so the date of a note lies on or shortly before its first
 * commit. A file name and an H1 that disagree, or a date far from the first commit, are usually a
 * copied H1 (`Meeting 05-20.md` titled `Notes - Meeting 11/04/25`) or a wrong year
 * (`Meeting 02-24.md` titled `24/02/24`, first committed on 2025-03-02).
 *
 * Rules:
 * - A date is plausible when it lies between 60 days before the first commit and one day after it
 *   (the day after: the commit time is UTC, the meeting's day local).
 * - Front matter `date` is the author's explicit word and is not checked: it is how to settle the
 *   date of a note committed long after the meeting (an imported archive).
 * - Otherwise the candidates are the file name's date, the H1's date and a `MM-DD` file name with
 *   the H1's year, each also one year later and earlier (a mistyped year), and a `MM-DD` name
 *   without any year in the year of its first commit. The plausible one nearest the first commit
 *   wins; when none is plausible, the date `meetingDate()` picks stays, with a warning. So git
 *   history settles a disagreement or a year, but never moves a date by more than a year.
 * - Without history (no git, an uncommitted file, or a shallow clone that cuts the file's first
 *   commit off) the sources keep their order of `meetingDate()`.
 * - A warning names the dates seen and the one used whenever the name and the H1 disagree, git
 *   history changes the date, or the date used is implausible.
 */
import { calendarIso, meetingDate, meetingDateClues, type MeetingDate, type MeetingDateClues, type MeetingDateInput } from './meeting-date.ts';

/** How many days before its first commit a meeting may have taken place. */
export const PLAUSIBLE_DAYS_BEFORE_FIRST_COMMIT = 60;

const dayMs = 24 * 60 * 60 * 1000;

/** A date and, when the sources or git history disagree, why it was chosen. */
export interface CheckedMeetingDate {
	/** The date used, if any source gives one. */
	date?: MeetingDate;
	/** e.g. `the file name says 05-20, the H1 "Notes - Meeting 11/04/25" says 2025-04-11; ...` */
	warning?: string;
}

/**
 * The meeting date of a note, checked against its first commit.
 * @param input e.g. `{ fileName: 'Meeting 05-20.md', heading: 'Notes - Meeting 11/04/25', firstCommit: new Date('2025-05-21') }`
 *   -> `{ date: { iso: '2025-05-20', source: 'file-name-and-heading' }, warning: 'the file name says 05-20, ...' }`
 */
export function meetingDateWithHistory(input: MeetingDateInput & { firstCommit?: Date | undefined }): CheckedMeetingDate {
	const ordered = meetingDate(input);
	const committed = input.firstCommit ? utcDay(input.firstCommit) : undefined;
	if (ordered?.source === 'frontmatter') return { date: ordered };
	const clues = meetingDateClues(input);
	const seen = [
		clues.nameIso ? `the file name says ${clues.nameIso}` : clues.nameMonthDay ? `the file name says ${monthDayText(clues.nameMonthDay)}` : undefined,
		clues.headingIso ? `the H1 "${input.heading}" says ${clues.headingIso}` : clues.headingYear !== undefined ? `the H1 "${input.heading}" names the year ${clues.headingYear}` : undefined,
	].filter(Boolean).join(', ');
	const disagree = clues.headingIso !== undefined && (clues.nameIso !== undefined ? clues.nameIso !== clues.headingIso : clues.nameMonthDay !== undefined && monthDayText(clues.nameMonthDay) !== clues.headingIso.slice(5));

	if (!committed) {
		if (!disagree || !ordered) return ordered ? { date: ordered } : {};
		return { date: ordered, warning: `${seen}; no git history of the file to check them against; using ${ordered.iso}, from the ${sourceName(ordered)} (the usual order of sources)` };
	}
	const best = nearestPlausible(candidates(clues, committed), committed);
	const used = best ?? ordered;
	if (!used) return {};
	if (!disagree && used.iso === ordered?.iso && best) return { date: used };
	const history = ordered && !isPlausible(ordered.iso, committed) ? `first committed on ${committed}, ${relation(ordered.iso, committed)}` : `first committed on ${committed}`;
	const why = best ? 'the date git history supports' : `though no date fits a first commit on ${committed}`;
	return { date: used, warning: `${seen}; ${history}; using ${used.iso}, ${why}` };
}

/**
 * Every date the clues allow, in the order of `meetingDate()`'s sources: each dated source as
 * written and one year later or earlier (a year typed wrong, as `24/02/24` for 2025); a `MM-DD`
 * file name without any year, in the year that puts it on or just before the first commit.
 */
function candidates(clues: MeetingDateClues, committed: string): MeetingDate[] {
	const found: MeetingDate[] = [];
	const add = (iso: string | undefined, source: MeetingDate['source'], shifted: MeetingDate['source']) => {
		if (!iso) return;
		const [year, month, day] = iso.split('-').map(Number);
		for (const [offset, from] of [[0, source], [1, shifted], [-1, shifted]] as const) {
			const date = calendarIso(year + offset, month, day);
			if (date) found.push({ iso: date, source: from });
		}
	};
	add(clues.nameIso, 'file-name', 'file-name-and-history');
	add(clues.headingIso, 'heading', 'heading-and-history');
	const monthDay = clues.nameMonthDay;
	if (monthDay && clues.headingYear !== undefined) add(calendarIso(clues.headingYear, monthDay.month, monthDay.day), 'file-name-and-heading', 'file-name-and-history');
	if (monthDay && clues.headingYear === undefined && !clues.headingIso) {
		const year = Number(committed.slice(0, 4));
		const iso = [year + 1, year, year - 1].map((candidate) => calendarIso(candidate, monthDay.month, monthDay.day)).find((date) => date && daysBetween(date, committed) >= -1);
		if (iso) found.push({ iso, source: 'file-name-and-history' });
	}
	return found;
}

function nearestPlausible(dates: MeetingDate[], committed: string): MeetingDate | undefined {
	let best: MeetingDate | undefined;
	for (const date of dates) {
		if (!isPlausible(date.iso, committed)) continue;
		// Earlier candidates win ties: they come from the sources meetingDate() prefers.
		if (!best || Math.abs(daysBetween(date.iso, committed)) < Math.abs(daysBetween(best.iso, committed))) best = date;
	}
	return best;
}

/**
 * Whether a meeting on `iso` fits a first commit on `committed`.
 * @param iso e.g. `2024-02-24`, with committed `2025-03-02` -> false
 */
export function isPlausible(iso: string, committed: string): boolean {
	const days = daysBetween(iso, committed);
	return days >= -1 && days <= PLAUSIBLE_DAYS_BEFORE_FIRST_COMMIT;
}

/** Days from `iso` to `committed`, positive when the meeting came first. */
function daysBetween(iso: string, committed: string): number {
	return Math.round((Date.parse(`${committed}T00:00:00Z`) - Date.parse(`${iso}T00:00:00Z`)) / dayMs);
}

/** How a date relates to the first commit, e.g. `372 days after 2024-02-24` or `8 days before 2025-03-10`. */
function relation(iso: string, committed: string): string {
	const days = daysBetween(iso, committed);
	return days < 0 ? `${-days} days before ${iso}` : `${days} days after ${iso}`;
}

function utcDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

function monthDayText({ month, day }: { month: number; day: number }): string {
	return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function sourceName(date: MeetingDate): string {
	return { frontmatter: 'front matter', 'file-name': 'file name', heading: 'H1', 'file-name-and-heading': 'file name with the H1\'s year', 'file-name-and-history': 'file name with the year of its first commit', 'heading-and-history': 'H1 with the year of its first commit' }[date.source];
}
