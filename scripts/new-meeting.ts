/**
 * Creates a meeting note from the template, for today or a given day; never overwrites.
 * Usage: npm run new:meeting [-- YYYY-MM-DD]   (CONTENT_DIR chooses the content folder)
 */
import { join } from 'node:path';
import { isoDate, parseCalendarDate, today } from './lib/calendar-date.ts';
import { contentDir } from './lib/content-dir.ts';
import { displayPath } from '../src/content-loader/display-path.ts';
import { meetingTemplate } from './lib/meeting-template.ts';
import { FileExistsError, writeNewFile } from './lib/write-new-file.ts';

const usage = 'usage: npm run new:meeting [-- YYYY-MM-DD]   (default: today)';

// 1. Check the arguments: at most one date.
const args = process.argv.slice(2);
if (args.length > 1 || args[0]?.startsWith('-')) fail(usage);
const parsed = args[0] ? parseCalendarDate(args[0]) : today();
if ('error' in parsed) fail(`new:meeting: ${parsed.error}\n${usage}`);

// 2. Write content/meetings/<date>.md from the template, refusing to overwrite.
const path = join(contentDir(), 'meetings', `${isoDate(parsed)}.md`);
try {
	writeNewFile(path, meetingTemplate(parsed));
} catch (error) {
	if (error instanceof FileExistsError) fail(`new:meeting: ${error.message}`);
	throw error;
}

// 3. Say what happened and what to do next.
console.log(`Created ${displayPath(path)} from the meeting template.
Fill in "Preparation" before the meeting and "Meeting" during or after it.
It appears under Meetings and in the feed once it is built (npm start to preview).`);

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}
