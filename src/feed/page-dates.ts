/** Dates a content page for the feed: its meeting date, else git's last change, else the file's mtime. */
import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { meetingDate } from '../content-loader/meeting-date.ts';
import { lastCommitDate } from '../git/git-info.ts';

/**
 * The meeting date (`YYYY-MM-DD`) of a file under `meetings/`, or undefined.
 * @param id e.g. `meetings/2024-11-04`
 */
export function meetingDateOf(id: string, filePath: string, title: string, frontmatterDate: unknown): string | undefined {
	if (!id.startsWith('meetings/')) return undefined;
	return meetingDate({ fileName: basename(filePath), heading: title, frontmatterDate })?.iso;
}

/**
 * When a file last changed: git's newest commit, or, for a file not committed yet, its mtime.
 * @param filePath e.g. `content/findings/README.md` (relative to the working directory)
 */
export function lastChanged(filePath: string): Date | undefined {
	const absolute = resolve(filePath);
	try {
		return lastCommitDate(absolute) ?? statSync(absolute).mtime;
	} catch {
		return undefined;
	}
}
